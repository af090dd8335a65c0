r"""Generate heldout-2027-02-27.jsonl: an eighty-sixth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed86/earlier_registers.txt (in full: a `wc -l` gave 1425 lines and a `wc -c` 33501
characters, a `head -3` showed its first names, then a `tr` turning its newlines into spaces was
printed in two pieces, `head -c 20000` and `tail -c +19900`, which overlap by 101 characters, so
nothing was left out): the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those; and these line ranges of
/work/sealed86/make_heldout_85.py (a `wc -l` gave 2556 lines, as the brief said): lines 1-577 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 878-938 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1136-1220 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1450-1457 (its
negatives section header, neg() and conv()) and 2333-2556 (its stated-weekday check, its checks and
main()). None of set 85's query blocks (578-877, 939-1135, 1221-1449, 1458-2332) was opened or
printed.

The first batch ran one command doing `mkdir -p /tmp/h86`, the `wc -l` of make_heldout_85.py, the
copies of the five ranges by `sed -n A,Bp` into /tmp/h86/a_1_577.py, b_878_938.py, c_1136_1220.py,
d_1450_1457.py and e_2333_2556.py (not printed), a `wc -l` of the copies (577, 61, 85, 8 and 224)
and an `ls` of /work/sealed86 (earlier_registers.txt and make_heldout_85.py), and a second command,
the `cat` of grading.py. The next command printed lines 1-300 of a `cat -n` of the first copy; the
display cut lines 151-152 of that output (marked as truncated); the next printed lines 300-577 of
the same `cat -n`, and the one after it the copy's lines 148-155 by `sed -n 148,155p`, overlapping
the cut on both sides; then, in one batch, one command ran a `cat -n` of the second, third and
fourth copies and another a `cat -n` of the fifth. The display cut nothing else, so all of the
allowed ranges were seen and nothing outside them. The next command ran the `wc -l`, `wc -c`, `head
-3` and first `tr` piece of earlier_registers.txt and the one after it the second piece. Nothing
under /work/main was opened or listed apart from grading.py: nothing under router/, tools/, docs/,
server/ or tests/, not README.md and not pyproject.toml. The only other use of /work/main was
running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the
working directory, on this file only, always with --no-cache). No other /work/sealed* directory was
listed. The earlier generators (sets 1-85) are only imported, in memory, by this file's main() for
the duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,4p` of its printed output and its --show listing of ids, expected values and tolerances, picked
out by a `grep` and laid out by `column -t`, were read), no git command was run, no network and no
search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h86/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the chosen trades and
their neighbours (air show, display, festival, cellar, beer, duck, race, racing, crossfit, gym,
fitness, care, rota, doughnut, donut, fry, fryer, drag, drain, jet, flag, banner, flight, simulat,
gown, graduat, hire, lamp, shade, macrame, plant_hanger, car_park, parking, wall, survey, pet_,
treat, popcorn, kettle, science, explainer, chalet, ski, terrarium, theatre, scenery, stage,
treehouse, tree, floor, vinyl, white_goods, appliance, repair_engineer, pellet, log_merchant and
stove); it printed the names sharing a word or fragment; those and other names seen in the full
reading of the list that were judged neighbouring trades are listed below. The next command wrote
and ran /tmp/h86/subst.py (a `cat` heredoc, run by the system `python3`): it cut the first copy at
the line that is exactly `from __future__ import annotations` (asserted to be the only such whole
line), so set 85's docstring is not part of this file, and substituted this set's OUT and PREFIX,
"sets 1-84" -> "sets 1-85" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are
kept as they were), EARLIER (sets 1-85, `range(2, 85)` -> `range(2, 86)`) and REGISTER_CHECK (sets
19-85, adding make_heldout_85.py), all in the first block, and "sets 19 to 84" -> "sets 19 to 85"
in one comment and one message string of main() in the last block (each substitution asserted to
apply once, the last twice; it printed "ok" for each). It wrote the cut first block and the
substituted last block as c1.py and c5.py (the second to fourth copies are used as copied); the
same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "84", "85", "86" and "19
to" (with the REGISTER_CHECK lines of sets 19-83 filtered out) and a `tail -2` of c1.py. Then `cat`
heredocs wrote this set's own blocks under /tmp/h86/own/: a_calc.py (money(), the register
constants and REGISTERS, and the calculator items, with a `grep -c` of lines opening with calc(
(45) and one of lines holding money( (29)), b_units.py (unit constants and unit items, with a `grep
-cE` of lines opening a unit call, 45), c_dates.py (date items, with a `grep -c` of its date_item
calls, 45, a count of its sayw( calls, 18, and a system `python3` one-liner printing a weekday),
d_negs.py (the ORDINARY table, with an `awk` length check), e_near.py (near-positive negatives,
with a `grep -c` of its near( calls, 65, and an `awk` length check) and f_convs.py (conversations
and this set's own structural asserts, with a `grep -c` of its convo( calls, 35, and an `awk`
length check). Before c_dates.py a system `python3` one-liner printed the weekdays of twenty
candidate dates. Between writing the blocks, inline system `python3` scripts applying exact
replacements (each asserted to apply once) made three edits found by this writer's own review
before any run, not after a failed check: in b_units.py the jet's flypast speed in km/h (four
decimals, which unit() with EXACT would have refused) was changed from an exact to a rounded unit
answer; in c_dates.py the pellet round's "every third Tuesday" (which could mean the third Tuesday
of each month) was reworded as every three weeks on a Tuesday, and the dishwasher's "how many days
did it last" was reworded to ask for the days from purchase to breakdown. The `awk` check of
f_convs.py found one conversation turn of 102 characters (the scaled weight rule), shortened by an
inline script; an `awk` check of all the own blocks then listed only one code line of 102
characters in b_units.py (an assert, left for ruff format to wrap). The same command wrote
/tmp/h86/assemble.py (it builds this file from /tmp/h86/doc.txt, or a one-line placeholder, and the
blocks in order: c1.py, own/a_calc.py, b_878_938.py, own/b_units.py, c_1136_1220.py,
own/c_dates.py, d_1450_1457.py, own/d_negs.py, own/e_near.py, own/f_convs.py and c5.py, and prints
its line count), ran an `od -c` of the end of c1.py (it ends in a newline) and wrote a helper
/tmp/h86/run.sh (it runs assemble.py from /tmp, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing
the latter's output to /tmp/h86/ruff.txt and printing the exit codes and its `tail -3`, then this
generator from /tmp, passing on any arguments, writing its output to /tmp/h86/out.txt, and prints
its exit code and the `tail -6` of it). The first run of run.sh passed ruff format and ruff check
and failed only the duplicate check (see below); an inline script reworded the two items, and the
second run passed every check, followed by the `sed -n 1,4p` of out.txt. Then run.sh with --show
(printing to /dev/null), the listing of ids, expected values and tolerances (a `grep` of out.txt
laid out by `column -t`) and a system `python3` count of lines over 99 characters in this file
(none); then `grep -o -F` counts over the own blocks: money( (29: its def, its assert and 27
calls), sayw( (18), say( (none), clock_span( (3), nth_weekday( (6), age(D (1), weeks( (2), TD(weeks
(6), EXACT (14), unit_r( (31), whole_up( (2) and weekday( (14, in c_dates.py). This docstring was
written last over the placeholder: its source text, /tmp/h86/doc/doc_src.txt, was written by a
`cat` heredoc, and /tmp/h86/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented
lines as they are and asserts that the words are unchanged, that no line exceeds 99 characters,
that every register value is named and that the text opens with r and three quotes and holds only
two sets of three quotes) filled it to 99 columns into /tmp/h86/doc.txt; then run.sh and a `head
-3` of this file were run, with a count of lines over 99 characters by a system `python3` one-liner
and a `cat` of ruff.txt. Then, in one command, `ruff format --no-cache --check` and `ruff check
--no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h86`, an `ls` of /tmp/h86
(gone) and an `ls` of /work/sealed86. Writes: only this file and its JSONL in /work/sealed86/
(earlier_registers.txt and make_heldout_85.py left as they were); temporary blocks, scripts and
output under /tmp/h86/ were deleted afterwards. Nothing was written into /work/main. Every run of
this generator used /work/main/.venv/bin/python. The JSONL's sha256 from the second run on was
b7416393fbae617f30a8a3b81389ddc7a0b86bdb8047641b667b165dd585c4ad (335 lines); the docstring does
not enter the output.

Changes to set 85's main() and checks: only the substitutions listed above (file names, sets 1-85
for the duplicate check, sets 19-85 for the register check). Set 85 lies next to this file in
/work/sealed86, and EARLIER_DIRS and earlier_path() are kept as set 85 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_85.py is found next to this file and, as no other
generator lies here, sets 1-84 in router_heldout) and after this file is copied there. The copied
helpers, unit factors, checks and main() are otherwise set 85's as copied; ruff format may have
changed layout only. All of set 85's checks are kept: counts per kind, ids and prefixes, no
duplicate queries, the wording rules for positives, the answers' consistency (calculator and exact
unit answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat
of an earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: whole_up()
(used twice, by popcorn sacks and flooring packs bought whole), weeks() (used twice, by a plain
weeks one-liner and the chalet season), clock_span() (used three times), nth_weekday() (used six
times), age() (used once), unit_r() with close_enough_at_2dp() (used by every rounded unit answer,
31), say() (used only through sayw()), sayw() (eighteen calls in seventeen date items, for stated
weekdays), sayus() (not used here), OZ (not used here), SQYD (not used here), SQFT and CUFT. Added,
newly written: money() (asserts whole pence, with an assert of its own; every calculator money
answer passes through it, 27 of them; the four other register calculator answers are kilograms of
flour, sacks of kernels, litres of paint and bags of pellets), MM, CM, KM, GRAM, LITRE, ML, SQM and
HA, with asserts on IN/MM, CM/MM, ML/LITRE, KM/MI, ACRE/HA, SQFT, CUFT/LITRE, KMH/KM, f_to_c(50),
c_to_f(-18) and c_to_f(39.5); the register constants and the REGISTERS tuple (sorted, asserted 25
and distinct); an assert that the square-root one-liner's radicand is a perfect square, that the
dough batches and pellet bags are whole, and that three stated start days fall on the weekdays the
items rely on; the ORDINARY table and the near() and convo() helpers with their NEAR and CONVS
lists; and this set's own asserts, rewritten from set 85's docstring's description of them (its
code was not seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four
each; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and "conv-..."
respectively (asserted by the helpers and after each list); the positive registers of each tool are
exactly the REGISTERS, with 31 register word problems per tool; exactly 18 registers have four
positives and 7 have three; the ordinary negatives are 100, four per register; every negative
outside the registers is a near-... or conv-... family; no positive contains an all-numeric date
(NUMERIC_DATE_POS, this set's own pattern; no positive uses one at all).

Disclosures: the kinds of item and the counts follow set 85's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 85's, copied (P = "plain" is copied too, as the
last line of the first block). Set 85's docstring (within lines 1-577) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen; several of this set's near-positive and
conversation kinds were taken from those lists of generic kinds, newly worded with new figures and
subjects, and some family names echo those kinds (current prices, the current time or date, a
relative day, a sizing table, missing figures, estimates, judgements, facts, rules and regulations,
sunset and moon lookups; and for conversations invented units, letter or size codes, a redefined
count word, a pricing or scoring rule, a rounding rule, a decimal comma, a persona, JSON output, a
reply language, words only, an assumed year, month-first dates, a season's week numbering, a
spreadsheet formula, a fixed currency rate, significant figures, a corrected figure and a reference
to the previous answer). Variants of set 85's kinds, with new subjects: the banner order code and
the washing machine fault code with a hyphen are of its lid-code and score-call kinds (identifiers
that look like arithmetic), and so are AMRAP scores written as rounds plus reps; the gown size and
the lift pass age are of its sizing-table and rule kinds; the flying time for a sim session is of
its timetable lookup kind. New kinds here (not in set 85's lists as far as its docstring shows): an
estimated one-rep max whose formula is a matter of choice, an ABV from original and final gravity,
a drag racing dial-in from three passes, a reaction time verdict, the gap between ambers on a start
tree, a brewing cellar settling time, a small society lottery prize cap, a lampshade fabric
allowance, a bulb wattage limit, a cord length rule of thumb with the length missing, knots per
sinnet, an EV bay requirement, a lost ticket tariff, a Party Wall Act distance rule and a notice
period from a relative day, treats per day for a dog, a kernel yield, a lightning distance from a
thunder count, a snow forecast, a coach transfer time, terrarium humidity, a scenery fire rating, a
flat's weight from ply, a tree's age from its girth, treehouse planning height, LVT
acclimatisation, a pattern repeat allowance, a machine's running cost, pellets per winter, a
display cloud base, academic hood colours, a baker's dozen, dough hydration, a drain fall, a DN
nominal pipe size, a care call's length, paid travel time, flag days, a Union flag's fly from its
hoist, a sim fuel load, a gallery's suitability for a young child, van headroom, a season ticket
pro rata with the month missing, a duck race's duration and a crowd capacity from a field's area;
The conversations are of the kinds listed above with subjects new here (a flock of ducks, a pallet
of 70 bags, scaled weights as a percentage of Rx rounded down, a dozen of 13, which is of the
"dozen bag" kind, beer tokens per measure, car park half-hour rounding, care units of 15 minutes,
terrarium jar codes, sim credits, a milliner persona answering in imperial, a flooring waste and
pack rule, a treehouse deck corrected in the last turn, trays and bakes of dog biscuits, flag size
codes, ticket letter codes, a science host persona and a chalet 'week' of nights priced per guest),
except these conversation kinds, not in set 85's lists: a drag racing index class breakout rule, a
surveyor's fee split, demo show slots at fixed intervals, a base for percentages (a stated squat
maximum), a lampshade shorthand of three numbers joined by slashes and an answer in feet and inches
only. All of set 85's register names are also in earlier_registers.txt, and none of their trades is
used here. earlier_registers.txt was read in full and this set's registers were chosen to be of
trades and situations different from every name in it; some are of neighbouring fields judged to be
different trades: the air show display director next to the balloon festival crew chief, the
helicopter pleasure flights, the gliding club, the flying school flight instructor, the falconry
display team and the fireworks display firing crew; the beer festival cellar team next to the pub
cellar manager, the craft brewery, the cheese festival, the music festival campsite steward and the
cider registers; the charity duck race organiser next to the decoy duck carver, the charity run,
the charity street fundraising team, the village fete tombola stall and the scarecrow festival and
conker championship committees; the CrossFit box coach next to the personal fitness trainer, the
boxing gym, the powerlifting meet table, the parkour coaching gym, the gymnastics club coach and
the pilates reformer studio; the domiciliary care rota planner next to the hospice volunteer rota
coordinator, the care home activities coordinator, the sheltered housing warden, the patient
transport service planner, the community midwife caseload and the foster carer household notes; the
doughnut shop fryer next to the churro stand, the pancake stall, the bagel bakery, the cake shop,
the crisp factory fryer line and the fish and chip shop counter; the drag racing strip officials
next to the stock car racing promoter, the go kart track, the rally stage service crew, the BMX
race track commissaire, the drone racing league and the monster truck show crew; the drain jetting
van next to the septic tank emptying tanker, the emergency plumber callouts, the land drainage
contractor, the sewage treatment works operators, the patio jet washing service and the gutter
cleaning round; the flag and banner maker next to the sail lofts, the sign writers, the T-shirt
screen printer, the vehicle wrap installer and the billboard poster crew; the flight simulator
centre next to the flying school flight instructor, the indoor skydiving tunnel, the VR arcade
booking desk and the escape rooms; the graduation gown hire next to the fancy dress hire shop, the
hat hire, the school uniform outfitter and the bridal alterations registers; the lampshade making
workshop next to the curtain making workroom, the upholstery workshops, the chandelier crystal
restorer and the interior design studio; the macrame plant hanger maker next to the rope maker, the
knitting pattern designer, the rug tufting studio, the houseplant shop and the wool spinning guild;
the multi-storey car park operator next to the parking enforcement officer beat, the airport
parking shuttle desk, the motorway services duty manager and the self storage unit front desk; the
party wall surveyor next to the structural engineer site visits, the quantity surveyor cost plan,
the planning permission consultant, the asbestos survey consultancy and the conveyancing solicitor
desk; the pet treat bakery next to the dog grooming registers, the pet sitting home visits, the
reptile exotic pet shop, the sourdough microbakery and the animal feed mill orders; the popcorn
kettle maker next to the crisp factory fryer line, the fudge shop, the traditional sweet shop, the
seaside rock boiling kitchen and the cinema bar; the science centre explainer next to the science
fair judge panel, the planetarium registers, the observatory tours, the museum registers and the
lighthouse museum volunteer; the ski chalet host next to the ski hire shop counter, the ski lift
registers, the dry ski slope instructor, the youth hostel reception, the alpine hut warden, the
holiday let changeover cleaners and the Christmas market chalet trader; the terrarium workshop next
to the houseplant shop, the bonsai nurseries, the reef aquarium hobbyist forum, the tropical fish
aquarium shop and the penjing nursery; the theatre scenery builder next to the stage lighting
rigger, the trade show stand builder, the amateur dramatics wardrobe, the theatre box office, the
puppet theatre touring registers and the TV studio floor manager; the treehouse builder next to the
treetop high ropes course, the tree surgeon crews, the timber frame house builder, the garden
decking installer and the bike shed maker; the vinyl flooring fitter next to the carpet shop, the
hardwood floor sander, the mosaic tilers, the kitchen fitter worktop jobs and the vinyl record
pressing plants (a different vinyl); the white goods repair engineer next to the commercial
refrigeration engineer, the gas boiler service engineer, the sewing machine repair shop, the lawn
mower repair van and the phone screen repair kiosk; the wood pellet delivery round next to the
firewood log merchant, the coal merchant round, the woodburning stove fitter and the heat pump
installer; the judgement of "different topic" is this writer's. At the edges of the allowed ranges:
line 577 is P = "plain", 878, 1136 and 1450 are section headers, 2333 opens the stated-weekday
check and 2556 is the call of main(). No query text of any earlier set was seen: main()'s duplicate
check names only this set's ids. Every query here was newly written from imagination of each trade
or situation; two items that the duplicate check reported as exact repeats of earlier queries
(their earlier counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that are
not in earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled
out. An exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts
that no register is a family name of sets 19 to 85 (the near-.../conv-... families are not
registers and may coincide with earlier family names). This set has no algebra or calculus
question. Conversations that define an invented unit or count word, codes, a pricing, scoring,
rounding or fee-splitting rule, a schedule, a decimal comma, an assumed year, month-first dates, a
season's week numbering, a fixed currency rate, a base for percentages or a shorthand are negatives
because the notation or convention is set up in an earlier turn (two personas and JSON output by a
system turn); one conversation corrects a figure in its last turn and one refers to the previous
answer. Some conversations (feet and inches only, words only, a Spanish reply, significant figures,
a formula instead of a number, JSON output, a persona) end in a user turn that could be computed
alone, or nearly; they are negatives, as in set 85, because the earlier turn changes what a right
answer looks like. Some near-positives depend on the current date, time or current figures (pellet
prices, time left on a ticket, the next payday, the minimum wage, a notice served on a relative
day, the next graduation), and some need a lookup for a stated date or place (a moon phase, a
sunset at Duxford, flag days, a flight time, a transfer time); they are negatives, with no "now"
field. No positive depends on a looked-up figure: every rate, price, fee and discount is given in
the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts, money()'s asserts and unit_r()'s asserts
passed on every run that reached them, and ruff format and ruff check passed on every run. Before
the first run, this writer's review made the three edits said above and the line-length check of
the own blocks found one conversation turn of 102 characters, shortened as said above. The first
run of run.sh failed only the duplicate check, which reported two plain date one-liners by id as
repeats of earlier queries or user turns: the weekday of a New Year's Day and a span in minutes
from an evening time to the next morning. An inline script reworded both with the same dates, times
and answers, without the earlier queries being looked at, after which every check passed on every
run.

Registers (families), 25, new: air_show_display_director, beer_festival_cellar_team,
charity_duck_race_organiser, crossfit_box_coach, domiciliary_care_rota_planner,
doughnut_shop_fryer, drag_racing_strip_officials, drain_jetting_van, flag_and_banner_maker,
flight_simulator_centre, graduation_gown_hire, lampshade_making_workshop,
macrame_plant_hanger_maker, multi_storey_car_park_operator, party_wall_surveyor, pet_treat_bakery,
popcorn_kettle_maker, science_centre_explainer, ski_chalet_host, terrarium_workshop,
theatre_scenery_builder, treehouse_builder, vinyl_flooring_fitter, white_goods_repair_engineer,
wood_pellet_delivery_round. Every register is used by all three tools (asserted); eighteen distinct
registers have one further positive (a second calculator word problem: beer_festival_cellar_team,
doughnut_shop_fryer, graduation_gown_hire, party_wall_surveyor, popcorn_kettle_maker,
wood_pellet_delivery_round; a second unit word problem: air_show_display_director,
drag_racing_strip_officials, flag_and_banner_maker, ski_chalet_host, treehouse_builder,
vinyl_flooring_fitter; a second date word problem: charity_duck_race_organiser,
domiciliary_care_rota_planner, multi_storey_car_park_operator, science_centre_explainer,
terrarium_workshop, white_goods_repair_engineer). The seven registers with three positives are
crossfit_box_coach, drain_jetting_van, flight_simulator_centre, lampshade_making_workshop,
macrame_plant_hanger_maker, pet_treat_bakery and theatre_scenery_builder. Positives are one-liners
(family "plain") or word problems of one to three sentences, in UK usage with £ and pence, stone
and pounds, feet, inches, yards and miles, and other touches (grandstand seats, beer tokens, duck
four-packs, membership plans, carers' mileage, doughnut boxes and flour, test and tune night, a
jetting call-out with VAT, banner eyelets, sim vouchers, gown deposits and repairs, a lampshade
course, a cord reel, car park tariffs, surveyors' fees, wholesale biscuits, popcorn sacks and a
market pitch, school visit pricing, a whole-chalet discount, a terrarium markup, scenic paint,
treehouse timber, flooring packs, a washing machine repair, pellet pallets; a display line, a
flypast, a cellar thermometer, a duck race course, a deadlift, a client's weight, fryer oil, a
quarter mile and a trap speed, jetter pressure, a flag's hoist and a banner's area, a sim's cruise
altitude, a graduate's height, a lampshade ring, a hanger's cord, a height barrier, a garden wall,
baking and popping temperatures, a pendulum wire, a chalet's altitude and luggage, a tank's volume,
a flat's height, a platform and a deck, a lounge floor and a vinyl roll, a freezer's display and a
pellet bag; Celsius and Fahrenheit both ways, mph and km/h both ways, psi and bar both ways, MiB to
GiB, square feet and square metres both ways, acres to square metres, cubic feet to litres and
cubic centimetres to litres), some chatty, terse or lower-case, with questions at the start or the
end. No positive conversations. No dosing in positives (the care planner's positives are about pay,
a weight for a moving and handling plan, a review date and call times).

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 85: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence (asserted by
money()). Week counts are asserted to be whole weeks; day counts are the difference of the two
dates (queries are worded as N days or weeks after or before a stated date, how many days between
two dates or from one to another, ducks on sale counting both the first day and race day, a
challenge of 56 days including the first day, a permit of 90 days and an exhibition of 100 days
counting the first day as day 1, day 17 of a making run, 5, 9, 10, 14, 18, 21, 45, 120, 300, 365
and 1,500 days and 6, 9, 12 and 26 weeks after or before a date, weeks between two stated dates (a
plain one-liner and the chalet season), the sixth weekly class, the tenth delivery at three-week
intervals, the third Tuesday, last Monday, first Saturday, last Sunday, first Friday and fourth
Thursday of a stated month and year, and a day of the year counting 1 January as day 1); the one
age is in whole years from a stated birth date to a stated date, and the three clock spans run from
one stated time to the next occurrence of the other (two cross midnight, saying "the next morning"
or "the following morning"; one lies within one day; one is in minutes and two in hours). Every
rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 85):
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

Run: python3 make_heldout_86.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-27.jsonl"
PREFIX = "ho86-"
# earlier generators: sets 1-85 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 86))
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
    """A sum of money, asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("439.50")) == F(879, 2)

