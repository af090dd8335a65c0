r"""Generate heldout-2027-02-22.jsonl: an eighty-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed81/earlier_registers.txt (in full: a `wc -l` gave 1300 lines, a `head -3` showed its
first names, then a `tr` turning its newlines into spaces was printed in two pieces, `head -c
20000` and `tail -c +19900`, which overlap by 100 characters, so nothing was left out): the
register names of earlier sets, used only to choose this set's 25 registers so that their trades
and situations differ from all of those; and these line ranges of /work/sealed81/make_heldout_80.py
(a `wc -l` gave 2304 lines, as the brief said): lines 1-515 (its docstring, imports, configuration,
helpers, calc() and the line P = "plain"), 794-854 (its units section header, unit factors and
asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
974-1058 (its datetime section header, date helpers, date_item(), weeks(), say(), sayw(), sayus()
and their asserts), 1270-1277 (its negatives section header, neg() and conv()) and 2081-2304 (its
stated-weekday check, its checks and main()). None of set 80's query blocks (516-793, 855-973,
1059-1269, 1278-2080) was opened or printed.

The first command ran `mkdir -p /tmp/h81`, the `wc -l` of make_heldout_80.py, copied the five
ranges by `sed -n A,Bp` into /tmp/h81/a_1_515.py, b_794_854.py, c_974_1058.py, d_1270_1277.py and
e_2081_2304.py without printing them, ran a `wc -l` of the copies (515, 61, 85, 8 and 224) and an
`ls` of /work/sealed81 (earlier_registers.txt and make_heldout_80.py); the same batch ran the `cat`
of grading.py. The second command ran a `cat` of a_1_515.py; the shell tool's display left out
lines 165-205 of that output, so the third ran a `sed -n 160,208p` of the copy a_1_515.py (inside
the allowed range) to read them; all of lines 1-515 were therefore seen. The fourth ran a `cat` of
the second to fourth copies, the fifth a `cat` of e_2081_2304.py, the sixth the `wc -l`, `head -3`
and first `tr` piece of earlier_registers.txt and the seventh the second piece. Nothing under
/work/main was opened or listed apart from grading.py: nothing under router/, tools/, docs/,
server/ or tests/, not README.md and not pyproject.toml. The only other use of /work/main was
running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the
working directory, on this file only, always with --no-cache). No other /work/sealed* directory was
listed. The earlier generators (sets 1-80) are only imported, in memory, by this file's main() for
the duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` of its printed output, `grep`s of that output for listing lines and its --show listing of
ids, expected values and tolerances were read), no git command was run, no network and no search or
fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h81/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed names
sharing a word or fragment, among them auction_house_saleroom_clerk, livestock_auction_mart_clerk,
fishmonger_counter, seaside_amusement_arcade, country_park_ranger, hedgehog_rescue_hospital,
hot_sauce_bottler, weather_spotter_station_notes, the hot air balloon crews,
mountain_rescue_team_quartermaster, hovercraft_rescue_unit_volunteer, steel_pan_orchestra_arranger,
miso_fermentery, well_drilling_rig_crew, sounding_rocket_launch_range and rocking_horse_restorer;
those judged neighbouring trades are listed below, the rest share only a word fragment). The next
command wrote and ran /tmp/h81/subst.py (a `cat` heredoc, run by the system `python3`): it cut the
first copy at the line that is exactly `from __future__ import annotations` (asserted to be the
only such whole line) and substituted this set's OUT and PREFIX, "sets 1-79" -> "sets 1-80" in the
comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept as they were), EARLIER (sets
1-80, `range(2, 81)`) and REGISTER_CHECK (sets 19-80, adding make_heldout_80.py), all in the first
block, and "sets 19 to 79" -> "sets 19 to 80" in one comment and one message string of main() in
the last block (each substitution asserted to apply once, the last twice; it printed "ok" for
each). It wrote the cut first block and the substituted last block as c1.py and c5.py (the second
to fourth ranges are used as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of
c1.py and c5.py for "79", "80", "81" and "19 to" (with the REGISTER_CHECK lines of sets 19-79
filtered out) and a `tail -2` of c1.py. Then `cat` heredocs wrote this set's own blocks under
/tmp/h81/own/: a_calc.py (money(), the registers and calculator items, with a `grep -c` of its calc
calls, 45) and b_units.py (unit constants and unit items, with a `grep -c` of its unit calls, 45);
an inline system `python3` script then simplified two of b_units.py's own asserts (the km and
km/h-to-mph checks) and added SQIN, followed by a `sed -n 1,12p` of it; a system `python3`
one-liner printed two day counts meant to be whole weeks (252 and 84) and the weekdays of the five
dates stated with a weekday; then c_dates.py (date items, with a `grep -c` of its date_item calls,
45), d_negs.py (the ORDINARY table; an inline script then replaced its order assert by a plain
comparison with REGISTERS, followed by a `tail -6`), e_near.py (near-positive negatives, followed
by a system `python3` one-liner that only read it and printed ok; a `sed` then renamed one family,
near-loss-on-ignition -> near-cocoa-shell-share, to match its question, and a `grep -c` counted 65
entries plus one assert line) and f_convs.py (conversations and this set's own structural asserts).
The next command wrote an assembly script /tmp/h81/assemble.py (it builds this file from
/tmp/h81/doc.txt, or a one-line placeholder, and the blocks in order: c1.py, own/a_calc.py,
b_794_854.py, own/b_units.py, c_974_1058.py, own/c_dates.py, d_1270_1277.py, own/d_negs.py,
own/e_near.py, own/f_convs.py and c5.py, and prints its line count) and a helper /tmp/h81/run.sh
(it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format
--no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h81/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h81/out.txt, and prints the exit codes and the `tail -6` of
it), with a first run of run.sh, after which two `grep`s of ruff.txt printed its error codes and
their locations. Edits after each failed check (listed below) were made by inline system `python3`
scripts applying exact replacements, each asserted to apply once. After the first run that passed
every check, run.sh ran with --show (its own printing sent to /dev/null), followed by a `sed -n
1,3p` of out.txt, the listing of ids, expected values and tolerances (a `grep` of out.txt laid out
by `column -t`), a count of lines over 99 characters by a system `python3` one-liner (9) and a
`cat` of ruff.txt; a `python3` one-liner printed the length and first 60 characters of those nine
lines of this file, and after the next edits another printed three lines of this file around the
one line still too long (first 70 characters). After the line-length edits below, one more inline
script passed the per-stick cost of the rock boil through money() (a whole number of pence,
asserted), and run.sh with --show was repeated with `grep`s of out.txt for the listing lines of the
edited items, a `grep -c` of money( in a_calc.py (23: its definition, its assert and 21 money
answers) and a `grep -c` of the date helpers in c_dates.py. This docstring was written last over
the placeholder: its source text, /tmp/h81/doc/doc_src.txt, was written by a `cat` heredoc (with a
`wc -c` of it). The next command ran an inline system `python3` script meant to apply ten
corrections to that text, which stopped at its assert before writing anything (one correction, a
no-op, did not match), then wrote /tmp/h81/doc/make_doc.py (a `cat` heredoc; it uses textwrap,
keeps the indented lines as they are and asserts that the words are unchanged, that no line exceeds
99 characters, that every register value is named and that the text opens with r and three quotes
and holds only two sets of three quotes), which filled the uncorrected text to 99 columns into
/tmp/h81/doc.txt, and ran run.sh (every check passed) and a `head -3` of this file. The next
command applied the nine real corrections (each asserted to apply once), the one after it added
this account, and the same command repeated make_doc.py, run.sh and the `head -3`. Then, in one
command, `ruff format --no-cache --check` and `ruff check --no-cache` of this file (from
/work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc
-l` of the JSONL, `rm -rf /tmp/h81`, an `ls` of /tmp/h81 (gone) and an `ls` of /work/sealed81.
Writes: only this file and its JSONL in /work/sealed81/ (earlier_registers.txt and
make_heldout_80.py left as they were); temporary blocks, scripts and output under /tmp/h81/ were
deleted afterwards. Nothing was written into /work/main. Every run of this generator used
/work/main/.venv/bin/python.

Changes to set 80's main() and checks: only the substitutions listed above (file names, sets 1-80
for the duplicate check, sets 19-80 for the register check). Set 80 lies next to this file in
/work/sealed81, and EARLIER_DIRS and earlier_path() are kept as set 80 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_80.py is found next to this file and, as no other
generator lies here, sets 1-79 in router_heldout) and after this file is copied there. The copied
helpers, unit factors, checks and main() are otherwise set 80's as copied; ruff format may have
changed layout only. All of set 80's checks are kept: counts per kind, ids and prefixes, no
duplicate queries, the wording rules for positives, the answers' consistency (calculator and exact
unit answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat
of an earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: whole_up() (not
used here), weeks() (used by a plain date one-liner and the parrot aviary span), unit_r() with
close_enough_at_2dp() (used by every rounded unit answer), say() (used by sayw()), sayw() (used
five times, in five date word problems, for stated weekdays), sayus() (not used here), OZ and SQYD
(not used here) and SQFT/CUFT. Added, newly written: money() (asserts whole pence or cents; every
calculator money answer passes through it, 21 of them, and so does the rock boil's cost per stick
before it is given in pence), MM, CM, KM, HA, LITRE, SQM and SQIN, with asserts on MM, CM, KM,
feet, ACRE/HA, CUFT/LITRE, KMH/MPH, SQIN, STONE and f_to_c(300); the register constants and the
REGISTERS tuple (sorted, asserted 25 and distinct); an assert that the square-root one-liner's
radicand is a perfect square; the ORDINARY, NEAR and CONVS tables; and this set's own asserts: the
ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four each; NEAR has 65
entries and CONVS 35, each with distinct families, all "near-..." and "conv-..." respectively; the
positive registers of each tool are exactly the REGISTERS, with 31 register word problems per tool;
exactly 18 registers have four positives and 7 have three; the ordinary negatives are 100, four per
register; every negative outside the registers is a near-... or conv-... family; no positive
contains an all-numeric date (NUMERIC_DATE_POS; no positive uses one at all).

Disclosures: the kinds of item and the counts follow set 80's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 80's, copied (P = "plain" is copied too, as the
last line of the first block). Set 80's docstring (within lines 1-515) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, and its three new kinds: a betting system, an elephant gestation date and an amount
in words, none of which is used here) and the generic subjects of the items its duplicate check
once reported, which were therefore seen; many of this set's near-positive and conversation kinds
were taken from that list of generic kinds, newly worded with new figures and subjects, and some
family names echo those kinds (an age needing the current date, an exchange rate, a world record, a
market price, a month added to the 31st, version ordering, implied multiplication, floating point,
percentage points, interest of unstated kind, a tip, VAT abroad, a part number, clause numbering,
slang amounts, a decimal comma, fence posts, half rounding, a riddle, a spreadsheet formula,
estimates, a density fact, a speed fact, a history fact, a time zone, a bank holiday, a lunar
calendar date, beats without a tempo, time that does not scale, month-first dates; and for
conversations an operator, invented units, swapped operators, clock arithmetic, a scoring rule,
letter values, slang, a relative day notation, a season's week numbering, a decimal comma, a
ten-day period, a VAT-inclusive convention, a redefined discount, a financial year, an overtime
rule, a baker's dozen, a shift-length "day", a local land unit, JSON output, a persona, a binary
output base, hexadecimal, Roman numerals, a reply language, words only, rounding to 10p,
significant figures, a target unit, a fixed currency rate, month-first dates, fraction form and
figures spread over two user turns). New kinds here (not in set 80's list): dog years
(near-dog-years), a ring size (near-ring-size), a Beaufort force (near-beaufort-force), a fan oven
setting (near-fan-oven), water's boiling point at altitude (near-boiling-at-altitude), Mohs to
Vickers hardness (near-mohs-to-vickers), paper gsm to US pounds (near-paper-gsm), a tide table
(near-tide-table), a sunset time (near-sunset-nairobi), Diwali and Vesak dates (new festivals of
set 80's lunar-calendar kind), a flight number, a freephone number, a time zone made ambiguous by
two Perths (near-perth-time), a Chinese zodiac animal, a drive's capacity with the file sizes
missing, a fuel reserve rule, density altitude, ice thickness safety, the mass of a genome,
sequencing coverage with missing sizes, a reserve price judgement, APR against a monthly rate, tote
odds written as a fraction (near-tote-odds), a Roman numeral year in a single turn, pH and decibels
as logarithmic scales (near-ph-doubling, near-decibels-add), a ratio of Celsius temperatures
(near-celsius-ratio), inflation since 1978, a road distance, a full bottle's weight
(near-full-bottle-weight), an ambiguous dollar sign (near-which-dollar), a cashmere grade, the
shell share of a cocoa bean, a queue prediction and a nutrition fact; and for conversations Morse
code output (conv-morse-reply); the limerick and the German and Welsh replies are variants of set
80's haiku, French and Spanish, and the D0 notation is of its relative-day kind. All of set 80's
register names are also in earlier_registers.txt, and none of their trades is used here.
earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the abacus mental arithmetic school next to the private tuition agency; the armoured cash
transit crew next to the security guard patrol rota and the bureau de change kiosk; the avocado
packhouse next to the banana ripening rooms; the batik wax resist studio next to the textile
dyehouse colour kitchen and the candle makers (wax in another use); the buffalo mozzarella dairy
next to the goat dairy parlour and the farmers' market cheesemonger; the cashmere dehairing plant
next to the alpaca fleece mill and the wool spinning guild; the coastguard rescue team next to the
lifeboat station fundraising shop, the hovercraft rescue unit volunteer, the surf beach lifeguard
tower and the mountain rescue team quartermaster; the cocoa bean fermentary next to the artisan
chocolatier and the miso fermentery; the DNA sequencing core facility next to the radiocarbon
dating lab, the soil analysis laboratory and the cryogenic biobank technician; the fish auction
market clerk next to the livestock auction mart clerk, the auction house saleroom clerk and the
fishmonger counter; the flax scutching linen mill next to the jute sack mill and the handloom
weavers; the flying school flight instructor next to the gliding club and the helicopter pleasure
flights; the gamelan ensemble next to the steel pan orchestra arranger and the taiko drumming
group; the ice hotel builders next to the ice sculptors and the ice rink crews; the jade carving
workshop next to the netsuke carver and the diamond cutting workshop; the oil rig catering crew
next to the offshore wind turbine crew, the airline catering unit and the well drilling rig crew;
the parrot rescue sanctuary next to the hedgehog rescue hospital, the ferret rescue and the
tortoise sanctuary; the pinball arcade restorer next to the seaside amusement arcade and the retro
video game shop; the roller coaster maintenance crew next to the fairground ride inspector; the
safari lodge game rangers next to the elephant sanctuary mahouts and the country park ranger; the
seaside rock boiling kitchen next to the traditional sweet shop and the fudge shop; the
shipbreaking yard next to the scrap metal yard weighbridge and the dry dock hull painters; the
spring water bottling plant next to the hot sauce bottler, the desalination plant operators and the
water quality testing lab; the teddy bear maker next to the doll hospital and the independent toy
shop; the weather balloon launch station next to the weather spotter station notes, the hot air
balloon crews and the sounding rocket launch range; the judgement of "different topic" is this
writer's. At the edges of the allowed ranges: line 515 is P = "plain", 794, 974 and 1270 are
section headers, 2081 opens the stated-weekday check and 2304 is the call of main(). No query text
of any earlier set was seen: main()'s duplicate check names only this set's ids. Every query here
was newly written from imagination of each trade or situation; fourteen items that the duplicate
check reported as exact repeats of earlier queries or user turns (their earlier counterparts
unseen) were reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt
are not known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of sets 19 to 80 (the near-.../conv-... families are not registers and may coincide with
earlier family names). This set has no algebra or calculus question. Conversations that define an
operator, invented units (a lug and a tray of avocados), swapped operators, clock arithmetic on a
gamelan cycle, a scoring rule, letter values, slang amounts, a relative day notation (D0), a
season's week numbering, a decimal comma, a ten-day stint, a VAT-inclusive convention, a redefined
discount, a financial year, an overtime rule, a baker's dozen, a 12-hour "day" or a local land unit
(the bigha, whose size varies by region) are negatives because the notation or convention is set up
in an earlier turn (JSON output, a persona and a binary output base by a system turn); one
conversation spreads its figures over two user turns before asking. Some conversations
(hexadecimal, Roman numeral and Morse output, German and Welsh replies, a limerick, words only,
JSON output, a persona, a binary output base, rounding to 10p, significant figures, a target unit
of millimetres, a fixed currency rate, month-first date order, fraction form) end in a user turn
that could be computed alone, or nearly; they are negatives, as in set 80, because the earlier turn
changes what a right answer looks like. Some near-positives depend on the current date or current
figures (a parrot's age now, today's exchange rate, the current coaster record, the cocoa market
price, inflation to today's money), one asks for a calendar month after the 31st, one each for a
tide time, a sunset, Diwali, Vesak, a bank holiday, a Chinese zodiac year and a month-or-day-first
report date; they are negatives, with no "now" field. Near-positives also ask for conversions that
are not conversions (dog years, a ring size, a Beaufort force, a fan oven, Mohs to Vickers, paper
gsm, a cashmere grade), facts (boiling at altitude, jade density, a falcon's speed, the first ice
hotel, a genome's mass, mozzarella protein, the shell share of cocoa, a road distance), estimates
(avocados in a container, wax for a duvet), judgements (a tip, a reserve price, ice thickness, a
fair price in slang), rules (a fuel reserve, VAT in Norway), missing figures (file sizes, coverage,
a tempo, a bottle's weight, a loan's terms), identifiers that look like arithmetic (a part number,
a clause number, a flight number, a freephone number, tote odds), notation (implied multiplication,
floating point, version order, percentage points, APR, a decimal comma, an ambiguous dollar sign,
half rounding, a Roman year), scales that do not work by ratio (pH, decibels, Celsius), fence posts
with unstated ends, a riddle, a spreadsheet formula, time that does not scale, a queue prediction
and Perth's time. No positive depends on a looked-up figure: every rate, price, fee and discount is
given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts, money()'s asserts and unit_r()'s asserts
passed on every run that reached them (ruff format ran without error every time). The first run of
run.sh failed ruff check with nine ISC004 errors (implicit string concatenation inside a
collection: seven two-line ORDINARY entries and two two-line near-positive queries), and the
generator failed the duplicate check, which reported thirteen items by id as repeats of earlier
queries or user turns: three calculator one-liners (a square root, a power of two, three eighths of
a number), two date one-liners (the weekday of a date in July 1969 and of a New Year's Day), two
unit one-liners (feet and inches to centimetres, psi to bar), one near-positive (the date of
Diwali) and five conversations (a financial year, a German reply, a limerick, month-first dates, a
Welsh reply). An inline script reworded all thirteen with new figures or wording (for the
conversations, both user turns), without the earlier queries being looked at (the psi figure was
chosen so that its two-decimal answer stays within tolerance), and wrapped the nine concatenations
in parentheses. The next run passed ruff and failed the duplicate check on one item, the reworded
feet-and-inches one-liner (again a repeat); an inline script gave it a half inch, after which every
check passed. Then the count of lines over 99 characters found nine (the cashmere calculator
problem, the flax date problem, three ORDINARY entries, three near-positive queries and the German
conversation turn); an inline script moved the breaks of six and shortened three (an ORDINARY
question, the boil-time question and the German turn); run.sh with --show then passed every check,
but one line was still over 99 characters, as ruff format had joined the flax date problem again;
an inline script shortened it ("lies in the field" becoming "lies out"), and run.sh with --show
passed every check with no line over 99 characters. Every later run passed every check.

Registers (families), 25, new: abacus_mental_arithmetic_school, armoured_cash_transit_crew,
avocado_packhouse, batik_wax_resist_studio, buffalo_mozzarella_dairy, cashmere_dehairing_plant,
coastguard_rescue_team, cocoa_bean_fermentary, dna_sequencing_core_facility,
fish_auction_market_clerk, flax_scutching_linen_mill, flying_school_flight_instructor,
gamelan_ensemble, ice_hotel_builders, jade_carving_workshop, oil_rig_catering_crew,
parrot_rescue_sanctuary, pinball_arcade_restorer, roller_coaster_maintenance_crew,
safari_lodge_game_rangers, seaside_rock_boiling_kitchen, shipbreaking_yard,
spring_water_bottling_plant, teddy_bear_maker, weather_balloon_launch_station. Every register is
used by all three tools (asserted); eighteen distinct registers have one further positive (a second
calculator word problem: abacus_mental_arithmetic_school, armoured_cash_transit_crew,
avocado_packhouse, fish_auction_market_clerk, seaside_rock_boiling_kitchen, teddy_bear_maker; a
second unit word problem: coastguard_rescue_team, flying_school_flight_instructor,
oil_rig_catering_crew, shipbreaking_yard, spring_water_bottling_plant,
weather_balloon_launch_station; a second date word problem: buffalo_mozzarella_dairy,
cocoa_bean_fermentary, dna_sequencing_core_facility, ice_hotel_builders, parrot_rescue_sanctuary,
safari_lodge_game_rangers). The seven registers with three positives are batik_wax_resist_studio,
cashmere_dehairing_plant, flax_scutching_linen_mill, gamelan_ensemble, jade_carving_workshop,
pinball_arcade_restorer and roller_coaster_maintenance_crew. Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly UK usage with £ and pence, with dollars
for the cashmere lot, the lodge fees and the ship plate, Hong Kong dollars for the jade, stone and
pounds, feet, inches, yards and miles (on land), and other touches (a ripening room, a wax pot, a
fermenting heap, a freezer, an air temperature and a boiled syrup between Celsius and Fahrenheit,
speeds between mph and km/h, bar to psi and psi to bar, GiB to MiB, an ice hall floor and an aviary
floor between square metres and square feet, a reserve and a meadow between hectares and acres,
litres to cubic feet), some chatty, terse or lower-case, with questions at the start or the end and
statements to complete. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 80: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, how many days between two dates or apart, how many days after opening a
hotel closed, how many nights between check-in and check-out, a combing season counting both of its
end days, 310 days from a service date, 730 days after bottling, 365 days after the last
inspection, 1,000 days after a date, the first Monday, second Saturday, third Wednesday and last
Friday of a stated month and year); ages are in whole years from a stated birth date to a stated
date, and the three clock spans run from one stated time to the next occurrence of the other (two
cross midnight, saying "the following morning"). Every rounded unit result stays within its 1e-3
tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 80):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_81.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-22.jsonl"
PREFIX = "ho81-"
# earlier generators: sets 1-80 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 81))
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
    """A money amount, exact: asserts whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100)

