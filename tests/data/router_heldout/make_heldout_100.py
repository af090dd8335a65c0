r"""Generate heldout-2027-03-13.jsonl: a hundredth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed100/earlier_registers.txt (in full: a `wc -lc` gave 1775 lines and 43616 characters, a
`head -5` showed its first names, then a `tr` turning its newlines into spaces was printed in two
pieces, `head -c 22000` and `tail -c +21900`, which overlap by 101 characters, so nothing was left
out): the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed100/make_heldout_99.py (a `wc -l` gave 3283 lines, as the brief said): lines 1-665 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 946-1006 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1217-1301 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1558-1565 (its
negatives section header, neg() and conv()) and 3060-3283 (its stated-weekday check, its checks and
main()). None of set 99's query blocks (666-945, 1007-1216, 1302-1557, 1566-3059) was opened,
printed or searched.

The first command ran the `cat` of grading.py, an `ls -la` of /work/sealed100
(earlier_registers.txt and make_heldout_99.py only) and a `wc -l` of both files (1775 and 3283
lines). The next printed lines 1-665 of set 99 by `sed -n 1,665p`; the tool showing the output cut
out its middle (lines 165 to 340 of the output were not shown), so the next command printed lines
160-345 by `sed -n 160,345p`, and all of lines 1-665 were seen. One command then printed lines
946-1006, 1217-1301 and 1558-1565 by `sed -n`, and another lines 3060-3283. Nothing outside the
allowed ranges was seen. The next command ran the `wc -lc`, the `head -5` and the first `tr` piece
of earlier_registers.txt, and another the second piece. Nothing under /work/main was opened or
listed apart from grading.py: nothing under router/, tools/, docs/ or tests/ was opened or listed,
nor README or pyproject, and .venv was not listed. The only other use of /work/main was running
/work/main/.venv/bin/python (for every script and every run of this generator, with a `--version`
of it and of ruff once) and /work/main/.venv/bin/ruff (with /work/main as the working directory, on
this file only, always with --no-cache). No other /work/sealed* directory was listed. The earlier
generators (sets 1-99) are only imported, in memory, by this file's main() for the duplicate and
register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); importing make_heldout_99.py runs its module level, which builds its
items, but no earlier query was ever printed. No JSONL file was opened (not even this set's own
output: only this generator's printed summary, its failure messages, its `tail -6` and `head -3`, a
`grep` of its negative and plain family lines (`head -12`), the sha256 line, ruff's output and the
--show listing of ids, expected values and tolerances, picked out by a `grep` and laid out by
`column -t`, and a `diff` of two such listings, were read; `sha256sum` and `wc -l` were run on it),
no git command was run, no network and no search or fetch tool was used, and neither the router nor
the bench nor the tests were run.

What was run, after the reads above (a scratch log, /tmp/h100/notes.txt, was kept along the way by
`cat` and `echo` appends, with one `grep -c` of it): three commands each ran one `grep -i` of
earlier_registers.txt per keyword, joined by `tr` and cut to 500, 600 and 700 characters, for
fragments of the candidate trades and their neighbours (landlord, copywrit, advert, ambulan,
helicop, can_, beverage, drink, coffee, flour, mill, clean, rescue, dog, agronom, crop, croft,
hebrid, island, landfill, statist, price, paint, birthday, party, plaster, board, broiler, poultry,
chicken, cycl, mechanic, riding, horse, school, science, techn, rebar, steel, rolling, youth,
spain, winter, retire, record, label and music; then school_, egg, turkey, quail, hen_, farm_,
soil, spray, fertil, gypsum, metal, furnace, foundry, press, vinyl, emigr, holiday, expat,
portugal, youth, scout, guid, lab and team_; then wildlife, film, docu, camera, crew_, copy and
agency). Candidates dropped while choosing, judged too near an earlier name, too near another
register of this set or hard to fill with exact questions, included a drylining and suspended
ceiling contractor (it would touch the plasterboard factory and the plastering contractor), a
fertiliser blending plant (it would touch the agronomist and the animal feed mill), a meals on
wheels delivery round (near the milkman, the multi drop driver and set 99's postal round), a
parkrun volunteer team (near the race directors and the charity run), a secondary school exams
officer (near the invigilation team and the script marker), an airline first officer planning
flights (knots are left out), a radiotherapy planning physicist (no dosing), a driving test
examiner (near the driving instructor and the HGV school), a racehorse trainer's yard (near the
stud, the jockeys' valet and this set's riding school), a biscuit factory oven line (near the crisp
and tortilla lines) and a newly qualified primary teacher (near the primary school registers and
this set's science technician). The 25 registers below were then fixed; no list file of them was
written, and the sorted order is asserted in this file. The next command made /tmp/h100/own, copied
the five ranges by `sed -n A,Bp` into /tmp/h100/r1.py to r5.py (not printed), ran a `wc -l` of
them, a `grep -nx` for the line that is exactly `from __future__ import annotations` in r1.py (line
455 of set 99) and printed the Python and ruff versions (3.11.7 and 0.17.6). The next command wrote
and ran /tmp/h100/subst.py (a `cat` heredoc): it cut the first copy at that line (asserted to be
the only such whole line), so set 99's docstring is not part of this file, and substituted this
set's OUT ("heldout-2027-03-12.jsonl" -> "heldout-2027-03-13.jsonl") and PREFIX ("ho99-" ->
"ho100-", with "ho99-" asserted absent afterwards), "sets 1-98" -> "sets 1-99" in the comment on
EARLIER_DIRS (asserted to be a comment line; the tuple itself and earlier_path() are kept as they
were), `range(2, 99)` -> `range(2, 100)` in EARLIER and, in REGISTER_CHECK, make_heldout_99.py
added after make_heldout_98.py, all in the first block, and "sets 19 to 98" -> "sets 19 to 99" in
one comment and one message string of main() in the last block (each substitution asserted to apply
once, the last twice; it printed "ok" for each). It wrote the cut first block and the substituted
last block as c1.py and c5.py (the second to fourth copies are used as copied); the same command
ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "95" to "100", "19 to", "2027" and
"ho" (with the REGISTER_CHECK lines of sets 20 to 89 filtered out), a `tail -2` of c1.py, and a
`grep -nE` of all five copies for slices, for a regular expression of "ho" plus digits and for
PREFIX. That found PREFIX used only in add() (f"{PREFIX}{kind}-{family}-{n:02d}") and in main()
(i.startswith(PREFIX)): nothing in the copied checks assumes a prefix of exactly five characters,
so no copied line was adapted for the six-character "ho100-".

Then `cat` heredocs wrote this set's own blocks under /tmp/h100/own/: a_calc.py (money(), the
register constants, REGISTERS and THREE, and the calculator items) and b_units.py (unit constants
and unit items); before any run, an inline script (each edit asserted to apply once) took "Roughly"
and "to two decimals" out of the Santander drive item and took a door height and "First," out of
the paint tank item, so that neither asks for an estimate or a second step. A one-line script then
printed the weekdays of 24 candidate dates (among them 13 March 2027, the date in this file's name,
and all but one of the dates later stated with a weekday: 4 October 2027 was worked out from 1
October 2027, which was printed; all stated weekdays are computed by sayw() and sayus() and
asserted). Then c_dates.py (hours_between(), the weekday asserts and the date items), d_negs.py
(the ORDINARY table), e_near.py (the near() helper and the NEAR list, with a `grep -c` of its lines
holding "near-", 66: the 65 entries and the helper's own test) and f_convs.py (the convo() helper,
the CONVS list and this set's own structural asserts, with a `grep -c` of its lines holding
"conv-", 38: the 35 entries, the helper's test and two asserts). The next command wrote a one-line
placeholder docstring to /tmp/h100/doc.txt (by `echo`), /tmp/h100/assemble.py (it builds this file
from doc.txt and the blocks in order: c1.py, the own a_calc.py, r2.py, the own b_units.py, r3.py,
the own c_dates.py, r4.py, the own d_negs.py, e_near.py and f_convs.py, and c5.py, checks that the
result compiles and prints its line count; given a path it writes there instead),
/tmp/h100/longlines.py (it lists the lines of a file over 99 characters), /tmp/h100/fixlong.py (it
splits every string literal standing alone on a line over 99 characters, at spaces outside braces,
into pieces on lines of their own inside parentheses, added unless the literal already has
parentheses of its own, giving an f prefix only to pieces that hold a brace, skipping NL, NEWLINE,
COMMENT, INDENT, DEDENT and ENDMARKER tokens, working in characters as tokenize gives them, and
asserting that the file's syntax tree is unchanged) and a helper /tmp/h100/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` on
this file, then three passes of fixlong.py and ruff format, then `.venv/bin/ruff check --no-cache`
on it, writing the latter's output to /tmp/h100/ruff.txt and printing the exit codes and its `tail
-3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h100/out.txt, and prints its exit code and the `tail -6` of it, and last the list of long
lines), made run.sh executable and ran it. The runs and the fixes between them are listed under
"Checks that failed along the way". After the third run, which passed every check with no line over
99 characters, the next command ran an inline script confirming that each copied block (c1.py,
r2.py to r4.py and c5.py) appears verbatim in this file, once, and ran this generator with --show
from /tmp (its output written to /tmp/h100/show.txt); the listing of ids, expected values and
tolerances (a `grep` of show.txt laid out by `column -t`) was read, and this writer checked every
expected value against the stories by hand; no change was needed. The next command ran a `grep
-noiE` of the own positive blocks for words that could make a positive contested, relative or vague
(tonne, ounce, oz, month, a year, per year, year, working day, business day, today, now, cup, knot,
gallon, hp, about, roughly, approx, within, tomorrow, yesterday, tonight, around and reckon): "a
month", "each month" and "per calendar month" in two rent items are given rates, "I reckon 2.5
slices each" is the parent's own stated figure, "Year 10" is a school year, "for the year" is the
span of a youth project's own grant, and "of the month" and "Day of the year" in two date items are
harmless; none of them is a length to convert or an estimate. To confirm that the layout changes
altered no text, the next command built a second copy of the generator straight from the own
blocks, without ruff format or fixlong.py (assemble.py writing /tmp/h100/alt.py), and ran it and
this file with --digest (this file also with PYTHONHASHSEED=7): all three gave the same sha256,
equal to the one in out.txt; alt.py was then deleted, and an `ls` of /tmp/h100 and an `ls -la` of
/work/sealed100 followed (only the two given files, this file and its JSONL). A count command then
took `grep -o -F` counts over the own positive blocks (of money(, whole_up(, unit_r(, EXACT,
clock_span(, nth_weekday(, age(, days(, TD(days, weeks(, TD(weeks, sayw(, sayus(, say(,
hours_between(, weekday(, SQFT, SQYD, CUFT, GIB, MPH, KMH, HA, ACRE, f_to_c(, c_to_f(, PSI, LB, YD,
pct(, BAR, STONE, OZ, MM, CM, KM, LITRE, MINUTE and HOUR), a `wc -w` of the own blocks, `sha256sum`
and `wc -l` of the JSONL and the `grep` of its negative and plain family lines in out.txt.
Rereading set 99's docstring's disclosures against this set's items led to the last change to the
items (see below), after which run.sh was run again and the verbatim check, the second copy with
the three digests, a `grep -nE` of this file for double opening parentheses (two hits, both calls
of startswith() with a tuple) and a second --show listing, compared by `diff` with the first (the
same), followed; a `grep -noE` of the own blocks for the figures named in set 99's docstring
followed, with a `sed -n` of its one hit (the 365 in £3,650, a different figure). This docstring
was written last over the placeholder: its source text, /tmp/h100/doc/doc_src.txt, was written by a
`cat` heredoc (with a `wc -w`); an inline script then made eight corrections to it after rereading
it against what was done (each asserted to apply once), and this account of that and of the next
fix was added by another inline script (asserted once); /tmp/h100/doc/make_doc.py (a `cat` heredoc;
it uses textwrap, keeps the indented lines as they are and asserts that the words are unchanged,
that no line exceeds 99 characters, that every register value is named and that the text holds no
three quotes of its own) filled it to 99 columns into /tmp/h100/doc.txt and printed its line count,
with a `head -3` and a `tail -3` of doc.txt; its first run stopped at its own line-length assert
(the closing quotes made the last line too long), so an inline script (asserted once) made it fill
the last paragraph to 96 columns, and the second run passed; then run.sh was run again, with the
sha256 line of out.txt and the verbatim check of the copied blocks again; and then, in one command,
`ruff format --no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two
runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL,
`rm -rf /tmp/h100`, an `ls` of /tmp/h100 (gone) and an `ls -la` of /work/sealed100. Writes: only
this file and its JSONL in /work/sealed100/ (earlier_registers.txt and make_heldout_99.py left as
they were); temporary blocks, scripts and output under /tmp/h100/ were deleted afterwards. Nothing
was written into /work/main. Every script and every run of this generator used
/work/main/.venv/bin/python. The JSONL's sha256 from the last edit of the items on was
91744ee39c4e875952b477928233cfbafd9442c2b81ee2637b9dd7460c2c53e1 (335 lines); the docstring does
not enter the output.

Changes to set 99's main() and checks: only the substitutions listed above (file names, the prefix,
sets 1-99 for the duplicate check, sets 19-99 for the register check); no copied check needed
adapting for the longer prefix. Set 99 lies next to this file in /work/sealed100, and EARLIER_DIRS
and earlier_path() are kept as set 99 has them: each earlier generator is looked up first next to
this file (HERE), then in /work/main/tests/data/router_heldout (not listed here); this works now
(make_heldout_99.py is found next to this file and, as no other generator lies here, sets 1-98 in
router_heldout, as the passing runs show) and after this file is copied there. The copied helpers,
unit factors, checks and main() are otherwise set 99's as copied; ruff format left the copied
blocks as they were (the inline check named above found each verbatim). All of set 99's checks are
kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for positives, the
answers' consistency (calculator and exact unit answers are numbers with at most three decimals,
every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user turn,
the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check (the
file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give the
same sha256). Kept outside main(), as copied: weeks() (once: a plain weeks one-liner between two
stated Mondays), clock_span() (once, in minutes, a plain one-liner to the next morning),
nth_weekday() (five times), age() (twice), days() (five times), whole_up() (twice: pizzas and
bottles of tyre sealant), unit_r() with close_enough_at_2dp() (used by every rounded unit answer,
31), sayw() (fourteen times) and sayus() (once), so the weekdays stated next to dates are computed,
and are also checked by the copied stated-weekday check and by this set's own asserts; say() is
used three times on its own, SQFT and CUFT are used, and SQYD, STONE and OZ are not (nine cubic
yards are taken as YD cubed). Added, newly written: money() (asserts whole pence, with an assert of
its own; every calculator money answer passes through it, 18 of them: 16 register word problems in
pounds and two plain items; the other 15 register word problems are words of script, good cans,
shillings paid out, kilograms of flour, kilograms of seed per hectare, a percentage rise, kilograms
of pigment, pizzas, boards, kilograms of liveweight, bottles of sealant, cm3 of stock acid,
kilograms of bar, metres of strip and hours of footage); MM, CM, KM, HA, LITRE, MINUTE and HOUR,
with asserts on IN/MM, CM/MM, MI/KM, HA/ACRE, SQFT, CUFT, MPH/KMH, c_to_f(33), f_to_c(62) and
c_to_f(19); the register constants and the REGISTERS tuple (asserted 25, distinct and sorted);
asserts that the square-root one-liner's radicand is a perfect square and the cube-root one-liner's
a perfect cube; hours_between() (hours between two stated date-times, used once, with an assert of
its own); asserts that the fourteen dates stated with a weekday in the date items (a tenancy start,
a campaign launch, a contractor's last visit, a cleaning contract's start, a dog's collection day,
a first gas monitoring round, a party, a stage race's first and last days, a first riding lesson, a
slab pour, a residential's start and the two Mondays of the plain weeks one-liner) and the date of
the plain sayus() item fall on the weekday intended; the ORDINARY table and the near() and convo()
helpers with their NEAR and CONVS lists; and this set's own structural asserts, written from set
99's docstring's description of them (its code was not seen): the ORDINARY table is keyed by
exactly the REGISTERS, in REGISTERS order, four distinct questions each; NEAR has 65 entries and
CONVS 35, each with distinct families (and NEAR distinct queries), all "near-..." and "conv-..."
respectively, each with a note (asserted by the helpers and after the lists); every conversation
has at least three turns, opens and ends with a user turn, and its user and assistant turns
alternate (checked with indices; no system turn is used); the positive registers of each tool are
exactly the REGISTERS, with 31 register word problems and 14 plain items per tool; exactly 18
registers have four positives and 7 have three (these seven named, as THREE); the ordinary
negatives are 100, four per register, with no note and no messages; every negative outside the
registers is a near-... or conv-... family with a note, with messages exactly when it is a conv-...
family; every positive's family is a register or plain; no positive contains an all-numeric date
(NUMERIC_DATE_POS, this set's own pattern; no positive uses one at all). date_item() refuses
leap-day results, and the one weeks() call asserts whole weeks.

Disclosures: the kinds of item and the counts follow set 99's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 99's, copied (P = "plain" is copied too, as the
last line of the first block). Set 99's docstring (everything before line 455) names its 25
registers, its provenance, the generic kinds of its items (including the kinds of its
near-positives and conversations) and the generic subjects and new figures of items its duplicate
check once reported or that it reworded before a run (a van pulling a horsebox, a named car
stopping from 47 mph on a wet A-road, 63 km/h in m/s, feet in 1,350 metres, 5 ft 7.5 in in
centimetres, a garbled doorstep item, a walk asked "roughly" then "exactly", a stew "within 90
days"), and set 98's (the square root of 66,049, 5.75 GiB, a baby scan item that "only thinks in
pounds", a note saying "live flight data", and from set 97 18.5% of 7,264, 47 miles, 12 st 11 lb,
2.35 bar, 23.4 squared, 2,184 divided by 0.64, a weekday of 19 November 2031, 22:50 to 05:25 the
next morning, 6 ft 1.5 in and 365 yards), which were therefore seen; none of those figures recurs
here (checked by a `grep`). Two of this set's unit items had first been worded with "only thinks in
feet" and "only understands pounds", an unintended echo of the quoted set-98 phrase; they were
reworded (see below). The layout tools change only how string literals are laid out in this file,
never their text (asserted by syntax trees, and confirmed by the equal digests above); ruff's own
settings were not read, the limit of 99 was enforced by this writer's own list of long lines, and
ruff format was seen to keep a line of 100 characters on one line. Some of this set's near-positive
and conversation kinds share generic kinds with set 99's lists, newly worded with new subjects and
figures: live or looked-up data (local rents, Irish VAT, a helicopter's fuel burn, a charity's
missions, an aluminium price, a can's weight, a can recycling rate, a coffee price, a feed wheat
price, a wage rate, a ferry timetable, a streaming rate, pressing lead times, landfill tax, the
latest CPI, basket weights, a pigment price, a weather forecast, a feed conversion ratio, a stem
torque, an exchange rate, a steel price, an osprey's return, a sunrise time), rules (a deposit
deadline, a flour dust limit, microchipping, a spraying wind limit, a crofting grant rate, a VOC
limit, fire-rated partitions, broiler stocking, the 90/180-day rule, tax residency, riding hat
standards, school chemical safety, staffing ratios, a minibus licence, DBS renewal), estimates with
a missing figure or constant (a landlord's tax, radio ad words, a flight time, cherry to green
coffee, cleaning time, a dog's food, a dog's age, nitrogen for wheat, landfill methane, sandwiches,
cake portions, a plasterboard sheet's weight, chain wear, tyre pressure, a cob's weight limit, a
molar mass, a rebar weight, concrete strength, a rolling force, footage on a card) and code (a
Python function, an Excel formula, an SQL query), with a translation into Swahili, an explanation
of the Kjeldahl method and a judgement on a party budget; and for conversations writing around
earlier figures or text (a reply to a tenant, headlines, a creative brief, a donor update, an NCR,
a farmers' notice, a crop recommendation, an email to a drummer, a release timeline, an incident
log, an invitation, a handover note, an email in Spanish, a reply to a parent, a risk assessment, a
technical query, a shift report, a shot plan, a funding bid section) and judgements, rules or
explanations over earlier options or facts (two letting agents, two landing sites, a flour
complaint, two cleaning options, a dog's first week, two rescue dogs, fence or sell, a
substitution, a failed batch, a party menu, capped litter, a stage setup, a Schengen plan, ponies
for riders, a safeguarding disclosure, one item's inflation). No item of set 99 was seen, so none
was reused verbatim. No conversation here ends in a user turn that could be answered alone: each
last turn either needs figures, rules or text from the earlier turns or asks for writing, judgement
or explanation; none is an earlier misreading corrected and then a plain question asked again. Some
near-positives depend on current figures or live data; they are negatives, with no "now" field. No
positive depends on a looked-up figure: every rate, price, fee, discount, density, weight per metre
and extraction rate is given in the text, so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades or situations: the accidental landlord letting a flat next to the letting agent lettings
desk, the leasehold block management office, the house share bills kitty and the first time buyer
saving a deposit; the advertising agency copywriting team next to the PPC search ads agency, the PR
agency press office, the magazine ad sales desk and the paid newsletter writer; the air ambulance
charity helicopter crew next to the ambulance control room dispatcher, the helicopter pleasure
flights, the blood bike volunteer rider and the coastguard rescue team; the beverage can making
plant next to the spring water bottling plant, the contract packing copacker line, the sardine
cannery line and set 99's aluminium smelter potline; the coffee cherry washing station next to the
speciality coffee roastery, the coffee van and the mobile coffee cart (which share a word), the
cocoa bean fermentary and the tea estate withering shed; the commercial flour mill roller floor
next to the heritage windmill miller, the animal feed mill orders, the mustard mill grinding room,
the maltings floor maltster and the millstone dresser; the commercial office cleaning contractor
next to the domestic cleaning agency, the holiday let changeover cleaners, the window cleaning
round and the carpet steam cleaning service; the family adopting a rescue dog next to the guide dog
puppy walkers, the dog walker pack walks, the ferret rescue and the hen rehoming charity; the farm
agronomist's crop walks next to the crop spraying contractor (which shares a word), the soil
analysis laboratory and the combine harvester contractor; the Hebridean crofter next to the peat
cutter, the sheep shearing gangs, the island ferry purser notes and the handloom tweed weaver shed;
the independent record label manager next to the vinyl record pressing plant, the music royalties
collection desk, the recording studio session booker and the grassroots music venue booker; the
landfill site operations office next to the household recycling centre, the energy from waste
plant, the scrap metal yard weighbridge and the skip hire yard bookings; the national statistics
price collector next to the mystery shopper assignments, the market research field interviewer and
the census enumerator round; the paint factory batch dispersion plant next to the artist pigment
mill, the wallpaper and paint shop, the textile dyehouse colour kitchen and the powder coating
line; the parent hosting a child's birthday party next to the children's party magician, the face
painter party bookings, the bouncy castle hire firm, the soft play centre and the street party
committee; the plasterboard factory board line next to the float glass plant cold end, the
corrugated box factory floor, the plastering contractor skim jobs and the cement works kiln control
room; the poultry broiler rearing sheds next to the egg farm, the quail egg farm, the turkey farm
Christmas orders and the hen rehoming charity; the pro cycling team mechanic next to the bicycle
wheel builder, the velodrome track cycling coach, the cycling sportive organiser and the rally
stage service crew; the retired couple wintering in Spain next to the retired couple downsizing
home (which shares words), the family emigrating to Portugal, the timeshare owners club desk and
the couple interrailing across Europe; the riding school lesson bookings next to the horse livery,
the polo club grooms, the bespoke saddlery fitting, the horse drawn carriage hire and the driving
instructor lesson book (which shares a word); the school science technician prep room next to the
school site manager caretaker, the school robotics team mentor, the science centre explainer and
the science fair judge panel; the steel fixing rebar gang next to the structural steel erection
gang (which shares a word), the scaffolding erection gang, the piling rig crew and the ready mix
concrete plant; the steel hot strip rolling mill next to the electric arc furnace melt shop, the
steel stockholder, the aluminium extrusion press shop and the copper wire drawing mill; the
wildlife documentary film crew next to the wildlife photography hide (which shares a word), the
film stunt coordinator, the outside broadcast truck engineer and the seal watching boat trips; the
youth club detached youth worker next to the youth hostel reception, the youth theatre summer
school and the youth orienteering club (which share a word), the girlguiding Brownies unit and the
scout troop summer camp leader. Some of this set's registers touch each other (the landlord, the
family adopting a dog, the parent hosting a party and the retired couple are all household
situations; the can plant, the flour mill, the paint factory, the plasterboard line and the rolling
mill are all industry, and the rebar gang and the rolling mill both work with steel; the coffee
station, the agronomist, the crofter and the broiler sheds all farm or handle crops; the
copywriters, the record label and the price collector all work in offices or shops); the judgement
that they are different trades or situations is this writer's. At the edges of the allowed ranges:
line 665 is P = "plain", 946, 1217 and 1558 are section headers, 1006 is the blank line after
unit_r(), 1301 is the assert after sayus(), 1565 is the body of conv(), 3060 opens the
stated-weekday check and 3283 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; two items that the duplicate check reported as exact
repeats of earlier queries (their earlier counterparts unseen) were given new figures, see below.
Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an overlap
in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled
out by main(), and main() asserts that no register is a family name of sets 19 to 99 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format (fixlong.py splitting 130 literals in its first pass and none in the next two) and ruff
check, but the generator stopped at main()'s duplicate check, which reported two items by id as
repeats of earlier queries (ho100-calculator-plain-01 and ho100-units-plain-07), and the list of
long lines named four lines of 100 characters: a plain date_item() call written on one line and
three conversation turns whose literal sat inside a one-line tuple, which fixlong.py skipped as not
standing alone. An inline script (each edit asserted to apply once) gave the two plain items new
figures (17.5 percent of 5,736, and 6.25 GiB in MiB), without the earlier queries being looked at,
split the date_item() call over lines, and changed fixlong.py to split, too, a literal of 40 or
more characters inside a longer line, wrapping it in parentheses. The second run passed every
check, but one line of 100 characters remained: ruff format had joined the hand-split call back
onto one line. An inline script (asserted once) gave that call one argument per line with a
trailing comma, and the third run passed every check (fixlong.py splitting 133 literals in its
first pass and none after) with no line over 99 characters. After the checks of the third run's
output told above, and after rereading set 99's docstring's disclosures, an inline script (each
edit asserted once) reworded the two unit items whose wording echoed a quoted phrase of an earlier
set (the poster width now "asked for it in feet", the dog's weight now "wants it in pounds"), with
the same figures; the fourth run passed every check (132 literals split) with no line over 99
characters, and its --show listing was the same as the third run's. The register check, the
stated-weekday check, the counts, the gradability checks, this set's own structural asserts,
money()'s asserts and the weekday asserts of the date items passed on every run that reached them.
Before any run, as told above, the Santander drive item lost "Roughly" and "to two decimals" and
the paint tank item lost a door height and "First,".

Registers (families), 25, new: accidental_landlord_letting_a_flat,
advertising_agency_copywriting_team, air_ambulance_charity_helicopter_crew,
beverage_can_making_plant, coffee_cherry_washing_station, commercial_flour_mill_roller_floor,
commercial_office_cleaning_contractor, family_adopting_a_rescue_dog, farm_agronomist_crop_walks,
hebridean_crofter, independent_record_label_manager, landfill_site_operations_office,
national_statistics_price_collector, paint_factory_batch_dispersion_plant,
parent_hosting_a_childs_birthday_party, plasterboard_factory_board_line,
poultry_broiler_rearing_sheds, pro_cycling_team_mechanic, retired_couple_wintering_in_spain,
riding_school_lesson_bookings, school_science_technician_prep_room, steel_fixing_rebar_gang,
steel_hot_strip_rolling_mill, wildlife_documentary_film_crew, youth_club_detached_youth_worker.
Every register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: accidental_landlord_letting_a_flat,
advertising_agency_copywriting_team, commercial_office_cleaning_contractor,
independent_record_label_manager, national_statistics_price_collector,
parent_hosting_a_childs_birthday_party; a second unit word problem:
air_ambulance_charity_helicopter_crew, beverage_can_making_plant,
paint_factory_batch_dispersion_plant, pro_cycling_team_mechanic, retired_couple_wintering_in_spain,
steel_hot_strip_rolling_mill; a second date word problem: family_adopting_a_rescue_dog,
hebridean_crofter, poultry_broiler_rearing_sheds, riding_school_lesson_bookings,
wildlife_documentary_film_crew, youth_club_detached_youth_worker). The seven registers with three
positives are coffee_cherry_washing_station, commercial_flour_mill_roller_floor,
farm_agronomist_crop_walks, landfill_site_operations_office, plasterboard_factory_board_line,
school_science_technician_prep_room and steel_fixing_rebar_gang. Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly in UK usage with pounds and pence (one
in shillings and one in euros paid for in pence per euro), with feet, inches, yards, acres and
miles, and with a US-style written date in one item (a plain five-weeks-after question, with the
computed weekday), and other touches (a flat's rent after an agent's fee with VAT, a deposit cap
from weekly rent, web copy by the word, words in a radio slot, missions still to fund, good cans
after scrap, cherry payouts after a levy, flour from an extraction rate, a cleaning quote by area
and a night team's wages, an adoption's costs with a discount, a drill's seed rate, a croft's
fencing after a grant, a pressing's profit and a band's split after recoupment, a weighbridge
ticket, a loaf's price rise and crisps per 100 g, pigment in a batch, a soft play party and pizzas
to order, boards in a shift, a flock's liveweight, bottles of sealant, a winter flat in pounds, a
riding school's takings, stock acid for a practical, bar in a slab, strip from a slab, hours of
camera trap footage and a youth project's budget); a flat's floor area, a poster's width, a cruise
speed, a take-off weight, a conveyor speed, a can diameter, an altitude, a silo, an office area, a
dog's weight, a field, a single-track road, a master folder, a landfill cell, a bag of potatoes, a
tank's height, a blade tip speed, a bouncy castle, a board's area, a brooding temperature, a tyre
pressure, a saddle height, a forecast, a drive through Spain, an arena, a fume cupboard, bar
centres, a strip's width, a coil's weight, a lens and a minibus trip; Celsius and Fahrenheit both
ways, miles to kilometres, kilometres to miles, km/h to mph, mph to km/h, mph to m/s, m/s to feet
per second and to feet per minute, feet per minute to metres per minute, bar to psi, GiB to MiB and
MiB to GiB, square metres to square feet and square feet to square metres, hectares to acres, acres
to hectares, cubic metres to cubic feet, cubic yards to cubic metres, kilograms to pounds, stone
and pounds to kilograms, feet and inches to centimetres, inches to millimetres, inches to
centimetres, millimetres to inches, metres to feet, feet to metres and yards to metres), some
chatty, terse or lower-case, with questions at the start or the end, several terse commands and a
few bare expressions to complete. No positive conversations. No dosing in positives (the science
technician's item is a dilution of stock acid for a practical, and the dog's vaccination item asks
only for a date).

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 99: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as units (tonnes are named
only in the text of negatives, as prices or a tax rate per tonne), hundredweights, barrels, mpg,
calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, ounces of any kind, carats, nominal sizes, hands
as a height, leap-day results, all-numeric dates (asserted), time zones and summer time, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted); money
answers are whole pence (asserted by money()). Week counts are asserted to be whole weeks; day
counts are the difference of the two dates (queries are worded as N days or weeks after or before a
stated date, how many days from one date to another, nights between an arrival and a flight home, a
stage race with both days counted, 10, 12, 18, 21, 28, 30, 38, 42, 45, 60, 75, 100, 126, 147, 500
and 540 days after or before a date, 3, 5, 6, 7, 8, 10, 16 and 26 weeks after or before a date, 2
weeks and 4 days after a date, weeks between two stated Mondays (a plain one-liner), hours between
two stated date-times (one plain item), the weekday of a stated date (two register items and one
plain item), the first Saturday, the second Tuesday, the last Sunday, the third Wednesday and the
last Monday of a stated month and year, and a day of the year counting 1 January as day 1); the two
ages are in whole years from a stated date to a stated date, and the one clock span runs from one
stated time to the next occurrence of the other (crossing midnight, saying "the next morning"; in
minutes). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 99):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square feet and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km); 1 bar = 10^5 Pa; 1 L = 10^-3 m^3;
    1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 bytes, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: /work/main/.venv/bin/python make_heldout_100.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-13.jsonl"
PREFIX = "ho100-"
# earlier generators: sets 1-99 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 100))
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
    """A sum of money in pounds (or euros) that must come out in whole pence."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100) and money(7) == 7