AIRSHOW = "air_show_display_director"
BEERFEST = "beer_festival_cellar_team"
DUCKRACE = "charity_duck_race_organiser"
CROSSFIT = "crossfit_box_coach"
HOMECARE = "domiciliary_care_rota_planner"
DOUGHNUT = "doughnut_shop_fryer"
DRAGSTRIP = "drag_racing_strip_officials"
DRAINJET = "drain_jetting_van"
FLAGS = "flag_and_banner_maker"
FLIGHTSIM = "flight_simulator_centre"
GOWNS = "graduation_gown_hire"
LAMPSHADE = "lampshade_making_workshop"
MACRAME = "macrame_plant_hanger_maker"
CARPARK = "multi_storey_car_park_operator"
PARTYWALL = "party_wall_surveyor"
PETTREATS = "pet_treat_bakery"
POPCORN = "popcorn_kettle_maker"
SCIENCE = "science_centre_explainer"
CHALET = "ski_chalet_host"
TERRARIUM = "terrarium_workshop"
SCENERY = "theatre_scenery_builder"
TREEHOUSE = "treehouse_builder"
FLOORING = "vinyl_flooring_fitter"
WHITEGOODS = "white_goods_repair_engineer"
PELLETS = "wood_pellet_delivery_round"
REGISTERS = tuple(
    sorted(
        (
            AIRSHOW,
            BEERFEST,
            DUCKRACE,
            CROSSFIT,
            HOMECARE,
            DOUGHNUT,
            DRAGSTRIP,
            DRAINJET,
            FLAGS,
            FLIGHTSIM,
            GOWNS,
            LAMPSHADE,
            MACRAME,
            CARPARK,
            PARTYWALL,
            PETTREATS,
            POPCORN,
            SCIENCE,
            CHALET,
            TERRARIUM,
            SCENERY,
            TREEHOUSE,
            FLOORING,
            WHITEGOODS,
            PELLETS,
        )
    )
)
assert len(REGISTERS) == 25 == len(set(REGISTERS))