ABACUS = "abacus_mental_arithmetic_school"
ARMOURED = "armoured_cash_transit_crew"
AVOCADO = "avocado_packhouse"
BATIK = "batik_wax_resist_studio"
BUFFALO = "buffalo_mozzarella_dairy"
CASHMERE = "cashmere_dehairing_plant"
COASTGUARD = "coastguard_rescue_team"
COCOA = "cocoa_bean_fermentary"
DNA = "dna_sequencing_core_facility"
FISHAUCTION = "fish_auction_market_clerk"
FLAX = "flax_scutching_linen_mill"
FLYING = "flying_school_flight_instructor"
GAMELAN = "gamelan_ensemble"
ICEHOTEL = "ice_hotel_builders"
JADE = "jade_carving_workshop"
OILRIG = "oil_rig_catering_crew"
PARROT = "parrot_rescue_sanctuary"
PINBALL = "pinball_arcade_restorer"
COASTER = "roller_coaster_maintenance_crew"
SAFARI = "safari_lodge_game_rangers"
ROCK = "seaside_rock_boiling_kitchen"
SHIPBREAK = "shipbreaking_yard"
SPRING = "spring_water_bottling_plant"
TEDDY = "teddy_bear_maker"
RADIOSONDE = "weather_balloon_launch_station"
REGISTERS = tuple(
    sorted(
        (
            ABACUS,
            ARMOURED,
            AVOCADO,
            BATIK,
            BUFFALO,
            CASHMERE,
            COASTGUARD,
            COCOA,
            DNA,
            FISHAUCTION,
            FLAX,
            FLYING,
            GAMELAN,
            ICEHOTEL,
            JADE,
            OILRIG,
            PARROT,
            PINBALL,
            COASTER,
            SAFARI,
            ROCK,
            SHIPBREAK,
            SPRING,
            TEDDY,
            RADIOSONDE,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# ---- calculator: register word problems (31)
calc(
    ABACUS,
    "Abacus club is £6.50 a session. Priya comes twice a week for 11 weeks and we knock 10% off "
    "her total as a loyalty discount. What's her bill?",
    money(dec("6.50") * 2 * 11 * (1 - pct(10))),
)
calc(
    ABACUS,
    "level 3 bead drill for the kids: add 487, 1,096, 2,358 and 719, then take away 1,864. "
    "what should the final answer on the frame be?",
    487 + 1096 + 2358 + 719 - 1864,
)
calc(
    ARMOURED,
    "The van collected nine bags of £2,500 in twenties and five bags of £1,250 in tens from the "
    "retail park. What's the total value on board?",
    money(9 * 2500 + 5 * 1250),
)
calc(
    ARMOURED,
    "We loaded the cash machine with 1,800 twenty-pound notes and 2,400 ten-pound notes. By "
    "Friday it had paid out £41,360. How much is still inside it?",
    money(1800 * 20 + 2400 * 10 - 41360),
)
calc(
    AVOCADO,
    "3,840 avocados packed 24 to a tray, and the trays are stacked 32 to a pallet - how many "
    "pallets do we fill?",
    F(3840, 24) / 32,
)
calc(
    AVOCADO,
    "Intake was 12,500 kg this morning. Grading rejected 7.2% for sunburn and another 3.8% for "
    "bruising, both as shares of the intake. How many kilos went through as class 1?",
    12500 * (1 - pct("7.2") - pct("3.8")),
)
calc(
    BATIK,
    "Each sarong takes 0.35 kg of wax at £8.40 a kilo, plus £2.15 of dye. What do the materials "
    "for 40 sarongs cost me?",
    money(40 * (dec("0.35") * dec("8.40") + dec("2.15"))),
)
calc(
    BUFFALO,
    "If 4.5 litres of buffalo milk make 1 kg of mozzarella, how many kilograms will 1,395 litres "
    "make?",
    F(1395) / dec("4.5"),
)
calc(
    CASHMERE,
    "A raw lot of 840 kg yields 38% usable cashmere after dehairing, and that sells at "
    "$96 a kilo. What's the dehaired lot worth in dollars?",
    money(840 * pct(38) * 96),
)
calc(
    COASTGUARD,
    "Our station had £18,000 for vehicle fuel this season and has spent £4,375, £3,980 and "
    "£5,210 so far. How much is left?",
    money(18000 - 4375 - 3980 - 5210),
)
calc(
    COCOA,
    "Wet cocoa beans lose 62% of their weight through fermenting and drying. How many kg of dry "
    "beans come from 2,350 kg of wet ones?",
    2350 * (1 - pct(62)),
)
calc(
    DNA,
    "A sequencing run costs £1,440 and takes 96 samples, and we charge per sample at that rate "
    "plus a flat £75 handling fee. What's the invoice for a lab sending 240 samples?",
    money(F(1440, 96) * 240 + 75),
)
calc(
    FISHAUCTION,
    "The buyer took 38 boxes of haddock at £62 a box and 14 boxes of hake at £88.50, and the "
    "market adds 4% commission on top. What's his bill?",
    money((38 * 62 + 14 * dec("88.50")) * (1 + pct(4))),
)
calc(
    FISHAUCTION,
    "Market dues are 5% of the boat's gross. The Marie Claire grossed £14,680 at this morning's "
    "sale - what's left for the skipper and crew after dues?",
    money(14680 * (1 - pct(5))),
)
calc(
    FLAX,
    "Every 1,000 kg of retted straw gives us 150 kg of long line fibre and 90 kg of tow. How many "
    "kilos of fibre, line and tow together, should 7,400 kg of straw give?",
    F(7400, 1000) * (150 + 90),
)
calc(
    FLYING,
    "The aircraft is £215 an hour and the instructor £45 an hour. A student who needs 45 hours "
    "before the skills test is looking at what total?",
    money(45 * (215 + 45)),
)
calc(
    GAMELAN,
    "Hall hire is £42 per rehearsal and we have 30 rehearsals before the concert. Split equally "
    "between 14 players, what does each of us pay?",
    money(F(42 * 30, 14)),
)
calc(
    ICEHOTEL,
    "Every ice block we cut is 1.2 m by 0.6 m by 0.6 m. How many cubic metres of ice go into 350 "
    "blocks?",
    350 * dec("1.2") * dec("0.6") * dec("0.6"),
)
calc(
    JADE,
    "The boulder cost HK$48,000 and we carved 26 pendants from it, each selling for HK$3,200. "
    "What profit did the boulder make us?",
    money(26 * 3200 - 48000),
)
calc(
    OILRIG,
    "Food cost per head is £4.80 for breakfast, £6.25 for lunch and £8.90 for dinner. What does a "
    "full day of meals for 120 people on the platform cost?",
    money(120 * (dec("4.80") + dec("6.25") + dec("8.90"))),
)
calc(
    PARROT,
    "Each macaw gets 110 g of pellets and 150 g of fruit a day. With 17 macaws, how many "
    "kilograms of food go out daily?",
    F(17 * (110 + 150), 1000),
)
calc(
    PINBALL,
    "Restoration bill for the machine: rubber ring kit £46, playfield clear coat £380, 44 bulbs "
    "at 85p each and 12 hours of labour at £35 an hour. What's the total?",
    money(46 + 380 + 44 * dec("0.85") + 12 * 35),
)
calc(
    COASTER,
    "Each train has 7 cars with 4 seats, and we dispatch a train every 90 seconds. Flat out, how "
    "many riders can we take in an hour?",
    7 * 4 * F(3600, 90),
)
calc(
    SAFARI,
    "Conservation fees are $80 per adult per day and $30 per child per day, plus a 16% tourism "
    "levy. Two adults and three children staying 5 days owe how much in fees?",
    money((2 * 80 + 3 * 30) * 5 * (1 + pct(16))),
)
calc(
    ROCK,
    "A boil uses 18 kg of sugar at £0.92 a kilo and 4.5 kg of glucose at £1.60 a kilo, and it "
    "pulls out to 594 sticks. What's the sugar and glucose cost per stick, in pence?",
    money((18 * dec("0.92") + dec("4.5") * dec("1.60")) / 594) * 100,
)
calc(
    ROCK,
    "Rock is £1.75 a stick or 3 for £4.50. A coach party buys 47 sticks and we give them as many "
    "3-for deals as fit. What do they pay?",
    money((47 // 3) * dec("4.50") + (47 % 3) * dec("1.75")),
)
calc(
    SHIPBREAK,
    "We cut 3,450 hull plates averaging 420 kg each, and the mill pays $0.38 per kg of plate. "
    "What's the lot worth?",
    money(3450 * 420 * dec("0.38")),
)
calc(
    SPRING,
    "The line fills 330 ml bottles at 240 a minute. How many litres go into bottles over a "
    "7.5-hour shift?",
    240 * 60 * dec("7.5") * dec("0.33"),
)
calc(
    TEDDY,
    "Each bear needs 0.4 m of mohair at £62 a metre, £3.80 of joints and eyes, and 300 g of "
    "stuffing at £9 a kilo. Materials for 25 bears come to?",
    money(25 * (dec("0.4") * 62 + dec("3.80") + dec("0.3") * 9)),
)
calc(
    TEDDY,
    "I sell a bear for £145. The marketplace keeps 6% of the price plus a 20p listing fee, and I "
    "pay the £7.95 postage. What do I clear per bear?",
    money(145 - 145 * pct(6) - dec("0.20") - dec("7.95")),
)
calc(
    RADIOSONDE,
    "Each radiosonde costs £185 and each balloon £42, and we launch two a day. What's the "
    "hardware bill for a 30-day run of launches?",
    money((185 + 42) * 2 * 30),
)

# ---- calculator: plain one-liners (14)
calc(P, "what's 17.5% of 2,460", pct("17.5") * 2460)
calc(P, "3,847 × 29 =", 3847 * 29)
calc(P, "(1,250 + 3,775) / 25", F(1250 + 3775, 25))
assert math.isqrt(8649) ** 2 == 8649
calc(P, "Square root of 8,649?", math.isqrt(8649))
calc(P, "3 to the power 9, please", 3**9)
calc(P, "45.6 divided by 0.12", dec("45.6") / dec("0.12"))
calc(P, "19.99 * 7 - 12.5", dec("19.99") * 7 - dec("12.5"))
calc(P, "three eighths of 2,216 is how much?", F(3, 8) * 2216)
calc(P, "one million minus 387,215", 10**6 - 387215)
calc(P, "Work out 14.4 squared.", dec("14.4") ** 2)
calc(P, "7,200 increased by 12.5% is what?", 7200 * (1 + pct("12.5")))
calc(P, "Compute 98,304 ÷ 768", F(98304, 768))
calc(P, "0.875 times 3,216", dec("0.875") * 3216)
calc(P, "6.25 percent of 18,880", pct("6.25") * 18880)

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
LITRE = F(1, 1000)  # m^3
SQM = F(1)  # m^2
SQIN = IN * IN  # m^2
assert 10 * MM == CM and 12 * IN == dec("30.48") * CM and KM == 1000 * 100 * CM
assert ACRE / HA == dec("0.40468564224") and CUFT / LITRE == dec("28.316846592")
assert abs(KMH / MPH - dec("0.621371192")) < dec("1e-9") and SQIN * 144 == SQFT
assert STONE / LB == 14 and abs(f_to_c(300) - dec("148.8889")) < dec("0.0001")

# ---- units: register word problems (31)
unit(
    ABACUS,
    "Our big demonstration abacus is 13 inches wide. How wide is that in centimetres?",
    13 * IN / CM,
    EXACT,
)
unit_r(
    ARMOURED,
    "The cash van's payload limit is 1,650 kg. What's that in pounds?",
    1650 / LB,
)
unit(
    AVOCADO,
    "The ripening rooms are held at 68 °F. What is that in Celsius?",
    f_to_c(68),
    EXACT,
)
unit(
    BATIK,
    "I keep the tjanting wax pot at 130 °C. Convert that to Fahrenheit for my American student.",
    c_to_f(130),
    EXACT,
)
unit_r(
    BUFFALO,
    "The buffalo graze 85 acres of water meadow. How many hectares is that?",
    85 * ACRE / HA,
)
unit_r(
    CASHMERE,
    "A pressed bale of dehaired cashmere weighs 250 lb. In kilograms, that's?",
    250 * LB,
)
unit(
    COASTGUARD,
    "The cliff rescue rope on the truck is 200 ft long. How many metres?",
    200 * FT,
    EXACT,
)
unit_r(
    COASTGUARD,
    "The beach speed limit for our Land Rover is 15 mph - what's that in km/h?",
    15 * MPH / KMH,
)
unit(
    COCOA,
    "At the peak of fermentation the heap hits 48 °C. What is that in degrees Fahrenheit?",
    c_to_f(48),
    EXACT,
)
unit(
    DNA,
    "The run folder from the sequencer came to 180 GiB. How many MiB is that?",
    180 * GIB / MIB,
    EXACT,
)
unit_r(
    FISHAUCTION,
    "The big halibut on the market floor weighed 38 lb - how many kilos?",
    38 * LB,
)
unit(
    FLAX,
    "The flax stands 3 ft 4 in tall at pulling. Give that in centimetres.",
    (3 * FT + 4 * IN) / CM,
    EXACT,
)
unit(
    FLYING,
    "Circuit height at our airfield is 1,000 feet. What's that in metres?",
    1000 * FT,
    EXACT,
)
unit_r(
    FLYING,
    "The main runway is 1,280 metres long. How long is it in feet?",
    1280 / FT,
)
unit(
    GAMELAN,
    "Our largest gong measures 34 inches across. In centimetres?",
    34 * IN / CM,
    EXACT,
)
unit_r(
    ICEHOTEL,
    "The main ice hall floor is 18 m by 12.5 m. What is its area in square feet?",
    18 * dec("12.5") / SQFT,
)
unit_r(
    JADE,
    "The nephrite boulder on the scales came to 17 stone 3 lb. What's that in kilograms?",
    17 * STONE + 3 * LB,
)
unit(
    OILRIG,
    "The galley's walk-in freezer runs at -22 °C. What's that in Fahrenheit?",
    c_to_f(-22),
    EXACT,
)
unit_r(
    OILRIG,
    "Flour comes out to the platform in 55 lb sacks. How many kilograms is one sack?",
    55 * LB,
)
unit_r(
    PARROT,
    "The new aviary flight is 40 ft long and 12 ft wide. What's the floor area in square metres?",
    40 * 12 * SQFT,
)
unit(
    PINBALL,
    "A standard playfield is 20.25 inches wide. Convert to centimetres.",
    dec("20.25") * IN / CM,
    EXACT,
)
unit_r(
    COASTER,
    "Top speed on the drop is 74 mph. What's that in km/h?",
    74 * MPH / KMH,
)
unit_r(
    SAFARI,
    "The reserve covers 36,000 hectares. How many acres is it?",
    36000 * HA / ACRE,
)
unit_r(
    ROCK,
    "The rock syrup is boiled to 300 °F for hard crack. What temperature is that in Celsius?",
    f_to_c(300),
)
unit(
    SHIPBREAK,
    "The hull plating on this bulk carrier is 0.75 in thick. How many millimetres is that?",
    dec("0.75") * IN / MM,
    EXACT,
)
unit(
    SHIPBREAK,
    "The beaching yard's frontage runs 1,100 yards. In metres?",
    1100 * YD,
    EXACT,
)
unit(
    SPRING,
    "Our borehole goes down 420 feet to the aquifer. How deep is that in metres?",
    420 * FT,
    EXACT,
)
unit_r(
    SPRING,
    "The filler runs at 4 bar line pressure. Express that in psi.",
    4 * BAR / PSI,
)
unit(
    TEDDY,
    "My largest jointed bear stands 18 inches tall. What's that in centimetres?",
    18 * IN / CM,
    EXACT,
)
unit_r(
    RADIOSONDE,
    "The sounding balloon burst at 31,400 metres. How high was that in feet?",
    31400 / FT,
)
unit(
    RADIOSONDE,
    "Surface air temperature at release was -3.5 °C. Convert to Fahrenheit.",
    c_to_f(dec("-3.5")),
    EXACT,
)

# ---- units: plain one-liners (14)
unit_r(P, "72 kg in stone", 72 / STONE)
unit(P, "How many metres are there in 2.5 miles?", dec("2.5") * MI, EXACT)
unit(P, "How tall is 5 ft 7.5 in, in centimetres?", (5 * FT + dec("7.5") * IN) / CM, EXACT)
unit(P, "95 degrees Fahrenheit to Celsius", f_to_c(95), EXACT)
unit_r(P, "how many square feet is 40 square metres", 40 * SQM / SQFT)
unit(P, "12 GiB expressed in MiB", 12 * GIB / MIB, EXACT)
unit_r(P, "Convert 60 km/h to mph.", 60 * KMH / MPH)
unit_r(P, "Bike tyre says 29 psi - what's that in bar?", 29 * PSI / BAR)
unit_r(P, "hectares to acres: 12 ha", 12 * HA / ACRE)
unit_r(P, "How many cubic feet is 850 litres?", 850 * LITRE / CUFT)
unit_r(P, "68 kilograms in pounds", 68 / LB)
unit_r(P, "250 mm to inches", 250 * MM / IN)
unit_r(P, "What is 400 metres in yards?", 400 / YD)
unit_r(P, "minus 10 °F in Celsius", f_to_c(-10))

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


# ---- dates: register word problems (31)
date_item(
    ABACUS,
    "Term starts on 7 September 2027 and the abacus grading exam is 9 weeks after that. What "
    "date is the exam?",
    D(2027, 9, 7) + TD(weeks=9),
)
date_item(
    ARMOURED,
    "Our collection contract with the bank ran from 3 March 2026 to 19 November 2026. How many "
    "days is it from the start date to the end date?",
    days(D(2026, 3, 3), D(2026, 11, 19)),
)
_pick = D(2027, 4, 12)
date_item(
    AVOCADO,
    f"Fruit picked on {sayw(_pick)} needs 9 days in the ripening room. Which day of the week "
    "will it be ready?",
    weekday(_pick + TD(days=9)),
)
date_item(
    BATIK,
    "The batik show opens on 14 May 2027 and closes on 6 June 2027. How many days apart are the "
    "opening and closing dates?",
    days(D(2027, 5, 14), D(2027, 6, 6)),
)
date_item(
    BUFFALO,
    "Our buffalo cow Rani was served on 18 March 2027. Counting 310 days from that date, when is "
    "her calf due?",
    D(2027, 3, 18) + TD(days=310),
)
date_item(
    BUFFALO,
    "The new cheese room opens on 1 August 2027 - what day of the week is that?",
    weekday(D(2027, 8, 1)),
)
date_item(
    CASHMERE,
    "The combing season runs from 20 March 2027 to 5 May 2027, counting both of those days. How "
    "many days long is it?",
    days(D(2027, 3, 20), D(2027, 5, 5)) + 1,
)
date_item(
    COASTGUARD,
    "The yacht was reported overdue at 21:40 and we found her at 03:15 the following morning. "
    "How many minutes did the search last?",
    clock_span("21:40", "03:15", 60),
)
_sweat = D(2027, 2, 8)
date_item(
    COCOA,
    f"The beans went into the sweatboxes on {sayw(_sweat)} and stay in for 6 days. What date "
    "do they come out?",
    _sweat + TD(days=6),
)
date_item(
    COCOA,
    "The drying racks were loaded 23 days before the shipment date of 30 October 2027. On which "
    "date were they loaded?",
    D(2027, 10, 30) - TD(days=23),
)
date_item(
    DNA,
    "Samples reached the core on 11 August 2027 and we promised results 45 days after arrival. "
    "What's the promised date?",
    D(2027, 8, 11) + TD(days=45),
)
date_item(
    DNA,
    "How many days are there from 1 July 2025, when the sequencer service contract began, to "
    "30 June 2028, when it ends?",
    days(D(2025, 7, 1), D(2028, 6, 30)),
)
date_item(
    FISHAUCTION,
    "The market's new quota period starts on the first Monday of October 2027. What date is that?",
    nth_weekday(2027, 10, MON, 1),
)
date_item(
    FLAX,
    "Flax pulled on 26 July 2027 lies out to dew-ret for 24 days. When should we lift it?",
    D(2027, 7, 26) + TD(days=24),
)
date_item(
    FLYING,
    "My student's solo endorsement was signed on 4 October 2027 and expires 90 days later. What "
    "is the expiry date?",
    D(2027, 10, 4) + TD(days=90),
)
date_item(
    GAMELAN,
    "which weekday is our gamelan concert on 21 November 2027?",
    weekday(D(2027, 11, 21)),
)
_cut = D(2027, 11, 15)
date_item(
    ICEHOTEL,
    f"We start cutting ice from the river on {sayw(_cut)} and the hotel opens 5 weeks later. "
    "What's the opening date?",
    _cut + TD(weeks=5),
)
date_item(
    ICEHOTEL,
    "The ice hotel opened on 10 December 2027 and closed on 14 April 2028. How many days after "
    "opening did it close?",
    days(D(2027, 12, 10), D(2028, 4, 14)),
)
date_item(
    JADE,
    "I started the jade dragon on 3 February 2027 and finished it 137 days after I started. "
    "What date did I finish?",
    D(2027, 2, 3) + TD(days=137),
)
_fly = D(2027, 3, 2)
date_item(
    OILRIG,
    f"I fly out to the platform on {sayw(_fly)} and fly home 21 days later. What's my date home?",
    _fly + TD(days=21),
)
date_item(
    PARROT,
    "Kofi the African grey hatched on 14 June 1994. How old was he, in whole years, on 1 June "
    "2027?",
    age(D(1994, 6, 14), D(2027, 6, 1)),
)
date_item(
    PARROT,
    "How many weeks are there from 5 January 2027, when the rescue opened its new aviary, to "
    "14 September 2027?",
    weeks(D(2027, 1, 5), D(2027, 9, 14)),
)
date_item(
    PINBALL,
    "The backbox has a factory stamp of 20 September 1978. What day of the week was that?",
    weekday(D(1978, 9, 20)),
)
date_item(
    COASTER,
    "The ride's independent inspection falls due 365 days after the last one, which was on 27 "
    "March 2027. When is the next one due?",
    D(2027, 3, 27) + TD(days=365),
)
date_item(
    SAFARI,
    "Guests check in to the lodge on 28 August 2027 and check out on 6 September 2027. How many "
    "nights are they staying?",
    days(D(2027, 8, 28), D(2027, 9, 6)),
)
date_item(
    SAFARI,
    "Our migration season begins on the second Saturday of July 2027. Which date is that?",
    nth_weekday(2027, 7, SAT, 2),
)
date_item(
    ROCK,
    "We start boiling the Christmas rock 40 days before 24 December 2027. What's the start date?",
    D(2027, 12, 24) - TD(days=40),
)
date_item(
    SHIPBREAK,
    "The ship was beached on 9 April 2027 and the last section was cut 212 days later. What date "
    "was the last cut?",
    D(2027, 4, 9) + TD(days=212),
)
date_item(
    SPRING,
    "Best-before on our bottles is 730 days after bottling. For water bottled on 15 May 2027, "
    "what's the best-before date?",
    D(2027, 5, 15) + TD(days=730),
)
_order = D(2027, 9, 4)
date_item(
    TEDDY,
    f"I took a commission for a bear on {sayw(_order)} and promised it 6 weeks later. What date "
    "is it due?",
    _order + TD(weeks=6),
)
date_item(
    RADIOSONDE,
    "How many days are there between the 3 January 2027 launch and the 28 February 2027 launch?",
    days(D(2027, 1, 3), D(2027, 2, 28)),
)

# ---- dates: plain one-liners (14)
date_item(P, "What day of the week was 23 April 1971?", weekday(D(1971, 4, 23)))
date_item(P, "days from 1 March 2027 to 25 December 2027", days(D(2027, 3, 1), D(2027, 12, 25)))
date_item(P, "What date is 100 days after 10 January 2028?", D(2028, 1, 10) + TD(days=100))
date_item(P, "6 weeks before 3 June 2027 is which date?", D(2027, 6, 3) - TD(weeks=6))
date_item(
    P,
    "Age on 15 August 2027 of someone born on 30 September 1988?",
    age(D(1988, 9, 30), D(2027, 8, 15)),
)
date_item(P, "1 January 2031 falls on which weekday?", weekday(D(2031, 1, 1)))
date_item(P, "Date of the last Friday in November 2027", nth_weekday(2027, 11, FRI, -1))
date_item(
    P,
    "How many weeks from 4 January 2027 to 29 March 2027?",
    weeks(D(2027, 1, 4), D(2027, 3, 29)),
)
date_item(P, "How many minutes from 10:45 to 14:20?", clock_span("10:45", "14:20", 60))
date_item(P, "What date is 1,000 days after 2 February 2026?", D(2026, 2, 2) + TD(days=1000))
date_item(P, "45 days before 12 March 2027", D(2027, 3, 12) - TD(days=45))
date_item(P, "third Wednesday of May 2028?", nth_weekday(2028, 5, WED, 3))
date_item(
    P,
    "hours from 22:30 to 06:15 the following morning",
    clock_span("22:30", "06:15", 3600),
)
date_item(
    P,
    "How many days between 15 August 1947 and 26 January 1950?",
    days(D(1947, 8, 15), D(1950, 1, 26)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four per register (100)
ORDINARY = {
    ABACUS: (
        (
            "How do I explain to parents why their seven-year-old should learn the soroban before "
            "being allowed a calculator?"
        ),
        (
            "One of my pupils freezes up during flash anzan drills. Any ideas for rebuilding her "
            "confidence?"
        ),
        "Write a short welcome email for families joining our Saturday morning abacus class.",
        "Is the 1/4 soroban or the 2/5 suanpan better for complete beginners, and why?",
    ),
    ARMOURED: (
        "What should a new crew member be told about the walk from the van to the bank door?",
        (
            "A shop manager wants us to take an extra bag that isn't on the manifest. "
            "How do I say no politely?"
        ),
        "Draft an incident note: the time-lock on the van safe failed at our second drop.",
        "Why do cash-in-transit crews keep changing their routes and collection times?",
    ),
    AVOCADO: (
        "Why do some of our Hass avocados ripen unevenly after ethylene treatment?",
        "What separates class I from class II avocados under the EU marketing standard?",
        (
            "A supermarket buyer is complaining about stem-end rot. What should I be asking the "
            "growers?"
        ),
        "Write a one-page checklist for night-shift packers on handling fruit gently.",
    ),
    BATIK: (
        "My wax is crackling far too much on cotton. Is it the wax mix or the temperature?",
        "How would you explain batik tulis versus batik cap on a gallery label?",
        "Suggest a motif for a batik wall hanging about a fishing village at dawn.",
        "Can I use procion dyes after waxing, or will they lift the resist?",
    ),
    BUFFALO: (
        "Why does buffalo mozzarella taste so different from cow's milk fior di latte?",
        "Our curd isn't stretching properly this week. What could be going wrong?",
        "Write a friendly sign for the farm shop explaining why our mozzarella costs more.",
        "Do water buffalo need a wallow in a British climate, or is shade enough for them?",
    ),
    CASHMERE: (
        "How is dehairing different from scouring, for someone new on the line?",
        "A buyer says our fibre is too coarse. What micron range counts as genuine cashmere?",
        "Should we buy a second dehairing machine or run a night shift? Give me pros and cons.",
        "Write a short safety briefing about loose clothing near the carding rollers.",
    ),
    COASTGUARD: (
        "What should a team member say to a frightened family waiting at the cliff top?",
        "Explain the difference between a coastguard rescue team and a lifeboat crew.",
        "How should we prepare our volunteers for a mud rescue exercise on the estuary?",
        (
            "Draft a social media post warning walkers about being cut off by the tide at the "
            "causeway."
        ),
    ),
    COCOA: (
        "Why are our beans coming out slaty after fermentation?",
        "Is shallow tray fermentation better than heap fermentation for smallholders?",
        "How do I explain to growers why we pay less for under-fermented beans?",
        "Write a tasting note for our roasted nibs for a chocolate maker's catalogue.",
    ),
    DNA: (
        "Why might a library fail QC on the Bioanalyzer when the Qubit reading looked fine?",
        "Write a polite email telling a PI that their samples arrived degraded.",
        (
            "For a bacterial genome, what's the practical difference between short-read "
            "and long-read sequencing?"
        ),
        "Should a core facility charge academic and industry users differently? Argue both sides.",
    ),
    FISHAUCTION: (
        "What does it mean when the auctioneer says a lot was withdrawn at the reserve?",
        "How do I explain the Dutch clock to a first-time buyer at our fish auction?",
        "A skipper disputes how his cod was graded. How should I handle it at the desk?",
        "Write a notice about the new rules on ice in boxes on the market floor.",
    ),
    FLAX: (
        "Why is dew retting so much slower in some summers than others?",
        "Explain the difference between line flax and tow for a museum visitor.",
        "Is it worth growing flax for linen in Ulster again? What are the hurdles?",
        "Write a short history panel for our scutching mill's open day.",
    ),
    FLYING: (
        "My student keeps ballooning in the flare. How do I coach that out of him?",
        "How do I explain to a nervous student why we practise stalls?",
        "What should go into a pre-solo briefing for a student pilot?",
        "Is it better to learn on a Cessna 152 or a PA-28, in your view?",
    ),
    GAMELAN: (
        "How do I explain slendro and pelog to a class of nine-year-olds?",
        "A new member keeps damping the saron too late. Any tips I can give her?",
        "Write a programme note for a gamelan piece we're playing with a string quartet.",
        "Why shouldn't people step over the instruments, and how do I explain that to visitors?",
    ),
    ICEHOTEL: (
        "How do we stop stacked ice blocks from fusing unevenly in the walls?",
        "Write a welcome card explaining to guests how to sleep warm in an ice room.",
        "What's the best way to light ice sculptures without melting them?",
        "Should we use snice or clear river ice for the vaulted ceiling, and why?",
    ),
    JADE: (
        "How can I tell nephrite from jadeite without sending a piece to a lab?",
        "A customer wants a pendant with a dragon facing left. Is there a meaning I should know?",
        "Write a description of a jade cicada carving for our shop website.",
        "Why is my diamond burr leaving chatter marks on this piece?",
    ),
    OILRIG: (
        "How do I plan a menu that keeps offshore crews happy over a long hitch?",
        "A crew member tells me he's coeliac. What do I need to change in the galley?",
        "Write a galley notice about hand hygiene during a norovirus alert.",
        "Why are there such strict rules on naked flames in a platform galley?",
    ),
    PARROT: (
        "Our rescued cockatoo keeps plucking her feathers. What might be causing it?",
        "How should we screen people who want to adopt a macaw?",
        "Write a short appeal asking supporters to sponsor a new aviary.",
        "Do indoor parrots really need UV lighting?",
    ),
    PINBALL: (
        "The flippers on my Gottlieb are weak. What should I check first?",
        "Is it better to restore the original playfield or fit a reproduction?",
        "Write a sale listing for a restored 1970s electromechanical pinball machine.",
        "How do I explain to a buyer why a restored machine still needs regular maintenance?",
    ),
    COASTER: (
        "What does a daily pre-opening walk of a wooden coaster's track involve?",
        "Write a handover note for nights: the lift chain on train 2 sounded rough.",
        "Why do some wooden coasters get re-tracked every winter?",
        "A guest says her lap bar felt loose. What's the right response on the platform?",
    ),
    SAFARI: (
        "How should a guide handle guests who want to drive closer to a lion kill?",
        "Write a short fireside talk on recognising leopard tracks.",
        "What's the etiquette for tipping trackers and guides at a safari lodge?",
        "Is it ethical to run walking safaris in black rhino country?",
    ),
    ROCK: (
        "How do the letters end up running all the way through a stick of rock?",
        "Our rock keeps going sticky on the shop shelves. Why?",
        "Write a cheeky label for a stick of rock from Morecambe.",
        "If we switch to natural colourings, what changes in the boil?",
    ),
    SHIPBREAK: (
        "What are the main hazards of cutting into an old tanker's cargo tanks?",
        "Explain the Hong Kong Convention on ship recycling in plain words.",
        "Write a toolbox talk about asbestos found in engine room lagging.",
        "Is beaching a ship for demolition really worse than breaking it in a dry dock?",
    ),
    SPRING: (
        "Why does our spring water taste slightly different after heavy rain?",
        "Write label copy for still spring water from a Welsh hillside source.",
        "What's the legal difference between spring water and natural mineral water in the UK?",
        "How should we respond to a customer who found sediment in a bottle?",
    ),
    TEDDY: (
        "Which joints give a teddy the best posing, cotter pins or locknuts?",
        "Write a care card to go out with each handmade bear.",
        (
            "A customer wants a bear made from her late father's shirts. How do I approach that "
            "kindly?"
        ),
        "Are glass eyes safe on bears meant for toddlers?",
    ),
    RADIOSONDE: (
        "Why do sounding balloons swell as they rise?",
        "Write a notice telling the public what to do if they find a fallen radiosonde.",
        "Why do stations around the world launch at the same two times each day?",
        "How would you explain a skew-T diagram to a new observer?",
    ),
}
assert tuple(ORDINARY) == REGISTERS  # in REGISTERS order
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


# ---- near-positive negatives: look computable, but need the language model (65)
NEAR = (
    (
        "near-dog-years",
        "My springer spaniel turned 9 in March. How old is she in human years?",
        "no agreed conversion; the old times-seven rule is folklore and breed size matters",
    ),
    (
        "near-parrot-age-now",
        "Kofi our grey hatched in June 1994 - so how old is he now?",
        "depends on the current date, which is not given",
    ),
    (
        "near-live-hkd-rate",
        "How many Hong Kong dollars would I get for £500 at the bank today?",
        "needs a live exchange rate and the bank's margin",
    ),
    (
        "near-ring-size",
        "I'm a UK ring size N. What would that be in US sizes?",
        "nominal sizes from a lookup table, not a unit conversion",
    ),
    (
        "near-beaufort-force",
        "The forecast says force 7 on the Beaufort scale. What's that in km/h?",
        "a Beaufort force is a band of speeds, not a single value to convert",
    ),
    (
        "near-fan-oven",
        "The recipe says 200 °C in a conventional oven. What should I set my fan oven to?",
        "a kitchen convention (roughly 20 degrees lower), not a temperature conversion",
    ),
    (
        "near-boiling-at-altitude",
        "At what temperature does water boil at a lodge 3,000 m up?",
        "physics with assumptions about air pressure; an approximate fact, not a conversion",
    ),
    (
        "near-mohs-to-vickers",
        "Nephrite is about 6.5 on the Mohs scale. What is that in Vickers hardness?",
        "Mohs is an ordinal scratch scale; there is no conversion formula",
    ),
    (
        "near-paper-gsm",
        "Convert 120 gsm card to pounds for the American printer.",
        "US basis weight depends on the paper grade's basis sheet size",
    ),
    (
        "near-tide-table",
        "What time is high water at Holy Island on 14 August 2027?",
        "needs tide tables for the place",
    ),
    (
        "near-sunset-nairobi",
        "What time does the sun set in Nairobi on 1 March 2027?",
        "an astronomical lookup for a place, not date arithmetic",
    ),
    (
        "near-diwali-date",
        "Which date does Diwali fall on in 2029, for our staff rota?",
        "set by the Hindu lunisolar calendar; needs a lookup",
    ),
    (
        "near-vesak-date",
        "When is Vesak in 2028?",
        "depends on the lunar calendar and on the country's tradition",
    ),
    (
        "near-coaster-record",
        "What's the fastest roller coaster in the world at the moment, and how fast does it go?",
        "a current fact that changes",
    ),
    (
        "near-cocoa-futures",
        "What's cocoa trading at per tonne on the ICE market?",
        "needs a current market price",
    ),
    (
        "near-month-after-31st",
        (
            "My medical certificate runs one calendar month from 31 August 2027. On what "
            "date does it lapse?"
        ),
        "there is no 31 September; the rule for the month-end has to be chosen",
    ),
    (
        "near-firmware-order",
        "Is firmware 3.12 on the radiosonde receiver newer than 3.9?",
        "version ordering is not decimal comparison",
    ),
    (
        "near-implied-multiplication",
        "What's 12 ÷ 3(1+3)? My two sons get different answers.",
        "ambiguous precedence of implied multiplication; needs explanation",
    ),
    (
        "near-float-display",
        "Why does my stock spreadsheet script show 0.1 + 0.7 as 0.7999999999999999?",
        "an explanation of binary floating point, not a sum",
    ),
    (
        "near-percentage-points",
        "Class I pack-out went from 38% to 41%. Is that a 3% improvement?",
        "percentage points versus relative percent; needs explanation",
    ),
    (
        "near-loan-unclear",
        "I'm borrowing £12,000 for the generators at 6%. How much will I pay back?",
        "term, compounding and repayment schedule are not given",
    ),
    (
        "near-safari-tip",
        "What's a normal tip for our ranger after a five-night stay?",
        "a custom, not arithmetic",
    ),
    (
        "near-norway-vat",
        "How much VAT will the customer pay on a teddy bear I post to Norway?",
        "depends on Norway's import rules and thresholds",
    ),
    (
        "near-part-number",
        "What is part 12-4-7 in the Williams parts catalogue?",
        "a catalogue identifier, not a subtraction",
    ),
    (
        "near-clause-number",
        "What does regulation 3.2.1 of the ship recycling rules require?",
        "clause numbering, not a number",
    ),
    (
        "near-flight-number",
        "Is flight BA 1302 from Aberdeen usually on time?",
        "a flight identifier; needs live or historical data",
    ),
    (
        "near-freephone",
        "Is 0800 731 2465 free to call from a mobile?",
        "a phone number; needs tariff knowledge",
    ),
    (
        "near-slang-offer",
        "A collector offered me a monkey and two ponies for the pinball. Is that a fair price?",
        "slang amounts and a judgement of value",
    ),
    (
        "near-decimal-comma",
        "The Dutch supplier's invoice for the gong says 1.250,75. Is that over a thousand euros?",
        "decimal comma convention; needs reading the notation",
    ),
    (
        "near-posts-ends",
        "The aviary fence is 24 m long with a post every 3 m. How many posts do I need?",
        "fence posts: whether both ends, or a closed run, is not said",
    ),
    (
        "near-banker-rounding",
        "Why does Python round 2.5 down to 2 but 3.5 up to 4?",
        "an explanation of round-half-to-even",
    ),
    (
        "near-boilers-riddle",
        (
            "If three sugar boilers make three batches in three hours, how long do six "
            "boilers take to make six batches?"
        ),
        "a riddle; the point is the reasoning",
    ),
    (
        "near-sumif-formula",
        "Give me a spreadsheet formula that adds up column C only where column B says hake.",
        "writing a formula, not computing",
    ),
    (
        "near-container-estimate",
        "Roughly how many avocados fit in a 40-foot reefer container?",
        "an estimate needing fruit size and packing assumptions",
    ),
    (
        "near-jade-density",
        "How much does a cubic metre of solid nephrite weigh?",
        "needs a density fact",
    ),
    (
        "near-wax-estimate",
        "How much wax will I need to batik a king-size duvet cover?",
        "an estimate with unstated coverage",
    ),
    (
        "near-falcon-speed",
        "How fast can a peregrine dive, in mph?",
        "a natural history fact",
    ),
    (
        "near-first-ice-hotel",
        "When was the first ice hotel built, and where?",
        "a history fact",
    ),
    (
        "near-perth-time",
        "It's 14:00 in Aberdeen. What time is it in Perth?",
        "Perth in Scotland or in Australia; a time zone lookup",
    ),
    (
        "near-boxing-day-scotland",
        "Is 27 December 2027 a bank holiday in Scotland?",
        "substitute-day rules; needs knowledge of the holiday calendar",
    ),
    (
        "near-chinese-zodiac",
        "Which Chinese zodiac animal is someone born on 10 February 1986?",
        "depends on the lunar new year date; a lookup",
    ),
    (
        "near-file-size-missing",
        "Is a 500 GB drive big enough for 3,000 FASTQ files?",
        "the file sizes are not given",
    ),
    (
        "near-gongan-no-tempo",
        "How long does a 64-beat gongan last?",
        "no tempo given; irama changes the density too",
    ),
    (
        "near-fuel-reserve",
        "How much fuel reserve do I legally need for a day VFR flight in a PA-28?",
        "a regulation, not arithmetic",
    ),
    (
        "near-density-altitude",
        "What's the density altitude at our 1,200 ft strip on a 30 °C afternoon?",
        "needs the pressure setting and a chosen approximation",
    ),
    (
        "near-ice-thickness",
        "Is 10 cm of river ice thick enough to drive a snowmobile across?",
        "a safety judgement",
    ),
    (
        "near-genome-mass",
        "How many nanograms is one copy of the human genome?",
        "needs genome size and mass per base pair facts",
    ),
    (
        "near-coverage",
        "How many reads do I need for 30x coverage?",
        "genome size and read length are missing",
    ),
    (
        "near-reserve-judgement",
        "Should I put a £2 a kilo reserve on my turbot at tomorrow's sale?",
        "a market judgement",
    ),
    (
        "near-apr-monthly",
        "Is 19.9% APR the same as 1.66% a month?",
        "APR conventions; needs explanation",
    ),
    (
        "near-tote-odds",
        "The favourite is showing 7/2 on the tote board. What would a £10 win bet return?",
        "tote dividends are not fixed odds; 7/2 is not a division to do",
    ),
    (
        "near-roman-backglass",
        "What year is MCMLXXVIII on the backglass?",
        "Roman numerals; reading, not calculating",
    ),
    (
        "near-boil-time-scaling",
        "A 2 kg boil of rock takes 20 minutes to reach hard crack. How long will 6 kg take?",
        "boiling time does not scale with mass; depends on the pan and heat",
    ),
    (
        "near-queue-time",
        "How long will the queue for the big coaster be at 2pm on a bank holiday Monday?",
        "a prediction with no data",
    ),
    (
        "near-mozzarella-protein",
        "How much protein is in a 125 g ball of buffalo mozzarella?",
        "a nutrition fact",
    ),
    (
        "near-ph-doubling",
        "Is water at pH 8 twice as alkaline as water at pH 7?",
        "pH is logarithmic; needs explanation",
    ),
    (
        "near-decibels-add",
        "If one gong hits 90 dB, do two gongs together make 180 dB?",
        "decibels do not add; needs explanation",
    ),
    (
        "near-celsius-ratio",
        "It was 10 °C on the launch pad at dawn and 20 °C by noon. Was noon twice as warm?",
        "interval scale; ratios of Celsius values mean nothing",
    ),
    (
        "near-inflation-1978",
        "A pinball machine cost £500 in 1978. What's that in today's money?",
        "needs price index data up to the current date",
    ),
    (
        "near-road-distance",
        "How far is it by road from Aberdeen heliport to Peterhead?",
        "a map lookup",
    ),
    (
        "near-slash-date",
        "The sequencing report is dated 03/04/2027. Was that March or April?",
        "date order depends on the report's convention",
    ),
    (
        "near-full-bottle-weight",
        "How heavy is a full 19 litre water cooler bottle?",
        "the empty bottle's weight is not given; water alone is not the answer",
    ),
    (
        "near-which-dollar",
        "The jade invoice says $3,200 - is that US or Hong Kong dollars?",
        "ambiguous currency symbol; needs context",
    ),
    (
        "near-cashmere-grade",
        "Our fibre tests at 16.2 microns. What grade does that make it?",
        "grading schemes differ between buyers",
    ),
    (
        "near-cocoa-shell-share",
        "What percentage of a cocoa bean is shell?",
        "a fact that varies by origin and processing",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES
assert len({f for f, _, _ in NEAR}) == len(NEAR) and all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# ---- conversations: the last user turn depends on an earlier turn (35)
CONVS = (
    (
        "conv-star-operator",
        (
            (U, "In our abacus club puzzle, a ★ b means three times a, minus b."),
            (A, "Got it: a ★ b = 3a - b."),
            (U, "So what's 9 ★ 4 ★ 2, worked left to right?"),
        ),
        "operator defined in an earlier turn",
    ),
    (
        "conv-lug-unit",
        (
            (U, "In our packhouse a lug is 12 trays, and a tray holds 22 avocados."),
            (A, "Understood."),
            (U, "How many avocados are in three and a half lugs?"),
        ),
        "invented units set up earlier",
    ),
    (
        "conv-swapped-signs",
        (
            (U, "Game for the kids: from now on + means multiply and × means add."),
            (A, "Okay, I'll swap them."),
            (U, "Then what is 6 + 4 × 3 in our game?"),
        ),
        "operators swapped in an earlier turn",
    ),
    (
        "conv-gong-cycle-clock",
        (
            (U, "Treat a gamelan cycle like a clock of 16 beats: after beat 16 comes beat 1."),
            (A, "Sure, counting round in 16s."),
            (U, "Which beat do I land on 37 beats after beat 11?"),
        ),
        "modular counting convention from an earlier turn",
    ),
    (
        "conv-flash-scoring",
        (
            (U, "Flash anzan scoring: 3 points a right answer, minus 1 for a wrong one, 0 blank."),
            (A, "Noted."),
            (U, "Maya got 17 right, 4 wrong and left 4 blank. What did she score?"),
        ),
        "scoring rule set in an earlier turn",
    ),
    (
        "conv-letter-sum",
        (
            (U, "Let A=1, B=2 and so on up to Z=26."),
            (A, "Okay."),
            (U, "What does TEDDY add up to?"),
        ),
        "letter values defined earlier",
    ),
    (
        "conv-bag-and-drink",
        (
            (U, "Round our market a bag means a thousand pounds and a drink means fifty."),
            (A, "Understood."),
            (U, "He paid two bags and three drinks for the jade horse. How much is that?"),
        ),
        "slang amounts defined earlier",
    ),
    (
        "conv-d-zero",
        (
            (U, "In the core we call the day samples arrive D0."),
            (A, "Right, D0 is arrival day."),
            (U, "Samples came on 8 March 2027 and sequencing is on D5. What's the date?"),
        ),
        "relative day notation set up earlier",
    ),
    (
        "conv-season-week-one",
        (
            (U, "Lodge season week 1 is the week that starts on 1 June 2027."),
            (A, "Okay."),
            (U, "What's the first date of season week 10?"),
        ),
        "season week numbering defined earlier",
    ),
    (
        "conv-german-decimals",
        (
            (U, "I'll write numbers the German way: comma for decimals, dot for thousands."),
            (A, "Fine, I'll read them that way."),
            (U, "Add 1.250,5 and 2.300,25 for me."),
        ),
        "decimal comma convention from an earlier turn",
    ),
    (
        "conv-ten-day-stint",
        (
            (U, "On the ice build we work in stints of ten days, not weeks."),
            (A, "Got it."),
            (U, "How many stints is the 65-day build, and how many days are left over?"),
        ),
        "a ten-day stint defined earlier",
    ),
    (
        "conv-vat-included",
        (
            (U, "All my bear prices already include 20% VAT."),
            (A, "Noted."),
            (U, "The bear is £96. How much of that goes to the taxman?"),
        ),
        "VAT-inclusive convention from an earlier turn",
    ),
    (
        "conv-off-means-percent",
        (
            (U, "In our shop '20 off' means 20 percent off, not twenty pounds."),
            (A, "Okay."),
            (U, "A £35 gift box of rock with 20 off costs what?"),
        ),
        "a redefined discount",
    ),
    (
        "conv-april-year",
        (
            (U, "Our accounts year begins on 1 April, like most charities."),
            (A, "Understood."),
            (U, "So which quarter of that year does 15 January 2028 fall in for the sanctuary?"),
        ),
        "financial year convention set up earlier",
    ),
    (
        "conv-rig-overtime",
        (
            (U, "On the rig it's time and a half after 12 hours and double time after 14."),
            (A, "Okay, noted."),
            (U, "I worked 15 hours at £22 base. What's my pay for the shift?"),
        ),
        "overtime rule set in an earlier turn",
    ),
    (
        "conv-bakers-dozen-rock",
        (
            (U, "When I say a dozen sticks of rock I always mean a baker's dozen."),
            (A, "Got it."),
            (U, "How many sticks are in five dozen then?"),
        ),
        "a baker's dozen convention",
    ),
    (
        "conv-shift-day",
        (
            (U, "Out here a 'day' means one 12-hour shift."),
            (A, "Understood."),
            (U, "How many hours are 9 days then?"),
        ),
        "a shift-length day defined earlier",
    ),
    (
        "conv-bigha",
        (
            (U, "In our village a bigha is 1,600 square yards."),
            (A, "Okay."),
            (U, "How many square yards is 3.5 bigha?"),
        ),
        "local land unit with a local size",
    ),
    (
        "conv-json-only",
        (
            (S, 'Reply only with JSON of the form {"answer": <number>}.'),
            (U, "Convert a 45 lb flour sack to kilograms."),
        ),
        "output format set by the system turn",
    ),
    (
        "conv-pirate-persona",
        (
            (S, "You are Captain Flint, a pirate. Always answer in character."),
            (U, "Arr, what be 14 chests times 12 doubloons?"),
        ),
        "persona set by the system turn",
    ),
    (
        "conv-binary-output",
        (
            (S, "Give every number in your replies in binary."),
            (U, "How many parrots is 19 plus 23?"),
        ),
        "output base set by the system turn",
    ),
    (
        "conv-hex-output",
        (
            (U, "From now on please answer in hexadecimal."),
            (A, "Sure."),
            (U, "What's 255 add 17 in that case?"),
        ),
        "hexadecimal output requested earlier",
    ),
    (
        "conv-roman-output",
        (
            (U, "Answer in Roman numerals, like the dates on old backglasses."),
            (A, "Very well."),
            (U, "What's 1,978 plus 50?"),
        ),
        "Roman numeral output requested earlier",
    ),
    (
        "conv-german-reply",
        (
            (U, "Ab jetzt bitte alle Antworten auf Deutsch, ich übe für den Umzug nach Berlin."),
            (A, "Gerne."),
            (U, "The gong dealer gives 15% off a 340 euro kempul. What's the discount?"),
        ),
        "reply language set earlier",
    ),
    (
        "conv-welsh-reply",
        (
            (U, "Rhowch eich atebion yn Gymraeg o hyn ymlaen, plis."),
            (A, "Iawn."),
            (U, "The spring water trial runs 1 March 2027 to 19 April 2027. How many days apart?"),
        ),
        "reply language set earlier",
    ),
    (
        "conv-limerick",
        (
            (U, "Make your next reply a limerick, please - it's for the staff newsletter."),
            (A, "Ready when you are."),
            (U, "The cocoa sweatbox is at 45 °C. What is that in Fahrenheit?"),
        ),
        "answer form set earlier",
    ),
    (
        "conv-words-not-digits",
        (
            (U, "Please spell all numbers out in words, no digits."),
            (A, "Understood."),
            (U, "What's 48 bears times 25 pounds?"),
        ),
        "answer form set earlier",
    ),
    (
        "conv-round-ten-pence",
        (
            (U, "Round all money to the nearest 10p, we don't deal in coppers."),
            (A, "Okay."),
            (U, "What's a third of £25 for each of us?"),
        ),
        "rounding convention set earlier",
    ),
    (
        "conv-two-sig-figs",
        (
            (U, "Give every answer to two significant figures."),
            (A, "Will do."),
            (U, "How many km is the 26.2 mile coastal path?"),
        ),
        "precision convention set earlier",
    ),
    (
        "conv-millimetres-only",
        (
            (U, "Give all lengths in millimetres, I'm marking out steel plate."),
            (A, "Sure."),
            (U, "Convert 3 ft 2 in."),
        ),
        "target unit set earlier",
    ),
    (
        "conv-fixed-euro-rate",
        (
            (U, "For this chat use £1 = €1.17."),
            (A, "Okay, 1.17."),
            (U, "What's £340 of batik wax in euros?"),
        ),
        "a fixed currency rate set earlier",
    ),
    (
        "conv-month-first",
        (
            (U, "Heads up: every date I type in here is month/day/year."),
            (A, "Understood."),
            (U, "Which day of the week is 4/7/2027, the bottling audit?"),
        ),
        "date order set earlier",
    ),
    (
        "conv-fractions-please",
        (
            (U, "Give answers as exact fractions, not decimals."),
            (A, "Okay."),
            (U, "What's 0.375 plus 1/6?"),
        ),
        "answer form set earlier",
    ),
    (
        "conv-split-figures",
        (
            (U, "Our coaster train has 6 cars."),
            (A, "Okay."),
            (U, "Each car seats 4 and a train leaves every 2 minutes. Riders per hour?"),
        ),
        "figures spread over two user turns",
    ),
    (
        "conv-morse-reply",
        (
            (U, "Reply in Morse code only, it's for the radio club."),
            (A, ".- -.-"),
            (U, "What's 9 times 7?"),
        ),
        "answer encoding set earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS) and all(
    f.startswith("conv-") for f, _, _ in CONVS
)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# ---- this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == WANT_ORDINARY_NEGATIVES
assert all(_per == 4 for _per in (sum(1 for i in _ord if i["family"] == r) for r in REGISTERS))
assert all(
    i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative" and i["family"] not in REGISTERS
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
    # no register (family name) of this set is a family name of sets 19 to 80
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 80: {reused}"
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