# the 25 registers of this set (trades and situations), new against earlier_registers.txt
LANDLORD = "accidental_landlord_letting_a_flat"
COPY = "advertising_agency_copywriting_team"
AIRAMB = "air_ambulance_charity_helicopter_crew"
CANS = "beverage_can_making_plant"
COFFEE = "coffee_cherry_washing_station"
FLOUR = "commercial_flour_mill_roller_floor"
CLEAN = "commercial_office_cleaning_contractor"
DOG = "family_adopting_a_rescue_dog"
AGRO = "farm_agronomist_crop_walks"
CROFT = "hebridean_crofter"
LABEL = "independent_record_label_manager"
LANDFILL = "landfill_site_operations_office"
PRICES = "national_statistics_price_collector"
PAINT = "paint_factory_batch_dispersion_plant"
PARTY = "parent_hosting_a_childs_birthday_party"
BOARD = "plasterboard_factory_board_line"
BROILER = "poultry_broiler_rearing_sheds"
CYCLE = "pro_cycling_team_mechanic"
SPAIN = "retired_couple_wintering_in_spain"
RIDING = "riding_school_lesson_bookings"
SCITECH = "school_science_technician_prep_room"
REBAR = "steel_fixing_rebar_gang"
MILL = "steel_hot_strip_rolling_mill"
FILM = "wildlife_documentary_film_crew"
YOUTH = "youth_club_detached_youth_worker"
REGISTERS = (
    LANDLORD,
    COPY,
    AIRAMB,
    CANS,
    COFFEE,
    FLOUR,
    CLEAN,
    DOG,
    AGRO,
    CROFT,
    LABEL,
    LANDFILL,
    PRICES,
    PAINT,
    PARTY,
    BOARD,
    BROILER,
    CYCLE,
    SPAIN,
    RIDING,
    SCITECH,
    REBAR,
    MILL,
    FILM,
    YOUTH,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)