# plain one-liners
calc(P, "What is 7,284 divided by 12?", F(7284, 12))
calc(P, "347 x 26 = ?", 347 * 26)
calc(P, "work out 18.5% of 2,340", pct("18.5") * 2340)
SQRT_RADICAND = 17689
assert math.isqrt(SQRT_RADICAND) ** 2 == SQRT_RADICAND
calc(P, "What's the square root of 17,689?", math.isqrt(SQRT_RADICAND))
calc(P, "(482 - 119) * 7", (482 - 119) * 7)
calc(P, "1.2 to the power of 3, please", dec("1.2") ** 3)
calc(P, "Take 4,807 away from 12,030.", 12030 - 4807)
calc(P, "9,450 split evenly 14 ways is how much each?", F(9450, 14))
calc(P, "what's 64 percent of 1,875", pct(64) * 1875)
calc(P, "Add 12% to 385.", 385 * (1 + pct(12)))
calc(P, "If I knock 35 percent off 2,640, what's left?", 2640 * (1 - pct(35)))
calc(P, "0.125 times 3,608", dec("0.125") * 3608)
calc(P, "Mean of 42, 57, 61, 38 and 72?", F(42 + 57 + 61 + 38 + 72, 5))
calc(P, "19 squared minus 11 squared equals what?", 19**2 - 11**2)

