r"""Generate heldout-2027-02-26.jsonl: an eighty-fifth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed85/earlier_registers.txt (in full: a `wc -l` gave 1400 lines and a `wc -c` 32882
characters, a `head -3` showed its first names, then a `tr` turning its newlines into spaces was
printed in two pieces, `head -c 17000` and `tail -c +16900`, which overlap by 101 characters, so
nothing was left out): the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those; and these line ranges of
/work/sealed85/make_heldout_84.py (a `wc -l` gave 2471 lines, as the brief said): lines 1-572 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 859-919 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1086-1170 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1394-1401 (its
negatives section header, neg() and conv()) and 2248-2471 (its stated-weekday check, its checks and
main()). None of set 84's query blocks (573-858, 920-1085, 1171-1393, 1402-2247) was opened or
printed.

The first batch ran one command doing `mkdir -p /tmp/h85`, the `wc -l` of make_heldout_84.py, the
copies of the five ranges by `sed -n A,Bp` into /tmp/h85/r1.py, r2.py, r3.py, r4.py and r5.py (not
printed), a `wc -l` of the copies (572, 61, 85, 8 and 224) and an `ls` of /work/sealed85
(earlier_registers.txt and make_heldout_84.py), and a second command, the `cat` of grading.py. The
next command printed the copy r1.py by `cat`; the display cut lines 165-260 of that output (marked
as truncated), so the next command printed r1.py's lines 160-262 by `sed -n 160,262p`, overlapping
the printed parts on both sides; then, in one batch, one command ran a `cat -n` of r2.py, r3.py and
r4.py and another a `cat -n` of r5.py. The display cut nothing else, so all of the allowed ranges
were seen and nothing outside them. The next command ran the `wc -l`, `wc -c`, `head -3` and first
`tr` piece of earlier_registers.txt and the one after it the second piece. Nothing under /work/main
was opened or listed apart from grading.py: nothing under router/, tools/, docs/, server/ or
tests/, not README.md and not pyproject.toml. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). No other /work/sealed* directory was listed.
The earlier generators (sets 1-84) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,2p`, `sed -n 1,3p` or `sed -n 1,4p` of its printed output and its --show listing of ids, expected
values and tolerances, picked out by a `grep` and laid out by `column -t`, were read), no git
command was run, no network and no search or fetch tool was used, and neither the router nor the
bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h85/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the chosen trades and
their neighbours (blood, bike, cycl, board, school, sportive, dabba, tiffin, lunch, meal, palm,
date, diet, nutri, clinic, disc, frisbee, golf, dodge, ball_, ebike, electric, furniture, upcycl,
paint, baduk, go_, granola, cereal, oat, card, greeting, station, irrigat, sprinkler, water, juice,
smoothie, extract, duct, kitchen, loft, model, village, rambl, walk, resin, table, prom, segway,
pool, swim, slide, park, wedding, video and film); it printed the names sharing a word or fragment;
those and other names seen in the full reading of the list that were judged neighbouring trades are
listed below. The next command wrote and ran /tmp/h85/subst.py (a `cat` heredoc, run by the system
`python3`): it cut the first copy at the line that is exactly `from __future__ import annotations`
(asserted to be the only such whole line) and substituted this set's OUT and PREFIX, "sets 1-83" ->
"sets 1-84" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept as they
were), EARLIER (sets 1-84, `range(2, 84)` -> `range(2, 85)`) and REGISTER_CHECK (sets 19-84, adding
make_heldout_84.py), all in the first block, and "sets 19 to 83" -> "sets 19 to 84" in one comment
and one message string of main() in the last block (each substitution asserted to apply once, the
last twice; it printed "ok" for each). It wrote the cut first block and the substituted last block
as c1.py and c5.py (the second to fourth ranges are used as copied); the same command ran a `head
-3` of c1.py, a `grep -nE` of c1.py and c5.py for "83", "84", "85" and "19 to" (with the
REGISTER_CHECK lines of sets 19-82 filtered out) and a `tail -2` of c1.py. Then `cat` heredocs
wrote this set's own blocks under /tmp/h85/own/: a_calc.py (money(), the register constants and
REGISTERS, and the calculator items, with two `grep -c` counts, one of a pattern that also counted
register-name lines (101) and one of lines opening with calc( (45), a `grep -c` of money( (31 lines
then) and a `grep -n` for two phrases), b_units.py (unit constants and unit items, with a `grep
-cE` of its unit calls, 45), c_dates.py (date items, with a `grep -c` of its date_item calls, 45,
and a system `python3` one-liner printing the weekdays of the eighteen dates stated with weekdays),
d_negs.py (the ORDINARY table), e_near.py (near-positive negatives, counted by a system `python3`
one-liner, 65 entries) and f_convs.py (conversations and this set's own structural asserts, with a
`grep -c` of its conv- family lines, 35). Between writing the blocks, an inline system `python3`
script applying an exact replacement (asserted to apply once) made an edit found by this writer's
own review before any run, not after a failed check: in a_calc.py a disc golf payout split written
as five numbers joined by slashes, which the all-numeric date pattern could have read as a date,
was written out as percentages. An `awk` length check of the own blocks then found three code lines
over 99 characters (left for ruff format to wrap) and two conversation turns of exactly 100; a `sed
-n` printed those two turns and an inline script shortened the first of them (the slide 'lap' turn)
and, by mistake, the Roman numeral turn, which was not over-long, instead of the second; a second
script then shortened the second (the spreadsheet formula turn), after which the same `awk` check
listed only the three code lines. The next command wrote /tmp/h85/assemble.py (it builds this file
from /tmp/h85/doc.txt, or a one-line placeholder, and the blocks in order: c1.py, own/a_calc.py,
r2.py, own/b_units.py, r3.py, own/c_dates.py, r4.py, own/d_negs.py, own/e_near.py, own/f_convs.py
and c5.py, and prints its line count) and a helper /tmp/h85/run.sh (it runs assemble.py, then from
/work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check
--no-cache` on this file, writing the latter's output to /tmp/h85/ruff.txt and printing the exit
codes and its `tail -3`, then this generator from /tmp, passing on any arguments, writing its
output to /tmp/h85/out.txt, and prints its exit code and the `tail -6` of it) and made a first run
of run.sh, after which a `grep` of ruff.txt printed its error codes and locations (all in this
set's own ORDINARY table). Edits after each failed check (listed below) were made by inline system
`python3` scripts applying exact replacements, each asserted to apply once. After the second run,
which passed every check, the `sed -n 1,4p` of out.txt, a run of run.sh with --show (printing to
/dev/null), the listing of ids, expected values and tolerances (a `grep` of out.txt laid out by
`column -t`) and a system `python3` count of lines over 99 characters in this file followed; the
count found four lines of 100 to 102 characters (ORDINARY questions whose two-line strings had been
put in parentheses, so indented four more columns, and kept by ruff format); a `sed -n` loop piped
to `cut -c1-70` printed their starts. An inline script re-split every parenthesized ORDINARY string
at word boundaries to fit; it wrote the pieces with a quoting mistake (apostrophes turned into
double quotes), so the next run failed to parse (ruff format could not format the file, the
generator stopped with a SyntaxError shown by the `sed -n 1,3p` of out.txt, and the count found two
unformatted code lines over 99); another inline script rewrote those 24 string lines with correct
quoting (the text unchanged), and run.sh with --show (printing to /dev/null), the `sed -n 1,3p` of
out.txt (every check passing, with the same sha256 as the second run) and the count (none over 99)
followed. Then a `cat` of ruff.txt with `grep -c -F` counts of lines calling helpers in the own
blocks; then one command ran an inline script that, from this writer's own review, put the prom
ticket price through money() (its value unchanged), `grep -o -F` counts over the own blocks: money(
(32: its def, its assert and 30 calls), sayw( (18), say( (4), clock_span( (4), nth_weekday( (5),
age(D (2), weeks( (2), TD(weeks (10), EXACT (10) and unit_r( (35), and run.sh with --show (printing
to /dev/null) with a `sed -n 1,2p` of out.txt, all checks passing with the same sha256. This
docstring was written last over the placeholder: its source text, /tmp/h85/doc/doc_src.txt, was
written by a `cat` heredoc, and /tmp/h85/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps
the indented lines as they are and asserts that the words are unchanged, that no line exceeds 99
characters, that every register value is named and that the text opens with r and three quotes and
holds only two sets of three quotes) filled it to 99 columns into /tmp/h85/doc.txt; then run.sh and
a `head -3` of this file were run, with a count of lines over 99 characters by a system `python3`
one-liner and a `cat` of ruff.txt. Then, in one command, `ruff format --no-cache --check` and `ruff
check --no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h85`, an `ls` of /tmp/h85
(gone) and an `ls` of /work/sealed85. Writes: only this file and its JSONL in /work/sealed85/
(earlier_registers.txt and make_heldout_84.py left as they were); temporary blocks, scripts and
output under /tmp/h85/ were deleted afterwards. Nothing was written into /work/main. Every run of
this generator used /work/main/.venv/bin/python.

Changes to set 84's main() and checks: only the substitutions listed above (file names, sets 1-84
for the duplicate check, sets 19-84 for the register check). Set 84 lies next to this file in
/work/sealed85, and EARLIER_DIRS and earlier_path() are kept as set 84 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_84.py is found next to this file and, as no other
generator lies here, sets 1-83 in router_heldout) and after this file is copied there. The copied
helpers, unit factors, checks and main() are otherwise set 84's as copied; ruff format may have
changed layout only. All of set 84's checks are kept: counts per kind, ids and prefixes, no
duplicate queries, the wording rules for positives, the answers' consistency (calculator and exact
unit answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat
of an earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: whole_up()
(used once, by the resin kits bought whole), weeks() (used twice, by a plain weeks one-liner and
the go club's count of meetings), clock_span() (used four times), nth_weekday() (used five times),
age() (used twice), unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 35),
say() (used directly four times and through sayw()), sayw() (eighteen calls in fifteen date items,
for stated weekdays), sayus() (not used here), OZ (not used here), SQYD (not used here), SQFT and
CUFT. Added, newly written: money() (asserts whole pence, cents or paise, with an assert of its
own; every calculator money answer passes through it, 30 of them; the one other register calculator
answer is grams of pool granules), MM, CM, KM, GRAM, LITRE, ML, SQM and HA, with asserts on IN/MM,
CM/MM, ML/LITRE, KM/MI, ACRE/HA, SQFT, CUFT/LITRE, KMH/KM, f_to_c(41), c_to_f(-18) and
c_to_f(37.5); the register constants and the REGISTERS tuple (sorted, asserted 25 and distinct); an
assert that the square-root one-liner's radicand is a perfect square and one that the resin volume
is 14.58 litres; the ORDINARY, NEAR and CONVS tables; and this set's own asserts, rewritten from
set 84's description of them (its code was not seen): the ORDINARY table is keyed by exactly the
REGISTERS, in REGISTERS order, four each; NEAR has 65 entries and CONVS 35, each with distinct
families, all "near-..." and "conv-..." respectively; the positive registers of each tool are
exactly the REGISTERS, with 31 register word problems per tool; exactly 18 registers have four
positives and 7 have three; the ordinary negatives are 100, four per register; every negative
outside the registers is a near-... or conv-... family; no positive contains an all-numeric date
(NUMERIC_DATE_POS, this set's own pattern; no positive uses one at all).

Disclosures: the kinds of item and the counts follow set 84's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 84's, copied (P = "plain" is copied too, as the
last line of the first block). Set 84's docstring (within lines 1-572) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen; several of this set's near-positive and
conversation kinds were taken from those lists of generic kinds, newly worded with new figures and
subjects, and some family names echo those kinds (an exchange rate now, an age needing the current
date, a relative day, a school half term, a sizing table, current prices, missing figures,
estimates, judgements, facts and rules; and for conversations an invented unit, letter values, a
redefined discount, a scoring rule, a business year, a decimal comma, a persona, JSON output,
decimal hours, figures spread over user turns, a corrected figure, a reference to the previous
answer, a redefined count word (a prom 'pair' ticket, of the "dozen bag" kind), words only, a reply
in Welsh, an assumed year, month-first dates, Roman numerals, a season's week numbering, a
spreadsheet formula, a fixed currency rate, swapped operators, significant figures and cash
rounding, here rounding shares up to the next five rupees). Variants of set 84's kinds, with new
subjects: the dabbawala lid code (near-dabba-lid-code, letters and numbers that look like a sum)
and the go score (near-go-komi-score) are of its score-call and bitting-code kinds; the walking
boot size is of its sizing-table kind; the model village's scale is a conversation here (set 84 had
a figure scale as a near-positive). New kinds here (not in set 84's lists): a lunisolar festival
date, a train timetable lookup, paper size codes (A6 and C6), print bleed, a postage price, a
player rating turned into a club handicap, a slide's height rule, a queue's length of time, pool
volume of an irregular shape, salt bags for a chlorinator, a test strip colour, an energy
requirement, protein on dialysis, a child's BMI centile, a resin's mix ratio, cure time and pour
depth, a gradient sign (1:7), feed station bananas, a grease thickness and a cleaning frequency
from an industry standard, loft stair headroom, a steel beam size, O gauge's scale, figure theft,
tables with no guest count, a prom date relative to exams, a pipe size and a drip run time,
timecode frames with no frame rate, footage file size, a music licence myth, an Ordnance Survey
grid reference distance, Naismith's rule, sunset and full moon lookups, paint tins for an unsized
wardrobe, a sideboard's value, kyu and dan handicap stones, an oat percentage labelling rule, a VAT
threshold, a blood box temperature, a dodgeball catch rule, fixtures with an unknown team count, an
e-bike power limit, battery range, an ETRTO tyre size and a Segway rider weight limit; and for
conversations Indian digit grouping in lakhs, scores written relative to par, a trade price rule
(RRP divided by 2.2), a resin mix ratio whose meaning of 'a mix' is set over two turns, a 25 fps
timecode convention, a price markup rounded up to the next £5, Japanese counting with 6.5 komi, a
granola 'batch' with a bake loss, house points, a water slide 'lap', a dabbawala 'rack', a crop
year named after its end and smoothie size letters. All of set 84's register names are also in
earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was read in
full and this set's registers were chosen to be of trades and situations different from every name
in it; some are of neighbouring fields judged to be different trades: the blood bike volunteer
rider next to the blood donor session admin and team (collection, not transport), the bicycle
courier dispatch, the bike courier cooperative and dispatch desk, the ambulance control room
dispatcher and the patient transport service planner; the boarding school house parent next to the
school trip organiser, school minibus, school dinner kitchen and school uniform registers, the
choir school, the student halls accommodation office, the foster carer household notes and the
exchange student host family; the cycling sportive organiser next to the city marathon race
director, the fell running race organiser, the charity run, the triathlon club coach, the velodrome
track cycling coach, the Bikeability cycle instructor and the mountain bike trail centre; the
dabbawala tiffin delivery next to the meal prep delivery kitchen, the multi-drop parcel driver, the
bike couriers, the sandwich bar lunch counter and the gurdwara langar kitchen volunteers; the date
palm plantation next to the avocado packhouse, the pistachio orchard huller, the olive oil mill,
the orangery citrus grower and the banana ripening rooms; the dietitian outpatient clinic next to
the physio clinic admin and reception, the chiropody foot clinic, the sleep clinic technician, the
hearing aid clinic admin, the GP surgery reception and the speech and language therapist caseload;
the disc golf course next to the ultimate frisbee tournament desk, the golf club greenkeeper, the
crazy golf seafront kiosk and the driving range; the dodgeball league next to the many league and
club registers (beach volleyball, netball, korfball, team handball, kabaddi, Sunday league football
and rounders among them); the e-bike conversion workshop next to the bicycle wheel builder, the
bamboo bicycle frame builder, the e-scooter hire scheme, the EV charge point installer and the
vintage motorcycle restorer; the furniture upcycling painter next to the French polisher, the
upholstery workshops, the painter decorator, the house clearance firm, the antiques centre
stallholder, the hospice charity shop and the flat pack assembly service; the go (baduk) club next
to the chess clubs, congress arbiter and tournament controllers, the chess shop, the mahjong club,
the bridge club, the Scrabble club and the board game cafe; the granola small batch maker next to
the sourdough microbakery, the fudge shop, the jam maker, the hot sauce bottler, the kombucha
brewers and the zero waste refill shop; the greeting card publisher next to the letterpress
printers and wedding stationer, the stationery shop counter, the print and copy shop counter, the
freelance children's illustrator and the linocut printmaker; the irrigation system installer next
to the rainwater harvesting installer, the jobbing gardener, the lawn treatment round, garden
design, the land drainage contractor and the greenhouse tomato grower; the juice bar smoothie
counter next to the bubble tea shop, the coffee van and mobile coffee cart, the ice cream parlour,
the sandwich bar and the zero waste refill shop; the kitchen extract duct cleaner next to the
chimney sweeps, the flue brush sweep business, the oven cleaning service, the commercial
refrigeration engineer, the environmental health food inspector and the kitchen fitter; the loft
conversion builder next to the loft insulation installer, the timber frame and straw bale house
builders, the bathroom fitter, the staircase joinery workshop, the conservatory fitter, the
planning permission consultant and the structural engineer; the model village attraction next to
the model railway clubs, exhibitions and society, the loft layout railway modeller, the ship model
maker, the maze attraction, the sculpture park, the butterfly house and the farm park; the ramblers
walking group leader next to the fell running race organiser, the walkers luggage transfer service,
the haunted walk tour guide, the fossil hunting guided walks, alpaca trekking, the orienteering
clubs, the Duke of Edinburgh expedition assessor, the mountain rescue quartermaster and the country
park ranger; the resin river table maker next to the staircase joinery workshop, the woodturning
club, the mobile sawmill operator, the marquetry workshop, the French polisher, the kitchen
fitter's worktops and the terrazzo layer; the school prom committee next to the street party
committee, the school trip organiser, the bonfire night committee, the village fete tombola stall,
the barn wedding venue coordinator, the mobile DJ and the photo booth hire; the Segway tour
operator next to the dune buggy tour operator, the rickshaw tours, the pedicab operator, the
haunted walk tour guide, the e-scooter hire scheme and the open-top sightseeing bus; the swimming
pool maintenance round next to the lifeguard pool rota, the lido attendant, the mosaic pool tiling
crew, the hot tub hire, the garden pond koi installer, the water quality testing lab and the
swimming club treasurer; the water park slide operator next to the lido attendant, the trampoline
park, the roller coaster maintenance crew, the fairground ride inspector, the surf beach lifeguard
tower and the soft play centre; the wedding videographer next to the portrait photography studio,
the school picture day photographer, the photo booth hire, the film registers (festival, set
caterer, stunt coordinator, restoration lab), the other wedding trades, the drone survey
contractors and the podcast editors; the judgement of "different topic" is this writer's. At the
edges of the allowed ranges: line 572 is P = "plain", 859, 1086 and 1394 are section headers, 2248
opens the stated-weekday check and 2471 is the call of main(). No query text of any earlier set was
seen: main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; five items that the duplicate check reported as exact
repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded, see
below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an
overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn
is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 84 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question. Conversations that define an invented unit (a 'rack' of 30
dabbas, a slide 'lap', a granola 'batch'), letter values (smoothie sizes, walk grades), a redefined
discount (happy hour), a pricing rule, a crop year, a scoring rule (house points, go with komi), a
decimal comma, a mix ratio, a pair ticket, a 25 fps timecode, a markup with rounding, an assumed
year, month-first dates, a season's week numbering, a fixed currency rate, swapped operators or
rounding shares up to five rupees are negatives because the notation or convention is set up in an
earlier turn (a persona and JSON output by a system turn); one conversation spreads its figures
over two user turns before asking in a third, one corrects a figure in its last turn, one refers to
the previous answer and one gives only a model size in its last turn. Some conversations (Indian
digit grouping, relative-to-par scores, Roman numerals, a Welsh reply, words only, a formula
instead of a number, decimal hours, JSON output, a persona, significant figures) end in a user turn
that could be computed alone, or nearly; they are negatives, as in set 84, because the earlier turn
changes what a right answer looks like. Some near-positives depend on the current date or current
figures (the palms' age now, the next exeat, the next full moon, the rota the Thursday after next,
an exchange rate, postage, a VAT threshold, loft prices), and some need a lookup for a stated date
or place (Diwali in 2028, a sunset at Malham, a sunset tour in Bath, a train journey, a half term);
they are negatives, with no "now" field. No positive depends on a looked-up figure: every rate,
price, fee and discount is given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts, money()'s asserts and unit_r()'s asserts
passed on every run that reached them. Before the first run, the line-length check of the own
blocks found two conversation turns of 100 characters, shortened as said above. The first run of
run.sh failed ruff check with eleven ISC004 errors (implicit string concatenation inside a
collection: two-line questions in this set's ORDINARY table), and the generator failed the
duplicate check, which reported five items by id as repeats of earlier queries or user turns: two
calculator one-liners (a percentage of a number and an increase by a percentage), two unit
one-liners (km/h to mph and bar to psi) and the Welsh reply conversation. An inline script put
every two-line ORDINARY string in parentheses (twelve of them; ruff had reported eleven), and a
second reworded the four one-liners with the same figures and both user turns of the Welsh
conversation with new wording and the same convention, without the earlier queries being looked at,
after which every check passed. Every later run that could parse the file passed every check; the
one run that could not (the quoting mistake of the re-splitting script, said above) was fixed by
rewriting the string lines, and the line-length counts (not a check of the generator) found the
four long lines said above, fixed by the re-split.

Registers (families), 25, new: blood_bike_volunteer_rider, boarding_school_house_parent,
cycling_sportive_organiser, dabbawala_tiffin_delivery, date_palm_plantation,
dietitian_outpatient_clinic, disc_golf_course, dodgeball_league, ebike_conversion_workshop,
furniture_upcycling_painter, go_baduk_club, granola_small_batch_maker, greeting_card_publisher,
irrigation_system_installer, juice_bar_smoothie_counter, kitchen_extract_duct_cleaner,
loft_conversion_builder, model_village_attraction, ramblers_walking_group_leader,
resin_river_table_maker, school_prom_committee, segway_tour_operator,
swimming_pool_maintenance_round, water_park_slide_operator, wedding_videographer. Every register is
used by all three tools (asserted); eighteen distinct registers have one further positive (a second
calculator word problem: dabbawala_tiffin_delivery, greeting_card_publisher,
juice_bar_smoothie_counter, resin_river_table_maker, school_prom_committee,
swimming_pool_maintenance_round; a second unit word problem: cycling_sportive_organiser,
date_palm_plantation, ebike_conversion_workshop, irrigation_system_installer,
loft_conversion_builder, ramblers_walking_group_leader; a second date word problem:
blood_bike_volunteer_rider, boarding_school_house_parent, dietitian_outpatient_clinic,
dodgeball_league, go_baduk_club, wedding_videographer). The seven registers with three positives
are disc_golf_course, furniture_upcycling_painter, granola_small_batch_maker,
kitchen_extract_duct_cleaner, model_village_attraction, segway_tour_operator and
water_park_slide_operator. Positives are one-liners (family "plain") or word problems of one to
three sentences, mostly UK usage with £ and pence, with rupees for the dabbawalas and dollars for
the date palms and the disc golf league, stone and pounds, feet, inches, yards and miles (on land),
and other touches (a handcart crate, a juice counter fridge, an American printer, export paperwork,
a tee sign, a slide's speed, a luggage limit, a pool heater, a patient's weight, a live-edge slab,
a route card, an extract duct, dormer head height, a model village pond, a dance floor, mains
pressure, a rainwater tank, wedding footage in GiB, a hill's height, a dresser, a sack of oats, a
dual carriageway, a go board, a dodgeball court, e-bike assistance and tyre pressure, a Segway's
limit, Celsius and Fahrenheit both ways, speeds between mph and km/h, psi and bar both ways, MiB to
GiB and GiB to MiB, square feet and square metres both ways, acres and hectares both ways, cubic
metres and litres to cubic feet and litres to millilitres), some chatty, terse or lower-case, with
questions at the start or the end and statements to complete. No positive conversations. No dosing
in positives (the clinic's positives are about fees, a weight, a review date and a food diary; the
pool's granules are a water treatment, not a medicine).

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 84: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
between two dates, how many days apart two dates are, a season counting both the opening and the
closing day, a food diary with both days included, 17 (7 and then 10), 18, 45, 75, 200, 300, 500
and 1,000 days after or before a date, the sixth shift at nine-night intervals, the 12th weekly
round, weekly meetings counted up to and including a date, day 5 and day 9 of stated runs, the
second Sunday, third Saturday, first Monday, fourth Thursday and last Friday of a stated month and
year, and a day of the year counting 1 January as day 1); ages are in whole years from a stated
birth date to a stated date, and the four clock spans run from one stated time to the next
occurrence of the other (one crosses midnight, saying "the next morning"; three lie within one day,
one of them in hours). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 84):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, mL); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_85.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-26.jsonl"
PREFIX = "ho85-"
# earlier generators: sets 1-84 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 85))
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
    """A money amount: whole pence, cents or paise, returned exactly."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100)

