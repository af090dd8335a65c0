r"""Generate heldout-2027-03-10.jsonl: a ninety-seventh held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed97/earlier_registers.txt (in full: a `wc -lc` gave 1700 lines and 41250 characters,
then a `tr` turning its newlines into spaces was printed in two pieces, `head -c 21000` and `tail
-c +20900`, which overlap by 101 characters, so nothing was left out): the register names of
earlier sets, used only to choose this set's 25 registers so that their trades and situations
differ from all of those; and these line ranges of /work/sealed97/make_heldout_96.py (a `wc -l`
gave 3173 lines, as the brief said): lines 1-643 (its docstring, imports, configuration, helpers,
calc() and the line P = "plain"), 1000-1060 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
1288-1372 (its datetime section header, date helpers, clock_span(), date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1656-1663 (its negatives section header, neg() and conv()) and
2950-3173 (its stated-weekday check, its checks and main()). None of set 96's query blocks
(644-999, 1061-1287, 1373-1655, 1664-2949) was opened, printed or searched.

The first command ran the `cat` of grading.py, an `ls -la` of /work/sealed97 (earlier_registers.txt
and make_heldout_96.py only) and a `wc -l` of both files (1700 and 3173 lines). The next printed
lines 1-643 of set 96 by `sed -n 1,643p`; the tool showing the output cut out its middle (lines 163
to 320 of the output were not shown), so the next command printed lines 160-322 by `sed -n
160,322p`, and all of lines 1-643 were seen. One command then printed lines 1000-1060, 1288-1372
and 1656-1663 by `sed -n`, and another lines 2950-3173. Nothing outside the allowed ranges was
seen. The next command ran the `wc -lc` and the first `tr` piece of earlier_registers.txt and
another the second piece. Nothing under /work/main was opened or listed apart from grading.py:
nothing under router/, tools/, docs/ or tests/ was opened or listed, nor README or pyproject, and
.venv was not listed. The only other use of /work/main was running /work/main/.venv/bin/python (for
every script and every run of this generator, with a `--version` of it and of ruff once) and
/work/main/.venv/bin/ruff (with /work/main as the working directory, on this file only, always with
--no-cache). No other /work/sealed* directory was listed. The earlier generators (sets 1-96) are
only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing
make_heldout_96.py runs its module level, which builds its items, but no earlier query was ever
printed. No JSONL file was opened (not even this set's own output: only this generator's printed
summary, its failure messages, `tail -6` and `head -4` of the summary, a `grep -c` of its non-empty
lines, ruff's output and its --show listing of ids, expected values and tolerances, picked out by a
`grep` and laid out by `column -t`, were read; `sha256sum` and `wc -l` were run on it at the end),
no git command was run, no network and no search or fetch tool was used, and neither the router nor
the bench nor the tests were run.

What was run, after the reads above: one command made /tmp/h97/own and ran a `grep -iE` of
earlier_registers.txt for keywords and fragments of the candidate trades and their neighbours
(car_, assembl, trim, lng, gas, lithium, brine, evapor, pea_, vining, shopfit, fit_out, mail, sort,
pr_, press_off, powerboat, speedboat, christmas, dinner, grandparent, florida, theme, disney,
referee, football, ghillie, salmon, fishing, river, furnace, melt, steel, humanit, aid, convoy,
logist, camera, photo, rescue, dog, adopt, material, testing, concrete, giant, vegetable, show,
trawler, north_sea, executive, assistant, diary, container, chief, sports_day, sport, drive,
burger, fast_food and engine), joined onto one line by `tr`; a second `grep -iE` of the same kind
followed (reloc, primary, holiday, summer, grower, ship_, shop_, fitting, press, club_comp,
competition, lab$, parents, school_, theme, trip, convoy, lorry, haul, plant_, line$, _line,
terminal, pond, harvest and crew$). Candidates dropped while choosing (judged too near an earlier
name or another candidate, or hard to fill with exact questions) included a biscuit factory oven
line (near the fortune cookie factory), a household adopting a rescue dog (many dog and rescue
names), a school sports day organiser (near the school trip organiser), a commuter switching to
cycling (worded like set 96's family switching to an electric car), a pumped storage hydro station,
a stadium groundsman, a driving test examiner, a gunsmith and a racehorse trainer's yard. The 25
registers below were then fixed; no list file of them was written, and the sorted order is asserted
in this file. The next command copied the five ranges by `sed -n A,Bp` into /tmp/h97/r1.py to r5.py
(not printed), ran a `wc -l` of them, a `grep -nx` for the line that is exactly `from __future__
import annotations` in r1.py (line 436 of set 96), a `cat -A` of the last lines of r2.py to r4.py,
and printed the Python and ruff versions (3.11.7 and 0.17.6). The next command wrote and ran
/tmp/h97/subst.py (a `cat` heredoc): it cut the first copy at that line (asserted to be the only
such whole line), so set 96's docstring is not part of this file, and substituted this set's OUT
("heldout-2027-03-09.jsonl" -> "heldout-2027-03-10.jsonl") and PREFIX ("ho96-" -> "ho97-"), "sets
1-95" -> "sets 1-96" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept
as they were), `range(2, 96)` -> `range(2, 97)` in EARLIER and, in REGISTER_CHECK,
make_heldout_96.py added after make_heldout_95.py, all in the first block, and "sets 19 to 95" ->
"sets 19 to 96" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth copies are used
as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "95" to
"97", "19 to" and "2027" (with the REGISTER_CHECK lines filtered out) and a `tail -2` of c1.py, and
the next a `grep -n` of c1.py for the REGISTER_CHECK lines of sets 94 to 97 and an `awk` of the
lengths of lines 20-24.

Then `cat` heredocs wrote this set's own blocks under /tmp/h97/own/: a_calc.py (money(), the
register constants and REGISTERS, and the calculator items, with a `grep -c` of the plain one-line
calls, 14, and of the lines opening a multi-line call, 31); before any run, a short heredoc script
reworded two plain items (each edit asserted to apply once), because 17.25 squared and 2,183
divided by 0.64 each need four decimals, which calc() refuses: they became 23.4 squared and 2,184
divided by 0.64. Then b_units.py (unit constants and unit items, with the same two counts, 14 and
31); before any run, a short heredoc script (asserted to apply once) reworded the pea freezing
tunnel's temperature item, whose first wording held the word "within", which main() refuses in
positives, and a `grep -n` for "within" found none left. One command then printed, by a one-line
script, the weekdays of 36 candidate dates (among them 9 and 10 March 2027, the dates in the file
names of sets 96 and 97, and most of the dates later stated with their weekday; the others are
computed by sayw() and sayus() and asserted), so that stated weekdays are right. Then c_dates.py
(hours_between(), the weekday asserts and the date items, with a `grep -c` of its date_item( calls,
45, and a one-line script printing six dates the items reach, to see that none is a leap day); a
`sed -i` then changed the furnace roof's life from 250 to 240 days (two places), as 250 days after
the relining fell on Christmas Day, judged unrealistic, with a `grep -n` of the result. Then
d_negs.py (the ORDINARY table, parsed by `ast` as a check), e_near.py (near-positive negatives,
with a `grep -c` of its near( calls, 65) and f_convs.py (conversations and this set's own
structural asserts, with a `grep -c` of its convo( calls, 35) were written. The next command wrote
a one-line placeholder docstring to /tmp/h97/doc.txt (by `echo`), /tmp/h97/assemble.py (it builds
this file from doc.txt and the blocks in order: c1.py, the own a_calc.py, r2.py, the own
b_units.py, r3.py, the own c_dates.py, r4.py, the own d_negs.py, e_near.py and f_convs.py, and
c5.py, checks that the result compiles and prints its line count) and a helper /tmp/h97/run.sh (it
runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache
-q` on this file and `.venv/bin/ruff check --no-cache` on it, writing the latter's output to
/tmp/h97/ruff.txt and printing the exit codes and its `tail -3`, then this generator from /tmp,
passing on any arguments, writing its output to /tmp/h97/out.txt, and prints its exit code and the
`tail -6` of it, and last a list, by a short inline script, of the lines of this file over 99
characters), made run.sh executable and ran it. After the first run, a count of the codes in
ruff.txt and its `head -30` were printed. The runs and the fixes between them are listed under
"Checks that failed along the way". In short: a short heredoc script reworded four plain items
(each edit asserted to apply once); the own blocks were copied to /tmp/h97/own_bak1;
/tmp/h97/normalise.py (a `cat` heredoc) merged every implicit string concatenation in the own
blocks into one literal (by tokenize, asserting that each block's syntax tree is unchanged), and
/tmp/h97/fixlong.py (a `cat` heredoc), run after ruff format, splits every string literal standing
alone on a line over 99 characters, at spaces outside braces, into pieces on lines of their own
inside parentheses, giving the f prefix only to pieces that hold a brace and asserting that the
file's syntax tree is unchanged; run.sh was rewritten (a `cat` heredoc) to run fixlong.py and ruff
format three times after the first ruff format, then the rest as before. The run after that passed
every check, with no line over 99 characters, and printed the sha256 below; the next command ran a
`head -4` of out.txt, a `grep -c` of its non-empty lines (206) and a `grep` of ruff.txt. Then this
generator was run with --show from /tmp (its output written to /tmp/h97/show.txt) and the listing
of ids, expected values and tolerances (a `grep` of show.txt laid out by `column -t`) was read;
this writer checked every expected value against the stories, and no change was needed. The next
command ran a `grep -noiE` of the own positive blocks for words that could make a positive
contested or relative (tonne, ounce, oz, month, a year, per year, working day, business day, today,
now, cup, knot, gallon, hp): its two hits (a plain percentage change whose value is "now 2,047",
and a board that meets on the third Thursday of every month, asked for June 2027) were printed with
`sed` and judged harmless. To confirm that the merging and splitting changed no text, the next
command built a second copy of the generator from own_bak1 (by a `sed` of assemble.py into
/tmp/h97/alt_assemble.py, writing /tmp/h97/alt.py) and ran it and this file with --digest: both
gave the same sha256, equal to the one in out.txt; alt.py and alt_assemble.py were then deleted. A
short inline script then confirmed that each copied block (c1.py, r2.py to r4.py and c5.py) appears
verbatim in this file, once. A count command then took `grep -o -F` counts over the own positive
blocks (of money(, unit_r(, EXACT, clock_span(, nth_weekday(, age(, days(, weeks(, TD(weeks, sayw(,
sayus(, hours_between(, weekday(, STONE, SQFT, CUFT, GIB, MIB, KIB, MPH, KMH, HA, ACRE, f_to_c(,
c_to_f(, PSI, LB, EUR, the dollar sign and pct(), a `wc -w` of the own blocks and a `wc -l` of this
file. This docstring was written last over the placeholder: its source text,
/tmp/h97/doc/doc_src.txt, was written by a `cat` heredoc (with a `wc -w`), and
/tmp/h97/doc/fixsrc.py (a `cat` heredoc) then made six corrections to it after rereading it against
what was done (each asserted to apply once; this account of them was added by a short heredoc
script, asserted to apply once); /tmp/h97/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps
the indented lines as they are and asserts that the words are unchanged, that no line exceeds 99
characters, that every register value is named and that the text holds no three quotes of its own)
filled it to 99 columns into /tmp/h97/doc.txt and printed its line count, with a `head -3` and a
`tail -3` of doc.txt; then run.sh was run again, with a `cat` of ruff.txt, the sha256 line of
out.txt and the verbatim check of the copied blocks again; and then, in one command, `ruff format
--no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two runs of this
file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf
/tmp/h97`, an `ls` of /tmp/h97 (gone) and an `ls -la` of /work/sealed97. Writes: only this file and
its JSONL in /work/sealed97/ (earlier_registers.txt and make_heldout_96.py left as they were);
temporary blocks, scripts and output under /tmp/h97/ were deleted afterwards. Nothing was written
into /work/main. Every script and every run of this generator used /work/main/.venv/bin/python. The
JSONL's sha256 from the last edit of the items on was
7cca5abe7ccc661503b3733271b056b728e51b93f9bebca8658c45308f12556a (335 lines); the docstring does
not enter the output.

Changes to set 96's main() and checks: only the substitutions listed above (file names, sets 1-96
for the duplicate check, sets 19-96 for the register check). Set 96 lies next to this file in
/work/sealed97, and EARLIER_DIRS and earlier_path() are kept as set 96 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_96.py is found next to this file and, as no other
generator lies here, sets 1-95 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 96's as copied;
ruff format left the copied blocks as they were (the inline check named above found each verbatim).
All of set 96's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the
wording rules for positives, the answers' consistency (calculator and exact unit answers are
numbers with at most three decimals, every expected value is graded correct under grading.py's
rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an
earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks() (once:
a plain weeks one-liner between two Mondays), clock_span() (twice: a plain one-liner and a night
crew vining, both to the next morning and in minutes), nth_weekday() (four times), age() (twice),
days() (eight times), unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 31),
sayw() (nine times) and sayus() (twice), so the weekdays stated next to dates are computed, and are
also checked by the copied stated-weekday check and by this set's own asserts; STONE (once), SQFT
and CUFT; whole_up(), SQYD and OZ are not used, and say() only through sayw(). Added, newly
written: money() (asserts whole pence or cents, with an assert of its own; every calculator money
answer passes through it, 25 of them: 24 register word problems in pounds, euros or dollars and one
plain item; the other seven word problems are a count of cars, kilograms of fuel, kilograms of
lithium, hours of send-out, hours of machine time, a weighted score and hectares left to vine); MM,
CM, KM and HA, with asserts on IN/MM, CM/MM, MI/KM, HA/ACRE, SQFT, CUFT, MPH/KMH, c_to_f(1640) and
f_to_c(-13); the register constants and the REGISTERS tuple (asserted 25, distinct and sorted);
asserts that the square-root one-liner's radicand is a perfect square and the cube-root one-liner's
a perfect cube; hours_between() (hours between two stated date-times, used twice, with an assert of
its own); asserts that the eleven dates stated with a weekday in the date items (judging night, a
cube casting day, a flight out written the American way by sayus(), the two ends of a school summer
holiday, a last posting day, the first day of term, a site start, the two Mondays of the plain
weeks one-liner and the date of the plain sayus() item) fall on the weekday intended; the ORDINARY
table and the near() and convo() helpers with their NEAR and CONVS lists; and this set's own
structural asserts, rewritten from set 96's docstring's description of them (its code was not
seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four distinct
questions each; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively, each with a note (asserted by the helpers and after the lists); every
conversation has at least three turns, opens and ends with a user turn, and its user and assistant
turns alternate (checked with indices; no system turn is used); the positive registers of each tool
are exactly the REGISTERS, with 31 register word problems per tool; exactly 18 registers have four
positives and 7 have three (these seven named); the ordinary negatives are 100, four per register;
every negative outside the registers is a near-... or conv-... family with a note; no positive
contains an all-numeric date (NUMERIC_DATE_POS, this set's own pattern; no positive uses one at
all). The date items' weeks() call asserts whole weeks, and date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 96's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 96's, copied (P = "plain" is copied too, as the
last line of the first block). Set 96's docstring (lines 1-434) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects and new figures of the
items its duplicate check once reported (a weekday of 19 November 2031, 22:50 to 05:25 the next
morning, 6 ft 1.5 in and 365 yards), which were therefore seen; none of those figures is reused
here. The merging and string splitting done by normalise.py and fixlong.py change only how string
literals are laid out in this file, never their text (asserted by syntax trees, and confirmed by
the equal digests above); ruff's own settings were not read: ruff check passed lines of up to 100
characters before fixlong.py, so the limit of 99 was enforced by this writer's own list of long
lines. Some of this set's near-positive and conversation kinds share generic kinds with set 96's
lists, newly worded with new subjects and figures: live or looked-up data (an exchange rate, a fuel
price abroad, a commodity price, an auction price, a vessel's ETA, a weather and a shipping
forecast, quota uptake, ticket and licence prices, records), rules (school admission, a suspension,
mileage tax, loan repayment, a break notice, VAT, fire rating, planning, food safety, minimum wage,
NI credits, drone rules, fishery rules, a sulphur limit, customs), estimates and missing figures or
constants (a cooking time, strength gain, a crop yield, a fish's weight from its length, distance
run, race fuel, electrode use, boil-off, evaporation, carbon footprints, food boxes, molar masses),
judgements (a uniform price, a degree classification, an OEE figure, a resolution, a bunkering
port, a press release's length) and code (a regular expression, a Python function, a spreadsheet
formula); and for conversations writing around earlier figures or text (a newsletter paragraph, a
checklist, an itinerary, a misconduct report, a rota, a to-do list, a debrief, a quote rewrite, a
snag email, a quality alert, a covering letter, a complaint reply, an agent's message, a holding
statement) and judgements over earlier options or facts (a line balance, extra runners, pond
transfers, a first trip's load, floors for teams, childcare options, module choice, steaming home).
No item of set 96 was seen, so none was reused verbatim. No conversation here ends in a user turn
that could be answered alone: each last turn either needs figures, rules or text from the earlier
turns or asks for writing, judgement or explanation; none is an earlier misreading corrected and
then a plain question asked again. Some near-positives depend on current figures or live data; they
are negatives, with no "now" field. No positive depends on a looked-up figure: every rate, price,
fee and discount is given in the text, so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades or situations: the camera club competition secretary next to the secondhand camera dealer,
the film photo developing lab, the wildlife photography hide and the other club secretaries; the
car assembly plant trim line next to the circuit board assembly line, the kit car assembly workshop
and the vehicle crash test laboratory; the construction materials testing lab next to the ready mix
concrete plant, the water quality testing lab and the instrument calibration laboratory; the
container ship chief engineer next to the container terminal vessel planner, the port state control
ship inspector and the commercial refrigeration engineer; the drive through burger restaurant
manager next to the kebab shop late counter, the curry house takeaway, the street food taco truck
owner and the drive in cinema field (which shares a word); the electric arc furnace melt shop next
to the steel stockholder, the bronze and bell foundries and set 96's cement works kiln control
room; the executive assistant diary desk next to the corporate travel expenses desk and the piano
tuners' and hedgelayer's diaries (which share only a word); the family hosting Christmas dinner
next to the Christmas hamper company, the turkey farm Christmas orders and the murder mystery
dinner company; the family planning a Florida theme park trip next to the high street travel agent,
the coach holiday tour operator, the gap year backpacker budget and the family emigrating to
Portugal; the giant vegetable show grower next to the horticultural show secretary, the greenhouse
tomato grower and the allotment registers; the grandparents doing summer holiday childcare next to
the family carer of an elderly parent, the registered childminder and the nanny share employing
parents; the grassroots football referee next to the Sunday league football secretary, the netball
league umpire rota and the fantasy football league commissioner; the humanitarian aid convoy
logistician next to the refugee charity warehouse, the food bank warehouse and the antarctic
station logistics clerk; the lithium brine evaporation ponds next to the sea salt works and set
96's potash mine shift engineer; the LNG import terminal control room next to the oil refinery
shift controller, the gas pipeline pigging crew and set 96's marine fuel bunkering barge; the mail
centre night sorting shift next to the corporate mailroom franking desk, the multi drop parcel
driver, the fulfilment centre pick team and the village post office counter; the mature student on
a distance learning degree next to the PhD thesis submission candidate, set 96's international
student in a first term and the home education parent; the North Sea trawler skipper next to the
lobster creel skipper, the sea fishing charter boat and the fish auction market clerk; the office
relocation project manager next to the removal van firm, the coworking space community desk and the
pet relocation agent (which shares a word); the parents of a child starting primary school next to
the parents of newborn twins, the school uniform outfitter, the school admissions appeal clerk and
the registered childminder; the pea vining harvest crew next to the combine harvester contractor,
the grape picking crew and the vineyard harvest crews; the powerboat racing team next to the jet
ski hire, the hovercraft registers and the drag racing strip officials; the PR agency press office
next to the PPC search ads agency, the magazine ad sales desk and the literary agent submissions
desk; the river ghillie fishing beat next to the salmon counting station, the fishing tackle shop,
the trout lake and the kayak river outfitter; the shopfitting contractor next to the trade show
stand builder, the fitted wardrobe installer and the shopping centre management office. Some of
this set's registers touch each other (the family hosting Christmas dinner, the family planning a
Florida trip, the grandparents doing holiday childcare and the parents of a child starting school
are all household situations; the container ship chief engineer, the North Sea trawler skipper and
the LNG import terminal all work with ships; the electric arc furnace melt shop, the car assembly
plant trim line and the lithium brine ponds are all industry); the judgement that they are
different trades or situations is this writer's. At the edges of the allowed ranges: line 643 is P
= "plain", 1000, 1288 and 1656 are section headers, 1060 is the blank line after unit_r(), 2950
opens the stated-weekday check and 3173 is the call of main(). No query text of any earlier set was
seen: main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; four plain items that the duplicate check reported as exact
repeats of earlier queries (their earlier counterparts unseen) were reworded, see below. Registers
of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an overlap in TOPIC
with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 96 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format, but ruff check failed with 110 ISC004 findings (implicit string concatenations,
unparenthesised, as elements of the ORDINARY tuples and of the conversation turns), the generator
stopped at main()'s duplicate check, which reported four plain one-liners by id as repeats of
earlier queries or user turns (ho97-calculator-plain-02, a percentage of a number;
ho97-units-plain-01, miles to kilometres; ho97-units-plain-06, stone and pounds to kilograms;
ho97-units-plain-08, bar to psi), and the list of lines over 99 characters named seven lines of 100
characters (strings that ruff format had indented). The four were reworded with new figures without
the earlier queries being looked at (18.5% of 7,264, 47 miles, 12 st 11 lb and 2.35 bar),
normalise.py merged the concatenations and fixlong.py was written, as told above. The second run
passed ruff format and ruff check and every check of the generator, with no line over 99 characters
(fixlong.py split 190 literals in its first pass and none in the next two). The register check, the
stated-weekday check, the counts, the gradability checks, this set's own structural asserts,
money()'s asserts and the weekday asserts of the date items passed on every run that reached them.
Before any run, as told above, two plain items were reworded so that calc() would accept them, one
unit item lost the word "within", and the furnace roof's life was changed so that the answer does
not fall on Christmas Day.

Registers (families), 25, new: camera_club_competition_secretary, car_assembly_plant_trim_line,
construction_materials_testing_lab, container_ship_chief_engineer,
drive_through_burger_restaurant_manager, electric_arc_furnace_melt_shop,
executive_assistant_diary_desk, family_hosting_christmas_dinner,
family_planning_florida_theme_park_trip, giant_vegetable_show_grower,
grandparents_doing_summer_holiday_childcare, grassroots_football_referee,
humanitarian_aid_convoy_logistician, lithium_brine_evaporation_ponds,
lng_import_terminal_control_room, mail_centre_night_sorting_shift,
mature_student_distance_learning_degree, north_sea_trawler_skipper,
office_relocation_project_manager, parents_of_child_starting_primary_school,
pea_vining_harvest_crew, powerboat_racing_team, pr_agency_press_office, river_ghillie_fishing_beat,
shopfitting_contractor. Every register is used by all three tools (asserted); eighteen distinct
registers have one further positive (a second calculator word problem:
drive_through_burger_restaurant_manager, family_hosting_christmas_dinner,
family_planning_florida_theme_park_trip, grandparents_doing_summer_holiday_childcare,
mature_student_distance_learning_degree, shopfitting_contractor; a second unit word problem:
electric_arc_furnace_melt_shop, giant_vegetable_show_grower, lithium_brine_evaporation_ponds,
lng_import_terminal_control_room, north_sea_trawler_skipper, powerboat_racing_team; a second date
word problem: executive_assistant_diary_desk, grassroots_football_referee,
office_relocation_project_manager, parents_of_child_starting_primary_school,
pea_vining_harvest_crew, pr_agency_press_office). The seven registers with three positives are
camera_club_competition_secretary, car_assembly_plant_trim_line,
construction_materials_testing_lab, container_ship_chief_engineer,
humanitarian_aid_convoy_logistician, mail_centre_night_sorting_shift and
river_ghillie_fishing_beat. Positives are one-liners (family "plain") or word problems of one to
three sentences, in UK usage with £ and pence, pounds, stone, feet, inches, yards, acres and miles,
one in euros (a convoy's diesel, written EUR) and two in US dollars (park tickets with sales tax
and a rental car with extras), with a US-style written date in two items (a plain six-weeks-before
question and a flight out, both with the computed weekday), and other touches (club entry fees, a
takt time over two shifts, cube testing with a collection fee and VAT, fuel from a specific
consumption, lane takings and a waste log, a heat's electricity, a dinner with service on
everything, a Christmas shop and a per-head split covering others' shares, a zoo trip with a free
under-3 and a voucher, a net saving after petrol, referee fees with mileage, a lithium content, a
cargo's send-out hours, machine hours, module fees with employer funding, a weighted score, a catch
less commission, crate hire by the week, a uniform with a sibling discount, hectares left to vine,
race costs, agency billing with VAT, rods less a week's discount, a fit-out with contingency, and
gondola ends with a trade discount and VAT); a mount, a conveyor, an oven, exhaust gas, a
drive-thru lane, a tap temperature, electrodes, a flight, a turkey, a forecast, a pumpkin and a
runner bean, a drive to the grandchildren, a pitch, a truck's height, ponds and brine, LNG and a
tank, a sorting belt, an upload, a trawl warp and the sea, an office floor, a walk to school, a
freezing tunnel, a boat's speed and hull, an image file, a salmon and a counter; Celsius and
Fahrenheit both ways, miles to kilometres, kilometres to miles, km/h to mph, m/s to km/h, mph to
km/h, bar to psi and psi to bar, GiB to MiB and KiB to MiB, square metres to square feet and square
feet to square metres, acres to square metres, hectares to acres, cubic metres to cubic feet and
cubic feet to cubic metres, kilograms to pounds, pounds to kilograms, stone and pounds to
kilograms, feet and inches to centimetres and to metres, inches to millimetres, millimetres to
inches, centimetres to inches, metres to feet, feet to metres and yards to metres), some chatty,
terse or lower-case, with questions at the start or the end, several terse commands and a few bare
expressions to complete. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 96: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary KiB/MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, a closure and a campaign with both days included, a fishing season
counting both days, a suspension counting the day after the match as day 1, 11, 13, 14, 16, 23, 28,
45, 46, 75, 84, 90, 100, 240, 365, 420 and 1,500 days after or before a date, 5, 6, 9, 13, 14 and
17 weeks after or before a date, weeks between two stated Mondays (a plain one-liner), hours
between two stated date-times (one plain item and a ship's passage), the weekday of a stated date
(two plain items), the weekday 4 days before Christmas Day 2027 and 16 days after a sailing, the
fourth Sunday, the third Thursday, the second Sunday and the last Friday of a stated month and
year, and a day of the year counting 1 January as day 1); the two ages are in whole years from a
stated date to a stated date, and the two clock spans run from one stated time to the next
occurrence of the other (both cross midnight, saying "the next morning"; both are in minutes).
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 96):
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

Run: /work/main/.venv/bin/python make_heldout_97.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's expected value, or --digest to print only the sha256 of the
output)"""

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
OUT = HERE / "heldout-2027-03-10.jsonl"
PREFIX = "ho97-"
# earlier generators: sets 1-96 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 97))
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
    """An amount of money, asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34") * 3) == dec("37.02") and money(F(5, 4)) == dec("1.25")

# registers: 25 new trades and situations
CAMERA = "camera_club_competition_secretary"
CARPLANT = "car_assembly_plant_trim_line"
MATLAB = "construction_materials_testing_lab"
SHIPENG = "container_ship_chief_engineer"
DRIVETHRU = "drive_through_burger_restaurant_manager"
ARCFURNACE = "electric_arc_furnace_melt_shop"
EXECPA = "executive_assistant_diary_desk"
XMAS = "family_hosting_christmas_dinner"
FLORIDA = "family_planning_florida_theme_park_trip"
GIANTVEG = "giant_vegetable_show_grower"
GRANNY = "grandparents_doing_summer_holiday_childcare"
REFEREE = "grassroots_football_referee"
CONVOY = "humanitarian_aid_convoy_logistician"
LITHIUM = "lithium_brine_evaporation_ponds"
LNG = "lng_import_terminal_control_room"
MAILCTR = "mail_centre_night_sorting_shift"
MATURE = "mature_student_distance_learning_degree"
TRAWLER = "north_sea_trawler_skipper"
OFFICEMOVE = "office_relocation_project_manager"
SCHOOLSTART = "parents_of_child_starting_primary_school"
PEAVINING = "pea_vining_harvest_crew"
POWERBOAT = "powerboat_racing_team"
PRDESK = "pr_agency_press_office"
GHILLIE = "river_ghillie_fishing_beat"
SHOPFIT = "shopfitting_contractor"
REGISTERS = (
    CAMERA,
    CARPLANT,
    MATLAB,
    SHIPENG,
    DRIVETHRU,
    ARCFURNACE,
    EXECPA,
    XMAS,
    FLORIDA,
    GIANTVEG,
    GRANNY,
    REFEREE,
    CONVOY,
    LITHIUM,
    LNG,
    MAILCTR,
    MATURE,
    TRAWLER,
    OFFICEMOVE,
    SCHOOLSTART,
    PEAVINING,
    POWERBOAT,
    PRDESK,
    GHILLIE,
    SHOPFIT,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "work out 4,306 x 27 for me", 4306 * 27)
calc(P, "Find 18.5% of 7,264.", pct("18.5") * 7264)
assert 286**2 == 81796
calc(P, "square root of 81796", 286)
assert 47**3 == 103823
calc(P, "cube root of 103,823?", 47)
calc(P, "(6,127 - 2,519) / 32 = ?", F(6127 - 2519, 32))
calc(P, "whats 3 to the power 11", 3**11)
calc(P, "£129.60 with 35% taken off, what do I pay", money(dec("129.60") * (1 - pct(35))))
calc(P, "Divide 2,184 by 0.64.", F(2184) / dec("0.64"))
calc(P, "add up 1,288 + 3,905 + 417 + 2,066 + 59", 1288 + 3905 + 417 + 2066 + 59)
calc(P, "what's five sixteenths of 3,472", F(5, 16) * 3472)
calc(P, "Mean of 23, 38, 41, 56 and 67?", F(23 + 38 + 41 + 56 + 67, 5))
calc(P, "Increase 4,150 by 7.2 percent", 4150 * (1 + pct("7.2")))
calc(P, "23.4 squared", dec("23.4") ** 2)
calc(P, "by what percent did 1,840 go up if it's now 2,047", F(2047 - 1840, 1840) * 100)

# register word problems
calc(
    CAMERA,
    (
        "Entry money for the annual club competition: prints are £4.50 each and projected images "
        "£2.75 each. 23 members put in 3 prints apiece and 41 members sent 4 projected images "
        "apiece. How much have I taken in fees?"
    ),
    money(23 * 3 * dec("4.50") + 41 * 4 * dec("2.75")),
)
calc(
    CARPLANT,
    (
        "Our trim line runs to a takt time of 58 seconds. With two shifts each giving 7 hours 15 "
        "minutes of running time and no stoppages, how many cars come off the end of the line?"
    ),
    F(2 * (7 * 3600 + 15 * 60), 58),
)
calc(
    MATLAB,
    (
        "invoice for the Harbour Road job: 3 site visits at a £35 collection fee each, 9 cubes "
        "crushed per visit at £18.40 a cube, then VAT at 20% on the lot. total please"
    ),
    money((3 * 35 + 27 * dec("18.40")) * (1 + pct(20))),
)
calc(
    SHIPENG,
    (
        "Main engine specific consumption is 162 g per kWh. We held 23,500 kW for a 26 hour "
        "passage between pilot stations. How many kilograms of fuel did that burn?"
    ),
    F(162 * 23500 * 26, 1000),
)
calc(
    DRIVETHRU,
    (
        "Lunch peak on the drive-thru lane: 1,284 cars served between 11 and 2, average order "
        "£9.35. What did the lane take in that window?"
    ),
    money(1284 * dec("9.35")),
)
calc(
    DRIVETHRU,
    (
        "Waste log for Tuesday close: 38 patties binned at £1.12 food cost each and 17 portions "
        "of fries at 41p each. What's the total cost of the waste?"
    ),
    money(38 * dec("1.12") + 17 * dec("0.41")),
)
calc(
    ARCFURNACE,
    (
        "One heat melts 140,000 kg of scrap and the furnace draws 0.41 kWh per kilogram. Power "
        "is costing us 9.8p per kWh on the current contract. Electricity cost of a single heat, "
        "in £?"
    ),
    money(140000 * dec("0.41") * dec("0.098")),
)
calc(
    EXECPA,
    (
        "I'm booking the leadership dinner: 11 covers at £68 a head, 5 bottles of wine at £42, "
        "and the restaurant adds 12.5% service to everything. What will the bill come to?"
    ),
    money((11 * 68 + 5 * 42) * (1 + pct("12.5"))),
)
calc(
    XMAS,
    (
        "Christmas shop so far - turkey at £9.80 a kilo and ours is 6.4 kg, three packs of pigs "
        "in blankets at £3.25, and the veg came to £11.67. What have I spent altogether?"
    ),
    money(dec("9.80") * dec("6.4") + 3 * dec("3.25") + dec("11.67")),
)
calc(
    XMAS,
    (
        "Christmas dinner cost £286 for the 13 of us and we're splitting it per head. My sister "
        "pays for her 4, my brother covers his 3 and I pick up everyone else. How much is my "
        "share?"
    ),
    money(F(286, 13) * (13 - 4 - 3)),
)
calc(
    FLORIDA,
    (
        "Park tickets are $139 per adult per day and $134 per child per day. There are 2 adults "
        "and 3 kids going for 4 days, and 6.5% sales tax goes on top. What's the total in "
        "dollars?"
    ),
    money((2 * 139 + 3 * 134) * 4 * (1 + pct("6.5"))),
)
calc(
    FLORIDA,
    (
        "rental car quote: $47.50 a day for 12 days, a one-off $89 for adding a second driver, "
        "and a booster seat at $18 a day that we only need for 9 of the days. how much is that"
    ),
    money(12 * dec("47.50") + 89 + 9 * 18),
)
calc(
    GIANTVEG,
    (
        "How much have I spent on the onion bed? 24 exhibition seeds at 85p each, one bag of "
        "feed at £14.99 and 3 bags of compost at £7.49."
    ),
    money(24 * dec("0.85") + dec("14.99") + 3 * dec("7.49")),
)
calc(
    GRANNY,
    (
        "Zoo trip with the grandchildren, who are 9, 6 and 2. Adults are £24.50, children £17.25 "
        "and under-3s go free. It's me and Grandad plus the three kids, and we've a £5 off "
        "voucher. What do we pay?"
    ),
    money(2 * dec("24.50") + 2 * dec("17.25") - 5),
)
calc(
    GRANNY,
    (
        "Having the kids saves their parents £38 a day of holiday club. We've had them 23 days "
        "so far and spent £61.40 on petrol ferrying them about. What's the family's net saving?"
    ),
    money(23 * 38 - dec("61.40")),
)
calc(
    REFEREE,
    (
        "My referee fees for October: 5 Sunday league games at £35, 7 junior games at £28, and "
        "travel at 45p a mile for 186 miles. What should the invoice total be?"
    ),
    money(5 * 35 + 7 * 28 + 186 * dec("0.45")),
)
calc(
    CONVOY,
    (
        "Fuel budget for the convoy: 7 trucks, each covering 1,350 km at 31 litres per 100 km, "
        "with diesel at EUR 1.62 a litre. How many euros of diesel is that?"
    ),
    money(7 * 1350 * F(31, 100) * dec("1.62")),
)
calc(
    LITHIUM,
    (
        "The brine we pump is 0.16% lithium by mass. If the wells deliver 2,450,000 kg of brine "
        "in a day, how many kilograms of lithium does that carry?"
    ),
    pct("0.16") * 2450000,
)
calc(
    LNG,
    (
        "The carrier brought 174,000 cubic metres and our send-out is 1,450 cubic metres per "
        "hour. How many hours to send the whole cargo out?"
    ),
    F(174000, 1450),
)
calc(
    MAILCTR,
    (
        "The letter sorter handles 36,000 items an hour and tonight's intake is 289,800 letters. "
        "How many hours of machine time is that, as a decimal?"
    ),
    F(289800, 36000),
)
calc(
    MATURE,
    (
        "I'm taking two 60-credit modules at £3,287 each and one 30-credit module at £1,643.50. "
        "My employer funds 40% of the fees. How much do I pay myself?"
    ),
    money((2 * 3287 + dec("1643.50")) * (1 - pct(40))),
)
calc(
    MATURE,
    (
        "My four assignment scores were 72, 65, 81 and 78, weighted 20%, 20%, 30% and 30%. "
        "What's my overall continuous assessment score?"
    ),
    72 * pct(20) + 65 * pct(20) + 81 * pct(30) + 78 * pct(30),
)
calc(
    TRAWLER,
    (
        "We landed 412 boxes of haddock that made £86 a box and 97 boxes of cod at £142 a box. "
        "The auction keeps 5% commission. What's the net to the boat?"
    ),
    money((412 * 86 + 97 * 142) * (1 - pct(5))),
)
calc(
    OFFICEMOVE,
    (
        "Crate hire for the move: 180 crates at £1.85 per crate per week, kept for 3 weeks, plus "
        "£45 delivery and £45 collection. Total hire cost?"
    ),
    money(180 * dec("1.85") * 3 + 45 + 45),
)
calc(
    SCHOOLSTART,
    (
        "School uniform order: 3 polo shirts at £6.50, 2 logo sweatshirts at £14.75, a book bag "
        "at £9.50 and the PE kit at £17.50. They take 10% off as our eldest is already there. "
        "What do we owe?"
    ),
    money((3 * dec("6.50") + 2 * dec("14.75") + dec("9.50") + dec("17.50")) * (1 - pct(10))),
)
calc(
    PEAVINING,
    (
        "Three viners each clear 1.8 hectares an hour and they ran for 16 hours straight. The "
        "block is 112 hectares. How many hectares are still to vine?"
    ),
    112 - 3 * dec("1.8") * 16,
)
calc(
    POWERBOAT,
    (
        "Costs for the round: race entry £1,250, 340 litres of fuel at £2.15, and 3 hotel rooms "
        "for 2 nights at £118 a room per night. Total?"
    ),
    money(1250 + 340 * dec("2.15") + 3 * 2 * 118),
)
calc(
    PRDESK,
    (
        "Billing for the launch account: 12.5 hours of account director time at £145 an hour and "
        "31.25 hours of exec time at £85 an hour, plus VAT at 20%. What's the invoice?"
    ),
    money((dec("12.5") * 145 + dec("31.25") * 85) * (1 + pct(20))),
)
calc(
    GHILLIE,
    (
        "A rod on the beat is £95 a day. Four rods want the full week of 6 fishing days, and a "
        "full week booking gets 10% off. What's the total for the party?"
    ),
    money(95 * 6 * 4 * (1 - pct(10))),
)
calc(
    SHOPFIT,
    (
        "Fit-out price for the new unit: 2,350 sq ft at £62.40 per sq ft, plus a 7.5% "
        "contingency on top. What figure goes in the tender?"
    ),
    money(2350 * dec("62.40") * (1 + pct("7.5"))),
)
calc(
    SHOPFIT,
    (
        "18 gondola ends at £214 each, less our 15% trade discount, then VAT at 20%. What's the "
        "supplier invoice?"
    ),
    money(18 * 214 * (1 - pct(15)) * (1 + pct(20))),
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
HA = 10**4  # m^2

assert IN / MM == dec("25.4") and CM / MM == 10 and MI / KM == dec("1.609344")
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and SQFT == dec("0.09290304")
assert CUFT == dec("0.028316846592") and MPH / KMH == dec("1.609344")
assert c_to_f(1640) == 2984 and f_to_c(-13) == -25

# plain one-liners
unit_r(P, "47 miles expressed in kilometres, please", 47 * MI / KM)
unit(P, "5 ft 7 in in centimetres?", (5 * FT + 7 * IN) / CM, EXACT)
unit(P, "What is -13 degrees Fahrenheit in Celsius?", f_to_c(-13), EXACT)
unit_r(P, "2.75 acres to square metres", dec("2.75") * ACRE)
unit_r(P, "How many square feet is 865 square metres?", 865 / SQFT)
unit_r(P, "my weight is 12 st 11 lb, what's that in kg", 12 * STONE + 11 * LB)
unit_r(P, "88 km/h in mph please", 88 * KMH / MPH)
unit_r(P, "Tyre at 2.35 bar - how many psi?", dec("2.35") * BAR / PSI)
unit_r(P, "how many inches is 735 mm", 735 * MM / IN)
unit(P, "48 GiB expressed in MiB", 48 * GIB / MIB, EXACT)
unit(P, "Convert 33 m/s to km/h.", 33 / KMH, EXACT)
unit_r(P, "640 cubic feet = how many cubic metres", 640 * CUFT)
unit_r(P, "5.5 hectares is how many acres?", dec("5.5") * HA / ACRE)
unit_r(P, "what's 37 psi in bar", 37 * PSI / BAR)

# register word problems
unit_r(
    CAMERA,
    (
        "The competition rules cap mounts at 20 inches on the long side. One entrant's mount is "
        "50 cm long. What's 50 cm in inches?"
    ),
    50 * CM / IN,
)
unit_r(
    CARPLANT,
    (
        "The trim line conveyor moves at 5.4 metres per minute. Our US visitors asked for it in "
        "feet per minute - what is it?"
    ),
    dec("5.4") / FT,
)
unit(
    MATLAB,
    (
        "We dry aggregate samples in the oven at 105 °C before sieving. The American client's "
        "method statement wants Fahrenheit. What's 105 °C in °F?"
    ),
    c_to_f(105),
    EXACT,
)
unit(
    SHIPENG,
    (
        "exhaust gas temp after the turbocharger is reading 385 °C. the superintendent in "
        "Houston wants it in Fahrenheit, what do I tell him"
    ),
    c_to_f(385),
    EXACT,
)
unit_r(
    DRIVETHRU,
    (
        "Our drive-through lane measures 68 metres from the order point to the exit. How long is "
        "that in feet?"
    ),
    68 / FT,
)
unit(
    ARCFURNACE,
    (
        "We tap the furnace at 1,640 °C. Convert that to degrees Fahrenheit for the visiting "
        "engineers."
    ),
    c_to_f(1640),
    EXACT,
)
unit(
    ARCFURNACE,
    "The graphite electrodes are 24 inches in diameter. What's that in millimetres?",
    24 * IN / MM,
    EXACT,
)
unit_r(
    EXECPA,
    (
        "My boss's flight from London to New York is 5,570 km. He only thinks in miles - how far "
        "is it in miles?"
    ),
    5570 * KM / MI,
)
unit_r(
    XMAS,
    (
        "The turkey I ordered weighs 6.4 kg but Mum's roasting chart is in pounds. How many "
        "pounds is 6.4 kg?"
    ),
    dec("6.4") / LB,
)
unit_r(
    FLORIDA,
    "Orlando forecast for our first day says a high of 91 °F. What's that in Celsius?",
    f_to_c(91),
)
unit_r(
    GIANTVEG,
    "The record pumpkin at the show this autumn weighed 1,207 lb. What is that in kilograms?",
    1207 * LB,
)
unit_r(
    GIANTVEG,
    (
        "My longest runner bean measured 81 cm on the bench. The schedule asks for inches - what "
        "does it come to?"
    ),
    81 * CM / IN,
)
unit_r(
    GRANNY,
    (
        "It's 212 km from our house to our daughter's, where we collect the grandchildren. How "
        "many miles is that?"
    ),
    212 * KM / MI,
)
unit_r(
    REFEREE,
    "The pitch at the rec is 112 yards long. How long is that in metres?",
    112 * YD,
)
unit_r(
    CONVOY,
    (
        "Our curtain-side trucks stand 13 feet 2 inches tall. What is that height in metres for "
        "the border crossing paperwork?"
    ),
    13 * FT + 2 * IN,
)
unit_r(
    LITHIUM,
    "The evaporation ponds on the salar cover 1,250 hectares in total. How many acres is that?",
    1250 * HA / ACRE,
)
unit(
    LITHIUM,
    "Brine in pond 6 measured 28 °C at midday. Give that in Fahrenheit.",
    c_to_f(28),
    EXACT,
)
unit(
    LNG,
    "Tank contents are held at -162 °C. What is -162 °C in degrees Fahrenheit?",
    c_to_f(-162),
    EXACT,
)
unit_r(
    LNG,
    "Storage tank 2 has a working capacity of 160,000 cubic metres. How many cubic feet is that?",
    160000 / CUFT,
)
unit(
    MAILCTR,
    "The main sorting belt runs at 2.5 metres per second. What's that in km/h?",
    dec("2.5") / KMH,
    EXACT,
)
unit(
    MATURE,
    (
        "The assignment upload limit is in MiB and my file shows as 23,552 KiB. How many MiB is "
        "my file?"
    ),
    23552 * KIB / MIB,
    EXACT,
)
unit_r(
    TRAWLER,
    "We shot 1,100 metres of warp on the last tow. How many feet is that?",
    1100 / FT,
)
unit(
    TRAWLER,
    "Sea surface temperature on the fishing ground was 8.5 °C. What is that in Fahrenheit?",
    c_to_f(dec("8.5")),
    EXACT,
)
unit_r(
    OFFICEMOVE,
    "The new office floor plate is 4,800 sq ft. How many square metres is that?",
    4800 * SQFT,
)
unit_r(
    SCHOOLSTART,
    "The walk from our front door to the school gate is 1.2 miles. What's that in kilometres?",
    dec("1.2") * MI / KM,
)
unit(
    PEAVINING,
    "Peas from the viners go through the freezing tunnel at -32 °C. Convert -32 °C to Fahrenheit.",
    c_to_f(-32),
    EXACT,
)
unit_r(
    POWERBOAT,
    "Our boat touched 96 mph on the measured mile. What's that in km/h?",
    96 * MPH / KMH,
)
unit_r(
    POWERBOAT,
    "The hull is 42 feet long. Give me that in metres for the entry form.",
    42 * FT,
)
unit_r(
    PRDESK,
    "The newswire caps attachments in MiB. Our hero image is 7,340 KiB - how many MiB is that?",
    7340 * KIB / MIB,
)
unit_r(
    GHILLIE,
    "A guest landed a 21 lb salmon on the Junction Pool. What's that in kilograms?",
    21 * LB,
)
unit_r(
    SHOPFIT,
    "The cash desk counter is 2.4 metres long. How long is it in feet?",
    dec("2.4") / FT,
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


def hours_between(a, b):
    """Hours from one stated date-time to a later one."""
    h = F(int((b - a).total_seconds()), 3600)
    assert h > 0, (a, b)
    return h


assert hours_between(DT(2030, 3, 4, 22, 0), DT(2030, 3, 5, 1, 30)) == F(7, 2)

# dates stated with their weekday below fall on the weekday intended
assert weekday(D(2026, 11, 14)) == "Saturday" and weekday(D(2026, 10, 6)) == "Tuesday"
assert weekday(D(2026, 7, 18)) == "Saturday" and weekday(D(2026, 7, 22)) == "Wednesday"
assert weekday(D(2026, 9, 3)) == "Thursday" and weekday(D(2026, 12, 17)) == "Thursday"
assert weekday(D(2026, 9, 2)) == "Wednesday" and weekday(D(2026, 10, 5)) == "Monday"
assert weekday(D(2027, 3, 1)) == "Monday" and weekday(D(2027, 6, 7)) == "Monday"
assert weekday(D(2026, 10, 9)) == "Friday"

# plain one-liners
date_item(P, "What day of the week was 23 August 1996?", weekday(D(1996, 8, 23)))
date_item(
    P,
    "How many days are there from 8 May 2026 to 29 November 2026?",
    days(D(2026, 5, 8), D(2026, 11, 29)),
)
date_item(P, "what date is 365 days after 12 June 2027", D(2027, 6, 12) + TD(days=365))
date_item(P, "Date 100 days before 17 January 2028?", D(2028, 1, 17) - TD(days=100))
date_item(P, "Which date is 13 weeks after 26 August 2026?", D(2026, 8, 26) + TD(weeks=13))
date_item(
    P,
    f"how many weeks are there between {sayw(D(2027, 3, 1))} and {sayw(D(2027, 6, 7))}",
    weeks(D(2027, 3, 1), D(2027, 6, 7)),
)
date_item(P, "What day of the week will 4 July 2031 fall on?", weekday(D(2031, 7, 4)))
date_item(
    P,
    "How many hours is it from 07:30 on 3 May 2027 to 16:45 on 5 May 2027?",
    hours_between(DT(2027, 5, 3, 7, 30), DT(2027, 5, 5, 16, 45)),
)
date_item(P, "minutes from 23:10 to 06:35 the next morning?", clock_span("23:10", "06:35", 60))
date_item(P, "what's the fourth Sunday in November 2026", nth_weekday(2026, 11, SUN, 4))
date_item(
    P,
    "Counting 1 January as day 1, what day of the year is 19 August 2027?",
    days(D(2027, 1, 1), D(2027, 8, 19)) + 1,
)
date_item(
    P,
    "Someone born on 30 November 1987 - how old are they on 15 March 2027?",
    age(D(1987, 11, 30), D(2027, 3, 15)),
)
date_item(P, "What date falls 1,500 days after 2 February 2026?", D(2026, 2, 2) + TD(days=1500))
date_item(
    P,
    f"What was the date 6 weeks before {sayus(D(2026, 10, 9))}?",
    D(2026, 10, 9) - TD(weeks=6),
)

# register word problems
date_item(
    CAMERA,
    (
        f"Judging night for the print competition is {sayw(D(2026, 11, 14))} and entries close 23 "
        "days before that. What date do entries close?"
    ),
    D(2026, 11, 14) - TD(days=23),
)
date_item(
    CARPLANT,
    (
        "Pre-series build for the new model starts on 9 March 2027, and start of production is "
        "17 weeks after that. What date is start of production?"
    ),
    D(2027, 3, 9) + TD(weeks=17),
)
date_item(
    MATLAB,
    (
        f"Cubes cast on {sayw(D(2026, 10, 6))} get crushed at 7 days and at 28 days. Which date "
        "is the 28-day crush?"
    ),
    D(2026, 10, 6) + TD(days=28),
)
date_item(
    SHIPENG,
    (
        "We sailed from Singapore at 06:00 on 12 January 2027 and picked up the Rotterdam pilot "
        "at 18:00 on 10 February 2027, ship's time throughout. How many hours was the passage?"
    ),
    hours_between(DT(2027, 1, 12, 6, 0), DT(2027, 2, 10, 18, 0)),
)
date_item(
    DRIVETHRU,
    (
        "The drive-thru lane is shut for resurfacing from 3 August 2026 to 21 August 2026, both "
        "days included. How many days is it shut for?"
    ),
    days(D(2026, 8, 3), D(2026, 8, 21)) + 1,
)
date_item(
    ARCFURNACE,
    (
        "We relined the furnace roof on 19 April 2027. The previous roof lasted 240 days. If the "
        "new one lasts exactly as long, on what date is it due for relining?"
    ),
    D(2027, 4, 19) + TD(days=240),
)
date_item(
    EXECPA,
    "The board meets on the third Thursday of every month. What date is the June 2027 meeting?",
    nth_weekday(2027, 6, THU, 3),
)
date_item(
    EXECPA,
    (
        "Travel policy says the CEO's long-haul flights must be booked 46 days ahead. The "
        "conference opens on 2 September 2027. What's the last date I can book?"
    ),
    D(2027, 9, 2) - TD(days=46),
)
date_item(
    XMAS,
    (
        "The turkey has to come out of the freezer 4 days before Christmas Day 2027 to thaw in "
        "the fridge. What day of the week is that?"
    ),
    weekday(D(2027, 12, 25) - TD(days=4)),
)
date_item(
    FLORIDA,
    f"We fly out on {sayus(D(2026, 7, 18))} and we've booked 14 nights. What date do we fly home?",
    D(2026, 7, 18) + TD(days=14),
)
date_item(
    GIANTVEG,
    (
        "I sowed the giant pumpkin seed on 19 April 2027 and the weigh-in is on 2 October 2027. "
        "How many days from sowing to weigh-in?"
    ),
    days(D(2027, 4, 19), D(2027, 10, 2)),
)
date_item(
    GRANNY,
    (
        f"The grandchildren break up on {sayw(D(2026, 7, 22))} and go back on "
        f"{sayw(D(2026, 9, 3))}. How many days is it from the one date to the other?"
    ),
    days(D(2026, 7, 22), D(2026, 9, 3)),
)
date_item(
    REFEREE,
    "Our league's first fixtures are on the second Sunday of September 2026. What date is that?",
    nth_weekday(2026, 9, SUN, 2),
)
date_item(
    REFEREE,
    (
        "I sent a player off on 17 October 2026. His 28-day suspension counts the day after the "
        "match as day 1. What date is day 28?"
    ),
    D(2026, 10, 17) + TD(days=28),
)
date_item(
    CONVOY,
    (
        "The convoy leaves the depot on 2 March 2027 and the route plan allows 11 days to reach "
        "the warehouse. What's the planned arrival date?"
    ),
    D(2027, 3, 2) + TD(days=11),
)
date_item(
    LITHIUM,
    (
        "Brine went into the first pond on 15 June 2026 and the pond sequence takes 420 days to "
        "concentrate it. On what date will it be ready for the plant?"
    ),
    D(2026, 6, 15) + TD(days=420),
)
date_item(
    LNG,
    (
        "The next cargo is scheduled 45 days after the delivery of 27 November 2026. Which date "
        "is that?"
    ),
    D(2026, 11, 27) + TD(days=45),
)
date_item(
    MAILCTR,
    (
        f"Last posting day for second class before Christmas is {sayw(D(2026, 12, 17))}. Peak "
        "night shifts start 5 weeks before that. What date is the first peak shift?"
    ),
    D(2026, 12, 17) - TD(weeks=5),
)
date_item(
    MATURE,
    (
        "I want to start revising exactly 75 days before my exam on 4 June 2027. What date "
        "should I start?"
    ),
    D(2027, 6, 4) - TD(days=75),
)
date_item(
    TRAWLER,
    "We sailed on 8 January 2027 for a 16-day trip. What day of the week do we land?",
    weekday(D(2027, 1, 8) + TD(days=16)),
)
date_item(
    OFFICEMOVE,
    (
        "Our lease ends on 31 March 2027 and the break clause wants notice served 90 days before "
        "that date. What's the last date we can serve it?"
    ),
    D(2027, 3, 31) - TD(days=90),
)
date_item(
    OFFICEMOVE,
    (
        "The removal firm can only do our move on the last Friday of February 2027. What date is "
        "that?"
    ),
    nth_weekday(2027, 2, FRI, -1),
)
date_item(
    SCHOOLSTART,
    (
        "Our son was born on 13 January 2022. How old will he be on his first day at school, 2 "
        "September 2026?"
    ),
    age(D(2022, 1, 13), D(2026, 9, 2)),
)
date_item(
    SCHOOLSTART,
    (
        f"Term starts on {sayw(D(2026, 9, 2))} and half term begins on 23 October 2026. How many "
        "days is that from the first date to the second?"
    ),
    days(D(2026, 9, 2), D(2026, 10, 23)),
)
date_item(
    PEAVINING,
    (
        "We drilled the first field on 7 April 2027 and this variety takes 84 days to reach "
        "vining. What date should we expect to vine it?"
    ),
    D(2027, 4, 7) + TD(days=84),
)
date_item(
    PEAVINING,
    (
        "The night crew started vining at 21:35 and stopped at 05:50 the next morning. How many "
        "minutes is that?"
    ),
    clock_span("21:35", "05:50", 60),
)
date_item(
    POWERBOAT,
    (
        "Round 1 of the championship is on 30 May 2027 and round 5 is 9 weeks later. What date "
        "is round 5?"
    ),
    D(2027, 5, 30) + TD(weeks=9),
)
date_item(
    PRDESK,
    (
        "The press release goes out 13 days before the product launch on 19 May 2027. Which date "
        "does it go out?"
    ),
    D(2027, 5, 19) - TD(days=13),
)
date_item(
    PRDESK,
    (
        "The client's spring campaign runs from 1 March 2027 to 30 April 2027 with both days "
        "included. How many days is that?"
    ),
    days(D(2027, 3, 1), D(2027, 4, 30)) + 1,
)
date_item(
    GHILLIE,
    (
        "Salmon fishing on our river opens on 11 February 2027 and closes on 31 October 2027. "
        "How many days is it open, counting both of those days?"
    ),
    days(D(2027, 2, 11), D(2027, 10, 31)) + 1,
)
date_item(
    SHOPFIT,
    (
        f"We start on site on {sayw(D(2026, 10, 5))} and the programme gives 14 weeks to "
        "handover. What date is handover?"
    ),
    D(2026, 10, 5) + TD(weeks=14),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, each needing advice, explanation, judgement, rules or
# writing in that register's setting
ORDINARY = {
    CAMERA: (
        (
            "Write a friendly reminder to club members that entries for the landscape round "
            "close on Friday and that every image must be entirely their own work."
        ),
        (
            "How should our judge treat a nature entry that looks heavily composited when the "
            "rules say only minor adjustments are allowed?"
        ),
        (
            "What's the real difference between entering a print and entering a projected image "
            "in club competitions, and why do some members swear by prints?"
        ),
        (
            "Suggest five set subjects for next season's competitions that would stretch our "
            "beginners without boring the old hands."
        ),
    ),
    CARPLANT: (
        (
            "Explain what the andon cord is for on our trim line and how I should coach new "
            "starters to pull it without feeling they're getting someone into trouble."
        ),
        (
            "We keep finding door trim clips missing on the left-hand side only. How would you "
            "run a 5 Whys session on that with the team?"
        ),
        "Draft a short toolbox talk about manual handling when fitting headliners.",
        (
            "Is it better to rotate operators between trim stations every couple of hours or "
            "keep them on one job all shift? Give me the pros and cons."
        ),
    ),
    MATLAB: (
        (
            "Why do some concrete cubes fail explosively instead of the usual hourglass shape, "
            "and does an odd failure change how we report the result?"
        ),
        (
            "Write a polite email to a site manager explaining that three of his cubes arrived "
            "cracked in the mould and can't be tested."
        ),
        (
            "What are the main sources of error when we do a particle size distribution by dry "
            "sieving?"
        ),
        (
            "Cubes sometimes arrive late on a Friday. How should we look after them so they're "
            "still valid for testing on Monday?"
        ),
    ),
    SHIPENG: (
        (
            "Scavenge air temperature on our two-stroke main engine has been creeping up all "
            "week. What are the likely causes and what should I check first?"
        ),
        (
            "Write a handover note for the relieving chief covering the purifier trouble we've "
            "had this voyage."
        ),
        (
            "Explain shore power versus running the auxiliary engines in port, simply enough for "
            "a first-trip cadet."
        ),
        (
            "How do I tell the superintendent we need dry dock earlier than planned without "
            "sounding alarmist?"
        ),
    ),
    DRIVETHRU: (
        (
            "How can I bring our drive-thru window times down without the crew rushing and "
            "getting orders wrong?"
        ),
        (
            "Write a message for the crew group chat explaining that headsets must be worn at "
            "all times on the lane."
        ),
        (
            "A customer shouted at one of my 17-year-olds at the pay window. How should I "
            "support her, and what do I say if he comes back?"
        ),
        (
            "What's the best layout for a two-lane drive-thru so orders don't get swapped where "
            "the lanes merge?"
        ),
    ),
    ARCFURNACE: (
        (
            "Explain what foamy slag does in an electric arc furnace and why we inject carbon "
            "and oxygen to get it."
        ),
        (
            "Write a safety bulletin about last night's water leak near the furnace shell and "
            "what crews must do if they ever see steam there."
        ),
        "What causes electrode breakages, and how could our scrap charging practice reduce them?",
        (
            "Our scrap supplier keeps letting sealed containers through in the shredded grade. "
            "How should I raise it with them?"
        ),
    ),
    EXECPA: (
        (
            "My boss keeps double-booking himself from his phone. How can I set up his calendar "
            "so it stops happening without offending him?"
        ),
        (
            "Write a polite decline to a conference speaking invitation on behalf of our CEO, "
            "leaving the door open for another year."
        ),
        (
            "What's the etiquette for seating a visiting ambassador and our chairman at a formal "
            "dinner?"
        ),
        (
            "Three directors all want the same boardroom slot on Thursday morning. How do I "
            "decide who gets it without making enemies?"
        ),
    ),
    XMAS: (
        "How do I stop the turkey breast drying out before the legs are cooked through?",
        (
            "Write a cheerful message for the family group chat asking everyone what they're "
            "bringing on Christmas Day."
        ),
        (
            "My mother-in-law and my dad don't get on. How should I do the seating plan to keep "
            "the peace at dinner?"
        ),
        (
            "Give me a cooking timeline so everything's on the table at 2pm, with one oven and "
            "four rings."
        ),
    ),
    FLORIDA: (
        (
            "Which Orlando parks suit a family with a 4-year-old and a 12-year-old who's mad "
            "about roller coasters?"
        ),
        (
            "What should we pack for Florida in late July with kids, and what do people usually "
            "forget?"
        ),
        (
            "Is the skip-the-queue pass worth paying for, or should we just be at the gates for "
            "opening?"
        ),
        "How do we keep the kids safe in the hotel pool and at the water parks? Any tips?",
    ),
    GIANTVEG: (
        "How do I stop my giant pumpkin splitting when it's piling on weight in late summer?",
        (
            "Write a short piece for the village newsletter about the giant veg classes at the "
            "autumn show."
        ),
        "What's the best way to get a giant marrow onto the show bench without bruising it?",
        (
            "Are judges allowed to cut into an exhibit at a produce show, and how would I find "
            "out what our society's rules say?"
        ),
    ),
    GRANNY: (
        (
            "Give me some rainy-day ideas for a 9-year-old, a 6-year-old and a toddler that "
            "don't cost much."
        ),
        (
            "How do I handle it when the grandchildren say 'Mum lets us' about screen time and I "
            "don't agree with her?"
        ),
        (
            "Write a kind note to our daughter explaining we can't do the last week of August "
            "because we're away."
        ),
        "Is a long car journey in a heatwave okay for a toddler, and how do we keep her cool?",
    ),
    REFEREE: (
        (
            "What's the difference between a careless, a reckless and an excessive force "
            "challenge under the Laws of the Game?"
        ),
        (
            "A manager shouted at me from the touchline for the whole second half. How should I "
            "word it in my misconduct report?"
        ),
        (
            "Where should I stand for corners when I've got no assistant referees, just club "
            "linesmen?"
        ),
        (
            "Write a message to the league secretary saying I can't cover Sunday's game because "
            "of a family funeral."
        ),
    ),
    CONVOY: (
        (
            "What documents do aid trucks usually need at a land border, and who should I check "
            "the current requirements with?"
        ),
        (
            "Write a briefing note for our drivers on what to do if they are stopped at an "
            "unofficial checkpoint."
        ),
        (
            "We have more medical supplies than space and the food is urgent too. How should we "
            "decide what goes on the trucks?"
        ),
        (
            "Explain the difference between a humanitarian corridor and a ceasefire in plain "
            "words for new volunteers."
        ),
    ),
    LITHIUM: (
        (
            "Why do we add lime to the brine at one stage of the pond sequence? Explain the "
            "chemistry simply."
        ),
        (
            "Write a short update for the community meeting about our water use and how we "
            "monitor the aquifer."
        ),
        (
            "What are the main environmental worries about brine extraction on salt flats, and "
            "how are operators trying to address them?"
        ),
        (
            "How do I train new pond operators to recognise when a pond is getting close to "
            "saturation?"
        ),
    ),
    LNG: (
        (
            "Explain what boil-off gas is and why the terminal has to deal with it even when "
            "nothing is being sent out."
        ),
        (
            "Write the shift handover summary for a night with no ship alongside but a boil-off "
            "compressor trip at 03:00 that was reset at 03:40."
        ),
        (
            "What should a control room operator's first actions be when a gas detector alarms "
            "in the vaporiser area?"
        ),
        (
            "How do I explain rollover in LNG storage tanks to a new operator, and what are the "
            "warning signs?"
        ),
    ),
    MAILCTR: (
        (
            "The sorting machine keeps rejecting handwritten envelopes. What are the usual "
            "reasons and what can we do about it?"
        ),
        "Write a thank-you message to the night shift after the busiest week of the year.",
        "How should we handle an item leaking an unknown liquid on the sorting belt?",
        "What's the fairest way to share out overtime across the team during the Christmas peak?",
    ),
    MATURE: (
        "How do I juggle a full-time job, two kids and a 60-credit module without burning out?",
        "Can you explain what 'critically evaluate' means in an essay question, with an example?",
        (
            "Write an email to my tutor asking for an extension because my mum has just gone "
            "into hospital."
        ),
        (
            "Is it worth switching from a BA to a BSc pathway halfway through if I've discovered "
            "I actually like statistics?"
        ),
    ),
    TRAWLER: (
        "What should I check on the trawl doors before we shoot away again after a heavy tow?",
        (
            "Write a message to the crew's families explaining we're sheltering from the gale "
            "and will be two days late."
        ),
        "How do I deal with a deckhand who has been drinking on watch?",
        "Explain how a square mesh panel lets undersized haddock escape from the trawl.",
    ),
    OFFICEMOVE: (
        "What should be on our office move checklist for the IT side of things?",
        "Write an all-staff email announcing the move date and what everyone needs to pack.",
        "How do we decide between hot-desking and fixed desks in the new building?",
        (
            "Some staff are unhappy that the new office adds to their commute. How should "
            "managers handle those conversations?"
        ),
    ),
    SCHOOLSTART: (
        "How can we help our son settle into reception if he gets upset at drop-off?",
        "What should go in his book bag for the first week at school?",
        (
            "Write a short note to his teacher about his peanut allergy and who to call if "
            "anything happens."
        ),
        (
            "Is it normal for a four-year-old to be exhausted and grumpy after school for the "
            "first few weeks?"
        ),
    ),
    PEAVINING: (
        (
            "Why does the factory insist on peas being frozen so soon after vining? Explain the "
            "sugar and starch side of it."
        ),
        (
            "Write a notice for the viner drivers about not going onto the public road with mud "
            "on the wheels."
        ),
        (
            "How do we judge when a field is ready, and what does the tenderometer reading "
            "actually tell us?"
        ),
        (
            "We've had a viner catch fire in the field before. What fire precautions should I "
            "brief the crew on?"
        ),
    ),
    POWERBOAT: (
        "How should we set the trim tabs for a choppy course compared with flat water?",
        "Write a post for our sponsors about finishing second at the weekend.",
        (
            "What safety kit does the crew need in the cockpit for offshore racing, generally "
            "speaking?"
        ),
        (
            "Our throttleman and driver keep arguing over the intercom during races. How should "
            "the team deal with it?"
        ),
    ),
    PRDESK: (
        (
            "Write a press release announcing a new recycled-material trainer range for a "
            "mid-size sports brand."
        ),
        (
            "A journalist broke our embargo by a day. How should we respond to the outlet and to "
            "the client?"
        ),
        "What makes a good pitch email to a busy consumer editor?",
        (
            "A negative post about our client is going viral overnight. How should we handle it "
            "before the morning?"
        ),
    ),
    GHILLIE: (
        "Which fly would you suggest for a falling river with a bit of colour in it in September?",
        "How do I teach a complete beginner to Spey cast in a single morning?",
        "Write a short welcome note for guests arriving at the fishing lodge next week.",
        "What's the best way to handle and release a salmon so it swims off strongly?",
    ),
    SHOPFIT: (
        (
            "How should we sequence the fit-out so the new flooring isn't wrecked by the other "
            "trades?"
        ),
        (
            "Write an email to the client explaining why the cash desk delivery has slipped by a "
            "week."
        ),
        (
            "What should we look for in a landlord's fit-out guide before pricing a unit in a "
            "shopping centre?"
        ),
        (
            "For a small boutique, is it better to build the joinery off-site in our workshop or "
            "on-site?"
        ),
    ),
}
for _family, _queries in ORDINARY.items():
    for _q in _queries:
        neg(_family, _q)


# near-positive negatives: they look like sums, conversions or date questions but need live
# data, rules, a missing figure or constant, an estimate, a judgement, writing or code
NEAR: list[str] = []


def near(family, query, note):
    assert family.startswith("near-") and note, family
    NEAR.append(family)
    neg(family, query, note)


near(
    "near-fx-dollars-to-pounds",
    "How much is $2,896.80 in pounds at today's exchange rate?",
    "needs a live exchange rate",
)
near(
    "near-diesel-pump-price-abroad",
    "What will 2,929.5 litres of diesel cost us at current pump prices in Romania?",
    "needs current fuel prices in another country",
)
near(
    "near-lithium-carbonate-spot",
    "What are 3,920 kg of battery-grade lithium carbonate worth at this week's spot price?",
    "needs a live commodity price",
)
near(
    "near-lng-cargo-value",
    "Roughly what is a 174,000 cubic metre LNG cargo worth at today's gas prices?",
    "needs live gas prices and an energy content per cubic metre that is not given",
)
near(
    "near-haddock-market-price",
    "What's haddock making per box at Peterhead this morning?",
    "needs live auction prices",
)
near(
    "near-scrap-going-rate",
    "How much would 140,000 kg of shredded scrap cost us at the going rate?",
    "needs a current scrap price",
)
near(
    "near-turkey-roasting-time",
    "How long should a 6.4 kg turkey go in the oven for?",
    "cooking guidance, not an exact sum; depends on oven, stuffing and method",
)
near(
    "near-cube-strength-gain",
    "My 7-day cubes broke at 28 N/mm2. What will they be at 28 days?",
    "an estimate; the strength gain depends on cement type and curing, not given",
)
near(
    "near-pea-yield-from-area",
    "How many kilos of peas will 112 hectares give us this season?",
    "missing yield per hectare; needs an estimate",
)
near(
    "near-salmon-weight-from-length",
    "A guest's salmon measured 92 cm before release. About how heavy was it?",
    "needs an empirical length-weight formula and condition factor",
)
near(
    "near-referee-distance-covered",
    "How many kilometres does a referee cover in a 90 minute grassroots match?",
    "an estimate from studies, not a calculation",
)
near(
    "near-powerboat-race-fuel",
    "How much fuel will we burn on a 50 mile race at full chat?",
    "missing fuel consumption figure",
)
near(
    "near-airport-to-beach-drive",
    (
        "How long does it take to drive from Orlando airport to Clearwater Beach on a Saturday "
        "afternoon?"
    ),
    "needs looked-up distance and traffic judgement",
)
near(
    "near-school-start-summer-birthday",
    (
        "Our daughter was born on 31 August 2022. Which September does she start reception in "
        "England, and can we defer her?"
    ),
    "admissions rules and the summer-born deferral policy",
)
near(
    "near-second-yellow-ban",
    "How many matches is a player banned for after a second yellow in Sunday league?",
    "county FA disciplinary rules",
)
near(
    "near-referee-mileage-tax",
    (
        "Can I claim 45p a mile against tax for my 186 miles of refereeing travel, and how much "
        "would I get back?"
    ),
    "tax rules and the claimant's tax position",
)
near(
    "near-part-time-loan-repayment",
    "How much will I repay each month on my part-time tuition loan if I earn £31,000?",
    "current repayment plan thresholds and rates",
)
near(
    "near-break-notice-service",
    (
        "Our lease break date is 31 March 2027. Does a break notice sent by email count, and "
        "when is it treated as received?"
    ),
    "legal rules on serving notices under the lease",
)
near(
    "near-christmas-posting-dates",
    "What's the last posting date for first class before Christmas 2026?",
    "needs the postal operator's published dates",
)
near(
    "near-hurricane-odds-orlando",
    "What are the chances of a hurricane hitting Orlando during our two weeks at the end of July?",
    "climatology estimate and judgement",
)
near(
    "near-florida-uk-time-difference",
    "When it's 9pm in Orlando on 25 July, what time is it back home in Manchester?",
    "time zones and summer time rules",
)
near(
    "near-electrode-consumption",
    "How many kilograms of graphite electrode will we use melting a 140,000 kg heat?",
    "missing electrode consumption rate",
)
near(
    "near-lng-boil-off-loss",
    "How many cubic metres will boil off from a full 160,000 cubic metre tank over 30 days?",
    "missing boil-off rate for the tank",
)
near(
    "near-pond-evaporation-rate",
    "How quickly will pond 6 lose water with the wind we get on the salar in January?",
    "an estimate depending on weather data not given",
)
near(
    "near-container-ship-live-eta",
    "What's the current ETA of the MSC Aurelia into Felixstowe?",
    "needs live vessel tracking",
)
near(
    "near-rain-forecast-vining",
    "Will it rain on the pea fields east of Hull overnight on Thursday?",
    "needs a live weather forecast",
)
near(
    "near-sea-area-wave-forecast",
    "What wave heights are forecast in sea area Fisher for Thursday?",
    "needs a live shipping forecast",
)
near(
    "near-school-inspection-rating",
    "What rating did St Mary's primary in Beverley get at its last inspection?",
    "needs looked-up inspection reports",
)
near(
    "near-regex-uk-postcode",
    "Write a regex that checks UK postcodes for our sorting exceptions log.",
    "code writing",
)
near(
    "near-python-takt-function",
    (
        "Write a Python function that turns a daily car target and shift length into a takt time "
        "in seconds."
    ),
    "code writing",
)
near(
    "near-spreadsheet-billing-formula",
    "What Excel formula would total our hours by staff grade and multiply each by its own rate?",
    "formula writing for a sheet not shown",
)
near(
    "near-move-carbon-footprint",
    "What's the carbon footprint of moving 180 crates 12 miles by van?",
    "missing emission factors and loads",
)
near(
    "near-flight-co2-estimate",
    "How much CO2 is a return business class flight from London to New York?",
    "an estimate using emission factors not given",
)
near(
    "near-christmas-plate-energy",
    "How many calories are in a typical Christmas dinner plate with all the trimmings?",
    "a nutritional estimate",
)
near(
    "near-uniform-price-judgement",
    "Is £68.40 a fair price for a starter school uniform or are we being ripped off?",
    "a judgement about prices",
)
near(
    "near-degree-classification",
    "I'm averaging 75.1 across my modules. What degree classification does that get me?",
    "depends on the university's classification rules",
)
near(
    "near-future-module-fee",
    "How much will a 60-credit module cost in 2028?",
    "future fees are not known; needs a forecast",
)
near(
    "near-vat-on-school-uniform",
    "Is VAT charged on school uniform for a four-year-old, and does the logo make a difference?",
    "VAT rules",
)
near(
    "near-pumpkin-world-record",
    "What's the current world record for the heaviest pumpkin?",
    "needs a looked-up record",
)
near(
    "near-pumpkin-growth-forecast",
    "My pumpkin was 400 lb on 1 September. How heavy will it be at the weigh-in on 2 October?",
    "a growth forecast with no given rate",
)
near(
    "near-rod-licence-price",
    "How much is a season salmon rod licence for someone over 65?",
    "needs current licence prices",
)
near(
    "near-salmon-keep-rules",
    "Are we allowed to keep a salmon caught in March on the Tay?",
    "fishery conservation regulations",
)
near(
    "near-powerboat-speed-record",
    "What's the fastest speed ever recorded in an offshore powerboat race?",
    "needs a looked-up record",
)
near(
    "near-shopfront-lead-time",
    "How long does it take to get a bespoke glazed shopfront made and fitted?",
    "an estimate of lead times",
)
near(
    "near-stockroom-fire-rating",
    (
        "Does the partition between the shop floor and the stockroom need to be fire rated, and "
        "for how many minutes?"
    ),
    "building regulations and fire strategy",
)
near(
    "near-drive-thru-planning",
    "Do I need planning permission to add a second order point to our drive-thru lane?",
    "planning rules",
)
near(
    "near-burger-core-temperature",
    "What core temperature does a beef burger legally have to reach in a UK restaurant?",
    "food safety guidance and rules",
)
near(
    "near-youth-minimum-wage",
    "What's the hourly minimum wage for a 17-year-old crew member?",
    "current statutory rates",
)
near(
    "near-grandparent-ni-credits",
    (
        "Can grandparents get National Insurance credits for looking after the grandchildren, "
        "and how do we apply?"
    ),
    "benefit and pension rules",
)
near(
    "near-holiday-club-going-rate",
    "What does a holiday club charge per day in Leeds on average?",
    "needs looked-up local prices",
)
near(
    "near-zoo-family-ticket-price",
    "How much are tickets at Chester Zoo for two adults and three children in August?",
    "needs current ticket prices",
)
near(
    "near-quietest-park-day",
    "Which day of the week is quietest at Magic Kingdom in July?",
    "crowd data and judgement",
)
near(
    "near-drone-beach-rules",
    "Can our club members fly a drone over the beach for the landscape round?",
    "drone regulations and local byelaws",
)
near(
    "near-print-resolution-choice",
    "What resolution do I need for a 20 by 16 inch competition print to look sharp?",
    "a judgement on print resolution; no pixels per inch given",
)
near(
    "near-steel-grade-chemistry",
    "What's the maximum carbon content allowed for S355J2 plate?",
    "needs the steel standard",
)
near(
    "near-concrete-water-cement-ratio",
    "What water-cement ratio should we aim for to hit C40/50?",
    "mix design guidance, not a calculation",
)
near(
    "near-bunker-port-choice",
    "Should we bunker in Singapore or Rotterdam on the next voyage, going by current prices?",
    "needs live bunker prices and a judgement",
)
near(
    "near-eca-sulphur-limit",
    "What's the sulphur limit for fuel burned in the North Sea emission control area?",
    "MARPOL rules",
)
near(
    "near-haddock-quota-left",
    "How much North Sea haddock quota does our producer organisation have left?",
    "needs live quota uptake data",
)
near(
    "near-press-release-word-count",
    "How many words should a product launch press release be?",
    "a judgement about writing",
)
near(
    "near-ad-value-equivalent",
    "What's the advertising value equivalent of a half-page story in a national Sunday paper?",
    "needs current rate cards and a judgement",
)
near(
    "near-aid-generator-carnet",
    "Do we need an ATA carnet to take generators into Moldova for an aid project?",
    "customs rules",
)
near(
    "near-food-box-family-weeks",
    "How many families will 7,392 food boxes feed for a month?",
    "missing box contents and family needs",
)
near(
    "near-lithium-to-carbonate",
    "How much lithium carbonate can we make from 3,920 kg of lithium?",
    "needs molar masses and a process recovery not given",
)
near(
    "near-trim-line-oee-judgement",
    "Is 72% OEE good for a car trim line?",
    "a judgement against benchmarks",
)


# conversations: each last user turn needs figures, rules or text from the earlier turns, or
# asks for writing, judgement or explanation
CONVS: list[str] = []


def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    assert len(turns) >= 3 and turns[0][0] == U and turns[-1][0] == U, family
    for k, (role, _text) in enumerate(turns):
        assert role == (U if k % 2 == 0 else A), family
    CONVS.append(family)
    conv(family, turns, note)


convo(
    "conv-club-round-results",
    [
        (
            U,
            (
                "Scores for the open round, out of 60: Pat 54, Ines 57, Dev 57, Hamid 51, Ruth "
                "46. Ines and Dev had their images judged by the same judge on the same night."
            ),
        ),
        (A, "Thanks. Ines and Dev are tied at the top on 57, then Pat on 54."),
        (
            U,
            (
                "Write the results paragraph for the club newsletter, and handle the tie at the "
                "top tactfully."
            ),
        ),
    ],
    "writing from the earlier scores",
)
convo(
    "conv-line-balance-station",
    [
        (
            U,
            (
                "Station 4 has: fit headliner 41 s, route roof harness 22 s, clip grab handles 9 "
                "s. Station 5 has: sun visors 18 s, A-pillar trims 26 s. Takt is 58 s."
            ),
        ),
        (A, "Station 4 adds up to 72 s, over takt, and station 5 to 44 s, with spare time."),
        (U, "Which task would you move to station 5, and what could go wrong if we do it?"),
    ],
    "judgement on the earlier task times",
)
convo(
    "conv-cube-compliance",
    [
        (
            U,
            (
                "Three 28-day cubes from pour 12 came back at 41.5, 38.0 and 44.5 N/mm2. The mix "
                "is specified as C32/40."
            ),
        ),
        (A, "Those average 41.3 N/mm2, and the lowest single result is 38.0."),
        (
            U,
            (
                "Does that set pass the specified strength class, and how should I word it in "
                "the report?"
            ),
        ),
    ],
    "conformity rules applied to earlier results, and report wording",
)
convo(
    "conv-fuel-changeover-steps",
    [
        (
            U,
            (
                "Before entering the ECA we change over from high sulphur fuel oil to the low "
                "sulphur gas oil: reduce load to 60%, open the MGO supply, watch the viscosity "
                "and temperature fall slowly, then close the HFO side once the lines are flushed."
            ),
        ),
        (A, "Understood. That's a gradual changeover with the load reduced."),
        (U, "Turn those steps into a checklist the watch engineer can tick off."),
    ],
    "writing a checklist from earlier steps",
)
convo(
    "conv-drive-thru-hourly-times",
    [
        (
            U,
            (
                "Average lane times yesterday: 11-12 3 min 10 s, 12-1 4 min 45 s, 1-2 4 min 5 s, "
                "5-6 3 min 20 s, 6-7 4 min 30 s. Target is 3 min 30 s."
            ),
        ),
        (A, "You were over target from 12 to 2 and from 6 to 7."),
        (U, "Where would one extra runner make the most difference, and why?"),
    ],
    "judgement using the earlier times",
)
convo(
    "conv-heat-log-low-tap",
    [
        (
            U,
            (
                "Heat log from the night shift: heat 1 tapped at 1,642 °C, heat 2 at 1,638 °C, "
                "heat 3 at 1,601 °C after a 14 minute delay waiting for the ladle, heat 4 at "
                "1,645 °C."
            ),
        ),
        (A, "Heat 3 was about 40 degrees lower than the others."),
        (U, "What might explain heat 3, and what should the crew do differently next time?"),
    ],
    "explanation using earlier log entries",
)
convo(
    "conv-ceo-itinerary",
    [
        (
            U,
            (
                "He lands at JFK at 13:40 local on the Tuesday, dinner with the bank at 19:30, "
                "breakfast with investors at 07:30 on Wednesday, board of the US subsidiary "
                "10:00 to 15:00, and the overnight flight home leaves at 21:15."
            ),
        ),
        (A, "Got it: a tight two days with one free afternoon on arrival."),
        (U, "Turn that into a one-page itinerary he can read on his phone."),
    ],
    "writing from the earlier times",
)
convo(
    "conv-christmas-dietary-menu",
    [
        (
            U,
            (
                "We're 13 on the day. My brother is vegan, my niece is coeliac, Grandad can't "
                "have anything too rich since his operation, and the twins will only eat plain "
                "food."
            ),
        ),
        (A, "That's quite a mix. A few dishes will need to work for several of them."),
        (U, "Plan a Christmas dinner menu that works for everyone I listed."),
    ],
    "menu planning from earlier needs",
)
convo(
    "conv-florida-budget-cuts",
    [
        (
            U,
            (
                "Our Florida costs so far: flights $3,420, villa $2,650, park tickets $2,896.80, "
                "car $821, food budget $1,800, and $600 for the airboat tour and a dinner show."
            ),
        ),
        (A, "That's $12,187.80 in total."),
        (U, "Where could we cut about $500 without spoiling the trip?"),
    ],
    "judgement on the earlier budget",
)
convo(
    "conv-show-class-entries",
    [
        (
            U,
            (
                "Show schedule: class 1 heaviest pumpkin, class 2 heaviest marrow, class 3 "
                "longest runner bean, class 4 any vegetable for the children's class. An "
                "exhibitor may enter only one item per class."
            ),
        ),
        (A, "Noted, one entry per class."),
        (
            U,
            (
                "I've got two pumpkins, one marrow and a tray of beans, and my granddaughter "
                "grew a squash. What should go in which class under those rules?"
            ),
        ),
    ],
    "applying the earlier schedule rules",
)
convo(
    "conv-grandchildren-week-plan",
    [
        (
            U,
            (
                "We've got the three grandkids, 9, 6 and 2, Monday to Friday. Budget about £120 "
                "for the week, Grandad can't walk far, and rain is forecast for Wednesday and "
                "Thursday."
            ),
        ),
        (A, "Thanks. So mostly short outings and indoor options midweek."),
        (U, "Make us a day-by-day plan using what I've told you."),
    ],
    "planning from earlier constraints",
)
convo(
    "conv-misconduct-report-writeup",
    [
        (
            U,
            (
                "In the 63rd minute the home number 8 pushed the away keeper after a save, the "
                "keeper fell, players from both teams ran in, and I sent off the number 8 for "
                "violent conduct. The home manager came onto the pitch to argue."
            ),
        ),
        (A, "That's a red card for violent conduct plus a report on the manager's behaviour."),
        (U, "Write that up as a formal misconduct report for the county FA."),
    ],
    "formal writing from earlier facts",
)
convo(
    "conv-convoy-first-trip-load",
    [
        (
            U,
            (
                "Truck space is 22 pallets each across 7 trucks. We have 60 pallets of food "
                "parcels, 48 of medical supplies, 30 of winter clothing and 20 of generators and "
                "fuel cans. The hospital in the destination town has run out of dressings."
            ),
        ),
        (A, "That's 158 pallets against 154 spaces, so a few have to wait."),
        (U, "What should go on this first trip and what should wait, and why?"),
    ],
    "prioritisation from earlier figures",
)
convo(
    "conv-pond-transfer-order",
    [
        (
            U,
            (
                "Readings this morning: pond 3 at 1.9% Li and rising slowly, pond 4 at 3.1% with "
                "halite crystals on the liner, pond 5 at 4.6% with a falling level, pond 6 at "
                "5.8% ready for carnallite removal."
            ),
        ),
        (A, "Pond 6 looks closest to the end of the sequence."),
        (U, "In what order should we transfer, going on those readings, and why?"),
    ],
    "judgement on earlier readings",
)
convo(
    "conv-terminal-alarm-sequence",
    [
        (
            U,
            (
                "Alarm list: 02:11 tank 2 pressure high, 02:13 BOG compressor B trip, 02:14 "
                "flare valve open, 02:20 tank 2 pressure normal, 02:31 compressor B reset."
            ),
        ),
        (A, "So the pressure rose, a compressor tripped and the flare relieved it."),
        (U, "Explain what most likely happened, in order, for the incident log."),
    ],
    "explanation of the earlier alarm sequence",
)
convo(
    "conv-christmas-week-rota",
    [
        (
            U,
            (
                "I need 14 people on each night from 21 to 24 December. Aisha and Tom can't do "
                "the 23rd, Priya only does two nights, and five agency staff can cover any "
                "nights."
            ),
        ),
        (A, "Okay, those are your constraints for the four nights."),
        (U, "Draft the rota for those nights with the constraints I gave."),
    ],
    "rota writing from earlier constraints",
)
convo(
    "conv-tutor-feedback-todo",
    [
        (
            U,
            (
                "Tutor feedback on my last essay: good use of sources, but the argument drifts "
                "in the middle, the conclusion introduces new material, and referencing is "
                "inconsistent in the bibliography."
            ),
        ),
        (A, "That's helpful feedback with three clear areas to work on."),
        (U, "Turn that feedback into a to-do list for my next essay."),
    ],
    "writing from earlier feedback",
)
convo(
    "conv-crew-share-explained",
    [
        (
            U,
            (
                "Our boat splits the net after fuel, ice and food: half to the boat, half shared "
                "among the six crew, with the skipper and engineer on a share and a half and the "
                "others on one share."
            ),
        ),
        (A, "So the crew half is divided into seven shares in total."),
        (
            U,
            (
                "Explain to our new deckhand how his pay is worked out under that system, in "
                "plain words."
            ),
        ),
    ],
    "explanation of the earlier share system",
)
convo(
    "conv-floor-allocation",
    [
        (
            U,
            (
                "New building: ground floor 40 desks with the reception, first floor 55 desks, "
                "second floor 30 desks with the boardroom. Teams: finance 28, sales 36, "
                "engineering 48, leadership 9."
            ),
        ),
        (A, "That's 121 people for 125 desks."),
        (U, "Which team should go on which floor, and why?"),
    ],
    "judgement on earlier figures",
)
convo(
    "conv-after-school-options",
    [
        (
            U,
            (
                "Options: school breakfast club from 7:45 at £4 a day; after-school club to 5:30 "
                "at £11 a day; a childminder to 6:00 at £6.50 an hour. I finish at 5 in town and "
                "my husband works shifts."
            ),
        ),
        (A, "Each one covers slightly different hours."),
        (U, "Which would you choose in our situation, and why?"),
    ],
    "judgement on the earlier options",
)
convo(
    "conv-viner-breakdown-priority",
    [
        (
            U,
            (
                "Viner 2 is down until morning. 38 hectares are left, field A is already over "
                "the tenderometer limit, field B is just right, and the factory wants no more "
                "than two hours from vining to freezer."
            ),
        ),
        (A, "So two viners on three fields overnight."),
        (U, "What should we prioritise tonight given all that?"),
    ],
    "judgement on the earlier situation",
)
convo(
    "conv-race-debrief",
    [
        (
            U,
            (
                "Race result: second. Lap times dropped off after lap 6 when the port engine ran "
                "hot, we lost 40 seconds at the refuel, and the navigator called the turn mark "
                "late twice."
            ),
        ),
        (A, "So three areas: cooling, pit stop and navigation."),
        (U, "Write the debrief note for the whole team, with an action for each."),
    ],
    "writing from earlier facts",
)
convo(
    "conv-ceo-quote-rewrite",
    [
        (
            U,
            (
                "Draft CEO quote: 'We are delighted to leverage our synergies to deliver a "
                "best-in-class footwear solution that is made from 70% recycled materials.'"
            ),
        ),
        (A, "It's a bit heavy on jargon."),
        (U, "Rewrite that quote to sound human, keeping the 70% fact."),
    ],
    "rewriting earlier text",
)
convo(
    "conv-rods-to-pools",
    [
        (
            U,
            (
                "Guests tomorrow: Mr Hale, expert, single-handed only; the Okafor brothers, one "
                "beginner; Mrs Linden, good caster, bad knees. Pools: the Junction, deep wading; "
                "the Bridge, bank fishing; the Flats, easy wading."
            ),
        ),
        (A, "Thanks, that gives me their levels and the pools."),
        (U, "Pair the guests with the pools for the morning, with your reasons."),
    ],
    "judgement using earlier details",
)
convo(
    "conv-snag-email-joiner",
    [
        (
            U,
            (
                "Snags from the walk round: the cash desk top is chipped at the front corner, "
                "two shelf brackets in bay 3 are loose, and the fitting room door catches on the "
                "frame."
            ),
        ),
        (A, "Three joinery snags noted."),
        (U, "Write the snag email to the joinery subcontractor asking for a fix date."),
    ],
    "writing from earlier snags",
)
convo(
    "conv-quality-alert-clips",
    [
        (
            U,
            (
                "Defect: left rear door trim clips missing on 14 cars over two shifts, all from "
                "the same clip tray batch, all found at final inspection."
            ),
        ),
        (A, "That points at the clip batch or the left-side fitting station."),
        (U, "Write the quality alert to go up at the station, using those facts."),
    ],
    "writing from earlier facts",
)
convo(
    "conv-testing-quote-cover-letter",
    [
        (
            U,
            (
                "The client needs cube testing for 12 pours, two sieve analyses and a site visit "
                "for slump tests, all over eight weeks, starting in May."
            ),
        ),
        (A, "Noted: cubes, sieving and slump testing over the eight weeks."),
        (U, "Write a short covering letter for our quote for that work."),
    ],
    "writing from earlier scope",
)
convo(
    "conv-drive-thru-complaint-reply",
    [
        (
            U,
            (
                "Complaint by email: waited 12 minutes at the window, got the wrong burger, and "
                "the staff member said 'not my problem' when she pointed it out."
            ),
        ),
        (A, "That's three separate issues in one complaint."),
        (U, "Draft a reply to her that deals with all three points."),
    ],
    "writing a reply to the earlier complaint",
)
convo(
    "conv-christmas-oven-juggle",
    [
        (
            U,
            (
                "The turkey needs 3 hours 20 minutes and a 40 minute rest. Roast potatoes need "
                "an hour at a higher heat. Stuffing 45 minutes. One oven. We eat at 2pm."
            ),
        ),
        (A, "The potatoes can go in while the turkey rests."),
        (
            U,
            (
                "With those times, when should the stuffing go in and what temperature should I "
                "use for the potatoes?"
            ),
        ),
    ],
    "planning from earlier times, with cooking judgement",
)
convo(
    "conv-park-days-heat",
    [
        (
            U,
            (
                "Plan: Monday Magic Kingdom, Tuesday water park, Wednesday rest day, Thursday "
                "Universal, Friday Epcot. Forecast highs: Mon 33, Tue 29, Wed 35, Thu 31, Fri 34."
            ),
        ),
        (A, "The hottest day is Wednesday at 35."),
        (U, "Rearrange the week so the water park falls on the hottest day, and explain why."),
    ],
    "rearranging the earlier plan with judgement",
)
convo(
    "conv-module-choice",
    [
        (
            U,
            (
                "Options for next year: statistics for social science, public policy, "
                "criminology, and digital research methods. I work in a council housing team and "
                "might move into data analysis."
            ),
        ),
        (A, "Some of those fit your job more directly than others."),
        (U, "Which two would you pick for me, given what I said about my job?"),
    ],
    "judgement on earlier options",
)
convo(
    "conv-steam-home-decision",
    [
        (
            U,
            (
                "Hold is about three quarters full, forecast is southwest 7 to severe gale 9 by "
                "tomorrow evening, we're 14 hours from port, and the market is strong on "
                "Thursday."
            ),
        ),
        (A, "So a good catch and worsening weather."),
        (U, "Should we do one more tow or steam home now? Give me your reasoning."),
    ],
    "judgement on earlier facts",
)
convo(
    "conv-berth-clash-agent-message",
    [
        (
            U,
            (
                "Two ships due the same day: the Gaslog Arcadia at 06:00 and the Nordic Pioneer "
                "at 11:00. We only have one berth and discharge takes about 30 hours."
            ),
        ),
        (A, "So the second ship would wait over a day."),
        (U, "Write the message to the Nordic Pioneer's agent explaining the delay."),
    ],
    "writing from earlier facts",
)
convo(
    "conv-assessor-feedback-priorities",
    [
        (
            U,
            (
                "Assessor's notes from Saturday: good fitness, positioning too central in open "
                "play, advantage played too early twice, slow to use the whistle for dissent."
            ),
        ),
        (A, "Three development points and one strength."),
        (U, "Which two should I work on first, and how would I practise them?"),
    ],
    "advice using earlier feedback",
)
convo(
    "conv-recall-holding-statement",
    [
        (
            U,
            (
                "Confirmed facts: one batch of the kids' trainers has a loose toe cap, 2,400 "
                "pairs were sold in the UK, no injuries reported, refunds are available in store."
            ),
        ),
        (A, "Understood, those are the only confirmed facts so far."),
        (U, "Draft a holding statement using only the facts I've confirmed."),
    ],
    "writing restricted to earlier facts",
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len(set(CONVS)) == len(CONVS), CONVS
assert len(NEAR) == WANT_NEAR_NEGATIVES and len(set(NEAR)) == len(NEAR), NEAR

# this set's own structural asserts
assert list(ORDINARY) == list(REGISTERS)
assert all(len(q) == 4 and len(set(q)) == 4 for q in ORDINARY.values())
_POS_LABELS = ("positive:calculator", "positive:units", "positive:datetime")
for _label in _POS_LABELS:
    _fams = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _label
_npos: dict[str, int] = {}
for _i in items:
    if _i["label"] in _POS_LABELS and _i["family"] != P:
        _npos[_i["family"]] = _npos.get(_i["family"], 0) + 1
assert sorted(_npos.values()) == [3] * 7 + [4] * 18, _npos
assert {f for f, n in _npos.items() if n == 3} == {
    CAMERA,
    CARPLANT,
    MATLAB,
    SHIPENG,
    CONVOY,
    MAILCTR,
    GHILLIE,
}
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ordinary if i["family"] == f) == 4 for f in REGISTERS)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")) and _i.get("note"), _i["id"]
    if _i["label"] == "negative" and _i["family"].startswith("conv-"):
        _m = _i["messages"]
        assert len(_m) >= 3 and _m[0]["role"] == U and _m[-1]["role"] == U, _i["id"]
        assert all(m["role"] == (U if k % 2 == 0 else A) for k, m in enumerate(_m)), _i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
assert not any(NUMERIC_DATE_POS.search(i["query"]) for i in items if i["label"] in _POS_LABELS)


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
    # no register (family name) of this set is a family name of sets 19 to 96
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 96: {reused}"
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