# register word problems
calc(
    AIRSHOW,
    "Grandstand seats at the air show were £18 for adults and £9 for under-16s. We sold 2,340 "
    "adult seats and 1,185 child seats. What did the grandstand take in total?",
    money(2340 * 18 + 1185 * 9),
)
calc(
    BEERFEST,
    "Beer tokens cost £2.40 each. A half is one token and a full measure is two. Over the "
    "festival we served 3,184 halves and 5,427 full measures. What were the tokens worth?",
    money((3184 + 2 * 5427) * dec("2.40")),
)
calc(
    BEERFEST,
    "cellar costs for the festival: 46 casks at £118.50 each, £85 delivery, and 1,200 glasses "
    "hired at 12p each. total?",
    money(46 * dec("118.50") + 85 + 1200 * dec("0.12")),
)
calc(
    DUCKRACE,
    "Ducks are £3 each or four for £10. We sold 612 single ducks and 289 four-packs. After the "
    "£500 prize fund and £240 for hiring the ducks, how much is left for the hospice?",
    money(612 * 3 + 289 * 10 - 500 - 240),
)
calc(
    CROSSFIT,
    "Unlimited membership at my box is £95 a month and the three-sessions-a-week plan is £72. "
    "With 84 unlimited members and 57 on the three-a-week plan, what's the monthly income?",
    money(84 * 95 + 57 * 72),
)
calc(
    HOMECARE,
    "Our carers get £12.60 an hour plus 30p a mile. Ana worked 31.5 hours and drove 142 miles "
    "between calls. What is her gross pay for the period?",
    money(dec("31.5") * dec("12.60") + 142 * dec("0.30")),
)
calc(
    DOUGHNUT,
    "A box of 12 doughnuts is £14 and singles are £1.50. On Saturday we sold 86 boxes and 347 "
    "singles - what did we take?",
    money(86 * 14 + 347 * dec("1.50")),
)
DOUGH_BATCHES = F(1104, 48)
assert DOUGH_BATCHES.denominator == 1
calc(
    DOUGHNUT,
    "Each batch of dough takes 2.5 kg of flour and makes 48 doughnuts. How many kilos of flour "
    "do I need for an order of 1,104 doughnuts?",
    DOUGH_BATCHES * dec("2.5"),
)
calc(
    DRAGSTRIP,
    "164 cars paid £35 each for the test and tune night. The track keeps 60% and the club gets "
    "the rest. How much does the club get?",
    money(164 * 35 * (1 - pct(60))),
)
calc(
    DRAINJET,
    "We charge a £95 call-out that includes the first hour on site, then £65 per half hour. A "
    "job took 2 hours 30 minutes on site. What's the bill once 20% VAT is added?",
    money((95 + 3 * 65) * (1 + pct(20))),
)
calc(
    FLAGS,
    "PVC banners are £14 per square metre plus £1.20 per eyelet. What's the price of a 3 m by "
    "1.5 m banner with 10 eyelets?",
    money(3 * dec("1.5") * 14 + 10 * dec("1.20")),
)
calc(
    FLIGHTSIM,
    "Our half-hour 737 experience is £99 and the full hour £179. We sold 46 half-hour vouchers "
    "and 29 full-hour ones in November. Voucher sales in total?",
    money(46 * 99 + 29 * 179),
)
calc(
    GOWNS,
    "Each graduate paid a £25 refundable deposit with their gown. 418 graduates hired gowns and "
    "9 lost their deposit for late returns. How much deposit money do we pay back?",
    money((418 - 9) * 25),
)
calc(
    GOWNS,
    "8% of our 1,250 gowns need repairs after the summer ceremonies, at £6.50 a gown. What will "
    "the repairs cost?",
    money(pct(8) * 1250 * dec("6.50")),
)
calc(
    LAMPSHADE,
    "The lampshade course is £65 a head and each person's kit costs us £22.50. With eight "
    "people booked on Saturday, what's left after kit costs?",
    money(8 * (65 - dec("22.50"))),
)
calc(
    MACRAME,
    "One plant hanger uses 24 metres of 5 mm cord, and the cord comes on 200 m reels at £28. "
    "What is the cord cost per hanger?",
    money(F(24, 200) * 28),
)
calc(
    CARPARK,
    "Tariffs: up to 1 hour £2.20, up to 3 hours £4.10, up to 6 hours £7.50. On Saturday we "
    "sold 1,120 one-hour, 860 three-hour and 275 six-hour tickets. Takings?",
    money(1120 * dec("2.20") + 860 * dec("4.10") + 275 * dec("7.50")),
)
calc(
    PARTYWALL,
    "The surveyor's fee is £950 per adjoining owner plus VAT at 20%. My loft conversion has two "
    "adjoining owners - how much will I pay?",
    money(2 * 950 * (1 + pct(20))),
)
calc(
    PARTYWALL,
    "I bill £140 an hour. The schedule of condition took 3.75 hours and drafting the award 2.5 "
    "hours. What's my fee before VAT?",
    money((dec("3.75") + dec("2.5")) * 140),
)
calc(
    PETTREATS,
    "36 pet shops each ordered 15 bags of our peanut butter biscuits at £4.50 a bag wholesale. "
    "What's the order worth altogether?",
    money(36 * 15 * dec("4.50")),
)
POPCORN_SACKS = whole_up(F(1000 * 45, 2000))
calc(
    POPCORN,
    "Every portion of popcorn uses 45 g of kernels and we expect to sell 1,000 portions at the "
    "festival. Kernels come in 2 kg sacks. How many sacks should I buy?",
    POPCORN_SACKS,
)
calc(
    POPCORN,
    "Sweet and salty bags are £3.80 and sea salt bags £3.20. At the market we sold 412 sweet "
    "and salty and 287 sea salt, and the pitch cost £60. What did we clear?",
    money(412 * dec("3.80") + 287 * dec("3.20") - 60),
)
SCHOOL_FREE_ADULTS = 58 // 10
calc(
    SCIENCE,
    "School visits are £8.50 per pupil, with one adult free for every 10 pupils and extra "
    "adults at £12. A class of 58 pupils comes with 8 adults - what do they pay?",
    money(58 * dec("8.50") + (8 - SCHOOL_FREE_ADULTS) * 12),
)
calc(
    CHALET,
    "Our catered chalet sleeps 10 at £1,045 per person for the week, with 12% off when one "
    "group books the whole chalet. What does a whole-chalet booking cost?",
    money(10 * 1045 * (1 - pct(12))),
)
calc(
    TERRARIUM,
    "A closed terrarium costs me £9.80 for the jar, £3.25 for each of 3 plants and £2.40 for "
    "moss and gravel. I mark up 60% on cost. What's my selling price?",
    money((dec("9.80") + 3 * dec("3.25") + dec("2.40")) * (1 + pct(60))),
)
calc(
    SCENERY,
    "There are 12 flats, each 2.4 m by 1.2 m, to paint on both sides, and the scenic paint "
    "covers 12 square metres a litre. How many litres is that?",
    F(12 * 2 * dec("2.4") * dec("1.2"), 12),
)
calc(
    TREEHOUSE,
    "For the treehouse: 84 decking boards at £6.75 each, £48.50 of fixings and a £64 rope "
    "ladder, less a 10% trade discount on everything. What's the bill?",
    money((84 * dec("6.75") + dec("48.50") + 64) * (1 - pct(10))),
)
LVT_PACKS = whole_up(dec("14.2") * (1 + pct(10)) / dec("2.2"))
calc(
    FLOORING,
    "The kitchen floor is 14.2 square metres and I allow 10% extra for waste. LVT comes in "
    "packs covering 2.2 square metres at £61.49 a pack, whole packs only, and fitting is £18 "
    "per square metre of floor. Total price?",
    money(LVT_PACKS * dec("61.49") + dec("14.2") * 18),
)
calc(
    WHITEGOODS,
    "Washing machine repair: drain pump £38.40, door seal £52, labour 1.5 hours at £48 an hour "
    "and a £45 call-out. Add VAT at 20% - what's the total?",
    money((dec("38.40") + 52 + dec("1.5") * 48 + 45) * (1 + pct(20))),
)
calc(
    PELLETS,
    "Pellets are £6.20 a bag, or £389.40 for a pallet of 66 bags. How much cheaper is the "
    "pallet than buying 66 bags one at a time?",
    money(66 * dec("6.20") - dec("389.40")),
)
PELLET_BAGS = F(12 * 180, 15)
assert PELLET_BAGS.denominator == 1
calc(
    PELLETS,
    "A customer's stove burns about 12 kg of pellets a day over a 180-day heating season. How "
    "many 15 kg bags is that?",
    PELLET_BAGS,
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
LITRE = F(1, 1000)  # m^3
ML = LITRE / 1000  # m^3
SQM = 1  # m^2
HA = 10**4 * SQM  # m^2

assert IN / MM == dec("25.4") and CM / MM == 10 and ML / LITRE == F(1, 1000)
assert abs(KM / MI - dec("0.621371")) < dec("1e-6") and abs(ACRE / HA - dec("0.404686")) < dec(
    "1e-6"
)
assert SQFT == dec("0.09290304") and abs(CUFT / LITRE - dec("28.316846592")) < dec("1e-9")
assert KMH * 3600 == KM and f_to_c(50) == 10 and c_to_f(-18) == dec("-0.4")
assert c_to_f(dec("39.5")) == dec("103.1")

# plain one-liners
unit_r(P, "Convert 68 kilometres to miles.", 68 * KM / MI)
unit(P, "How many centimetres is 7 feet 2 inches?", (7 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "155 lb in kg?", 155 * LB)
unit(P, "what is 39.5 degrees C in fahrenheit", c_to_f(dec("39.5")), EXACT)
unit(P, "How many millimetres is 3/8 of an inch?", F(3, 8) * IN / MM, EXACT)
unit_r(P, "2.75 acres is how many square metres?", dec("2.75") * ACRE / SQM)
unit_r(P, "Convert 42 square metres into square feet.", 42 * SQM / SQFT)
unit_r(P, "2,500 MiB in GiB", F(2500 * MIB, GIB))
unit_r(P, "What is 12 stone 4 pounds in kilograms?", 12 * STONE + 4 * LB)
unit_r(P, "Convert -5 °F to Celsius.", f_to_c(-5))
unit_r(P, "130 kph in mph", 130 * KMH / MPH)
unit_r(P, "3.5 bar is how many psi?", dec("3.5") * BAR / PSI)
unit_r(P, "How many litres are there in 4 cubic feet?", 4 * CUFT / LITRE)
unit(P, "950 yards in metres?", 950 * YD, EXACT)

# register word problems
unit_r(
    AIRSHOW,
    "The display line is set 230 metres back from the crowd line. The pilots brief in feet - "
    "how many feet is 230 m?",
    230 / FT,
)
unit_r(
    AIRSHOW,
    "A fast jet runs in at 450 mph for its flypast. What is that speed in km/h?",
    450 * MPH / KMH,
)
unit_r(
    BEERFEST,
    "The cellar thermometer only reads Fahrenheit and it says 54. What's that in Celsius?",
    f_to_c(54),
)
unit(
    DUCKRACE,
    "Our duck race course runs 650 yards down the river. How many metres is that for the poster?",
    650 * YD,
    EXACT,
)
unit_r(CROSSFIT, "I just pulled a 405 lb deadlift. What is that in kilos?", 405 * LB)
unit_r(
    HOMECARE,
    "For the moving and handling plan I need Mr Obi's weight in kilograms. His family say he's "
    "9 stone 6 pounds.",
    9 * STONE + 6 * LB,
)
unit_r(
    DOUGHNUT,
    "The recipe says to heat the frying oil to 375 °F but my fryer dial is in Celsius. What "
    "should I set it to?",
    f_to_c(375),
)
unit(
    DRAGSTRIP,
    "A quarter-mile drag strip is how many metres long?",
    MI / 4,
    EXACT,
)
unit_r(
    DRAGSTRIP,
    "The trap speed on the fastest pass was 187 mph. Convert it to km/h for the results sheet.",
    187 * MPH / KMH,
)
unit_r(
    DRAINJET,
    "My jetting unit is rated at 4,000 psi. What's that in bar?",
    4000 * PSI / BAR,
)
unit(
    FLAGS,
    "The customer wants a flag with a 36 inch hoist. How many centimetres is the hoist?",
    36 * IN / CM,
    EXACT,
)
unit_r(
    FLAGS,
    "How many square metres of fabric is in a 12 ft by 6 ft banner?",
    12 * FT * 6 * FT / SQM,
)
unit_r(
    FLIGHTSIM,
    "We set the sim to cruise at 37,000 feet. Roughly how many kilometres up is that?",
    37000 * FT / KM,
)
unit(
    GOWNS,
    "Our gowns are sized by height in centimetres. The graduate is 5 ft 8 in - what's that in cm?",
    (5 * FT + 8 * IN) / CM,
    EXACT,
)
unit(
    LAMPSHADE,
    "The lampshade ring is 16 inches across. How many cm is that?",
    16 * IN / CM,
    EXACT,
)
unit_r(
    MACRAME,
    "A big plant hanger needs 26 yards of cord in total. How much is that in metres?",
    26 * YD,
)
unit_r(
    CARPARK,
    "The height barrier at the entrance is 2.1 m. How many feet is that for the sign?",
    dec("2.1") / FT,
)
unit_r(
    PARTYWALL,
    "The neighbour's garden wall runs 42 feet along the boundary. What is that in metres?",
    42 * FT,
)
unit(
    PETTREATS,
    "I bake the dog biscuits at 160 °C. What temperature is that in Fahrenheit?",
    c_to_f(160),
    EXACT,
)
unit(
    POPCORN,
    "Kernels pop at around 180 degrees Celsius. Convert that to Fahrenheit.",
    c_to_f(180),
    EXACT,
)
unit_r(
    SCIENCE,
    "Our Foucault pendulum hangs on a 22 metre wire. How long is that in feet?",
    22 / FT,
)
unit_r(
    CHALET,
    "The chalet sits at 1,850 m above sea level. What's the altitude in feet?",
    1850 / FT,
)
unit_r(
    CHALET,
    "Guests are allowed 23 kg of luggage on the transfer coach. How many pounds is that?",
    23 / LB,
)
unit(
    TERRARIUM,
    "The glass tank measures 60 cm by 30 cm by 45 cm inside. How many litres does it hold?",
    60 * CM * 30 * CM * 45 * CM / LITRE,
    EXACT,
)
unit(
    SCENERY,
    "Standard flats here are 8 ft tall. How tall is that in millimetres?",
    8 * FT / MM,
    EXACT,
)
unit_r(
    TREEHOUSE,
    "The treehouse platform will be 2.4 m off the ground. How high is that in feet?",
    dec("2.4") / FT,
)
unit_r(
    TREEHOUSE,
    "The deck is 10 ft by 12 ft. What's its area in square metres?",
    10 * FT * 12 * FT / SQM,
)
unit_r(
    FLOORING,
    "The lounge is 14 ft by 11 ft 6 in. What is the floor area in square metres?",
    14 * FT * (11 * FT + 6 * IN) / SQM,
)
unit_r(
    FLOORING,
    "Sheet vinyl comes on a 4 metre wide roll. What width is that in feet?",
    4 / FT,
)
unit(
    WHITEGOODS,
    "The freezer's display reads -18 °C. What is that in °F?",
    c_to_f(-18),
    EXACT,
)
unit_r(
    PELLETS,
    "How many pounds does one of our 15 kg pellet bags weigh?",
    15 / LB,
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
date_item(P, "What day of the week is 9 November 2031?", weekday(D(2031, 11, 9)))
date_item(
    P,
    "How many days are there between 3 March 2027 and 19 August 2027?",
    days(D(2027, 3, 3), D(2027, 8, 19)),
)
date_item(P, "what date is 120 days after 22 June 2028", D(2028, 6, 22) + TD(days=120))
date_item(P, "Give me the date 9 weeks before 4 January 2029.", D(2029, 1, 4) - TD(weeks=9))
date_item(P, "Which day of the week does 1 January 2040 land on?", weekday(D(2040, 1, 1)))
date_item(
    P,
    "Counting 1 January as day 1, what day of the year is 17 October 2027?",
    days(D(2027, 1, 1), D(2027, 10, 17)) + 1,
)
date_item(P, "Date of the third Tuesday in November 2028?", nth_weekday(2028, 11, TUE, 3))
date_item(P, "When is the last Monday of May 2030?", nth_weekday(2030, 5, MON, -1))
date_item(
    P,
    "How many weeks is it from 6 February 2028 to 14 May 2028?",
    weeks(D(2028, 2, 6), D(2028, 5, 14)),
)
date_item(
    P,
    "Someone born on 23 September 1994 - how old are they on 1 September 2030?",
    age(D(1994, 9, 23), D(2030, 9, 1)),
)
date_item(
    P,
    "Minutes between 21:40 and 06:15 the following morning?",
    clock_span("21:40", "06:15", 60),
)
date_item(P, "1,500 days after 10 April 2027 is what date?", D(2027, 4, 10) + TD(days=1500))
date_item(
    P,
    "how many days from Christmas Day 2027 to Valentine's Day 2028",
    days(D(2027, 12, 25), D(2028, 2, 14)),
)
date_item(P, "Which date is 45 days before 30 September 2029?", D(2029, 9, 30) - TD(days=45))

# register word problems
date_item(
    AIRSHOW,
    "The air show always runs on the first weekend of August, Saturday and Sunday. What date "
    "is the Saturday in 2028?",
    nth_weekday(2028, 8, SAT, 1),
)
CASKS_IN = D(2027, 9, 13)
date_item(
    BEERFEST,
    f"The casks are delivered on {sayw(CASKS_IN)} and need 5 days settling on the stillage "
    "before we tap them. On what date can we tap?",
    CASKS_IN + TD(days=5),
)
date_item(
    DUCKRACE,
    "The duck race is held on the last Sunday of June. What's the date in 2028?",
    nth_weekday(2028, 6, SUN, -1),
)
DUCKS_ON_SALE = D(2028, 4, 3)
date_item(
    DUCKRACE,
    f"Ducks went on sale on {sayw(DUCKS_ON_SALE)} and sales stop on race day, 25 June 2028. "
    "Counting both of those days, how many days are ducks on sale?",
    days(DUCKS_ON_SALE, D(2028, 6, 25)) + 1,
)
CHALLENGE_START = D(2027, 1, 11)
assert weekday(CHALLENGE_START) == "Monday"
date_item(
    CROSSFIT,
    f"Our eight-week challenge starts on {sayw(CHALLENGE_START)} and lasts 56 days including "
    "the first day. What date is the last day of the challenge?",
    CHALLENGE_START + TD(days=55),
)
CARE_START = D(2027, 10, 4)
date_item(
    HOMECARE,
    f"A new care package started on {sayw(CARE_START)}. The first review is due 12 weeks "
    "after the start. What's the review date?",
    CARE_START + TD(weeks=12),
)
date_item(
    HOMECARE,
    "Mrs Hale's morning call is at 07:30 and her bedtime call at 21:45. How many hours apart "
    "are they?",
    clock_span("07:30", "21:45", 3600),
)
date_item(
    DOUGHNUT,
    "National Doughnut Day is the first Friday in June. Which date is that in 2029?",
    nth_weekday(2029, 6, FRI, 1),
)
SEASON_OPENER = D(2028, 3, 25)
date_item(
    DRAGSTRIP,
    f"Our season opener is on {sayw(SEASON_OPENER)} and the championship final is 26 weeks "
    "later. Date of the final?",
    SEASON_OPENER + TD(weeks=26),
)
date_item(
    DRAINJET,
    "We did the CCTV drain survey on 7 March 2027 and recommended a re-survey 300 days later. "
    "What date should we book it for?",
    D(2027, 3, 7) + TD(days=300),
)
FLAG_ORDER = D(2027, 9, 2)
date_item(
    FLAGS,
    f"A made-to-order flag takes 18 days. If the order came in on {sayw(FLAG_ORDER)}, what "
    "date will it be ready?",
    FLAG_ORDER + TD(days=18),
)
date_item(
    FLIGHTSIM,
    "A gift voucher bought on 19 November 2027 expires 365 days after the purchase date. "
    "When does it expire?",
    D(2027, 11, 19) + TD(days=365),
)
CEREMONY = D(2028, 7, 19)
date_item(
    GOWNS,
    f"The ceremony is on {sayw(CEREMONY)} and gowns are due back 3 days after the ceremony. "
    "What weekday is the return day?",
    weekday(CEREMONY + TD(days=3)),
)
SHADE_CLASS_1 = D(2027, 5, 5)
assert weekday(SHADE_CLASS_1) == "Wednesday"
date_item(
    LAMPSHADE,
    f"The weekly lampshade class meets every Wednesday, starting {sayw(SHADE_CLASS_1)}. What "
    "is the date of the sixth class?",
    SHADE_CLASS_1 + TD(weeks=5),
)
MAKING_START = D(2027, 3, 1)
date_item(
    MACRAME,
    f"I'm making hangers for a craft fair and it'll take 17 days. If {sayw(MAKING_START)} is "
    "day 1, what date is day 17?",
    MAKING_START + TD(days=16),
)
SEASON_TICKET = D(2028, 1, 15)
date_item(
    CARPARK,
    f"A 90-day parking permit starts on {sayw(SEASON_TICKET)}, with that day counting as day "
    "1. What's the last day it's valid?",
    SEASON_TICKET + TD(days=89),
)
date_item(
    CARPARK,
    "A car came in at 18:20 and left at 09:05 the next morning. How many hours was it parked?",
    clock_span("18:20", "09:05", 3600),
)
NOTICE_SERVED = D(2027, 5, 10)
date_item(
    PARTYWALL,
    f"I served the party wall notice on {sayw(NOTICE_SERVED)}. The neighbour has 14 days "
    "after that to respond. On what date does that period end?",
    NOTICE_SERVED + TD(days=14),
)
date_item(
    PETTREATS,
    "Our biscuits have a best before of 6 weeks after baking. This batch was baked on 28 "
    "October 2027 - what best before date goes on the label?",
    D(2027, 10, 28) + TD(weeks=6),
)
date_item(
    POPCORN,
    "How many days are there from 20 December 2027, when the kernels arrived, to the 4 March "
    "2028 festival?",
    days(D(2027, 12, 20), D(2028, 3, 4)),
)
EXHIBITION_OPENS = D(2028, 2, 12)
date_item(
    SCIENCE,
    f"The new exhibition opens on {sayw(EXHIBITION_OPENS)} and runs for 100 days, opening day "
    "included. What is the closing day?",
    EXHIBITION_OPENS + TD(days=99),
)
date_item(
    SCIENCE,
    "Science week launches on 21 March 2028. What day of the week is that?",
    weekday(D(2028, 3, 21)),
)
CHALET_OPEN, CHALET_CLOSE = D(2028, 12, 16), D(2029, 4, 14)
date_item(
    CHALET,
    f"The chalet season runs from {sayw(CHALET_OPEN)} to {sayw(CHALET_CLOSE)}, changeover "
    "every Saturday. How many weeks is the season?",
    weeks(CHALET_OPEN, CHALET_CLOSE),
)
SEALED = D(2027, 11, 19)
date_item(
    TERRARIUM,
    f"A terrarium sealed on {sayw(SEALED)} should stay closed for 10 days before the first "
    "check. Which date can it be opened?",
    SEALED + TD(days=10),
)
date_item(
    TERRARIUM,
    "The terrarium workshop is on the fourth Thursday of February 2029. What date is that?",
    nth_weekday(2029, 2, THU, 4),
)
GET_IN = D(2027, 1, 10)
date_item(
    SCENERY,
    f"Get-in at the theatre is {sayw(GET_IN)} and opening night is 9 days later. What's the "
    "date of opening night?",
    GET_IN + TD(days=9),
)
date_item(
    TREEHOUSE,
    "We've pencilled in 31 July 2027 to hand the treehouse over. Which day of the week is it?",
    weekday(D(2027, 7, 31)),
)
SCREED_LAID = D(2027, 8, 2)
date_item(
    FLOORING,
    f"The screed was laid on {sayw(SCREED_LAID)} and needs 21 days to dry before the vinyl "
    "goes down. Earliest fitting date?",
    SCREED_LAID + TD(days=21),
)
date_item(
    WHITEGOODS,
    "We fitted a new motor on 14 February 2028 with a 90-day parts guarantee from that date. "
    "When does the guarantee end?",
    D(2028, 2, 14) + TD(days=90),
)
date_item(
    WHITEGOODS,
    "The dishwasher was bought on 3 November 2026 and broke down on 17 August 2027. How many "
    "days is that from purchase to breakdown?",
    days(D(2026, 11, 3), D(2027, 8, 17)),
)
FIRST_PELLET_RUN = D(2027, 1, 5)
assert weekday(FIRST_PELLET_RUN) == "Tuesday"
date_item(
    PELLETS,
    f"Our rural round comes round every three weeks on a Tuesday, starting "
    f"{sayw(FIRST_PELLET_RUN)}. What date is the 10th delivery?",
    FIRST_PELLET_RUN + TD(weeks=3 * 9),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, in REGISTERS order
ORDINARY = {
    AIRSHOW: (
        "How should I word the safety briefing for volunteers on the crowd line?",
        "What makes a good running order for a six-hour air show programme?",
        "Write a short tannoy announcement asking people to keep off the runway.",
        "Which questions should I ask a display team before booking them for the first time?",
    ),
    BEERFEST: (
        "Why might a cask ale come out cloudy even though it has been settling for days?",
        "Give me some tips for training new volunteers to pour from a gravity-fed cask.",
        "How do we write tasting notes for a dark mild that won't put people off?",
        "What's the best way to keep the cellar tent cool during a heatwave?",
    ),
    DUCKRACE: (
        "Draft a cheerful Facebook post inviting families to our charity duck race.",
        "How can we stop ducks getting stuck in the reeds along the bank?",
        "Is it fair to let sponsors name the first three ducks, or will people complain?",
        "Suggest ways to keep children safe near the water on race day.",
    ),
    CROSSFIT: (
        "How do I explain scaling to a nervous beginner without making them feel singled out?",
        "Write a welcome email for new members starting our foundations course.",
        "What's a sensible warm-up before a workout heavy on overhead squats?",
        "How should I handle a member who keeps ignoring the time cap?",
    ),
    HOMECARE: (
        "How do I build a rota that keeps the same carers with the same clients where possible?",
        "What should a carer do if a client doesn't answer the door at a morning call?",
        "Write a polite message to a family explaining that call times can vary a little.",
        "Which things should go in a handover note between the day and evening carers?",
    ),
    DOUGHNUT: (
        "Why are my doughnuts raw in the middle but dark on the outside?",
        "Give me ideas for a seasonal autumn doughnut flavour that isn't pumpkin spice.",
        "How do I stop the glaze going see-through and soggy by lunchtime?",
        "Write a chalkboard sign for our new jam doughnut that's funny but short.",
    ),
    DRAGSTRIP: (
        "What does a starter look for before letting a car stage at the lights?",
        "How should marshals respond if a car crosses the centre line during a run?",
        "Explain to a first-timer what a burnout box is for.",
        "Write a short rules reminder for the drivers' briefing on a wet track day.",
    ),
    DRAINJET: (
        "How do I explain to a customer why the blockage keeps coming back?",
        "What are the signs that a drain has root ingress rather than a fat blockage?",
        "Write a short leaflet text about what not to pour down the kitchen sink.",
        "What safety checks should I do before jetting a drain at an old property?",
    ),
    FLAGS: (
        "What's the proper way to fold a flag for storage so it doesn't crease badly?",
        "Which fabric would you suggest for a flag that flies on an exposed sea front?",
        "Write a product description for a hand-sewn bunting kit for village fetes.",
        "How do I explain to a client why their logo might look blurry on a big banner?",
    ),
    FLIGHTSIM: (
        "How do I calm a customer who gets anxious during the simulated landing?",
        "Write a gift voucher message for a dad who always wanted to fly an airliner.",
        "What scenarios would make a fun hour for two teenagers who've never flown a sim?",
        "Explain in simple terms what the flaps actually do on approach.",
    ),
    GOWNS: (
        "How should a graduate wear the hood so it doesn't slide off during the ceremony?",
        "Write an email reminding graduates where to collect their gowns on the day.",
        "What's the best way to steam creases out of a lot of gowns quickly?",
        "How do we deal politely with a graduate who returns a gown with a red wine stain?",
    ),
    LAMPSHADE: (
        "Which fabrics work well for a first lampshade and which are best avoided?",
        "Why does the fabric keep wrinkling when I roll it onto the rings?",
        "Write a short blurb for my beginners' lampshade workshop.",
        "How do I tidy the seam so it doesn't show when the lamp is switched on?",
    ),
    MACRAME: (
        "Which knots should a complete beginner learn first for a plant hanger?",
        "How do I stop cotton cord from fraying at the ends?",
        "Write an Instagram caption for a boho hanger made from recycled cord.",
        "Is jute or cotton better for a hanger that will live in a steamy bathroom?",
    ),
    CARPARK: (
        "How should staff deal with a driver who is stuck at the exit barrier and getting angry?",
        "Write a sign asking drivers to reverse into bays on the top deck.",
        "What can we do to make the stairwells feel safer at night?",
        "How do we explain a penalty notice to someone who says the machine was broken?",
    ),
    PARTYWALL: (
        "Explain in plain English what a party wall award actually is.",
        "How should I approach a neighbour who is refusing to reply to the notice?",
        "What should go in a schedule of condition, and why do photos matter?",
        "Write a friendly cover letter to go with a party structure notice.",
    ),
    PETTREATS: (
        "Which ingredients should I never put in treats for dogs?",
        "Write label text for our sweet potato chews that sounds natural but not gimmicky.",
        "How do I get crunchy biscuits to stay crunchy in a paper bag?",
        "Suggest names for a range of cat treats that would appeal to older owners.",
    ),
    POPCORN: (
        "Why does my caramel coating go grainy on some batches but not others?",
        "How can I make savoury popcorn flavours stick without it going soggy?",
        "Write a short pitch to get our popcorn stocked in the local cinema.",
        "What's the best way to clean a sugar-coated popcorn kettle at the end of a day?",
    ),
    SCIENCE: (
        "How do I explain static electricity to a group of seven-year-olds?",
        "Give me an opening line for a show about why the sky is blue.",
        "What should I do if a child asks a question I really can't answer?",
        "Suggest a safe demonstration about air pressure for a busy gallery floor.",
    ),
    CHALET: (
        "Plan a three-course chalet dinner that can mostly be made before the guests ski.",
        "How do I handle guests who come back late and noisy every night?",
        "Write a welcome note for the chalet fridge door with the house rules.",
        "What are good easy cakes for afternoon tea after a day on the slopes?",
    ),
    TERRARIUM: (
        "Why is there mould on the moss in my closed terrarium?",
        "Which plants are a bad idea in a small sealed jar?",
        "Write an introduction I can read out at the start of a terrarium workshop.",
        "How do I layer the drainage, charcoal and soil so it looks good from the side?",
    ),
    SCENERY: (
        "How do we stop a tall flat from wobbling when actors close the door in it?",
        "Write a note to the director explaining why the revolve can't be ready by the tech.",
        "What's a good way to make a brick wall effect that reads well from the back row?",
        "How should we plan a get-out so nobody gets hurt when it's rushed?",
    ),
    TREEHOUSE: (
        "Which trees are usually best for holding a treehouse, and which should be avoided?",
        "How do I explain to a client why we use floating brackets instead of nails?",
        "Write a short description of a rope bridge treehouse for our website.",
        "What should I check on a treehouse after a big storm?",
    ),
    FLOORING: (
        "Why are the joints in my customer's click vinyl starting to lift?",
        "How do I explain to a customer that the old floor tiles might contain asbestos?",
        "Write a short aftercare note for a newly fitted vinyl kitchen floor.",
        "What's the best way to get a neat finish around a toilet pan?",
    ),
    WHITEGOODS: (
        "Why would a washing machine trip the electrics only on the spin cycle?",
        "How do I explain to a customer that the repair costs more than the machine is worth?",
        "Write a text message confirming a repair visit and asking them to clear the area.",
        "What's the usual reason a fridge freezer ices up at the back?",
    ),
    PELLETS: (
        "How should customers store pellet bags in a garage that gets damp?",
        "Write a reminder text for customers to book their autumn delivery slot.",
        "What causes pellets to turn to dust in the bag, and does it matter?",
        "How do I explain the difference between cheap and premium pellets?",
    ),
}
assert tuple(ORDINARY) == REGISTERS and all(len(v) == 4 for v in ORDINARY.values())
for _reg, _questions in ORDINARY.items():
    for _q in _questions:
        neg(_reg, _q)

# near-positive negatives: they look like a sum, a conversion or a date, but need the model
NEAR: list[str] = []


def near(family, query, note):
    assert family.startswith("near-"), family
    NEAR.append(family)
    neg(family, query, note)


near(
    "near-pellet-price-now",
    "What's a fair price per bag for premium wood pellets at the moment?",
    "needs current market prices",
)
near(
    "near-ticket-time-left",
    "I bought a 3 hour ticket at 14:20. How long have I got left?",
    "needs the current time",
)
near(
    "near-banner-spec-code",
    "The order sheet says banner 3x1-HD, 440g. How many square metres is that and what's HD?",
    "an order code that looks like arithmetic; its meaning is a supplier convention",
)
near(
    "near-fryer-oil-life",
    "How many batches of doughnuts can I fry before the oil needs changing?",
    "a judgement depending on oil, food and filtering; no figures to compute",
)
near(
    "near-gown-size-chart",
    "I'm 5 foot 8 with broad shoulders. Which gown size should I order?",
    "needs a supplier's size chart that is not given",
)
near(
    "near-payday-fortnightly",
    "We get paid every other Friday. When's my next payday?",
    "needs the current date and the pay cycle's anchor date",
)
near(
    "near-jetter-pressure-pipe",
    "What pressure should I run the jetter at for an old 100 mm clay pipe?",
    "trade judgement about pipe condition; no figures to compute",
)
near(
    "near-track-record-speed",
    "How fast would I need to go through the traps to beat our track record?",
    "the record is not given",
)
near(
    "near-bracket-dial-in",
    "My last three passes were 12.41, 12.38 and 12.45. What should I dial in for the final?",
    "a racing strategy judgement; averaging is not the answer",
)
near(
    "near-abv-from-gravity",
    "The brewer's sheet says OG 1.048 and FG 1.010. What ABV is that?",
    "needs a brewing formula, and the common formulas give different answers",
)
near(
    "near-cask-settle-stout",
    "How long should a cask of stout stand on the stillage before it's vented?",
    "a cellar practice question, not a sum",
)
near(
    "near-lottery-prize-cap",
    "What's the biggest prize a small society lottery is allowed to offer?",
    "a legal limit that has to be looked up and may have changed",
)
near(
    "near-one-rep-max-formula",
    "I got 100 kg for 5 reps on the back squat. What's my one rep max?",
    "needs an estimation formula; Epley, Brzycki and others disagree",
)
near(
    "near-amrap-score-notation",
    "Someone wrote 14+7 on the whiteboard for the AMRAP. Is that 21?",
    "rounds plus reps notation, not an addition",
)
near(
    "near-care-round-mileage",
    "How many miles is the evening round from Kendal to Sedbergh and back via Dent?",
    "needs a map or route lookup",
)
near(
    "near-minimum-wage-current",
    "Is £11.40 an hour still above the legal minimum for a 19-year-old carer?",
    "needs the current minimum wage rates by age",
)
near(
    "near-real-flight-duration",
    "How long does a real flight from Gatwick to Faro take? I want the sim session to match.",
    "needs a schedule lookup",
)
near(
    "near-sim-local-time-jfk",
    "If we take off from JFK at 19:00 local time in the sim, what time would it be in London?",
    "time zones and summer time on an unstated date",
)
near(
    "near-drum-shade-fabric",
    "How much fabric do I need to cover a 30 cm drum shade?",
    "needs the height and the seam and turning allowances, a maker's convention",
)
near(
    "near-shade-bulb-limit",
    "What's the highest wattage bulb I can safely use in a 20 cm fabric shade?",
    "a safety rule that depends on the bulb type and the fitting",
)
near(
    "near-cord-rule-missing",
    "The rule of thumb is four times the finished length. How much cord do I cut?",
    "the finished length is missing",
)
near(
    "near-knots-per-sinnet",
    "How many square knots are in a one metre sinnet?",
    "depends on cord thickness and tension; an estimate, not a sum",
)
near(
    "near-ev-bay-requirement",
    "How many EV charging bays does a 600-space car park have to provide by law?",
    "a regulation that has to be looked up and depends on the place",
)
near(
    "near-lost-ticket-tariff",
    "A driver lost their ticket after parking overnight. What do we charge them?",
    "the lost ticket tariff is not given",
)
near(
    "near-notice-next-friday",
    "If I serve the party wall notice next Friday, when does the response period end?",
    "needs the current date and the statutory period",
)
near(
    "near-excavation-distance-rule",
    "My neighbour is digging 4 m from my house and 2.5 m deep. Does the Party Wall Act apply?",
    "a legal rule with figures, needing my foundation depth too",
)
near(
    "near-treats-per-day-dog",
    "How many training treats a day is OK for a 20 kg labrador?",
    "feeding advice, a judgement rather than a sum",
)
near(
    "near-kernel-yield",
    "How many portions will a kilo of popcorn kernels make?",
    "depends on the portion size, which is not given",
)
near(
    "near-thunder-seconds",
    "We counted 6 seconds between the flash and the thunder. How far away was the lightning?",
    "needs the speed of sound or a rule of thumb; not stated",
)
near(
    "near-moon-phase-date",
    "What phase will the moon be in on 14 March 2028 for our night sky event?",
    "an astronomical lookup",
)
near(
    "near-snow-forecast",
    "Will there be decent snow in Val Thorens the week before Christmas?",
    "a forecast, unknowable from the text",
)
near(
    "near-transfer-time-meribel",
    "How long is the coach transfer from Geneva airport to Méribel on a Saturday?",
    "needs a route lookup and depends on traffic",
)
near(
    "near-fittonia-humidity",
    "What humidity should a fittonia terrarium sit at?",
    "plant care knowledge",
)
near(
    "near-scenery-fire-rating",
    "What fire rating does scenery need for a 400-seat theatre?",
    "a regulation lookup",
)
near(
    "near-flat-weight-ply",
    "Roughly how heavy is an 8 by 4 flat skinned in 9 mm ply?",
    "needs a timber density and the frame; not given",
)
near(
    "near-oak-age-girth",
    "The oak we're building in has a girth of 3.2 m. How old is it?",
    "a rule of thumb that varies with where the tree grows",
)
near(
    "near-treehouse-planning-height",
    "Do I need planning permission if the treehouse platform is 2.5 m high?",
    "a planning rule, depending on the place and the garden",
)
near(
    "near-lvt-acclimatise",
    "How long should LVT planks sit in the room before fitting?",
    "a manufacturer's instruction",
)
near(
    "near-pattern-repeat-waste",
    "How much extra vinyl do I need for a 60 cm pattern repeat in a 3.6 m wide room?",
    "depends on the roll width and the room length; a fitter's judgement",
)
near(
    "near-error-code-e18",
    "The washing machine is showing E:18-10. What does that mean?",
    "a fault code that looks like a subtraction",
)
near(
    "near-washer-running-cost",
    "How much does it cost to run a washing machine for a year?",
    "needs usage, the machine's rating and current energy prices",
)
near(
    "near-winter-bag-estimate",
    "How many bags of pellets will a three-bed semi get through in a winter?",
    "an estimate depending on the house and the boiler",
)
near(
    "near-display-cloud-base",
    "What cloud base does a display team need to fly their full display?",
    "an aviation rule that has to be looked up",
)
near(
    "near-sunset-duxford",
    "What time is sunset at Duxford on 10 September 2028?",
    "an astronomical lookup for a place",
)
near(
    "near-hood-colours",
    "What colour hood does a Durham MSc graduate wear?",
    "a university's academic dress rules",
)
near(
    "near-next-graduation",
    "When is the next summer graduation at the University of Leeds?",
    "needs the current date and a lookup",
)
near(
    "near-bakers-dozen-price",
    "A baker's dozen of ring doughnuts at £1.20 each comes to how much?",
    "the count of a baker's dozen is a convention the text does not give",
)
near(
    "near-dough-hydration",
    "What hydration should a yeasted doughnut dough be?",
    "a baking judgement",
)
near(
    "near-drain-fall-rule",
    "What fall does a 100 mm foul drain need over a 12 m run?",
    "needs the building regulations gradient, not given",
)
near(
    "near-dn-nominal-size",
    "Is DN100 pipe the same as 4 inch?",
    "nominal sizes, not an exact conversion",
)
near(
    "near-call-length-judgement",
    "Can a 15 minute call really cover a shower, breakfast and tablets?",
    "a care judgement",
)
near(
    "near-travel-time-pay-rule",
    "Should carers be paid for travel time between visits?",
    "an employment law rule",
)
near(
    "near-reaction-time-verdict",
    "I had a .412 reaction on a pro tree. Is that any good?",
    "a judgement about a drag racing figure",
)
near(
    "near-tree-amber-gap",
    "On a sportsman tree, how long is it between each amber light?",
    "a fact about the start system",
)
near(
    "near-flag-days-list",
    "On which days should the council fly the Union flag in 2028?",
    "a list of flag days to look up",
)
near(
    "near-union-flag-fly",
    "I'm making a Union flag with a 90 cm hoist. How long should the fly be?",
    "needs the flag's proportions, which differ by use",
)
near(
    "near-sim-fuel-load",
    "How much fuel should we load for a 737 from Gatwick to Malaga in the sim?",
    "needs flight planning data",
)
near(
    "near-gallery-age-fit",
    "Is the forces gallery suitable for a four-year-old, or is it too much?",
    "a judgement about a child",
)
near(
    "near-van-headroom",
    "Will a Transit high roof van fit under our 2.1 m height barrier?",
    "needs the van's height, which is not given",
)
near(
    "near-season-pro-rata",
    "A season ticket is £840 a year and someone joins on the 14th. What's the pro-rata price?",
    "the month and the pro-rata convention are missing",
)
near(
    "near-duck-race-duration",
    "How long will the ducks take to float down a 650 yard course?",
    "depends on the river's flow, not given",
)
near(
    "near-lift-pass-child-age",
    "Does a 12-year-old count as a child for a lift pass in Tignes?",
    "a resort's pricing rule",
)
near(
    "near-terrarium-jar-plants",
    "How many plants can I fit in a 5 litre jar?",
    "a design judgement",
)
near(
    "near-treat-shelf-life",
    "How long will home-baked liver treats keep without preservatives?",
    "food safety knowledge",
)
near(
    "near-capacity-crowd-estimate",
    "The crowd field is about 12 acres. How many people can we safely fit?",
    "needs a crowd density rule for safety, not given",
)
assert len(NEAR) == 65 == len(set(NEAR)), len(NEAR)

# conversations: a convention or a figure set in an earlier turn
CONVS: list[str] = []


def convo(family, turns, note):
    assert family.startswith("conv-"), family
    CONVS.append(family)
    conv(family, turns, note)


convo(
    "conv-duck-flock-word",
    [
        (U, "At our race a 'flock' is 5 ducks sold together for £12."),
        (A, "Got it: a flock means 5 ducks for £12."),
        (U, "How much do 7 flocks come to?"),
    ],
    "an invented unit defined in the first turn",
)
convo(
    "conv-pellet-pallet-word",
    [
        (U, "In our price list 'a pallet' is 70 bags of 15 kg, not the usual 65."),
        (A, "Understood, a pallet is 70 bags of 15 kg for you."),
        (U, "So how many kilos are 3 pallets?"),
    ],
    "a redefined count word set in an earlier turn",
)
convo(
    "conv-rx-scaled-weight",
    [
        (U, "Scaled weights at my box are 65% of Rx, rounded down to the nearest 2.5 kg."),
        (A, "OK, scaled = 65% of Rx, rounded down to a 2.5 kg step."),
        (U, "Rx on the clean is 60 kg. What's scaled?"),
    ],
    "a scaling and rounding rule set earlier",
)
convo(
    "conv-gown-size-letters",
    [
        (U, "Our gown sizes: S up to 160 cm, M up to 172 cm, L up to 184 cm, XL above that."),
        (A, "Thanks, I have the size bands."),
        (U, "Graduate is 5 ft 9. Which size?"),
    ],
    "a size table given in an earlier turn, combined with a conversion",
)
convo(
    "conv-index-breakout",
    [
        (U, "We run a 9.90 index class. Going quicker than the index is a breakout and loses."),
        (A, "Right, anything under 9.90 is a breakout."),
        (U, "Runs were 9.93 and 9.88. Which one counts?"),
    ],
    "a racing rule set in an earlier turn",
)
convo(
    "conv-doughnut-dozen-thirteen",
    [
        (U, "At our shop a 'dozen' means 13 doughnuts for the price of 12, at £1.40 a doughnut."),
        (A, "So a dozen is 13 doughnuts and you pay for 12."),
        (U, "How much for 3 dozen?"),
    ],
    "a redefined count word with a pricing rule",
)
convo(
    "conv-beer-token-measures",
    [
        (U, "Tokens are £2.50. A third costs 1 token, a half 2 tokens and a pint 3."),
        (A, "Noted: third 1, half 2, pint 3 tokens, at £2.50 a token."),
        (U, "What do 4 thirds and 3 halves cost in pounds?"),
    ],
    "a token pricing scheme set in an earlier turn",
)
convo(
    "conv-half-hour-rounding",
    [
        (U, "We charge £1.10 per half hour and round every stay up to the next half hour."),
        (A, "Understood, part half hours are charged in full."),
        (U, "Car came in at 10:05 and left at 13:12. Charge?"),
    ],
    "a tariff and rounding rule set earlier",
)
convo(
    "conv-care-units",
    [
        (U, "A 'unit' on our rota is a 15-minute block of care."),
        (A, "OK, one unit is 15 minutes."),
        (U, "Mrs P has two calls of 3 units and one of 2 units a day. Minutes per day?"),
    ],
    "an invented unit defined in the first turn",
)
convo(
    "conv-fee-split-rule",
    [
        (U, "When there's an agreed surveyor, we split their fee 60/40 between the two owners."),
        (A, "So the building owner pays 60% and the adjoining owner 40%?"),
        (U, "Yes. The agreed surveyor's fee is £1,450. What does the building owner pay?"),
    ],
    "a fee split set in earlier turns",
)
convo(
    "conv-jar-size-codes",
    [
        (U, "Our jar codes: T1 holds 2 litres, T2 holds 4.5 litres, T3 holds 8 litres."),
        (A, "Got the jar sizes."),
        (U, "Substrate fills a quarter of each jar. How much for two T3s and a T1?"),
    ],
    "size codes defined in an earlier turn",
)
convo(
    "conv-sim-credits",
    [
        (U, "One credit buys 15 minutes in the sim, and credits come in packs of 4 for £110."),
        (A, "So a pack is an hour of sim time for £110."),
        (U, "How much for 2 hours?"),
    ],
    "an invented unit and pack pricing set earlier",
)
convo(
    "conv-show-slot-times",
    [
        (U, "Demo shows start at 10:20 and then every 40 minutes after that."),
        (A, "OK, 10:20, then every 40 minutes."),
        (U, "When does the 5th show start?"),
    ],
    "a schedule rule set in an earlier turn",
)
convo(
    "conv-inches-persona",
    [
        (S, "You are Maud, a retired milliner who answers in imperial measures only."),
        (U, "My lampshade ring is 35 cm across. How big is that?"),
    ],
    "a persona and an answer format set by the system turn",
)
convo(
    "conv-season-week-numbers",
    [
        (U, "Our chalet season week 1 starts on Saturday 16 December 2028."),
        (A, "Week 1 begins Saturday 16 December 2028, changeover on Saturdays."),
        (U, "What dates does week 9 cover?"),
    ],
    "a season's week numbering set in an earlier turn",
)
convo(
    "conv-feet-inches-only",
    [
        (U, "Please give every length in feet and inches, never metric."),
        (A, "Will do."),
        (U, "How tall is a 2.4 m flat?"),
    ],
    "an answer format set in an earlier turn",
)
convo(
    "conv-waste-pack-rule",
    [
        (U, "I always add 12% waste and round up to whole packs of 2.2 square metres."),
        (A, "Understood: area plus 12%, then whole packs."),
        (U, "Room is 3.4 by 4.1 m. How many packs?"),
    ],
    "a fitter's rule set in an earlier turn",
)
convo(
    "conv-repair-json",
    [
        (S, 'Reply only with JSON of the form {"total": number, "currency": "GBP"}.'),
        (U, "Call-out is £45 plus 1.5 hours labour at £48. Total?"),
    ],
    "an output format set by the system turn",
)
convo(
    "conv-deck-corrected",
    [
        (U, "The treehouse deck is 3 m by 2.4 m and each board covers 0.3 square metres."),
        (A, "That deck is 7.2 square metres, so 24 boards."),
        (U, "Sorry, it's 3.6 m, not 3 m. How many boards now?"),
    ],
    "a figure corrected in the last turn",
)
convo(
    "conv-pellet-previous-answer",
    [
        (U, "How many 15 kg bags is 1,200 kg of pellets?"),
        (A, "That's 80 bags."),
        (U, "And if they want half as much again next winter?"),
    ],
    "refers to the previous answer",
)
convo(
    "conv-drain-decimal-comma",
    [
        (U, "I write decimals with a comma, so 2,5 means two and a half."),
        (A, "Understood."),
        (U, "Pipe runs of 2,5 m, 3,75 m and 1,2 m - total length?"),
    ],
    "a decimal comma set in an earlier turn",
)
convo(
    "conv-reply-in-spanish",
    [
        (U, "Por favor, contesta siempre en español, que es para mi socio."),
        (A, "De acuerdo, contestaré en español."),
        (U, "How much is 40 doughnuts at £1.35 each?"),
    ],
    "a reply language set in an earlier turn",
)
convo(
    "conv-words-only-cord",
    [
        (U, "Write any numbers in your answers as words, it's for a children's craft book."),
        (A, "Okay, numbers as words."),
        (U, "If one hanger needs 24 metres of cord, how much do 3 hangers need?"),
    ],
    "an answer format set in an earlier turn",
)
convo(
    "conv-assumed-year-airshow",
    [
        (U, "Every date I give you is in 2029 unless I say otherwise."),
        (A, "Noted, I'll assume 2029."),
        (U, "What weekday is 11 August?"),
    ],
    "an assumed year set in an earlier turn",
)
convo(
    "conv-month-first-dates",
    [
        (U, "I'm in Ohio, so dates are month first."),
        (A, "Got it, month/day."),
        (U, "Gowns go out 7/8/2028 and come back 7/11/2028. How many days is that?"),
    ],
    "month-first dates set in an earlier turn",
)
convo(
    "conv-treat-tray-bake",
    [
        (U, "A 'tray' is 35 biscuits and a 'bake' is 4 trays."),
        (A, "So a bake is 140 biscuits."),
        (U, "Orders are 3 bakes and 2 trays. How many biscuits is that?"),
    ],
    "invented units defined earlier",
)
convo(
    "conv-popcorn-formula",
    [
        (U, "Give me spreadsheet formulas rather than answers. Sale price is in B2, cost in C2."),
        (A, "Sure, I'll write formulas using B2 and C2."),
        (U, "What's the margin percentage?"),
    ],
    "asks for a formula, set up in an earlier turn",
)
convo(
    "conv-flag-size-codes",
    [
        (U, "Our size codes: F3 is 3 ft by 2 ft, F5 is 5 ft by 3 ft and F8 is 8 ft by 4 ft."),
        (A, "Thanks, I have the codes."),
        (U, "What's the fabric area of two F5s in square metres?"),
    ],
    "size codes defined in an earlier turn",
)
convo(
    "conv-two-sig-figs",
    [
        (U, "Give answers to two significant figures, please."),
        (A, "Okay, two significant figures."),
        (U, "Divide £3,986 between 3 charities."),
    ],
    "a rounding convention set in an earlier turn",
)
convo(
    "conv-percent-of-max",
    [
        (U, "All percentages I mention refer to my back squat max of 140 kg."),
        (A, "Understood, percentages of 140 kg."),
        (U, "What's 72.5%?"),
    ],
    "the base of the percentage is set in an earlier turn",
)
convo(
    "conv-ticket-letter-codes",
    [
        (U, "Ticket codes: A is up to an hour at £2.20, B up to 3 hours at £4.10."),
        (A, "OK, A £2.20 and B £4.10."),
        (U, "40 As and 25 Bs today. Total?"),
    ],
    "letter codes with prices defined earlier",
)
convo(
    "conv-explainer-persona",
    [
        (S, "You are Professor Sparks, a cheerful science centre host for young children."),
        (U, "How many seconds are there in a day?"),
    ],
    "a persona set by the system turn changes the answer's form",
)
convo(
    "conv-fixed-euro-rate",
    [
        (U, "Use €1 = £0.86 for everything in this chat."),
        (A, "Fine, €1 = £0.86."),
        (U, "The neighbour's builder quoted €3,400. What's that in pounds?"),
    ],
    "a fixed exchange rate set in an earlier turn",
)
convo(
    "conv-chalet-week-nights",
    [
        (U, "When I say 'a week' I mean 7 nights, charged at £150 per guest per night."),
        (A, "Got it, a week is 7 nights at £150 per guest per night."),
        (U, "Price for 2 weeks for 3 guests?"),
    ],
    "a redefined period and price set earlier",
)
convo(
    "conv-shade-slash-shorthand",
    [
        (U, "When I write 30/20/22 I mean top diameter/bottom diameter/height in cm."),
        (A, "Understood, top/bottom/height."),
        (U, "What's the slant height of a 30/20/22 shade?"),
    ],
    "a shorthand defined in an earlier turn",
)
assert len(CONVS) == 35 == len(set(CONVS)), len(CONVS)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == 100 and all(
    sum(1 for i in _ordinary if i["family"] == r) == 4 for r in REGISTERS
)
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
    # no register (family name) of this set is a family name of sets 19 to 85
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 85: {reused}"
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