BLOOD = "blood_bike_volunteer_rider"
BOARD = "boarding_school_house_parent"
SPORT = "cycling_sportive_organiser"
DABBA = "dabbawala_tiffin_delivery"
PALM = "date_palm_plantation"
DIET = "dietitian_outpatient_clinic"
DISC = "disc_golf_course"
DODGE = "dodgeball_league"
EBIKE = "ebike_conversion_workshop"
UPCY = "furniture_upcycling_painter"
GO = "go_baduk_club"
GRAN = "granola_small_batch_maker"
CARD = "greeting_card_publisher"
IRRI = "irrigation_system_installer"
JUICE = "juice_bar_smoothie_counter"
DUCT = "kitchen_extract_duct_cleaner"
LOFT = "loft_conversion_builder"
MODEL = "model_village_attraction"
RAMB = "ramblers_walking_group_leader"
RESIN = "resin_river_table_maker"
PROM = "school_prom_committee"
SEG = "segway_tour_operator"
POOL = "swimming_pool_maintenance_round"
SLIDE = "water_park_slide_operator"
VIDEO = "wedding_videographer"
REGISTERS = (
    BLOOD,
    BOARD,
    SPORT,
    DABBA,
    PALM,
    DIET,
    DISC,
    DODGE,
    EBIKE,
    UPCY,
    GO,
    GRAN,
    CARD,
    IRRI,
    JUICE,
    DUCT,
    LOFT,
    MODEL,
    RAMB,
    RESIN,
    PROM,
    SEG,
    POOL,
    SLIDE,
    VIDEO,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# ---- calculator: plain one-liners
calc(P, "17.5 per cent of 2,368 comes to what?", dec("17.5") / 100 * 2368)
calc(P, "3,417 x 86 = ?", 3417 * 86)
calc(P, "(4,816 - 1,927) * 0.35", (4816 - 1927) * dec("0.35"))
assert 231 * 231 == 53361
calc(P, "Square root of 53,361?", 231)
calc(P, "96,512 divided by 128", F(96512, 128))
calc(P, "what's 2 to the power of 17", 2**17)
calc(P, "Take 18% off 48,000 — what's left?", 48000 * (1 - pct(18)))
calc(
    P,
    "mean of 14.2, 19.8, 23.5 and 17.1",
    (dec("14.2") + dec("19.8") + dec("23.5") + dec("17.1")) / 4,
)
calc(P, "If you put 640 up by 12.5%, what do you get?", 640 * (1 + pct("12.5")))
calc(P, "seven eighths of 3,960", F(7, 8) * 3960)
calc(P, "87 is what percent of 348?", F(87, 348) * 100)
calc(P, "0.045 times 12,800", dec("0.045") * 12800)
calc(P, "19 squared minus 17 squared", 19**2 - 17**2)
calc(P, "Work out (23 × 47) − (11 × 38) for me", 23 * 47 - 11 * 38)

# ---- calculator: register word problems
calc(
    DABBA,
    "Santosh has 34 tiffin customers, each paying ₹1,150 a month. Out of that he pays ₹4,800 "
    "for his rail pass and crate hire, and 18% of whatever is left goes to the mandal fund. "
    "How many rupees does the fund get?",
    money((34 * 1150 - 4800) * pct(18)),
)
calc(
    DABBA,
    "our dabbawala group fines ₹25 for each late tiffin and ₹150 for each lost one. in March we "
    "had 17 late and 2 lost, and the five of us on that line share the fines equally - how "
    "much does each of us pay?",
    money(F(17 * 25 + 2 * 150, 5)),
)
calc(
    JUICE,
    "A large green smoothie costs us 63p in spinach, 22p for the banana, 40p of apple juice and "
    "a 35p protein scoop. We sell it at £4.50 and sold 86 of them on Saturday. What was the "
    "gross profit on those smoothies?",
    money(86 * (dec("4.50") - (dec("0.63") + dec("0.22") + dec("0.40") + dec("0.35")))),
)
calc(
    JUICE,
    "Loyalty card: every 10th smoothie is free. A regular bought 30 smoothies at £3.85 over "
    "the summer - how much did she actually pay?",
    money(27 * dec("3.85")),
)
calc(
    CARD,
    "We sell cards to shops at 48% of the £3.50 RRP, in packs of six. A gift shop orders 42 "
    "packs, and carriage is free on orders over £250. What's the invoice total?",
    money(42 * 6 * dec("3.50") * pct(48)),
)
calc(
    CARD,
    "The illustrator's royalty is 7.5% of net receipts. We sold 18,400 of her cards at a net "
    "trade price of £1.60 each, so what royalty do we owe her?",
    money(18400 * dec("1.60") * pct("7.5")),
)
calc(
    PALM,
    "We have 62 Medjool palms averaging 68 kg of fruit each; 85% of it is packable and sells "
    "at $7.40 a kilo. What is the packed crop worth in dollars?",
    money(62 * 68 * pct(85) * dec("7.40")),
)
calc(
    DISC,
    "League night: 38 players pay $12 each. The course keeps $3 a head and $1 a head goes to "
    "the ace pot; the rest pays out 40%, 25%, 15%, 12% and 8% to the top five. What does "
    "second place take home?",
    money(38 * (12 - 3 - 1) * pct(25)),
)
calc(
    SLIDE,
    "Adult day tickets are £31.50 and child tickets £23.75, or there's a £96 family ticket for "
    "two adults and two children. Two adults with three kids buy the family ticket plus one "
    "child ticket. How much do they save compared with five separate tickets?",
    money(2 * dec("31.50") + 3 * dec("23.75") - (96 + dec("23.75"))),
)
calc(
    BOARD,
    "A Year 9 boarder started term with £85 on her pocket money account, spent £4.60 at the "
    "tuck shop on each of 11 weekends, paid £18.50 for a trip and got a £40 top-up from home. "
    "What's her balance now?",
    money(85 - 11 * dec("4.60") - dec("18.50") + 40),
)
calc(
    POOL,
    "I service 14 pools once a week for 22 weeks of the season at £65 a visit, and chemicals "
    "cost me £11.40 per visit. What's my margin over the season after chemicals?",
    money(14 * 22 * (65 - dec("11.40"))),
)
calc(
    POOL,
    "To raise free chlorine by 2.5 mg per litre in a 48,000 litre pool using granules that are "
    "60% available chlorine, how many grams of granules go in?",
    F(48000) * dec("2.5") / 1000 / pct(60),
)
calc(
    DIET,
    "In this morning's clinic I saw 7 follow-ups at £55 and 3 new patients at £90. The "
    "practice keeps 20% of the fees and I pay £120 room hire out of my share. What do I "
    "take home from the session?",
    money((7 * 55 + 3 * 90) * (1 - pct(20)) - 120),
)
resin_litres = F(180 * 18) * dec("4.5") / 1000
assert resin_litres == dec("14.58")
calc(
    RESIN,
    "The river on this walnut table works out at 14.58 litres of resin. Kits are 1.5 litres at "
    "£42 and I can only buy whole kits. What does the resin cost me?",
    money(whole_up(resin_litres / dec("1.5")) * 42),
)
calc(
    RESIN,
    "Quote build-up: slab £380, resin £420, hairpin legs £96, 14 hours of finishing at £32 an "
    "hour, then 15% margin on top of the lot. What's the quote?",
    money((380 + 420 + 96 + 14 * 32) * (1 + pct(15))),
)
calc(
    SPORT,
    "Sportive entries: 410 early birds at £38 and 275 at the standard £46. Feed stations and "
    "timing chips cost £7.20 per rider, plus £3,600 of fixed costs. How much is left over "
    "for the hospice?",
    money(410 * 38 + 275 * 46 - (410 + 275) * dec("7.20") - 3600),
)
calc(
    DUCT,
    "Quote for the restaurant: 9 metres of ductwork at £38 a metre, canopy and filters £145, "
    "three access panels fitted at £65 each, all plus 20% VAT. Total?",
    money((9 * 38 + 145 + 3 * 65) * (1 + pct(20))),
)
calc(
    LOFT,
    "The loft conversion contract is £58,400, paid 10% deposit, 35% when the roof is on, 30% "
    "at first fix and the rest on completion. How much is still owed once the roof payment "
    "has been made?",
    money(58400 * (1 - pct(10) - pct(35))),
)
calc(
    MODEL,
    "Groups of 15 or more pay £6.40 a head instead of £8.25. A coach brings 27 paying "
    "pensioners (the two drivers go free) and they all have the £4.95 cream tea. What's the "
    "coach party's bill?",
    money(27 * (dec("6.40") + dec("4.95"))),
)
calc(
    PROM,
    "Prom costs: venue £3,220, DJ £420, photo booth £310. We've sold 164 tickets, and 12 of "
    "those students pay half price through the hardship fund. What should the full ticket "
    "price be so we exactly break even?",
    money(F(3220 + 420 + 310) / ((164 - 12) + F(12, 2))),
)
calc(
    PROM,
    "Prom fundraising so far: the cake sale made £186.40, 612 pupils paid £1 for non-uniform "
    "day and we sold 340 raffle tickets at 50p, but the raffle prizes cost us £64. How much "
    "have we raised overall?",
    money(dec("186.40") + 612 + 340 * dec("0.50") - 64),
)
calc(
    IRRI,
    "Drip kit for an allotment: 14 beds each with two 9.5 m runs of drip pipe at 85p a metre, "
    "40 connectors at 45p and a £64.99 timer. Materials total?",
    money(14 * 2 * dec("9.5") * dec("0.85") + 40 * dec("0.45") + dec("64.99")),
)
calc(
    VIDEO,
    "Package £1,650, plus drone footage £220 and a second shooter for 8 hours at £35/hr. They "
    "paid a 25% deposit; what's the balance due?",
    money((1650 + 220 + 8 * 35) * (1 - pct(25))),
)
calc(
    RAMB,
    "The coach to Malham costs £640 and the group fund covers £160 of it. The rest is split "
    "equally between the 32 walkers going, and non-members also pay £3 day membership. What "
    "does a non-member pay?",
    money(F(640 - 160, 32) + 3),
)
calc(
    UPCY,
    "I bought a pine chest of drawers for £35, used two tins of chalk paint at £18.95, wax at "
    "£12.50 and six new knobs at £3.40 each. It sold for £245 and the marketplace took 5%. "
    "What's my profit?",
    money(245 * (1 - pct(5)) - (35 + 2 * dec("18.95") + dec("12.50") + 6 * dec("3.40"))),
)
calc(
    GRAN,
    "One batch uses 2.4 kg oats at £1.80/kg, 800 g honey at £9.50/kg, 600 g nuts at £14/kg and "
    "400 g seeds at £5.20/kg, and fills 16 bags. Ingredient cost per bag?",
    money(
        (
            dec("2.4") * dec("1.80")
            + dec("0.8") * dec("9.50")
            + dec("0.6") * 14
            + dec("0.4") * dec("5.20")
        )
        / 16
    ),
)
calc(
    BLOOD,
    "The charity pays riders 24p a mile. I did runs of 42, 57 and 38 miles this week and paid a "
    "£6.50 bridge toll. What should I claim?",
    money((42 + 57 + 38) * dec("0.24") + dec("6.50")),
)
calc(
    GO,
    "Go tournament: 22 adults paid £15 entry and 9 juniors £8. Prizes cost £180 and the hall "
    "£95. What's the surplus for the club?",
    money(22 * 15 + 9 * 8 - 180 - 95),
)
calc(
    DODGE,
    "Twelve dodgeball teams pay £290 each for the season. Refs cost £25 a game for 66 games and "
    "the sports hall is £1,200. Whatever's left is split equally between the teams for the "
    "end-of-season social. How much per team?",
    money(F(12 * 290 - 25 * 66 - 1200, 12)),
)
calc(
    EBIKE,
    "Conversion job: hub motor kit £389, battery £315, fitting 2.5 hours at £48/hour. Club "
    "members get 10% off parts but not labour. What does a member pay?",
    money((389 + 315) * (1 - pct(10)) + dec("2.5") * 48),
)
calc(
    SEG,
    "On Saturday we ran three full Segway tours of 8 riders and one with 5 riders, at £59 a "
    "head. Guides get £85 per tour. Takings minus guide pay?",
    money((3 * 8 + 5) * 59 - 4 * 85),
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
GRAM = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
ML = LITRE / 1000  # m^3
SQM = F(1)  # m^2
HA = 10**4 * SQM  # m^2

assert IN == F(254, 10) * MM and CM == 10 * MM and 1000 * ML == LITRE and KM / MI < 1
assert abs(ACRE / HA - dec("0.4046856")) < dec("1e-7") and SQFT == dec("0.09290304")
assert abs(CUFT / LITRE - dec("28.3168")) < dec("1e-4") and KMH * 3600 == KM
assert f_to_c(41) == 5 and c_to_f(-18) == dec("-0.4") and c_to_f(dec("37.5")) == dec("99.5")

# ---- units: plain one-liners
unit(P, "4 feet 11 inches is how many centimetres?", (4 * FT + 11 * IN) / CM, EXACT)
unit_r(P, "73 kg in stone", 73 / STONE)
unit(P, "convert -18 C to fahrenheit", c_to_f(-18), EXACT)
unit_r(P, "350 degrees F in Celsius?", f_to_c(350))
unit_r(P, "How many square feet is 3.5 square metres?", dec("3.5") * SQM / SQFT)
unit_r(P, "2.75 acres in square metres please", dec("2.75") * ACRE / SQM)
unit(P, "640 MiB expressed in GiB", F(640 * MIB, GIB), EXACT)
unit_r(P, "18 km = ? miles", 18 * KM / MI)
unit_r(P, "95 km/h works out at how many mph?", 95 * KMH / MPH)
unit_r(P, "a reading of 2.4 bar is how many psi", dec("2.4") * BAR / PSI)
unit(P, "How many millilitres are there in 3.75 litres?", dec("3.75") * LITRE / ML, EXACT)
unit_r(P, "7.5 hectares to acres", dec("7.5") * HA / ACRE)
unit_r(P, "12 st 9 lb in kilos", (12 * STONE + 9 * LB) / 1)
unit(P, "Convert 850 yards to metres.", 850 * YD, EXACT)

# ---- units: register word problems
unit_r(
    DABBA,
    "A full crate of tiffins on the handcart weighs 62 kg. A visitor from London asked what "
    "that is in pounds - what should I tell him?",
    62 / LB,
)
unit(
    JUICE,
    "The fridge thermometer on the juice counter reads 41°F. What's that in Celsius?",
    f_to_c(41),
    EXACT,
)
unit_r(
    CARD,
    "Our square cards are 148 mm wide. The American printer wants the width in inches - how many?",
    148 * MM / IN,
)
unit_r(
    PALM,
    "We picked 3,800 lb of Medjools from the north block. How many kilograms is that for the "
    "export paperwork?",
    3800 * LB,
)
unit_r(
    PALM,
    "The north block of the date garden is 14 acres; what is that in hectares?",
    14 * ACRE / HA,
)
unit_r(
    DISC,
    "Hole 7 plays 312 feet from the long tee. What's that in metres for the new sign?",
    312 * FT,
)
unit_r(
    SLIDE,
    "Riders on the Vortex hit about 40 mph at the bottom of the drop. How fast is that in km/h?",
    40 * MPH / KMH,
)
unit_r(
    BOARD,
    "The luggage limit for boarders flying home is 23 kg a case. One of the parents wants it in "
    "pounds. How many pounds is 23 kg?",
    23 / LB,
)
unit_r(
    POOL,
    "customer wants the pool heater at 82 F. what is that in C so I can set the controller",
    f_to_c(82),
)
unit_r(
    DIET,
    "My new patient says she weighs 13 stone 4 lb. What is that in kg for her notes?",
    (13 * STONE + 4 * LB) / 1,
)
unit(
    RESIN,
    "The live-edge slab is 7 feet 2 inches long. Give me that in centimetres for the listing.",
    (7 * FT + 2 * IN) / CM,
    EXACT,
)
unit_r(
    SPORT,
    "Our long route is exactly 100 miles. How many kilometres should the route card say?",
    100 * MI / KM,
)
unit_r(
    SPORT,
    "The epic route climbs 1,850 metres in total. What's that in feet for the US riders?",
    1850 / FT,
)
unit_r(
    DUCT,
    "The extract duct is 315 mm in diameter; what's that in inches?",
    315 * MM / IN,
)
unit_r(
    LOFT,
    "Head height under the new dormer will be 2.2 metres. Convert that to feet for the client.",
    dec("2.2") / FT,
)
unit_r(
    LOFT,
    "The finished loft room will be 28 square metres. How many square feet is that?",
    28 * SQM / SQFT,
)
unit_r(
    MODEL,
    "The model village pond holds 3.2 cubic metres of water. How many cubic feet is that?",
    dec("3.2") / CUFT,
)
unit_r(
    PROM,
    "The hired dance floor is 24 ft by 20 ft. What's the area in square metres?",
    24 * 20 * SQFT / SQM,
)
unit_r(
    IRRI,
    "Mains pressure at the tap measured 3.5 bar. What's that in psi?",
    dec("3.5") * BAR / PSI,
)
unit_r(
    IRRI,
    "the rainwater tank feeding the drippers holds 1,200 litres - how many cubic feet?",
    1200 * LITRE / CUFT,
)
unit(
    VIDEO,
    "Raw footage from the Saturday wedding came to 740 GiB. How many MiB is that?",
    F(740 * GIB, MIB),
    EXACT,
)
unit_r(
    RAMB,
    "Sunday's circular walk is 11.5 miles. What's that in kilometres?",
    dec("11.5") * MI / KM,
)
unit_r(
    RAMB,
    "Pen-y-ghent's summit is at 2,277 feet. How high is that in metres?",
    2277 * FT,
)
unit(
    UPCY,
    "The dresser is 30 inches wide. How many centimetres is that?",
    30 * IN / CM,
    EXACT,
)
unit_r(
    GRAN,
    "Our jumbo oats come in 25 kg sacks. What's a sack in pounds?",
    25 / LB,
)
unit_r(
    BLOOD,
    "I was doing 70 mph on the dual carriageway with the sample box. What is that in km/h?",
    70 * MPH / KMH,
)
unit_r(
    GO,
    "The longer side of a go board's grid is 45.5 cm. In inches?",
    dec("45.5") * CM / IN,
)
unit(
    DODGE,
    "The dodgeball court is 60 feet long. How many metres is that?",
    60 * FT,
    EXACT,
)
unit_r(
    EBIKE,
    "UK e-bike assistance has to cut out at 25 km/h. What's that in mph?",
    25 * KMH / MPH,
)
unit_r(
    EBIKE,
    "The tyre sidewall says inflate to 55 psi. What's that in bar?",
    55 * PSI / BAR,
)
unit_r(
    SEG,
    "Our Segways are limited to 12.5 mph. How many km/h is that?",
    dec("12.5") * MPH / KMH,
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


# ---- dates: plain one-liners
date_item(P, "What day of the week was 9 July 1983?", weekday(D(1983, 7, 9)))
date_item(
    P,
    "how many days between 3 March 2026 and 19 October 2026",
    days(D(2026, 3, 3), D(2026, 10, 19)),
)
date_item(P, "Which date is 300 days after 12 May 2027?", D(2027, 5, 12) + TD(days=300))
date_item(P, "What date falls 11 weeks before 4 February 2028?", D(2028, 2, 4) - TD(weeks=11))
date_item(P, "1 January 2031 - what weekday is it?", weekday(D(2031, 1, 1)))
date_item(P, "Days from 17 August 2028 to 2 January 2029?", days(D(2028, 8, 17), D(2029, 1, 2)))
date_item(
    P,
    "If someone was born on 27 October 1990, how old are they on 26 October 2027?",
    age(D(1990, 10, 27), D(2027, 10, 26)),
)
date_item(P, "Date of the fourth Thursday in November 2028?", nth_weekday(2028, 11, THU, 4))
date_item(P, "minutes from 21:45 to 06:10 the next morning", clock_span("21:45", "06:10", 60))
date_item(
    P,
    "What number day of the year is 17 June 2027, counting 1 January as day 1?",
    days(D(2027, 1, 1), D(2027, 6, 17)) + 1,
)
date_item(P, "what's the date 1,000 days after 1 April 2027", D(2027, 4, 1) + TD(days=1000))
w1, w2 = D(2031, 1, 6), D(2031, 6, 30)
date_item(P, f"How many weeks are there from {sayw(w1)} to {sayw(w2)}?", weeks(w1, w2))
date_item(P, "Hours between 08:30 and 17:15 the same day?", clock_span("08:30", "17:15", 3600))
date_item(P, "first Monday of September 2027 is which date", nth_weekday(2027, 9, MON, 1))

# ---- dates: register word problems
date_item(
    DABBA,
    "Independence Day is 15 August 2027. Which day of the week is that? I need to tell the "
    "customers whether the tiffins will run.",
    weekday(D(2027, 8, 15)),
)
c1 = D(2027, 1, 11)
date_item(
    JUICE,
    f"A customer starts our five-day juice cleanse on {sayw(c1)} - that's day 1. What date is "
    "day 5?",
    c1 + TD(days=4),
)
date_item(
    CARD,
    "Christmas ranges have to be in the shops 10 weeks before 25 December 2027. What's the "
    "date we have to hit?",
    D(2027, 12, 25) - TD(weeks=10),
)
date_item(
    PALM,
    "We finished hand-pollinating the Medjools on 14 March 2028, and harvest usually starts "
    "about 200 days after pollination. Which date does that give?",
    D(2028, 3, 14) + TD(days=200),
)
d1 = D(2027, 4, 7)
date_item(
    DISC,
    f"Doubles league is every Wednesday starting {sayw(d1)}. What's the date of the 12th round?",
    d1 + TD(weeks=11),
)
s1, s2 = D(2027, 5, 29), D(2027, 9, 5)
date_item(
    SLIDE,
    f"The outdoor slides are open from {say(s1)} to {say(s2)}, counting both the opening and "
    "the closing day. How many days is that?",
    days(s1, s2) + 1,
)
b1 = D(2027, 9, 2)
date_item(
    BOARD,
    f"Term starts on {sayw(b1)} and half term begins exactly seven weeks after that. On which "
    "date does half term begin?",
    b1 + TD(weeks=7),
)
b2 = D(2027, 3, 13)
date_item(
    BOARD,
    f"Ahmed in our house was born on 14 March 2012. How old is he on {sayw(b2)}, the day of "
    "the house trip?",
    age(D(2012, 3, 14), b2),
)
p1, p2 = D(2027, 10, 1), D(2028, 4, 15)
date_item(
    POOL,
    f"The Hendersons' pool gets closed down on {sayw(p1)} and reopened on {sayw(p2)}. How many "
    "days is that between the two dates?",
    days(p1, p2),
)
t1 = D(2027, 2, 3)
date_item(
    DIET,
    f"Patient seen on {sayw(t1)}, review booked for six weeks later - which date?",
    t1 + TD(weeks=6),
)
date_item(
    DIET,
    "She kept her food diary from 19 April 2027 to 2 May 2027, both days included. How many "
    "days did she log?",
    days(D(2027, 4, 19), D(2027, 5, 2)) + 1,
)
r1 = D(2027, 11, 18)
date_item(
    RESIN,
    f"I poured the river on {sayw(r1)}. Full cure takes 7 days and then I need 10 more days "
    "for sanding and oiling. What date will the table be ready?",
    r1 + TD(days=17),
)
date_item(
    SPORT,
    "The sportive is always on the second Sunday of June. What date is that in 2028?",
    nth_weekday(2028, 6, SUN, 2),
)
k1 = D(2027, 8, 10)
date_item(
    DUCT,
    f"The kitchen is on a 13-week cleaning cycle and was last done on {sayw(k1)}. When is the "
    "next clean due?",
    k1 + TD(weeks=13),
)
date_item(
    LOFT,
    "We sent the full plans to building control on 22 March 2027 and they have eight weeks to "
    "decide. What's the deadline date?",
    D(2027, 3, 22) + TD(weeks=8),
)
date_item(
    MODEL,
    "Late openings are on the last Friday of each month. Which date is the late opening in "
    "July 2027?",
    nth_weekday(2027, 7, FRI, -1),
)
pr = D(2027, 7, 2)
date_item(
    PROM,
    f"Prom is on {sayw(pr)} and tickets go on sale 45 days before. What date do sales open?",
    pr - TD(days=45),
)
date_item(
    IRRI,
    "The system went in on 6 May 2027 and the installer's warranty runs for 500 days after "
    "that. On what date does it end?",
    D(2027, 5, 6) + TD(days=500),
)
v1 = D(2027, 9, 18)
date_item(
    VIDEO,
    f"The wedding's on {sayw(v1)} and I promise the edit 75 days after. Which date is delivery?",
    v1 + TD(days=75),
)
date_item(
    VIDEO,
    "The couple first enquired on 3 November 2026 and the wedding is on 18 September 2027. "
    "How many days apart are those?",
    days(D(2026, 11, 3), v1),
)
w0 = D(2027, 7, 24)
date_item(
    RAMB,
    f"Our walking festival starts on {sayw(w0)}, which is day 1. What weekday is day 9?",
    weekday(w0 + TD(days=8)),
)
date_item(
    UPCY,
    "The vintage fair is on the third Saturday of November 2027. What's the date?",
    nth_weekday(2027, 11, SAT, 3),
)
g1 = D(2027, 1, 27)
date_item(
    GRAN,
    f"We baked this batch on {say(g1)} and give it a best-before 16 weeks after baking. What "
    "date goes on the bags?",
    g1 + TD(weeks=16),
)
n1 = D(2027, 1, 4)
date_item(
    BLOOD,
    f"I'm on the night rota every 9th night, and my first shift is {sayw(n1)}. What date is "
    "my sixth shift?",
    n1 + TD(days=9 * 5),
)
date_item(
    BLOOD,
    "My advanced riding certificate was issued on 6 November 2024 and lapses 1,000 days "
    "later. Which date does it lapse?",
    D(2024, 11, 6) + TD(days=1000),
)
g2, g3 = D(2027, 1, 5), D(2027, 12, 28)
date_item(
    GO,
    f"The club meets every Tuesday, from {sayw(g2)} up to and including {sayw(g3)}. How many "
    "meetings is that?",
    weeks(g2, g3) + 1,
)
date_item(
    GO,
    "The congress is on 13 and 14 November 2027 and entries close 18 days before the first "
    "day. What's the closing date?",
    D(2027, 11, 13) - TD(days=18),
)
o1 = D(2027, 9, 14)
date_item(
    DODGE,
    f"The autumn season starts {sayw(o1)} with one round a week for 14 rounds. What date is "
    "the final round?",
    o1 + TD(weeks=13),
)
date_item(
    DODGE,
    "Friday's games started at 19:20 and the last match finished at 22:05. How many minutes "
    "was the hall in use?",
    clock_span("19:20", "22:05", 60),
)
e1 = D(2027, 3, 3)
date_item(
    EBIKE,
    f"I ordered the conversion kit on {say(e1)} and the supplier says six weeks. What day of "
    "the week should it arrive?",
    weekday(e1 + TD(weeks=6)),
)
date_item(
    SEG,
    "The castle tour leaves at 10:40 and gets back at 13:15. How long is it in minutes?",
    clock_span("10:40", "13:15", 60),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four per register, advice, explanation, judgement or writing
ORDINARY = {
    BLOOD: (
        (
            "We're a blood bike charity - how should I explain to a new volunteer why we don't "
            "use blue lights?"
        ),
        "Write a short thank-you post for our riders who covered the Boxing Day shifts.",
        "What should a rider do if the sample box gets dropped and the seal looks cracked?",
        (
            "Is it worth our charity applying for a lottery grant for a new bike, or should we "
            "ask local businesses?"
        ),
    ),
    BOARD: (
        (
            "A Year 7 boarder keeps crying at lights-out; how can I help her settle without "
            "making a fuss in front of the others?"
        ),
        "Draft a friendly email to parents about the new rule on phones in the dorms after 9pm.",
        "How do I handle two sixth-formers who've been sneaking out to the town at night?",
        "What makes a good house evening activity for a mix of 11- and 17-year-olds?",
    ),
    SPORT: (
        "Give me some ideas for making our sportive's feed stations feel less like a car park.",
        "How should we word the rider briefing about not crossing the white line on descents?",
        "Would you route a sportive through a town centre on market day, or avoid it?",
        (
            "Write a cheerful Instagram caption announcing that entries for the spring sportive "
            "are open."
        ),
    ),
    DABBA: (
        "How does the dabbawala colour coding system stay so reliable without any computers?",
        (
            "A customer complains that her husband's tiffin came back with someone else's "
            "spoon. How should I reply politely?"
        ),
        "Should our dabbawala group start taking UPI payments, or keep it cash only?",
        "Explain to a foreign journalist why the dabbawalas wear white Gandhi caps.",
    ),
    PALM: (
        "Why do some of our Medjool bunches shrivel before they ripen?",
        "How should we pitch our dates to a health food chain that mostly buys from abroad?",
        "What's the best way to train new pickers to work safely up the palms?",
        (
            "Is it better to sell our dates fresh in autumn or hold them in cold storage for "
            "Ramadan demand?"
        ),
    ),
    DIET: (
        (
            "How do I gently tell a patient that the influencer diet he's following isn't "
            "helping his kidney function?"
        ),
        (
            "Write a plain-English leaflet paragraph explaining why we ask people to keep food "
            "diaries."
        ),
        "What's a good way to run a group session for newly diagnosed type 2 diabetics?",
        (
            "How should I respond when a patient's family keeps bringing in takeaway food to "
            "the ward?"
        ),
    ),
    DISC: (
        "How can we stop dog walkers wandering across the fairway on hole 4?",
        "What's a fun format for a beginners' disc golf night that keeps groups moving?",
        "Write the wording for a sign asking players to let faster groups play through.",
        "Should we put baskets in the wooded area or keep that part of the park open?",
    ),
    DODGE: (
        "How do I deal with a team that keeps arguing with the ref about head shots?",
        "Write a punchy recruitment message for our mixed dodgeball league.",
        "What's a fair way to seed new teams who haven't played before?",
        "Is it a good idea to allow foam and rubber balls in the same league?",
    ),
    EBIKE: (
        (
            "A customer wants a 1000W motor on his commuter bike. How do I explain why we won't "
            "fit it?"
        ),
        "What should I check on an old steel frame before agreeing to convert it?",
        "Write a short description of our conversion service for the website.",
        "Is a mid-drive or a hub motor better for someone who cycles up steep hills daily?",
    ),
    UPCY: (
        "How can I get chalk paint to stop showing brush marks on a sideboard?",
        "Write an appealing listing description for a mint green upcycled tallboy.",
        "Should I paint over a veneer that's bubbling, or strip it first?",
        "How do I respond to someone who says upcycling ruins good antiques?",
    ),
    GO: (
        "How do I teach a complete beginner why a group with two eyes can't be captured?",
        "Write a welcoming paragraph for our go club's page on the university society site.",
        "Is it better for a new player to learn on 9x9 or jump straight to 19x19?",
        "How should the club handle a member who keeps taking very long thinks in casual games?",
    ),
    GRAN: (
        "Why does my granola go soft in the bag after a few days?",
        (
            "Write a short story for our packaging about how the business started in a "
            "farmhouse kitchen."
        ),
        "Should I sell through a big online marketplace or stick to farmers' markets?",
        "How do I get clusters to form without adding loads more honey?",
    ),
    CARD: (
        "How do we choose which illustrators to sign for next year's Christmas range?",
        "Write four short verses for sympathy cards that don't sound cheesy.",
        "A shop says our cards look dated. How should we respond to that feedback?",
        "Is glitter still worth doing on cards now that people worry about plastic?",
    ),
    IRRI: (
        "How should I explain to a client why drip is better than sprinklers for her borders?",
        "What could cause just one zone of a drip system to stop watering?",
        "Write a short winterising checklist to leave with customers.",
        "Is it worth fitting soil moisture sensors for a small town garden?",
    ),
    JUICE: (
        "Suggest three new smoothie names that sound summery but not childish.",
        "How do I handle a customer who insists our acai bowl made her ill?",
        "Should we switch to compostable straws even if customers say they go soggy?",
        "What's the best way to train weekend staff to make the smoothies consistently?",
    ),
    DUCT: (
        "How do I explain to a restaurant owner why his insurer cares about duct cleaning?",
        "Write a short report summary for a kitchen where the canopy was badly greased up.",
        "What's the safest way to tackle a fan that's seized with grease?",
        "Should we quote for night work or ask the restaurant to close for a day?",
    ),
    LOFT: (
        "How do I explain to clients why a dormer needs planning but a rooflight often doesn't?",
        "What's the best way to keep dust out of the rest of the house during a loft job?",
        (
            "Write a friendly letter to the neighbours letting them know scaffolding goes up "
            "next Monday."
        ),
        "The client wants an en-suite in the loft; what should I think about before agreeing?",
    ),
    MODEL: (
        "How can we make our model village more interesting for teenagers?",
        "Write the text for a plaque explaining the history of the miniature railway station.",
        "What's the best way to stop the little figures being stolen from the high street?",
        "Should we open on winter evenings with lights, or would that cost too much?",
    ),
    RAMB: (
        "How should I handle a walker who keeps going ahead of the group on the fells?",
        "Write a short welcome note for people coming on their first walk with us.",
        "What kit should I insist on for a winter walk over the moors?",
        "Is it fair to ask slower walkers to do the shorter route instead?",
    ),
    RESIN: (
        "Why did bubbles appear in my resin river a day after the pour?",
        "Write an Instagram post showing off the finished oak and blue resin table.",
        "Is it worth sealing the live edge before pouring, and why?",
        "How do I explain to a client why river tables cost so much?",
    ),
    PROM: (
        "How can we make prom feel inclusive for students who don't want to bring a date?",
        "Write a short speech for the head girl to open the prom.",
        "Should we allow students to arrive in tractors and horse carriages?",
        "What's the best way to deal with parents who want to come along to the prom?",
    ),
    SEG: (
        "How do I reassure a nervous 60-year-old that she'll manage the Segway?",
        "Write a short safety briefing for the start of our riverside tour.",
        "Should we take Segways through the cathedral close or stick to the river path?",
        "What's a good way to get more bookings on rainy weekdays?",
    ),
    POOL: (
        "Why has the water in a client's pool gone cloudy after a heatwave?",
        "Write a polite note asking a client to stop adding her own chemicals between visits.",
        "Is it worth recommending a variable speed pump to customers with older pools?",
        "How should I explain why the pool needs a shock treatment after a party?",
    ),
    SLIDE: (
        "How should slide attendants handle a child who freezes at the top of the Vortex?",
        "Write a short announcement explaining that the Black Hole is closed for maintenance.",
        "What's the best way to keep the queue moving on busy August days?",
        "Should we let teenagers go down the tube slides in pairs?",
    ),
    VIDEO: (
        "How do I politely tell a couple that I won't film during the vows from the aisle?",
        "Write a warm Instagram caption for the highlight film of a beach wedding.",
        "Should I offer raw footage to couples, or does that hurt my brand?",
        "What's the best way to capture good audio when the registrar won't wear a mic?",
    ),
}
assert list(ORDINARY) == list(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for reg, questions in ORDINARY.items():
    for q in questions:
        neg(reg, q)


# ---- near-positive negatives: look like a tool question, but need the language model
NEAR = (
    (
        "near-dabba-lid-code",
        "The lid on this tiffin is marked 9 E 12 VP 3. Is that 9 times 12 plus 3, or what?",
        "a dabbawala routing code, not arithmetic",
    ),
    (
        "near-rupee-rate-now",
        "How much is ₹1,150 in pounds at the moment?",
        "needs a current exchange rate",
    ),
    (
        "near-train-journey-lookup",
        "How long does the slow local take from Borivali to Churchgate?",
        "timetable lookup, not a calculation",
    ),
    (
        "near-lunar-festival-date",
        "Which date is Diwali in 2028? We'll stop tiffin deliveries that day.",
        "a lunisolar festival date, a lookup rather than calendar arithmetic",
    ),
    (
        "near-smoothie-sugar",
        "How many grams of sugar are in our large mango and pineapple smoothie?",
        "no recipe or quantities given",
    ),
    (
        "near-cold-press-shelf-life",
        "How many days can unpasteurised cold-pressed juice safely be sold for?",
        "a food-safety judgement, not a date calculation",
    ),
    (
        "near-envelope-size-code",
        "Will an A6 card fit in a C6 envelope, or do I need C5?",
        "paper size codes, needs knowledge of the ISO series",
    ),
    (
        "near-print-bleed",
        "How much bleed should the artwork have for a 148 mm square card?",
        "a print-trade convention, not a conversion",
    ),
    (
        "near-postage-price-now",
        "What will it cost to post 40 Christmas cards to the USA?",
        "needs current postage prices",
    ),
    (
        "near-palm-yield-estimate",
        "Roughly how many kilos of fruit does a mature Medjool palm give in a season?",
        "an agronomic estimate",
    ),
    (
        "near-palm-age-now",
        "We planted the offshoots in March 2019. How old are the palms now?",
        "depends on the current date",
    ),
    (
        "near-disc-par-rule",
        "What should par be for a 312-foot hole with a tight gap at 200 feet?",
        "a course design judgement",
    ),
    (
        "near-disc-rating-handicap",
        "My player rating is 912. What handicap is that in our club's system?",
        "the club's rating-to-handicap rule is not given",
    ),
    (
        "near-disc-weight-judgement",
        "Is a 175 g distance driver too heavy for a beginner?",
        "a judgement, not a conversion",
    ),
    (
        "near-slide-height-rule",
        "Can a child who is 1.1 m tall go on the Black Hole?",
        "the slide's height rule is not given",
    ),
    (
        "near-queue-time-missing",
        "How long will the queue for the Tornado take this afternoon?",
        "no queue length or dispatch rate",
    ),
    (
        "near-water-temp-toddlers",
        "Is 27 °C warm enough for the toddler splash pool?",
        "a judgement about comfort, not a conversion",
    ),
    (
        "near-exeat-countdown",
        "How many nights until the next exeat weekend?",
        "needs the current date and the school calendar",
    ),
    (
        "near-half-term-unstated",
        "When does the autumn half term start at our school in 2027?",
        "school-specific dates not given",
    ),
    (
        "near-pool-volume-kidney",
        "How many litres is a kidney-shaped pool about 8 m long?",
        "width and depth are missing and the shape is irregular",
    ),
    (
        "near-pool-salt-bags",
        "How many bags of salt does the chlorinator need to start up?",
        "no pool volume, target salinity or bag size",
    ),
    (
        "near-test-strip-colour",
        "The pH pad is somewhere between orange and red. What's the pH?",
        "reading a colour chart, needs interpretation",
    ),
    (
        "near-energy-requirement",
        "How many kilojoules a day does a 78-year-old woman with a hip fracture need?",
        "clinical estimate needing equations and factors not given",
    ),
    (
        "near-protein-dialysis",
        "How much protein a day for a 68 kg man on haemodialysis?",
        "depends on which clinical guideline is applied",
    ),
    (
        "near-child-bmi-centile",
        "What BMI centile is a 9-year-old boy who is 1.34 m and 32 kg?",
        "needs growth reference charts, not just arithmetic",
    ),
    (
        "near-resin-ratio-missing",
        "How much hardener do I need for 3 litres of epoxy?",
        "the product's mix ratio is not given",
    ),
    (
        "near-resin-cure-cold",
        "If the workshop is only 12 °C, how much longer will my deep pour take to cure?",
        "product-specific and temperature dependent",
    ),
    (
        "near-resin-pour-depth",
        "What's the maximum depth I can pour in one go without it cracking?",
        "depends on the resin product",
    ),
    (
        "near-finish-time-vague",
        "If I ride at a decent pace, what time will I finish the 100-mile route?",
        "no speed or start time given",
    ),
    (
        "near-gradient-ratio",
        "The sign on the climb says 1:7. Is that about 14% or 7%?",
        "a gradient notation that needs interpreting, rise over run or over slope",
    ),
    (
        "near-feed-station-bananas",
        "How many bananas should we order for the feed stations?",
        "an estimate, rider numbers and appetite unknown",
    ),
    (
        "near-grease-thickness-rule",
        "At what grease thickness does the standard say the duct must be cleaned?",
        "a rule in an industry standard, not a calculation",
    ),
    (
        "near-clean-frequency-usage",
        "How often should a busy curry house kitchen extract be cleaned?",
        "depends on usage bands in a standard",
    ),
    (
        "near-headroom-regs",
        "What headroom do the building regs ask for over a new loft stair?",
        "a regulation to recall",
    ),
    (
        "near-loft-cost-now",
        "What does a dormer loft conversion cost per square metre these days?",
        "needs current market prices",
    ),
    (
        "near-beam-size-judgement",
        "What size steel do I need to carry the new loft floor over a 4.2 m span?",
        "structural design, needs an engineer's calculation and loads not given",
    ),
    (
        "near-gauge-name",
        "What scale is O gauge, and would it suit our 1:12 village?",
        "model-railway naming convention",
    ),
    (
        "near-figure-theft-rate",
        "How many figures are we likely to lose to theft over a summer?",
        "an estimate with no data",
    ),
    (
        "near-tables-no-guests",
        "How many round tables of ten do we need for the prom?",
        "guest numbers missing",
    ),
    (
        "near-prom-date-relative",
        "What date is the prom if it's the Friday after exams finish?",
        "the exam end date is not given",
    ),
    (
        "near-pipe-size-flow",
        "What size pipe do I need to supply 20 litres a minute to the far beds?",
        "hydraulic design judgement, length and pressure missing",
    ),
    (
        "near-drip-run-time",
        "How long should the drippers run each day for tomatoes in a greenhouse?",
        "a horticultural judgement",
    ),
    (
        "near-timecode-frames",
        "The clip runs from 01:02:03:12 to 01:04:10:05. How many seconds is that?",
        "timecode frames need a frame rate, which is not stated",
    ),
    (
        "near-footage-size",
        "How big will an hour of 4K footage be on the card?",
        "bitrate and codec not given",
    ),
    (
        "near-music-licence-myth",
        "How many seconds of a chart song can I use in a wedding film without a licence?",
        "a copyright rule, often misunderstood",
    ),
    (
        "near-grid-ref-distance",
        "How far is it from SD 812 723 to SD 845 702 as the crow flies?",
        "grid references that look like arithmetic, need the OS grid convention",
    ),
    (
        "near-naismith-ascent",
        "How long will a 14 km walk with 600 m of climbing take us?",
        "a rule of thumb with several variants and the group's pace unknown",
    ),
    (
        "near-sunset-lookup",
        "What time does the sun set at Malham on 21 June 2027?",
        "an astronomical lookup for a place",
    ),
    (
        "near-full-moon-walk",
        "When's the next full moon for our night walk?",
        "needs an ephemeris and the current date",
    ),
    (
        "near-boot-size-table",
        "What's a UK size 8.5 walking boot in EU sizes?",
        "sizing tables vary by maker",
    ),
    (
        "near-paint-tins-wardrobe",
        "How many tins of chalk paint will a double wardrobe take?",
        "no wardrobe size or coverage rate",
    ),
    (
        "near-sideboard-value",
        "What's a 1960s teak sideboard worth once it's painted?",
        "a valuation estimate",
    ),
    (
        "near-go-komi-score",
        "Black has 64 points of territory and 12 prisoners, White 58 and 9. Who won?",
        "the result depends on komi and the ruleset, neither given",
    ),
    (
        "near-kyu-dan-stones",
        "How many handicap stones should a 5 kyu take against a 2 dan?",
        "kyu and dan grades count differently, a convention not arithmetic",
    ),
    (
        "near-oat-percentage-label",
        "Do I have to show the oat percentage on the label, and how is it worked out?",
        "a labelling rule",
    ),
    (
        "near-vat-threshold-now",
        "Our granola turnover will be about £88,000. Do we have to register for VAT?",
        "depends on the current threshold",
    ),
    (
        "near-sample-box-temp",
        "What temperature does a box of blood units have to stay between on a run?",
        "a clinical transport rule",
    ),
    (
        "near-rota-relative-day",
        "Who's on the blood bike rota the Thursday after next?",
        "needs the current date and the rota",
    ),
    (
        "near-catch-rule",
        "When you catch a ball, how many of your team come back on?",
        "league-specific rules",
    ),
    (
        "near-fixtures-unknown-teams",
        "If the new teams join, how many fixtures will a full round robin have?",
        "the number of teams is missing",
    ),
    (
        "near-ebike-power-limit",
        "What's the maximum motor power allowed for an e-bike on UK roads?",
        "a legal limit to recall",
    ),
    (
        "near-battery-range",
        "How far will a 14 Ah battery get me on the conversion?",
        "voltage, consumption and terrain missing",
    ),
    (
        "near-tyre-size-etrto",
        "What's a 27.5 x 2.4 tyre in ETRTO numbers?",
        "a tyre sizing convention, not a multiplication",
    ),
    (
        "near-rider-weight-limit",
        "Is 130 kg too heavy to join the Segway tour?",
        "the operator's limit is not given",
    ),
    (
        "near-sunset-tour-start",
        "What time should the sunset tour set off in Bath on 3 October 2027?",
        "needs the sunset time, a lookup",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for family, query, note in NEAR:
    neg(family, query, note)


# ---- conversations: a convention or figure set in an earlier turn changes the answer
CONVS = (
    (
        "conv-tiffin-rack-unit",
        [
            (U, "On our line a 'rack' always means 30 dabbas, the size of one long crate."),
            (A, "Understood: one rack is 30 dabbas."),
            (U, "Andheri station sent 7 racks and 11 loose ones. How many dabbas is that?"),
        ],
        "invented unit defined in an earlier turn",
    ),
    (
        "conv-indian-digit-grouping",
        [
            (U, "Please write every amount in Indian digit grouping, like 1,23,456."),
            (A, "Sure, I'll group digits the Indian way, in lakhs and crores."),
            (U, "What is 34 customers times ₹11,500 a year?"),
        ],
        "output convention (lakh grouping) set earlier",
    ),
    (
        "conv-round-to-five-rupees",
        [
            (U, "We never deal in odd rupees: always round shares up to the next ₹5."),
            (A, "Got it, each share is rounded up to a multiple of five rupees."),
            (U, "Split ₹1,283 of fines between 6 of us. What does each person pay?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-smoothie-size-letters",
        [
            (U, "Our sizes: S is 300 ml, M is 450 ml and L is 600 ml."),
            (A, "Noted: S 300 ml, M 450 ml, L 600 ml."),
            (U, "An order of 2 L and 3 M smoothies - how much blend is that in millilitres?"),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-happy-hour-discount",
        [
            (U, "At the bar, 'happy hour' means 30% off smoothies but bowls stay full price."),
            (A, "Okay, so the discount only applies to smoothies."),
            (U, "Two smoothies at £4.50 and an acai bowl at £7 in happy hour. Total?"),
        ],
        "a discount redefined in an earlier turn",
    ),
    (
        "conv-trade-price-rule",
        [
            (U, "House rule: trade price is RRP divided by 2.2, rounded to the nearest penny."),
            (A, "Right, trade = RRP / 2.2, to the nearest penny."),
            (U, "A card with an RRP of £3.75 - what's the trade price for 60 of them?"),
        ],
        "pricing convention set earlier",
    ),
    (
        "conv-crop-year",
        [
            (U, "Our crop year starts on 1 September and is named after the year it ends in."),
            (A, "So crop year 2028 runs from 1 September 2027 to 31 August 2028."),
            (U, "Which crop year does a sale on 15 October 2028 belong to?"),
        ],
        "a business year convention set earlier",
    ),
    (
        "conv-relative-to-par",
        [
            (U, "Write all disc golf scores relative to par, like -2, E or +3."),
            (A, "Will do, scores relative to par from now on."),
            (U, "I threw 51 on our par 54 course. What's my score?"),
        ],
        "output convention set earlier",
    ),
    (
        "conv-slide-lap-unit",
        [
            (U, "For season ticket holders, a 'lap' is the climb up plus one ride, 4 minutes."),
            (A, "Understood, one lap takes 4 minutes."),
            (U, "How many laps can a kid fit into an hour and a half?"),
        ],
        "invented unit defined in an earlier turn",
    ),
    (
        "conv-house-points-rule",
        [
            (U, "House points: a merit is 3, a distinction 5 and a detention takes off 4."),
            (A, "Got it: merit +3, distinction +5, detention -4."),
            (U, "Hannah has 6 merits, 2 distinctions and one detention. Her total?"),
        ],
        "a scoring rule set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "My Spanish client writes decimals with a comma, so 1,5 means one and a half."),
            (A, "Understood, I'll read commas as decimal points in her readings."),
            (U, "She reads 1,5 ppm and wants 3,2 ppm. How much do I need to raise it by?"),
        ],
        "decimal comma set earlier",
    ),
    (
        "conv-rhyming-persona",
        [
            (S, "You are Nora, the clinic's cheerful assistant, and you always answer in rhyme."),
            (U, "Can you turn 9 stone 6 pounds into kilograms for me?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-json-output",
        [
            (S, 'Reply only with a JSON object of the form {"kg": <number>}.'),
            (U, "Patient weighs 11 stone 2 lb - in kilos?"),
        ],
        "output format set by a system turn",
    ),
    (
        "conv-resin-mix-ratio",
        [
            (U, "My epoxy is 2 parts resin to 1 part hardener by volume."),
            (A, "Okay, a 2:1 mix by volume."),
            (U, "When I say 'a mix' I mean the total of both. I need 4.5 litres of mix."),
            (A, "Noted."),
            (U, "So how much hardener goes in?"),
        ],
        "ratio and meaning of a word set in earlier turns",
    ),
    (
        "conv-decimal-hours",
        [
            (U, "Give every ride time as decimal hours, not hours and minutes."),
            (A, "Sure, decimal hours it is."),
            (U, "Rider 212 started at 07:42 and finished at 13:27. How long was that?"),
        ],
        "output convention set earlier",
    ),
    (
        "conv-figures-spread",
        [
            (U, "We had 520 entries at £42 for the sportive."),
            (A, "Okay, 520 entries at £42."),
            (U, "Costs were £6.80 per rider plus £2,900 for road closures."),
            (A, "Got it."),
            (U, "So what did we clear?"),
        ],
        "figures spread over several user turns",
    ),
    (
        "conv-corrected-duct-length",
        [
            (U, "Quote me 9 m of duct cleaning at £38 a metre plus a £145 canopy clean."),
            (A, "That comes to £487 before VAT."),
            (U, "Sorry, I measured wrong, it's 11 m of duct. What's the new total before VAT?"),
        ],
        "a figure corrected in a later turn",
    ),
    (
        "conv-previous-answer-loft",
        [
            (U, "A £62,000 loft conversion takes a 10% deposit. How much is that?"),
            (A, "The deposit is £6,200."),
            (U, "And if the roof stage is three times that, what's left after both?"),
        ],
        "refers to the previous answer",
    ),
    (
        "conv-model-scale-real-size",
        [
            (U, "Our village is built at 1:12. When I give a model size, tell me the real size."),
            (A, "Okay, I'll scale model sizes up by twelve."),
            (U, "The church tower is 2 ft 3 in tall."),
        ],
        "a scale convention set earlier, the last turn is only a size",
    ),
    (
        "conv-pair-ticket",
        [
            (U, "For prom, a 'pair' ticket admits two for £55 and a single is £30."),
            (A, "Understood: pair £55 for two, single £30."),
            (U, "We've sold 40 pairs and 38 singles. How many people is that?"),
        ],
        "ticket type defined earlier",
    ),
    (
        "conv-words-only",
        [
            (U, "Please spell numbers out in words; my screen reader garbles digits."),
            (A, "Of course, I'll write numbers in words."),
            (U, "Zones run 12, 18 and 9 minutes. How long is the whole cycle?"),
        ],
        "output convention set earlier",
    ),
    (
        "conv-timecode-25fps",
        [
            (U, "Everything I shoot is 25 fps, timecode as hours:minutes:seconds:frames."),
            (A, "Noted, 25 frames per second."),
            (U, "How many seconds from 00:01:10:05 to 00:03:02:20?"),
        ],
        "frame rate set in an earlier turn",
    ),
    (
        "conv-walk-grade-letters",
        [
            (U, "Our walk grades: C is 8 miles, B is 12 miles and A is 16 miles."),
            (A, "Got it: C 8, B 12, A 16 miles."),
            (U, "We've done three Cs, two Bs and an A since March. Total miles?"),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-welsh-reply",
        [
            (U, "O hyn ymlaen, atebwch yn Gymraeg bob tro, os gwelwch yn dda."),
            (A, "Iawn, mi atebaf yn Gymraeg."),
            (U, "Our Llanberis path walk is 9 miles. How far is that in km?"),
        ],
        "reply language set earlier",
    ),
    (
        "conv-markup-round-up-five",
        [
            (U, "I price pieces at cost times 2.5, then round up to the next £5."),
            (A, "Okay, cost x 2.5, rounded up to a multiple of £5."),
            (U, "This bedside table cost me £47.60 all in. What's the price tag?"),
        ],
        "pricing and rounding rule set earlier",
    ),
    (
        "conv-go-komi-japanese",
        [
            (U, "At our club we use Japanese counting with 6.5 komi for White."),
            (A, "Understood: territory plus prisoners, and 6.5 komi."),
            (U, "Black: 61 territory, 5 prisoners. White: 55 territory, 7 prisoners. Result?"),
        ],
        "scoring rule set earlier",
    ),
    (
        "conv-granola-batch-unit",
        [
            (U, "In my kitchen a 'batch' is 4.2 kg of raw mix, and baking loses 5% of that."),
            (A, "Okay, a batch is 4.2 kg raw with a 5% bake loss."),
            (U, "I've made 5 batches. How many full 250 g bags?"),
        ],
        "invented unit and loss set earlier",
    ),
    (
        "conv-assumed-year",
        [
            (U, "All the dates I give you from here on are in 2028."),
            (A, "Right, I'll assume 2028."),
            (U, "Baked on 3 March, best before 16 weeks later. What date?"),
        ],
        "the year is set in an earlier turn",
    ),
    (
        "conv-month-first-dates",
        [
            (U, "I'm writing dates American style, month first."),
            (A, "Got it, month/day."),
            (U, "My shift is 4/11/2027 and they come every 9 days. When's the third after it?"),
        ],
        "month-first date order set earlier",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "Humour me: answer only in Roman numerals."),
            (A, "Very well."),
            (U, "Runs this month: 14 on weekdays, 23 at weekends, 8 on bank holidays. Total?"),
        ],
        "output convention set earlier",
    ),
    (
        "conv-season-week-numbering",
        [
            (U, "Week 1 of our dodgeball season is the week starting Monday 13 September 2027."),
            (A, "Okay, week 1 begins on Monday 13 September 2027."),
            (U, "Which date is the Tuesday of week 7?"),
        ],
        "a season's week numbering set earlier",
    ),
    (
        "conv-spreadsheet-formula",
        [
            (U, "No numbers, just a spreadsheet formula please. B2 is kit price, C2 hours."),
            (A, "Sure, I'll answer with formulas."),
            (U, "Price with 10% off the kit and labour at £48 an hour?"),
        ],
        "output as a formula set earlier",
    ),
    (
        "conv-fixed-euro-rate",
        [
            (U, "For the tour quotes use 1 euro = £0.85, whatever the bank says."),
            (A, "Okay, £0.85 to the euro."),
            (U, "A family of four at £59 each - how much is that in euros?"),
        ],
        "a fixed currency rate set earlier",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "Puzzle for the club quiz: in this chat, x means plus and + means times."),
            (A, "Understood, I'll swap them."),
            (U, "What's 6 x 4 + 3?"),
        ],
        "swapped operators set earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give me everything to 2 significant figures, it's for the course signs."),
            (A, "Will do, 2 significant figures."),
            (U, "Hole 12 is 287 feet. In metres?"),
        ],
        "precision convention set earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for family, turns, note in CONVS:
    conv(family, turns, note)

# ---- this set's structural asserts
_pos = [i for i in items if i["label"] != "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ord if i["family"] == r) == 4 for r in REGISTERS)
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
    # no register (family name) of this set is a family name of sets 19 to 84
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 84: {reused}"
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