# registers with only three positives (one per tool); the other 18 have a fourth
THREE = (COFFEE, FLOUR, AGRO, LANDFILL, BOARD, SCITECH, REBAR)

# ---------------------------------------------------------------- calculator: register items
calc(
    LANDLORD,
    "I've ended up letting my late mum's flat for £875 a month. The letting agent takes 12% of "
    "the rent as a fee, and charges VAT at 20% on that fee. What do I actually receive each "
    "month once their cut is taken off?",
    money(875 - 875 * pct(12) * (1 + pct(20))),
)
calc(
    LANDLORD,
    "deposit cap is five weeks' rent. rent is £1,040 per calendar month and the weekly figure "
    "is worked out as monthly rent x 12 / 52. what's the most I can take as a deposit",
    money(F(1040) * 12 / 52 * 5),
)
calc(
    COPY,
    "We charge the client £0.45 a word for web copy. The job is 14 product pages of 180 words "
    "each plus one landing page of 650 words. What's the invoice total before VAT?",
    money(dec("0.45") * (14 * 180 + 650)),
)
calc(
    COPY,
    "The voiceover guy reads at 2.5 words per second. It's a 30-second radio slot and the "
    "last 4 seconds are the jingle, so how many words of script can I fit in?",
    dec("2.5") * (30 - 4),
)
calc(
    AIRAMB,
    "Each air ambulance mission costs the charity £3,650 on average. We're planning on 4 "
    "missions a day for 7 days. The weekly lottery has already brought in £58,400 towards "
    "that. How much is still to be raised for the week?",
    money(3650 * 4 * 7 - 58400),
)
calc(
    CANS,
    "bodymaker ran at 2,400 cans a minute for 7.5 hours, and QA scrapped 0.8% of them. how "
    "many good cans came off the line?",
    2400 * 60 * dec("7.5") * (1 - pct("0.8")),
)
calc(
    COFFEE,
    "Cherry deliveries to the washing station: 1,240 kg on Monday, 985 kg on Tuesday and "
    "1,610 kg on Wednesday. We pay 96 shillings a kilo and keep back a 2% cooperative levy. "
    "How many shillings do we pay the farmers in total?",
    (1240 + 985 + 1610) * 96 * (1 - pct(2)),
)
calc(
    FLOUR,
    "We put 340,000 kg of wheat through the rolls on the night shift at an extraction rate "
    "of 76.5%. How many kilos of flour is that?",
    340000 * pct("76.5"),
)
calc(
    CLEAN,
    "Quote for a 5-floor office block, 2,150 square metres per floor, at 14p per square metre "
    "per visit, and they want us in five evenings a week. What's the weekly charge in pounds?",
    money(5 * 2150 * dec("0.14") * 5),
)
calc(
    CLEAN,
    "Night team wage bill: 9 cleaners, each doing a 3.5-hour shift Monday to Friday, paid "
    "£12.60 an hour. What does that come to per week before employer's costs?",
    money(9 * dec("3.5") * 5 * dec("12.60")),
)
calc(
    DOG,
    "Adopting a lurcher: the rescue's fee is £245 but they knock 10% off because we've "
    "fostered for them before. Then a crate at £68.99, a bed at £34.50 and three bags of food "
    "at £18.75 each. What have we spent altogether?",
    money(245 * (1 - pct(10)) + dec("68.99") + dec("34.50") + 3 * dec("18.75")),
)
calc(
    AGRO,
    "Winter wheat plan: I want 280 established plants per square metre and I'm expecting 80% "
    "of the seeds to establish. Thousand grain weight is 48 g. Taking a hectare as 10,000 "
    "square metres, how many kilograms of seed per hectare should the drill be set to?",
    F(280) / pct(80) * 48 / 1000 * 10000 / 1000,
)
calc(
    CROFT,
    "The crofting grant pays 80% of my new fencing. It's 640 metres of stock fence at £7.85 "
    "a metre and three gates at £165 each. How much do I pay myself?",
    money((640 * dec("7.85") + 3 * 165) * (1 - pct(80))),
)
calc(
    LABEL,
    "We're pressing 500 LPs at £7.40 a disc plus £1.15 per printed sleeve and a one-off "
    "£180 setup charge. If every copy sells at £22, what's our profit on the run?",
    money(500 * 22 - (500 * (dec("7.40") + dec("1.15")) + 180)),
)
calc(
    LABEL,
    "Streaming income for the quarter was £1,862.40. Our deal with the band is a 50/50 split "
    "of what's left after we recoup the £640 we spent on the video. What's the band's share?",
    money((dec("1862.40") - 640) / 2),
)
calc(
    LANDFILL,
    "Tipper came over the weighbridge at 26,480 kg and went out empty at 11,940 kg. Our gate "
    "price including landfill tax works out at £0.126 per kilogram. What goes on the ticket?",
    money((26480 - 11940) * dec("0.126")),
)
calc(
    PRICES,
    "On my price round a 400 g white loaf was £1.25 at the March collection and £1.40 at the "
    "April one. What's the percentage increase?",
    (dec("1.40") - dec("1.25")) / dec("1.25") * 100,
)
calc(
    PRICES,
    "Shrinkflation check: the crisps went from a 150 g bag to 135 g but still cost £1.89. "
    "What's the price per 100 g of the new bag?",
    money(dec("1.89") / 135 * 100),
)
calc(
    PAINT,
    "A 2,000 litre batch of matt emulsion with a density of 1.42 kg per litre is 24% "
    "titanium dioxide by weight. How many kilos of TiO2 do we charge to the disperser?",
    2000 * dec("1.42") * pct(24),
)
calc(
    PARTY,
    "Soft play party for my daughter: £14.50 per child for 15 children, £30 for the party "
    "room, and I'm doing party bags at £2.80 each for the 15. What's the total?",
    money(15 * dec("14.50") + 30 + 15 * dec("2.80")),
)
calc(
    PARTY,
    "18 kids at the party, I reckon 2.5 slices each, and the pizzas are cut into 8 slices. "
    "How many whole pizzas do I need to order?",
    whole_up(18 * dec("2.5") / 8),
)
calc(
    BOARD,
    "The board line runs at 96 metres a minute. Over a 12-hour shift we lost 40 minutes to "
    "stoppages. Boards are cut at 2.4 m long and 1.2 m wide. How many boards did we make?",
    F((12 * 60 - 40) * 96) / dec("2.4"),
)
calc(
    BROILER,
    "We placed 32,000 chicks, lost 3.5% over the crop, and the rest went to the processor "
    "at an average of 2.25 kg. What was the total liveweight in kilograms?",
    32000 * (1 - pct("3.5")) * dec("2.25"),
)
calc(
    CYCLE,
    "Race prep: 8 riders with 3 bikes each, two tyres per bike, 60 ml of tubeless sealant "
    "per tyre. Sealant comes in 1 litre bottles. How many bottles do I need to pack?",
    whole_up(F(8 * 3 * 2 * 60, 1000)),
)
calc(
    SPAIN,
    "Our flat in Alicante is €1,150 for each of November, December, January, February and "
    "March, plus a €200 cleaning charge at the end. Our card charges us 85p per euro. What "
    "does the whole stay cost us in pounds?",
    money((1150 * 5 + 200) * dec("0.85")),
)
calc(
    RIDING,
    "Saturday takings: private lessons are £48 each and we did 6 of them; group lessons are "
    "£32 per rider and we ran 3 groups of 5 riders. What did we take?",
    money(6 * 48 + 3 * 5 * 32),
)
calc(
    SCITECH,
    "Year 10 practical: 30 groups each need 25 cm3 of 0.5 mol/dm3 hydrochloric acid, and I "
    "always make up 10% extra. I'm diluting from 2 mol/dm3 stock. How many cm3 of the stock "
    "acid do I measure out?",
    30 * 25 * (1 + pct(10)) * dec("0.5") / 2,
)
calc(
    REBAR,
    "Slab is 12 m by 8 m with 12 mm bars at 200 mm centres both ways, counting a bar at each "
    "edge. Bars running the 12 m way are 12 m long, the others 8 m. 12 mm bar weighs 0.888 kg "
    "per metre. How many kilograms of bar is that?",
    (F(8000, 200) + 1) * 12 * dec("0.888") + (F(12000, 200) + 1) * 8 * dec("0.888"),
)
calc(
    MILL,
    "A slab 10.5 m long and 230 mm thick is rolled down to 2.5 mm strip, width unchanged. "
    "Ignoring scale losses, how long is the strip in metres?",
    dec("10.5") * 230 / dec("2.5"),
)
calc(
    FILM,
    "We had 9 camera traps out for 14 days and they averaged 37 triggers per camera per day. "
    "Every trigger records a 20-second clip. How many hours of footage do we have to log?",
    F(9 * 14 * 37 * 20, 3600),
)
calc(
    YOUTH,
    "Youth project budget: £6,800 grant for the year. We've spent £2,145 on the residential, "
    "£780 on sports kit, and £96.50 a week on snacks and bus fares for 22 weeks. How much is "
    "left?",
    money(6800 - 2145 - 780 - dec("96.50") * 22),
)

# ---------------------------------------------------------------- calculator: plain items
assert 346 * 346 == 119716 and 53**3 == 148877
calc(P, "what is 17.5 percent of 5,736", pct("17.5") * 5736)
calc(P, "what's 1,946 x 0.375", 1946 * dec("0.375"))
calc(P, "(48.6 + 13.9) / 2.5 = ?", (dec("48.6") + dec("13.9")) / dec("2.5"))
calc(P, "Find the square root of 119,716.", 346)
calc(P, "cube root of 148877", 53)
calc(P, "7,315 divided by 0.44", F(7315) / dec("0.44"))
calc(P, "What is 14.5 squared?", dec("14.5") ** 2)
calc(
    P,
    "add these up for me: 389.40, 1,276.85, 45.05, 902.70",
    dec("389.40") + dec("1276.85") + dec("45.05") + dec("902.70"),
)
calc(P, "take 17 percent off 4,096", 4096 * (1 - pct(17)))
calc(P, "Work out (3/8 + 5/16) x 640", (F(3, 8) + F(5, 16)) * 640)
calc(P, "£2,640 plus 7.5%, what's the new figure?", money(2640 * (1 + pct("7.5"))))
calc(P, "Split £1,417.50 equally between 14 people", money(dec("1417.50") / 14))
calc(P, "12! / 10!", F(math.factorial(12), math.factorial(10)))
calc(P, "mean of 61, 74, 58, 93 and 80?", F(61 + 74 + 58 + 93 + 80, 5))


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
MINUTE = F(60)  # s
HOUR = F(3600)  # s

assert IN / MM == dec("25.4") and CM / MM == 10 and MI / KM == dec("1.609344")
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and SQFT == dec("0.09290304")
assert CUFT == dec("0.028316846592") and MPH / KMH == dec("1.609344")
assert c_to_f(33) == dec("91.4") and f_to_c(62) == F(50, 3) and c_to_f(19) == dec("66.2")

# ---------------------------------------------------------------- units: register items
unit_r(
    LANDLORD,
    "The tenant's asking how big the flat is in square feet. The EPC says 58 square metres. "
    "What's that in sq ft?",
    58 / SQFT,
)
unit(
    COPY,
    "The 48-sheet poster site is 6.096 m wide. Our art director asked for it in feet. How "
    "many feet wide is that?",
    dec("6.096") / FT,
    EXACT,
)
unit_r(
    AIRAMB,
    "Our helicopter cruises at 150 mph. For the school talk I want it in km/h, what's that?",
    150 * MPH / KMH,
)
unit_r(
    AIRAMB,
    "Maximum take-off weight of the aircraft is 2,980 kg. Convert that to pounds please.",
    2980 / LB,
)
unit(
    CANS,
    "the cable conveyor to the palletiser runs at 210 feet per minute, what's that in metres "
    "per minute",
    210 * FT,
    EXACT,
)
unit(
    CANS,
    (
        "A US customer's spec gives the can body diameter as 2.6 inches. How many millimetres is "
        "that?"
    ),
    dec("2.6") * IN / MM,
    EXACT,
)
unit_r(
    COFFEE,
    "The washing station is at 1,750 metres above sea level. A buyer from Seattle wants the "
    "altitude in feet. What do I tell him?",
    1750 / FT,
)
unit_r(
    FLOUR,
    (
        "Each wheat silo holds 180 cubic metres. Convert that to cubic feet for the American "
        "auditors."
    ),
    180 / CUFT,
)
unit_r(
    CLEAN,
    "Tender document gives the net internal area as 23,400 sq ft. We price per square metre, "
    "so what's the area in m2?",
    23400 * SQFT,
)
unit_r(
    DOG,
    "The rescue says Bramble weighs 26 kg. My dad wants it in pounds, how many pounds is she?",
    26 / LB,
)
unit_r(
    AGRO,
    "The field by the river is 37 acres. How many hectares is that for the spray records?",
    37 * ACRE / HA,
)
unit_r(
    CROFT,
    "It's 3.2 miles of single track from the croft to the pier. How far is that in km?",
    dec("3.2") * MI / KM,
)
unit(
    LABEL,
    "The album's hi-res master folder is 2,560 MiB. How many GiB is that for the upload form?",
    2560 * MIB / GIB,
    EXACT,
)
unit_r(
    LANDFILL,
    "The new cell covers 2.3 hectares. The parish council newsletter wants it in acres. "
    "Convert it.",
    dec("2.3") * HA / ACRE,
)
unit_r(
    PRICES,
    "The item description says a 2.5 kg bag of potatoes. How many pounds in weight is that?",
    dec("2.5") / LB,
)
unit_r(
    PAINT,
    "Our new dispersion tank is 2.8 metres tall. What is that in feet?",
    dec("2.8") / FT,
)
unit_r(
    PAINT,
    "Disperser blade tip speed should be 18 m/s. The old manual quotes feet per second. What's "
    "18 m/s in ft/s?",
    18 / FT,
)
unit(
    PARTY,
    "The bouncy castle is listed as 15 ft square. Our garden is measured in metres, so how "
    "many metres is 15 feet?",
    15 * FT,
    EXACT,
)
unit_r(
    BOARD,
    "A standard board is 2,400 mm by 1,200 mm. What area is one board in square feet?",
    dec("2.4") * dec("1.2") / SQFT,
)
unit(
    BROILER,
    "Brooding temperature for day-old chicks is 33 °C at bird height. What's that in "
    "Fahrenheit for the old thermostat?",
    c_to_f(33),
    EXACT,
)
unit_r(
    CYCLE,
    "The rider wants 5.5 bar in his tyres but my track pump reads psi. What do I pump them to?",
    dec("5.5") * BAR / PSI,
)
unit(
    CYCLE,
    "New rider's saddle height from his old team is 29.5 inches. Convert to cm for my fit sheet.",
    dec("29.5") * IN / CM,
    EXACT,
)
unit(
    SPAIN,
    "The forecast for Alicante says 24 degrees Celsius. What's that in Fahrenheit?",
    c_to_f(24),
    EXACT,
)
unit_r(
    SPAIN,
    "Sat nav says 820 km from the ferry at Santander down to our flat. How many miles is that?",
    820 * KM / MI,
)
unit_r(
    RIDING,
    "The long side of the dressage arena is 60 m. What's that in feet?",
    60 / FT,
)
unit_r(
    SCITECH,
    "The fume cupboard face velocity should be 0.5 m/s. The old test certificate uses feet "
    "per minute. Convert 0.5 m/s to ft/min.",
    dec("0.5") * MINUTE / FT,
)
unit(
    REBAR,
    "Drawing from the US engineer says bars at 8 inch centres. What's that in millimetres?",
    8 * IN / MM,
    EXACT,
)
unit_r(
    MILL,
    "Customer order is for strip 1,250 mm wide. What's that in inches?",
    1250 * MM / IN,
)
unit_r(
    MILL,
    "The coil off the downcoiler weighed 24,500 kg. Convert to pounds for the export paperwork.",
    24500 / LB,
)
unit_r(
    FILM,
    "The long lens is a 600 mm. What's 600 mm in inches?",
    600 * MM / IN,
)
unit_r(
    YOUTH,
    "The climbing centre is 68 miles from the youth club. What's that in kilometres for the "
    "risk assessment?",
    68 * MI / KM,
)

# ---------------------------------------------------------------- units: plain items
unit_r(P, "62 F in C", f_to_c(62))
unit_r(P, "convert 13.5 km to miles", dec("13.5") * KM / MI)
unit(P, "How many metres are there in 850 yards?", 850 * YD, EXACT)
unit_r(P, "11 st 3 lb in kilograms", (11 * 14 + 3) * LB)
unit(P, "5 ft 4 in in cm?", (5 * 12 + 4) * IN / CM, EXACT)
unit_r(P, "120 km/h = ? mph", 120 * KMH / MPH)
unit(P, "convert 6.25 GiB to MiB", dec("6.25") * GIB / MIB, EXACT)
unit_r(P, "what's 2,750 square feet in square metres", 2750 * SQFT)
unit_r(P, "Express 40 mph in metres per second.", 40 * MPH)
unit(P, "0.75 inches to millimetres", dec("0.75") * IN / MM, EXACT)
unit_r(P, "2.1 bar in psi", dec("2.1") * BAR / PSI)
unit_r(P, "how many acres is 6 hectares", 6 * HA / ACRE)
unit(P, "19 °C in °F", c_to_f(19), EXACT)
unit_r(P, "Convert 9 cubic yards to cubic metres.", 9 * YD**3)


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


assert hours_between(DT(2027, 5, 2, 6, 40), DT(2027, 5, 4, 19, 10)) == F(121, 2)

# the dates stated with a weekday below fall on the weekday intended
assert weekday(D(2027, 4, 17)) == "Saturday" and weekday(D(2027, 9, 6)) == "Monday"
assert weekday(D(2027, 6, 14)) == "Monday" and weekday(D(2027, 10, 4)) == "Monday"
assert weekday(D(2027, 5, 22)) == "Saturday" and weekday(D(2027, 1, 11)) == "Monday"
assert weekday(D(2027, 11, 27)) == "Saturday" and weekday(D(2027, 5, 8)) == "Saturday"
assert weekday(D(2027, 5, 30)) == "Sunday" and weekday(D(2027, 9, 11)) == "Saturday"
assert weekday(D(2027, 7, 19)) == "Monday" and weekday(D(2027, 10, 15)) == "Friday"
assert weekday(D(2029, 2, 26)) == "Monday" and weekday(D(2029, 4, 2)) == "Monday"
assert weekday(D(2029, 3, 4)) == "Sunday"

# ---------------------------------------------------------------- dates: register items
date_item(
    LANDLORD,
    f"The tenancy starts on {sayw(D(2027, 4, 17))}. I have to protect the deposit no later "
    "than 30 days after the start date. What's the last date I can do it?",
    D(2027, 4, 17) + TD(days=30),
)
date_item(
    COPY,
    f"Campaign goes live on {sayw(D(2027, 9, 6))} and the client wants the final copy signed "
    "off 18 days before launch. What date is sign-off?",
    D(2027, 9, 6) - TD(days=18),
)
date_item(
    AIRAMB,
    f"How many days are there from {say(D(2027, 3, 3))} to {say(D(2027, 7, 25))}? That's the "
    "run-up to our summer appeal.",
    days(D(2027, 3, 3), D(2027, 7, 25)),
)
date_item(
    CANS,
    "can end tooling gets changed every 45 days. last change was 19 November 2027, when is "
    "the next one due",
    D(2027, 11, 19) + TD(days=45),
)
date_item(
    COFFEE,
    "The parchment has to rest 60 days after drying before it goes to the dry mill. Drying "
    "finished on 22 October 2027. What's the first date it can be milled?",
    D(2027, 10, 22) + TD(days=60),
)
date_item(
    FLOUR,
    f"The roll fluting contractor comes every 10 weeks. Last visit was {sayw(D(2027, 6, 14))}. "
    "When's the next visit?",
    D(2027, 6, 14) + TD(weeks=10),
)
date_item(
    CLEAN,
    f"Our contract with the bank's head office started on {sayw(D(2027, 10, 4))} and the "
    "first formal review falls 26 weeks after the start date. What date is the review?",
    D(2027, 10, 4) + TD(weeks=26),
)
date_item(
    DOG,
    f"We collected Bramble from the rescue on {sayw(D(2027, 5, 22))}. They do a follow-up "
    "home visit 6 weeks later. What date will that be?",
    D(2027, 5, 22) + TD(weeks=6),
)
date_item(
    DOG,
    "The vet gave her the first vaccination on 8 June 2027 and the second one is due 28 days "
    "after that. Which date do I book?",
    D(2027, 6, 8) + TD(days=28),
)
date_item(
    AGRO,
    "T1 fungicide went on 14 April 2028 and I want T2 exactly 21 days later. What date is that?",
    D(2028, 4, 14) + TD(days=21),
)
date_item(
    CROFT,
    "The tups went in with the ewes on 12 November 2027. Counting a 147-day gestation from "
    "that date, when are the first lambs due?",
    D(2027, 11, 12) + TD(days=147),
)
date_item(
    CROFT,
    "The township fank for the clipping is on the first Saturday of July 2028. What date is that?",
    nth_weekday(2028, 7, SAT, 1),
)
date_item(
    LABEL,
    "Pressing plants are quoting 16 weeks from order to delivery. We need the records in by "
    "3 September 2027. What's the latest date we can place the order?",
    D(2027, 9, 3) - TD(weeks=16),
)
date_item(
    LANDFILL,
    f"Permit says landfill gas monitoring every 14 days. The first round was on "
    f"{sayw(D(2027, 1, 11))}. What date is the 10th round?",
    D(2027, 1, 11) + TD(days=9 * 14),
)
date_item(
    PRICES,
    "My price collection day is the second Tuesday of the month. What date does that fall on "
    "in November 2027?",
    nth_weekday(2027, 11, TUE, 2),
)
date_item(
    PAINT,
    "A batch made on 9 March 2028 has a shelf life of 540 days from manufacture. What's the "
    "expiry date on the label?",
    D(2028, 3, 9) + TD(days=540),
)
date_item(
    PARTY,
    f"Leo's party is on {sayw(D(2027, 11, 27))} and I want the invites out 3 weeks before. "
    "What date should I send them?",
    D(2027, 11, 27) - TD(weeks=3),
)
date_item(
    BOARD,
    "Christmas shutdown on the board line starts 23 December 2027. What day of the week is that?",
    weekday(D(2027, 12, 23)),
)
date_item(
    BROILER,
    f"Chicks were placed on {say(D(2027, 8, 2))} and the crop is cleared 38 days after "
    "placement. What date do the birds go?",
    D(2027, 8, 2) + TD(days=38),
)
date_item(
    BROILER,
    "After clearing the shed on 9 September 2027 we need 12 days to wash, disinfect and rest "
    "it. What's the earliest date for the next placement?",
    D(2027, 9, 9) + TD(days=12),
)
date_item(
    CYCLE,
    f"Our stage race block runs from {sayw(D(2027, 5, 8))} to {sayw(D(2027, 5, 30))}. How "
    "many days is that, counting both the first and the last day?",
    days(D(2027, 5, 8), D(2027, 5, 30)) + 1,
)
date_item(
    SPAIN,
    (
        "We arrive in Spain on 4 November 2027 and fly home on 27 March 2028. How many nights is "
        "that?"
    ),
    days(D(2027, 11, 4), D(2028, 3, 27)),
)
date_item(
    RIDING,
    f"A block of 8 weekly lessons starts on {sayw(D(2027, 9, 11))}. What's the date of the "
    "8th lesson?",
    D(2027, 9, 11) + TD(weeks=7),
)
date_item(
    RIDING,
    "What day of the week is 24 December 2027? It's our Christmas Eve fun ride.",
    weekday(D(2027, 12, 24)),
)
date_item(
    SCITECH,
    "Agar plates poured on 15 January 2027 expire 42 days after pouring. What's the expiry date?",
    D(2027, 1, 15) + TD(days=42),
)
date_item(
    REBAR,
    f"The slab was poured on {sayw(D(2027, 7, 19))} and the engineer says the back props "
    "stay in for 28 days. On what date can they come out?",
    D(2027, 7, 19) + TD(days=28),
)
date_item(
    MILL,
    "The planned outage for the roll stand rebuild is the last Sunday of October 2027. What "
    "date is that?",
    nth_weekday(2027, 10, SUN, -1),
)
date_item(
    FILM,
    "We'll be in the osprey hide from 12 May 2028 to 3 August 2028. How many days is it from "
    "the first date to the second?",
    days(D(2028, 5, 12), D(2028, 8, 3)),
)
date_item(
    FILM,
    "Edit deadline is 100 days after we wrap on 3 August 2028. Which date is that?",
    D(2028, 8, 3) + TD(days=100),
)
date_item(
    YOUTH,
    f"The residential starts on {sayw(D(2027, 10, 15))}. Consent forms have to be back 10 "
    "days before. What's the deadline?",
    D(2027, 10, 15) - TD(days=10),
)
date_item(
    YOUTH,
    "Jayden was born on 17 August 2010. How old will he be on the day of our trip, 5 August 2027?",
    age(D(2010, 8, 17), D(2027, 8, 5)),
)

# ---------------------------------------------------------------- dates: plain items
date_item(P, "What date is 75 days after 3 February 2029?", D(2029, 2, 3) + TD(days=75))
date_item(
    P,
    "how many days from 14 June 2027 to 1 March 2028",
    days(D(2027, 6, 14), D(2028, 3, 1)),
)
date_item(P, "Which day of the week will 9 July 2031 be?", weekday(D(2031, 7, 9)))
date_item(P, "8 weeks before 12 January 2028", D(2028, 1, 12) - TD(weeks=8))
date_item(P, "third Wednesday in August 2029?", nth_weekday(2029, 8, WED, 3))
date_item(
    P,
    "How many hours from 06:40 on 2 May 2027 to 19:10 on 4 May 2027?",
    hours_between(DT(2027, 5, 2, 6, 40), DT(2027, 5, 4, 19, 10)),
)
date_item(P, "minutes from 21:35 to 04:50 the next morning", clock_span("21:35", "04:50", 60))
date_item(
    P,
    f"How many weeks are there between {sayw(D(2029, 2, 26))} and {sayw(D(2029, 4, 2))}?",
    weeks(D(2029, 2, 26), D(2029, 4, 2)),
)
date_item(
    P,
    "Day of the year for 17 September 2027, with 1 January as day 1?",
    D(2027, 9, 17).timetuple().tm_yday,
)
date_item(P, f"What's the date 5 weeks after {sayus(D(2029, 3, 4))}?", D(2029, 3, 4) + TD(weeks=5))
date_item(
    P,
    "Someone born on 29 March 1988, how old are they on 28 March 2030?",
    age(D(1988, 3, 29), D(2030, 3, 28)),
)
date_item(P, "500 days after 1 January 2030", D(2030, 1, 1) + TD(days=500))
date_item(P, "last Monday in May 2029", nth_weekday(2029, 5, MON, -1))
date_item(P, "2 weeks and 4 days after 23 December 2027", D(2027, 12, 23) + TD(days=18))
assert sayus(D(2029, 3, 4)) == "Sunday, March 4, 2029"


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, each needing advice, rules, judgement, explanation or
# writing in the register's setting
ORDINARY = {
    LANDLORD: (
        (
            "Do I need a licence from the council to let out a one-bed flat I inherited, and how "
            "would I find out?"
        ),
        (
            "What are my legal responsibilities for gas and electrical safety as a first-time "
            "landlord in England?"
        ),
        (
            "Should I use a letting agent on full management or just tenant-find, given I live "
            "200 miles away from the flat?"
        ),
        (
            "Write a friendly welcome note for my new tenants covering bins, the meter cupboard "
            "and who to call about repairs."
        ),
    ),
    COPY: (
        "Can you write three punchy headlines for a plant-based yoghurt aimed at busy parents?",
        (
            "What's the actual difference between a tagline and a strapline, and does anyone "
            "outside agencies care?"
        ),
        (
            "Our client wants us to say their boiler is 'the UK's most efficient'. What do the "
            "advertising rules say about claims like that?"
        ),
        (
            "Give me honest feedback on the tone of this line: 'Banking that gets you, not the "
            "other way round.'"
        ),
    ),
    AIRAMB: (
        (
            "How does an air ambulance crew decide whether to land at the scene or meet a road "
            "ambulance at a rendezvous point?"
        ),
        (
            "Write a short thank-you message to a primary school that raised money for our "
            "helicopter."
        ),
        (
            "What training does a critical care paramedic need before flying with an air "
            "ambulance in the UK?"
        ),
        "Why are most UK air ambulances funded by charity rather than by the NHS?",
    ),
    CANS: (
        (
            "What usually causes split flanges on a beverage can line and how do we go about "
            "troubleshooting them?"
        ),
        (
            "Explain the difference between two-piece and three-piece cans in plain English for a "
            "new starter."
        ),
        "Draft a toolbox talk about machine guarding on the cupping press.",
        (
            "From a recycling point of view, is aluminium or steel the better material for drinks "
            "cans?"
        ),
    ),
    COFFEE: (
        (
            "What's the difference between washed, natural and honey processed coffee, and how "
            "does each change the taste?"
        ),
        "How can a small washing station cut the amount of wastewater coming out of the wet mill?",
        (
            "Write a short message in simple English telling farmers why we only accept ripe red "
            "cherries."
        ),
        (
            "Is Fairtrade certification worth the cost for a washing station with about 300 "
            "member farmers?"
        ),
    ),
    FLOUR: (
        "Why does freshly milled flour need to rest before bakers will use it?",
        "Explain what break rolls and reduction rolls do, for a school group visiting the mill.",
        (
            "What are the main dust explosion risks in a flour mill and how are they usually "
            "controlled?"
        ),
        (
            "How would you explain to a craft baker why the protein content of our flour varies "
            "between deliveries?"
        ),
    ),
    CLEAN: (
        (
            "How should we price an office cleaning contract where the client insists on "
            "eco-friendly products only?"
        ),
        "Write a job advert for a part-time evening office cleaner in Leeds.",
        (
            "What do the COSHH regulations expect when we store cleaning chemicals in a client's "
            "cupboard?"
        ),
        (
            "A client says the toilets on the third floor weren't done properly on Tuesday night. "
            "Draft a polite reply."
        ),
    ),
    DOG: (
        "How can we help a nervous rescue dog settle in during her first couple of weeks with us?",
        "Is it sensible to adopt a rescue dog when we have a three-year-old in the house?",
        "What questions should we ask the rescue centre before we commit to adopting?",
        "Our new dog chews the door frame whenever we go out. What can we try?",
    ),
    AGRO: (
        "What are the signs of septoria in winter wheat and when should a farmer start worrying?",
        (
            "Would you recommend a plant growth regulator on a thin, late-drilled crop of spring "
            "barley?"
        ),
        (
            "Write a short crop walk report telling a farmer his oilseed rape looks patchy after "
            "pigeon damage."
        ),
        (
            "How do I explain integrated pest management to a farmer who is sceptical about "
            "cutting back on insecticides?"
        ),
    ),
    CROFT: (
        "What's the difference between being a croft tenant and an owner-occupier crofter?",
        "How would I go about assigning my croft to my niece?",
        "Is it worth keeping a few Highland cattle on a small croft, or should I stick to sheep?",
        "Write a short piece for the community newsletter about the township's peat cutting day.",
    ),
    LABEL: (
        (
            "How do we register our releases so the band collects performance royalties as well "
            "as streaming money?"
        ),
        "Is it still worth pressing vinyl for a small folk band, or should we just go digital?",
        "Write a short press release for a debut EP by a Glasgow shoegaze band.",
        (
            "What should go into a simple contract between a tiny label and a band on their first "
            "release?"
        ),
    ),
    LANDFILL: (
        "Explain how landfill gas is collected and turned into electricity.",
        "What is a leachate collection system for, and what happens if it fails?",
        (
            "A neighbour has complained about the smell from the site again. How should we "
            "respond to her?"
        ),
        "How do regulators decide that a closed landfill no longer needs monitoring?",
    ),
    PRICES: (
        (
            "When a product is replaced by a slightly different one, how do statisticians stop "
            "that distorting the inflation figures?"
        ),
        "Why is CPIH different from CPI, and which one should people pay attention to?",
        (
            "Write a polite note to a shop manager explaining why I come in every month to record "
            "prices."
        ),
        (
            "If something is on a temporary offer on collection day, should I record the sale "
            "price or the normal price?"
        ),
    ),
    PAINT: (
        "Why do we add the dispersant before the pigment when we make a mill base?",
        "What causes seeding in a water-based gloss and how can we fix it?",
        "Explain what a Hegman gauge reading tells us about the quality of the grind.",
        "Write a short safety briefing about solvent vapours for the solventborne mixing room.",
    ),
    PARTY: (
        "What party games work for a mixed group of five- and seven-year-olds?",
        "Is it rude to say on the invitation that siblings can't come?",
        "Write a fun invitation for a dinosaur-themed birthday party.",
        "How do I make the party safe for a child with a severe nut allergy?",
    ),
    BOARD: (
        "Why is plasterboard made with gypsum, and what does the paper liner actually do?",
        "What usually causes blisters or paper peel on plasterboard coming out of the dryer?",
        (
            "How should we explain to merchants the difference between moisture-resistant and "
            "standard board?"
        ),
        (
            "Write a short shift handover note saying the wet end has been running slow since the "
            "last stop."
        ),
    ),
    BROILER: (
        "What are the early signs of coccidiosis in a broiler flock?",
        "How can we keep litter dry in winter without sending the heating bill through the roof?",
        "Is it worth moving to a slower-growing breed for a higher-welfare contract?",
        "Explain what the RSPCA Assured standards mean for our stocking density and lighting.",
    ),
    CYCLE: (
        "How do I stop a carbon seatpost slipping without over-tightening the clamp?",
        "What's the best way to glue tubulars before a cobbled classic?",
        (
            "Should the team run hookless rims with tubeless tyres next season? Give me the pros "
            "and cons."
        ),
        "Write a short checklist for the team car before a mountain stage.",
    ),
    SPAIN: (
        (
            "What do we need to know about healthcare cover as British pensioners spending the "
            "winter in Spain?"
        ),
        "Is it better to rent the same flat every winter or try a different town each time?",
        "How does the 90 days in any 180 rule work for British visitors to the Schengen area?",
        (
            "Write a short message in Spanish to our landlord asking whether we can arrive two "
            "days early."
        ),
    ),
    RIDING: (
        "How do we decide which pony suits a nervous adult beginner?",
        "What insurance does a riding school need to have in place?",
        (
            "Write a polite reminder to parents that lessons cancelled with less than 24 hours' "
            "notice are still charged."
        ),
        "How do I explain diagonals in rising trot to a child?",
    ),
    SCITECH: (
        "What's the safest way to store concentrated acids in a school prep room?",
        "How should I dispose of the copper sulfate solution left over after a practical?",
        (
            "Write a polite email to the head of science about staff leaving trays of dirty "
            "glassware in the labs."
        ),
        "Why does the iodine clock reaction suddenly turn blue-black?",
    ),
    REBAR: (
        (
            "Why do we need cover spacers under the bottom mat, and what happens if the cover "
            "ends up too small?"
        ),
        "What is a lap length and why does it change with the bar size?",
        "Is it acceptable to tack-weld rebar to hold a cage together?",
        "Write a toolbox talk about impalement hazards from protruding starter bars.",
    ),
    MILL: (
        "What causes edge cracking in hot rolled strip?",
        (
            "Why does the strip have a coiling temperature target, and what does it do to the "
            "steel's properties?"
        ),
        "Explain what the descaling sprays are for, for a new operator.",
        "Write a paragraph for the shift report about a cobble in the finishing stands.",
    ),
    FILM: (
        "How close are we legally allowed to get to a nesting osprey to film it in Scotland?",
        "What's the best way to stop the lens fogging up in a hide at dawn?",
        "Write a short pitch for a documentary about urban foxes.",
        "Should we fly a drone over a seabird colony, and what are the risks?",
    ),
    YOUTH: (
        (
            "How do I start a conversation with a group of teenagers hanging around the skate "
            "park without putting them off?"
        ),
        (
            "What are my safeguarding responsibilities if a young person tells me something in "
            "confidence?"
        ),
        (
            "Write a short paragraph for a funding bid for a detached youth work project in a "
            "seaside town."
        ),
        "How can we show our funders the impact of detached youth work?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for _reg, _qs in ORDINARY.items():
    assert len(_qs) == 4 and len(set(_qs)) == 4, _reg
    for _q in _qs:
        neg(_reg, _q)


# near-positive negatives: single turns that look like a sum, a conversion or a date question
# but need looked-up or live data, a rule, a missing figure, a judgement, writing or code
def near(family, query, note):
    assert family.startswith("near-") and note, family
    neg(family, query, note)


NEAR = [
    (
        "near-one-bed-rent-sheffield",
        "What's the average monthly rent for a one-bed flat in Sheffield at the moment?",
        "live data: current local rents",
    ),
    (
        "near-scottish-deposit-deadline",
        (
            "How many working days does a landlord in Scotland have to lodge a tenancy deposit "
            "with an approved scheme?"
        ),
        "a rule: Scottish deposit regulations",
    ),
    (
        "near-irish-vat-agent-fee",
        (
            "What's the current standard VAT rate in Ireland, and does it apply to my letting "
            "agent's fee on a Dublin flat?"
        ),
        "live data and rules: Irish VAT",
    ),
    (
        "near-landlord-income-tax",
        "How much income tax will I pay on £10,500 of profit from renting out my mum's flat?",
        "a missing figure: the rest of the person's income and tax bands",
    ),
    (
        "near-radio-ad-word-count",
        "How many words should a 30-second radio ad have so it doesn't sound rushed?",
        "a judgement: a convention, no reading speed given",
    ),
    (
        "near-python-reading-time",
        (
            "Write a Python function that counts the words in a script and returns the reading "
            "time at 2.5 words per second."
        ),
        "code",
    ),
    (
        "near-h145-fuel-burn",
        "How many kilograms of fuel does an H145 helicopter burn per hour?",
        "looked-up data: an aircraft's fuel burn",
    ),
    (
        "near-inverness-aberdeen-flight",
        "How long would our helicopter take to fly from Inverness to Aberdeen?",
        "a missing figure: the distance and speed are not given",
    ),
    (
        "near-air-ambulance-missions-year",
        "How many missions did Scotland's Charity Air Ambulance fly last year?",
        "looked-up data: a charity's annual figures",
    ),
    (
        "near-aluminium-lme-price",
        "What's aluminium trading at per tonne on the LME today?",
        "live data: a metal price",
    ),
    (
        "near-empty-can-weight",
        "How much does an empty 330 ml aluminium drinks can weigh?",
        "looked-up data: a product weight",
    ),
    (
        "near-uk-can-recycling-rate",
        "What percentage of drinks cans are recycled in the UK?",
        "looked-up data: a recycling statistic",
    ),
    (
        "near-coffee-c-price",
        "Where is the coffee C price this week, in US cents per pound?",
        "live data: a commodity price",
    ),
    (
        "near-cherry-to-green-ratio",
        "How many kilos of ripe cherry does it take to end up with one kilo of green coffee?",
        "an estimate: a conversion ratio not given",
    ),
    (
        "near-swahili-cherry-notice",
        "Translate 'From Monday we will only accept ripe red cherries' into Swahili.",
        "writing: a translation",
    ),
    (
        "near-feed-wheat-price",
        "What's UK feed wheat trading at per tonne for May delivery?",
        "live data: a grain price",
    ),
    (
        "near-flour-dust-wel",
        "What's the workplace exposure limit for flour dust in the UK, in mg per cubic metre?",
        "a rule: an exposure limit",
    ),
    (
        "near-kjeldahl-explained",
        (
            "Explain how the Kjeldahl method measures protein in flour, and why we multiply "
            "nitrogen by 5.7."
        ),
        "explanation",
    ),
    (
        "near-national-living-wage-next",
        "What will the National Living Wage be from next April?",
        "live data and rules: a future wage rate",
    ),
    (
        "near-office-clean-time",
        "How long should it take one cleaner to do a 500 square metre open-plan office?",
        "an estimate: no cleaning rate given",
    ),
    (
        "near-lurcher-daily-food",
        "How many grams of food should a 26 kg lurcher eat a day?",
        "an estimate: depends on the food and the dog",
    ),
    (
        "near-dog-microchip-rules",
        "How soon after adopting a rescue dog do we have to update the microchip details?",
        "a rule: microchipping regulations",
    ),
    (
        "near-dog-human-years",
        "Bramble is four. How old is that in human years?",
        "a judgement: no agreed formula, an explanation is needed",
    ),
    (
        "near-second-wheat-nitrogen",
        "How much nitrogen in kg per hectare should go on a second wheat on heavy clay?",
        "a missing figure: needs soil supply and yield figures and guidance",
    ),
    (
        "near-spraying-wind-limit",
        "What's the highest wind speed I'm allowed to spray in under the code of practice?",
        "a rule: a code of practice",
    ),
    (
        "near-croft-grant-young-rate",
        (
            "What percentage does the crofting grant scheme pay for a new crofter under 41 at the "
            "moment?"
        ),
        "rules and current data: a grant rate",
    ),
    (
        "near-calmac-lochmaddy-sailing",
        "What time is the first ferry from Lochmaddy to Uig on a Saturday in June?",
        "live data: a timetable",
    ),
    (
        "near-spotify-per-stream",
        "How much does Spotify pay a label per stream in the UK?",
        "live data: a royalty rate",
    ),
    (
        "near-pressing-plant-lead-time",
        "How many weeks are pressing plants quoting for a 500-copy LP run at the moment?",
        "live data: current lead times",
    ),
    (
        "near-excel-recoup-split",
        (
            "Give me an Excel formula that splits column C 50/50 after recouping the costs in "
            "column B, never going below zero."
        ),
        "code: a spreadsheet formula",
    ),
    (
        "near-landfill-tax-rate",
        "What's the standard rate of landfill tax per tonne in England?",
        "rules and current data: a tax rate",
    ),
    (
        "near-landfill-methane-forecast",
        "How much methane will our landfill produce over the coming year?",
        "a missing figure: waste volumes and a gas model",
    ),
    ("near-latest-cpi", "What was the latest UK CPI inflation figure?", "live data: a statistic"),
    (
        "near-bread-basket-weight",
        "How much weight does bread carry in the CPI basket?",
        "looked-up data: basket weights",
    ),
    (
        "near-sql-price-change",
        (
            "Write an SQL query that gives each item's percentage price change between the March "
            "and April collections."
        ),
        "code: SQL",
    ),
    (
        "near-tio2-price",
        "What does titanium dioxide cost per tonne right now?",
        "live data: a raw material price",
    ),
    (
        "near-eu-voc-limit",
        "What's the legal VOC limit in grams per litre for interior matt wall paint in the EU?",
        "a rule: a VOC directive limit",
    ),
    (
        "near-party-sandwich-count",
        "How many sandwiches should I make for 20 children at a party?",
        "an estimate: no amount per child given",
    ),
    (
        "near-eight-inch-cake-portions",
        "How many children will an 8 inch round birthday cake feed?",
        "an estimate: portion sizes not given",
    ),
    (
        "near-bristol-saturday-rain",
        "Will it rain in Bristol on Saturday afternoon?",
        "live data: a weather forecast",
    ),
    (
        "near-party-budget-judgement",
        "Is £300 too much to spend on a six-year-old's birthday party?",
        "a judgement",
    ),
    (
        "near-plasterboard-sheet-weight",
        "How much does a 2.4 m by 1.2 m sheet of 12.5 mm standard plasterboard weigh?",
        "a missing figure: the board's weight per square metre",
    ),
    (
        "near-fire-rated-partition-layers",
        (
            "How many layers of 15 mm board do I need on each side for a 60-minute fire-rated "
            "partition?"
        ),
        "rules and manufacturer data",
    ),
    (
        "near-ross-308-fcr",
        "What's a good feed conversion ratio for Ross 308 broilers at 38 days?",
        "looked-up data and a judgement",
    ),
    (
        "near-broiler-stocking-limit",
        "What's the maximum stocking density in kg per square metre for broilers in England?",
        "a rule: welfare regulations",
    ),
    (
        "near-chain-wear-replace",
        "At what percentage of chain stretch should I replace a 12-speed chain?",
        "a judgement: a maker's guidance",
    ),
    (
        "near-carbon-stem-torque",
        "What torque should the stem bolts be on a carbon steerer?",
        "looked-up data: manufacturer specifications",
    ),
    (
        "near-cobbles-tyre-pressure",
        "What tyre pressure should a 64 kg rider run on 28 mm tyres for a wet cobbled stage?",
        "an estimate: needs a pressure model and judgement",
    ),
    (
        "near-pound-euro-today",
        "What's the pound to euro exchange rate today?",
        "live data: an exchange rate",
    ),
    (
        "near-schengen-leave-date",
        (
            "We're arriving in Spain on 4 November and have spent 36 days in the Schengen area "
            "since July. What's the last day we can stay?"
        ),
        "a rule: the 90/180-day rule and how it counts",
    ),
    (
        "near-spain-tax-residency",
        "How many days can we spend in Spain in a year before we become tax resident there?",
        "a rule: tax residency",
    ),
    (
        "near-cob-weight-limit",
        "What's the heaviest rider a 15.2 hand cob should carry?",
        "an estimate and a judgement",
    ),
    (
        "near-riding-hat-standards",
        "Which riding hat standards are accepted for lessons at an approved riding school?",
        "a rule: safety standards",
    ),
    (
        "near-copper-sulfate-grams",
        (
            "How many grams of copper sulfate pentahydrate do I need to make 500 cm3 of a 1 "
            "mol/dm3 solution?"
        ),
        "a missing constant: the molar mass is not given",
    ),
    (
        "near-sodium-hydroxide-year7",
        "Are Year 7 students allowed to handle 1 mol/dm3 sodium hydroxide?",
        "a rule: school science safety guidance",
    ),
    (
        "near-16mm-bar-weight",
        "How much does a 6 m length of 16 mm rebar weigh?",
        "a missing figure: the bar's weight per metre",
    ),
    (
        "near-concrete-full-strength",
        "How many days does C32/40 concrete take to reach full strength?",
        "an explanation: strength gain, not one figure",
    ),
    (
        "near-hrc-europe-price",
        "What's hot rolled coil selling for in Europe this month?",
        "live data: a steel price",
    ),
    (
        "near-rolling-force",
        (
            "What rolling force do we need to take a 1,250 mm wide slab from 230 mm to 200 mm at "
            "1,150 °C?"
        ),
        "a missing figure: needs a flow stress model",
    ),
    (
        "near-osprey-return-date",
        "When do the ospreys usually get back to Loch Garten in spring?",
        "looked-up data",
    ),
    (
        "near-mull-sunrise",
        "What time is sunrise on Mull on 12 May 2028?",
        "looked-up data: an astronomical table",
    ),
    (
        "near-4k-card-hours",
        "How many hours of 4K footage fit on a 256 GB card?",
        "a missing figure: the bitrate is not given",
    ),
    (
        "near-residential-staff-ratio",
        "How many staff do we need for a residential with 24 young people aged 13 to 16?",
        "rules and guidance: staffing ratios",
    ),
    (
        "near-minibus-car-licence",
        "Can I drive the 16-seat minibus on my car licence if I passed my test in 2005?",
        "a rule: driving licence categories",
    ),
    (
        "near-dbs-renewal-interval",
        "How often does a youth worker's DBS check have to be renewed?",
        "a rule and a policy question",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES
assert len({f for f, _, _ in NEAR}) == len(NEAR) and len({q for _, q, _ in NEAR}) == len(NEAR)
for _fam, _q, _note in NEAR:
    near(_fam, _q, _note)


# conversation negatives: the last user turn needs figures, rules or text from the earlier turns,
# or asks for writing, judgement or explanation
def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    assert len(turns) >= 3, family
    assert turns[0][0] == U and turns[-1][0] == U, family
    for k, (role, text) in enumerate(turns):
        assert role == (U if k % 2 == 0 else A), family
        assert text.strip(), family
    conv(family, turns, note)


CONVS = [
    (
        "conv-tenant-boiler-reply",
        [
            (
                U,
                (
                    "My tenant emailed to say the boiler is making a banging noise and the "
                    "bedroom radiators are only warm at the bottom. It's a combi boiler fitted in "
                    "2014."
                ),
            ),
            (
                A,
                (
                    "Banging often points to low pressure or a build-up of sludge, and radiators "
                    "warm only at the bottom usually mean sludge too. A Gas Safe engineer should "
                    "check it; a power flush may be needed."
                ),
            ),
            (
                U,
                (
                    "Can you write a reply to her saying I'll get someone out and what she can "
                    "safely do in the meantime?"
                ),
            ),
        ],
        "writing: a reply built on the faults described earlier",
    ),
    (
        "conv-letting-agent-choice",
        [
            (
                U,
                (
                    "Agent A wants 10% plus VAT for full management. Agent B wants 7% plus VAT "
                    "but charges £95 for each inspection, and they do four a year. Rent is £900 a "
                    "month."
                ),
            ),
            (
                A,
                (
                    "On £900 a month, A comes to £1,296 a year including VAT and B to £907.20 "
                    "plus £380 of inspections, £1,287.20, so the costs are very close."
                ),
            ),
            (
                U,
                (
                    "Given I'm 200 miles away and nervous about things going wrong, which would "
                    "you pick and why?"
                ),
            ),
        ],
        "a judgement over the two offers given earlier",
    ),
    (
        "conv-ebike-headlines",
        [
            (
                U,
                (
                    "Client is a bike shop in Bristol that's started servicing e-bikes. Our draft "
                    "headline is 'Your e-bike deserves better.'"
                ),
            ),
            (
                A,
                (
                    "It's clear but a bit generic. It could say more about what 'better' means, "
                    "or use something local to stand out."
                ),
            ),
            (U, "Give me five alternatives that keep that idea but bring in Bristol's hills."),
        ],
        "writing: variations on the earlier draft",
    ),
    (
        "conv-iced-tea-creative-brief",
        [
            (
                U,
                (
                    "Brief from the client: launch of a low-sugar iced tea, audience 18 to 30, "
                    "tone cheeky, must mention 40% less sugar than the leading brand, channels "
                    "are TikTok and bus sides."
                ),
            ),
            (
                A,
                (
                    "Got it. The 40% claim will need the comparison brand and the basis of the "
                    "figure kept on file so it can be substantiated."
                ),
            ),
            (U, "Turn all that into a one-paragraph creative brief for the designers."),
        ],
        "writing from the details given earlier",
    ),
    (
        "conv-air-ambulance-donor-update",
        [
            (
                U,
                (
                    "This month we flew 112 missions, 38 of them to road traffic collisions, and "
                    "the new night vision goggles went into use on the 14th."
                ),
            ),
            (
                A,
                (
                    "That's a busy month. The goggles are a good story for donors because they "
                    "explain how night flying becomes possible."
                ),
            ),
            (U, "Write a short update for our regular donors using those figures."),
        ],
        "writing with the figures from the first turn",
    ),
    (
        "conv-landing-site-choice",
        [
            (
                U,
                (
                    "Call to a farm near Brechin. The field next to the house has power lines "
                    "along its west edge and cattle in it. The other option is a school playing "
                    "field 1.2 km away."
                ),
            ),
            (
                A,
                (
                    "Both have drawbacks: wires and livestock near the farm, and a longer "
                    "transfer by road from the school field."
                ),
            ),
            (U, "Talk me through how the pilot would weigh up those two sites."),
        ],
        "explanation and judgement over the sites described earlier",
    ),
    (
        "conv-split-flange-ncr",
        [
            (
                U,
                (
                    "Line 2 had 0.9% of cans with split flanges between 02:00 and 04:30. The "
                    "trimmer blade was found chipped and was replaced at 04:40. After that the "
                    "defect rate went back to normal."
                ),
            ),
            (
                A,
                (
                    "So the likely root cause is the chipped trimmer blade, and the affected "
                    "pallets from that window should be held and inspected."
                ),
            ),
            (U, "Draft the non-conformance report summary from that."),
        ],
        "writing: a report from the earlier facts",
    ),
    (
        "conv-coffee-premium-notice",
        [
            (
                U,
                (
                    "We paid 96 shillings a kilo last season. This year the buyer is offering a "
                    "12% premium if our cupping scores stay above 85."
                ),
            ),
            (
                A,
                (
                    "That premium would lift the price noticeably, but it depends on picking only "
                    "ripe cherries and careful fermentation."
                ),
            ),
            (
                U,
                (
                    "Write a short notice for the farmers explaining the premium and what they "
                    "need to do to earn it."
                ),
            ),
        ],
        "writing: a notice based on the earlier offer",
    ),
    (
        "conv-slack-dough-complaint",
        [
            (
                U,
                (
                    "A bakery says their last three deliveries of strong white flour gave slack "
                    "doughs. Our lab shows protein at 12.1%, down from 12.8% last month, since we "
                    "switched to a new wheat blend."
                ),
            ),
            (
                A,
                (
                    "That drop in protein fits the complaint; the new blend is the most likely "
                    "cause."
                ),
            ),
            (
                U,
                (
                    "How should I explain this to the bakery, and what would you offer them to "
                    "keep the account?"
                ),
            ),
        ],
        "a judgement and writing based on the earlier lab figures",
    ),
    (
        "conv-law-firm-cleaning-options",
        [
            (
                U,
                (
                    "A client wants two options. Option one is cleaning five evenings a week for "
                    "£7,525 a week. Option two is three evenings plus a day porter for £6,100 a "
                    "week."
                ),
            ),
            (
                A,
                (
                    "Option two is cheaper and gives daytime cover, but the building gets a full "
                    "clean less often."
                ),
            ),
            (
                U,
                (
                    "Which should we recommend to a busy law firm, and how should I word the "
                    "recommendation?"
                ),
            ),
        ],
        "a judgement over the two options given earlier",
    ),
    (
        "conv-nervous-dog-week-plan",
        [
            (
                U,
                (
                    "We picked Bramble up on Saturday. She hides behind the sofa, won't eat while "
                    "we're in the room, and flinches when my son reaches for her."
                ),
            ),
            (
                A,
                (
                    "That's very common in the first days. Give her space, let her come to you, "
                    "and keep the house calm and predictable."
                ),
            ),
            (U, "Put together a simple plan for the next seven days based on what I told you."),
        ],
        "writing and advice built on the behaviour described earlier",
    ),
    (
        "conv-which-rescue-dog",
        [
            (
                U,
                (
                    "Two dogs at the rescue: Bramble, a four-year-old lurcher, calm but "
                    "frightened of men; and Pip, a one-year-old collie cross who's bouncy and "
                    "loves children."
                ),
            ),
            (
                A,
                (
                    "They would suit quite different homes. It depends on your household and how "
                    "much time you have for training."
                ),
            ),
            (
                U,
                (
                    "We've got a three-year-old and my husband works from home. Which one would "
                    "suit us better?"
                ),
            ),
        ],
        "a judgement over the two dogs described earlier",
    ),
    (
        "conv-yellow-rust-recommendation",
        [
            (
                U,
                (
                    "Walked the 37-acre field: yellow rust on roughly 1 plant in 10, crop at "
                    "GS31, no T1 applied yet, and the forecast is mild and wet."
                ),
            ),
            (
                A,
                (
                    "That is well above where you'd want to act, and mild, wet weather favours "
                    "spread."
                ),
            ),
            (U, "Write my recommendation note to the farmer."),
        ],
        "writing from the crop walk facts given earlier",
    ),
    (
        "conv-croft-fence-or-sell",
        [
            (
                U,
                (
                    "I've got 12.5 hectares and 40 ewes. The new fencing is quoted at £5,519 with "
                    "an 80% grant. The alternative is to sell 15 ewes and not fence the hill park "
                    "at all."
                ),
            ),
            (
                A,
                (
                    "With the grant your share of the fencing is about £1,104, so the choice is "
                    "really about how you want to use the hill ground."
                ),
            ),
            (U, "What would you do in my position?"),
        ],
        "a judgement over the options given earlier",
    ),
    (
        "conv-drummer-royalty-email",
        [
            (
                U,
                (
                    "The band's statement shows £611.20 for the quarter. That's after we recouped "
                    "£640 for the video from £1,862.40 of streaming income. The drummer thinks it "
                    "should be double."
                ),
            ),
            (
                A,
                (
                    "The split is 50/50 after recoupment, so £611.20 is the band's half. Without "
                    "the recoupment it would have been £931.20."
                ),
            ),
            (U, "Write an email to the drummer explaining how we got to that figure."),
        ],
        "writing: an explanation of the earlier figures",
    ),
    (
        "conv-ep-release-timeline",
        [
            (
                U,
                (
                    "The EP comes out on 15 October. The vinyl might arrive late. The band's tour "
                    "starts on 20 October."
                ),
            ),
            (
                A,
                (
                    "So there's a risk the records miss the release date and even the start of "
                    "the tour."
                ),
            ),
            (U, "Draft a release timeline that covers both cases, vinyl on time and vinyl late."),
        ],
        "writing: a plan around the earlier dates",
    ),
    (
        "conv-odour-incident-log",
        [
            (
                U,
                (
                    "Odour complaint from Mill Lane at 07:15. Wind was south-westerly, we opened "
                    "a new cell face the day before, and the gas engine tripped overnight."
                ),
            ),
            (
                A,
                (
                    "With the engine down, gas may not have been drawn off, and a fresh face "
                    "upwind of Mill Lane would add to it."
                ),
            ),
            (U, "Write up the incident log entry including the likely cause."),
        ],
        "writing and judgement from the earlier facts",
    ),
    (
        "conv-pasta-substitution",
        [
            (
                U,
                (
                    "The 500 g own-brand pasta I price every month has gone. The shop now only "
                    "has a 450 g pack at the same price, or a premium 500 g pack at £1.35."
                ),
            ),
            (
                A,
                (
                    "Both are possible replacements; the question is which is more comparable to "
                    "the old item."
                ),
            ),
            (U, "Which should I choose as the replacement, and how do I note it on the form?"),
        ],
        "rules and judgement over the options described earlier",
    ),
    (
        "conv-failed-emulsion-batch",
        [
            (
                U,
                (
                    "Batch 4471 failed: Hegman 5 instead of 7, viscosity 95 KU instead of 100, "
                    "and low gloss. We'd cut the dispersion time by 10 minutes to catch up on the "
                    "schedule."
                ),
            ),
            (
                A,
                (
                    "A poor grind and the shortened dispersion line up; the low gloss follows "
                    "from coarse pigment."
                ),
            ),
            (
                U,
                (
                    "What would you do to rescue the batch, and what should we change in the "
                    "process?"
                ),
            ),
        ],
        "a judgement and explanation from the earlier test results",
    ),
    (
        "conv-dinosaur-invite-text",
        [
            (
                U,
                (
                    "Party details: Leo turns 6, dinosaur theme, at Jungle Mania soft play, 2 to "
                    "4pm on 27 November, RSVP by the 20th to Sam."
                ),
            ),
            (A, "Lovely. A dinosaur theme gives plenty of scope for a playful invitation."),
            (U, "Write the invitation text with those details."),
        ],
        "writing with the details given earlier",
    ),
    (
        "conv-party-menu-rework",
        [
            (
                U,
                (
                    "One of the guests has a sesame allergy and another is vegan. I'd planned "
                    "pizza, hummus and breadsticks, and a chocolate cake."
                ),
            ),
            (
                A,
                (
                    "Hummus is made with tahini, which is sesame, and breadsticks often contain "
                    "it too."
                ),
            ),
            (
                U,
                (
                    "Rework my menu so everyone can eat something, and tell me what to check on "
                    "the labels."
                ),
            ),
        ],
        "a judgement over the earlier menu and needs",
    ),
    (
        "conv-board-line-handover",
        [
            (
                U,
                (
                    "Night shift: the wet end stopped twice, at 01:20 and 03:05, both for paper "
                    "breaks. We lost 40 minutes in total and dryer zone 3 has been running hot."
                ),
            ),
            (
                A,
                (
                    "Worth flagging the dryer zone in particular, as heat there can cause paper "
                    "problems."
                ),
            ),
            (U, "Write the handover note for the day shift."),
        ],
        "writing from the earlier shift facts",
    ),
    (
        "conv-capped-litter",
        [
            (
                U,
                (
                    "Day 22, litter is capping around the drinkers in shed 3, humidity is 78%, "
                    "and we've had the ventilation on minimum because it's cold."
                ),
            ),
            (
                A,
                (
                    "High humidity with minimum ventilation is a common cause of capping, and "
                    "drinker leaks make it worse."
                ),
            ),
            (U, "What should I change first, and why?"),
        ],
        "a judgement from the conditions given earlier",
    ),
    (
        "conv-gravel-stage-setup",
        [
            (
                U,
                (
                    "Tomorrow's stage is 180 km with 40 km of gravel sectors, rain forecast after "
                    "14:00. Two riders are on 28 mm tyres and the rest on 30 mm."
                ),
            ),
            (
                A,
                (
                    "Wider tyres at lower pressure will help on the gravel, especially once it's "
                    "wet."
                ),
            ),
            (
                U,
                (
                    "Given all that, what pressures and setups would you go with, and what goes "
                    "in the team car?"
                ),
            ),
        ],
        "a judgement over the stage facts given earlier",
    ),
    (
        "conv-email-to-maria",
        [
            (
                U,
                (
                    "Our landlady in Alicante is María. We'd like to arrive on 2 November instead "
                    "of the 4th, and ask her to check the heating works before we get there."
                ),
            ),
            (A, "That's a reasonable request; giving her plenty of notice will help."),
            (U, "Write that email to her in Spanish."),
        ],
        "writing: a Spanish email from the earlier details",
    ),
    (
        "conv-schengen-plan-check",
        [
            (
                U,
                (
                    "We were in Spain from 10 September to 15 October, then home to the UK, and "
                    "now we're planning to go back from 4 November to 27 March."
                ),
            ),
            (
                A,
                (
                    "The 90/180 rule looks back over the previous 180 days on each day of a stay, "
                    "so the autumn trip counts towards the winter one."
                ),
            ),
            (U, "Does our plan break the rule, and if so what should we change?"),
        ],
        "a rule applied to the dates given earlier",
    ),
    (
        "conv-pony-allocation",
        [
            (
                U,
                (
                    "Three new riders on Saturday: a nervous woman in her forties, a confident "
                    "nine-year-old girl, and a teenage boy who has ridden abroad. Ponies free: "
                    "Bobby, a steady cob; Tilly, a forward 13.2; Max, a green 15.2."
                ),
            ),
            (A, "Temperament matters most here, more than size alone."),
            (U, "Who goes on which pony, and why?"),
        ],
        "a judgement over the riders and ponies described earlier",
    ),
    (
        "conv-late-cancellation-reply",
        [
            (
                U,
                (
                    "A parent cancelled at 8am for a 10am lesson, saying her daughter was ill. "
                    "Our policy is 24 hours' notice or the lesson is charged in full."
                ),
            ),
            (
                A,
                (
                    "Illness is a common reason; some schools offer a make-up lesson as a "
                    "goodwill gesture."
                ),
            ),
            (U, "Write a reply that's kind but sticks to the policy."),
        ],
        "writing around the earlier policy and situation",
    ),
    (
        "conv-marble-chips-risk",
        [
            (
                U,
                (
                    "Year 9 are doing the rate of reaction practical with marble chips and 1 "
                    "mol/dm3 hydrochloric acid. 30 students, one teacher, no teaching assistant."
                ),
            ),
            (
                A,
                (
                    "At that concentration the acid is an irritant, so eye protection is "
                    "essential and spills need dealing with quickly."
                ),
            ),
            (U, "Write me a short risk assessment for that lesson."),
        ],
        "writing from the practical described earlier",
    ),
    (
        "conv-starter-bar-clash-tq",
        [
            (
                U,
                (
                    "On the transfer slab the bottom bars clash with the column starters at "
                    "gridline C4. The drawing shows 25 mm bars at 150 centres and we can't hold "
                    "the 40 mm cover there."
                ),
            ),
            (
                A,
                (
                    "That needs the engineer's decision rather than a site fix, as moving bars "
                    "changes the design."
                ),
            ),
            (U, "Draft a technical query to the engineer about it."),
        ],
        "writing from the clash described earlier",
    ),
    (
        "conv-f5-cobble-report",
        [
            (
                U,
                (
                    "Cobble at F5 at 14:32. The strip was 2.5 mm. The looper lost tension after a "
                    "motor trip. We lost 52 minutes and two work rolls were damaged."
                ),
            ),
            (
                A,
                (
                    "The looper motor trip is the likely trigger; tension loss at that gauge "
                    "quickly leads to a cobble."
                ),
            ),
            (U, "Write the shift report and suggest what to check before restart."),
        ],
        "writing and judgement from the earlier facts",
    ),
    (
        "conv-mull-shot-plan",
        [
            (
                U,
                (
                    "We've got 14 days on Mull. Ospreys nest by the loch, the sea eagles are on "
                    "the north coast, we have one drone licence and two camera operators."
                ),
            ),
            (A, "That's tight for two key species, so splitting the team at times may help."),
            (U, "Draw up a shot plan that makes the best use of that."),
        ],
        "writing and judgement from the earlier resources",
    ),
    (
        "conv-youth-impact-section",
        [
            (
                U,
                (
                    "Last year we met 312 young people on the streets, 41 came on the "
                    "residential, and reports of anti-social behaviour near the skate park fell "
                    "by a third."
                ),
            ),
            (
                A,
                (
                    "Those are strong figures. Funders will also want to hear how the young "
                    "people themselves describe the change."
                ),
            ),
            (U, "Write the impact section of our funding bid using those numbers."),
        ],
        "writing with the figures given earlier",
    ),
    (
        "conv-youth-disclosure-steps",
        [
            (
                U,
                (
                    "A 15-year-old told me that her boyfriend, who is 19, has been picking her up "
                    "from school and she's stopped seeing her friends."
                ),
            ),
            (
                A,
                (
                    "That raises safeguarding concerns and should be passed on to your designated "
                    "safeguarding lead."
                ),
            ),
            (U, "What are my next steps, in order?"),
        ],
        "rules and judgement applied to the disclosure described earlier",
    ),
    (
        "conv-one-item-inflation",
        [
            (
                U,
                (
                    "The loaf I price went from £1.25 to £1.40 this month, a 12% rise. The shop "
                    "manager told me it's because flour costs went up."
                ),
            ),
            (
                A,
                (
                    "That's a 12% rise for that loaf, though the inflation rate covers hundreds "
                    "of items with different weights."
                ),
            ),
            (
                U,
                (
                    "Explain to my local community group why one item going up 12% doesn't mean "
                    "inflation is 12%."
                ),
            ),
        ],
        "explanation around the earlier figures",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
for _fam, _turns, _note in CONVS:
    convo(_fam, _turns, _note)

# ---------------------------------------------------------------- this set's structural asserts
_POS = ("positive:calculator", "positive:units", "positive:datetime")
for _label in _POS:
    _fams = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_fams) == set(REGISTERS), _label
    assert len(_fams) == 31, (_label, len(_fams))
    assert sum(1 for i in items if i["label"] == _label and i["family"] == P) == WANT_PLAIN
_per_reg = {r: sum(1 for i in items if i["family"] == r and i["label"] in _POS) for r in REGISTERS}
assert sorted(r for r, n in _per_reg.items() if n == 3) == sorted(THREE), _per_reg
assert sum(1 for n in _per_reg.values() if n == 4) == 18 and set(_per_reg.values()) == {3, 4}
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ord if i["family"] == r) == 4 for r in REGISTERS)
assert all(not i.get("note") and not i.get("messages") for i in _ord)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")) and _i.get("note"), _i["id"]
        assert bool(_i.get("messages")) == _i["family"].startswith("conv-"), _i["id"]
    if _i["label"] != "negative":
        assert _i["family"] in REGISTERS or _i["family"] == P, _i["id"]
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
    # no register (family name) of this set is a family name of sets 19 to 99
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 99: {reused}"
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
