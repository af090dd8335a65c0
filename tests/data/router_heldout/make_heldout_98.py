r"""Generate heldout-2027-03-11.jsonl: a ninety-eighth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed98/earlier_registers.txt (in full: a `wc -lc` gave 1725 lines and 42045 characters,
then a `tr` turning its newlines into spaces was printed in two pieces, `head -c 21000` and `tail
-c +20900`, which overlap by 101 characters, so nothing was left out): the register names of
earlier sets, used only to choose this set's 25 registers so that their trades and situations
differ from all of those; and these line ranges of /work/sealed98/make_heldout_97.py (a `wc -l`
gave 3232 lines, as the brief said): lines 1-618 (its docstring, imports, configuration, helpers,
calc() and the line P = "plain"), 960-1020 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
1252-1336 (its datetime section header, date helpers, clock_span(), date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1635-1642 (its negatives section header, neg() and conv()) and
3009-3232 (its stated-weekday check, its checks and main()). None of set 97's query blocks
(619-959, 1021-1251, 1337-1634, 1643-3008) was opened, printed or searched.

The first command ran the `cat` of grading.py, an `ls -la` of /work/sealed98 (earlier_registers.txt
and make_heldout_97.py only) and a `wc -l` of both files (1725 and 3232 lines). The next printed
lines 1-618 of set 97 by `sed -n 1,618p`; the tool showing the output cut out its middle (lines 165
to 292 of the output were not shown), so the next command printed lines 160-295 by `sed -n
160,295p`, and all of lines 1-618 were seen. One command then printed lines 960-1020, 1252-1336 and
1635-1642 by `sed -n`, and another lines 3009-3232. Nothing outside the allowed ranges was seen.
The next command ran the `wc -lc` and the first `tr` piece of earlier_registers.txt and another the
second piece. Nothing under /work/main was opened or listed apart from grading.py: nothing under
router/, tools/, docs/ or tests/ was opened or listed, nor README or pyproject, and .venv was not
listed. The only other use of /work/main was running /work/main/.venv/bin/python (for every script
and every run of this generator, with a `--version` of it and of ruff once) and
/work/main/.venv/bin/ruff (with /work/main as the working directory, on this file only, always with
--no-cache). No other /work/sealed* directory was listed. The earlier generators (sets 1-97) are
only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing
make_heldout_97.py runs its module level, which builds its items, but no earlier query was ever
printed. No JSONL file was opened (not even this set's own output: only this generator's printed
summary, its failure messages, its `tail -6` and `head -4`, a `grep -c` of its non-empty lines, a
`grep` of its family lines, ruff's output and the --show listing of ids, expected values and
tolerances, picked out by a `grep` and laid out by `column -t`, were read; `sha256sum` and `wc -l`
were run on it at the end), no git command was run, no network and no search or fetch tool was
used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command made /tmp/h98/own and ran a `grep -iE` of
earlier_registers.txt for keywords and fragments of the candidate trades and their neighbours
(glass, wire, laund, ship, crane, cruise, galley, sommel, wine, baby, expect, redundan, budget,
buyer, deposit, botanic, glasshouse, window, energy, bill, interrail, europe, bird, twitch, tablet,
pharma, solar, waste, tree, golf, caddie, publish, book, cloth, garment, cutting, student, formula,
quarry, shot, hill, walk, munro, couple and household), joined onto one line by `tr`; a second
`grep -iE` of the same kind followed (mill, factory, suite, chef, restaurant, garden, fashion,
rail, train, mountain, blast, explos, racing, print, textile, fabric, mortgage, saving, job,
pension, maternity, midwife, newborn, meter, forest, plant, hull, weld, steel, lift, copper, cable,
incinerat, fire, dresser, display, merchand, caterer, cater and provision). Candidates dropped
while choosing, judged too near an earlier name or hard to fill with exact questions, included a
racehorse trainer's yard (near the racecourse clerk, the jockeys' valet and the thoroughbred stud,
and dropped by set 97 too), a parkrun run director (near the charity run and the marathon
registers), a heating oil tanker round (near the wood pellet and coal rounds), a conference
interpreters' booth (hard to fill with unit questions), a commuter weighing a rail season ticket
(set 97 dropped a commuter switching to cycling), a wholesale meat cutting plant (near the abattoir
lairage office), an industrial flour mill (near the animal feed mill) and a vertical farm (near the
hydroponic container farm). The 25 registers below were then fixed; no list file of them was
written, and the sorted order is asserted in this file. The next command copied the five ranges by
`sed -n A,Bp` into /tmp/h98/r1.py to r5.py (not printed), ran a `wc -l` of them, a `grep -nx` for
the line that is exactly `from __future__ import annotations` in r1.py (line 410 of set 97) and
printed the Python and ruff versions (3.11.7 and 0.17.6); its `tail` of r2.py to r4.py failed on a
bad option, so the next command printed the last two lines of each of r2.py to r4.py by `tail -n 2`
through `cat -A`, and a `head -2` of r5.py. The next command wrote and ran /tmp/h98/subst.py (a
`cat` heredoc): it cut the first copy at that line (asserted to be the only such whole line), so
set 97's docstring is not part of this file, and substituted this set's OUT
("heldout-2027-03-10.jsonl" -> "heldout-2027-03-11.jsonl") and PREFIX ("ho97-" -> "ho98-"), "sets
1-96" -> "sets 1-97" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept
as they were), `range(2, 97)` -> `range(2, 98)` in EARLIER and, in REGISTER_CHECK,
make_heldout_97.py added after make_heldout_96.py, all in the first block, and "sets 19 to 96" ->
"sets 19 to 97" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth copies are used
as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "95" to
"98", "19 to" and "2027" (with the REGISTER_CHECK lines filtered out), a `tail -2` of c1.py and a
`grep -n` of c1.py for the REGISTER_CHECK lines of sets 95 to 98.

Then `cat` heredocs wrote this set's own blocks under /tmp/h98/own/: a_calc.py (money(), the
register constants and REGISTERS, and the calculator items, with a `grep -c` of the plain one-line
calls, 13, and of the lines opening a multi-line call, 32, one of them a plain item); before any
run, /tmp/h98/fix1.py (a `cat` heredoc, four edits each asserted to apply once) took the word
"yesterday" out of the energy from waste plant's item and turned a shotfirer's "Tomorrow's shot"
into "Thursday's shot" (main() refuses such relative words in positives), and tidied the wording of
a first-time buyer's item and a hull block item, with a `grep -n -A4` of the result. Then
b_units.py (unit constants and unit items, with the same two counts, 14 and 31); before any run,
/tmp/h98/fix2.py (three edits, each asserted to apply once) reworded the Munro route item, whose
first wording said "about" a measured distance, and made the caddie's yards-to-metres item use
unit_r() like the other rounded items. One command then printed, by a one-line script, the weekdays
of 20 candidate dates (among them 10 and 11 March 2027, the dates in the file names of sets 97 and
98, and every date later stated with its weekday; the stated weekdays are computed by sayw() and
sayus() and asserted). Then c_dates.py (hours_between(), the weekday asserts and the date items,
with a `grep -c` of its one-line plain date_item( calls, 8, and of the lines opening a multi-line
call, 37, six of them plain items). Then d_negs.py (the ORDINARY table), e_near.py (the near()
helper and the NEAR list, with a `grep -c` of its lines holding ("near-, 66: the 65 entries and the
helper's own assert) and f_convs.py (the convo() helper, the CONVS list and this set's own
structural asserts, with a `grep -c` of its family lines, 35); a stray first draft of the THREE set
in f_convs.py (naming eight registers) was found while writing and deleted by `sed -i`, with a
`grep -n` before and after. The next command wrote a one-line placeholder docstring to
/tmp/h98/doc.txt (by `echo`), /tmp/h98/assemble.py (it builds this file from doc.txt and the blocks
in order: c1.py, the own a_calc.py, r2.py, the own b_units.py, r3.py, the own c_dates.py, r4.py,
the own d_negs.py, e_near.py and f_convs.py, and c5.py, checks that the result compiles and prints
its line count), /tmp/h98/fixlong.py (it splits every string literal standing alone on a line over
99 characters, at spaces outside braces, into pieces on lines of their own, inside parentheses only
where the literal is an element of a tuple, list or dict, giving the f prefix only to pieces that
hold a brace, and asserts that the file's syntax tree is unchanged) and a helper /tmp/h98/run.sh
(it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format
--no-cache -q` on this file, then three times fixlong.py followed by ruff format, then
`.venv/bin/ruff check --no-cache` on it, writing the latter's output to /tmp/h98/ruff.txt and
printing the exit codes and its `tail -3`, then this generator from /tmp, passing on any arguments,
writing its output to /tmp/h98/out.txt, and prints its exit code and the `tail -6` of it, and last
a list, by a short inline script, of the lines of this file over 99 characters), made run.sh
executable and ran it. The runs and the fixes between them are listed under "Checks that failed
along the way". The third run passed every check, with no line over 99 characters, and printed the
sha256 below; the next command ran a `head -4` of out.txt, a `grep -c` of its non-empty lines
(206), a `grep` of its negative and plain family lines (`head -20`) and a `cat` of ruff.txt. Then
this generator was run with --show from /tmp (its output written to /tmp/h98/show.txt) and the
listing of ids, expected values and tolerances (a `grep` of show.txt laid out by `column -t`) was
read; this writer checked every expected value against the stories, and no change was needed. The
next command ran a `grep -noiE` of the own positive blocks for words that could make a positive
contested, relative or vague (tonne, ounce, oz, month, a year, per year, working day, business day,
today, now, cup, knot, gallon, hp, about, roughly, approx): its four hits (a take-home pay and a
saving each "a month", and essentials "a month" with a question in "full months") are rates, not
lengths, and were judged harmless. To confirm that the splitting changed no text, the next command
built a second copy of the generator straight from the own blocks, without ruff format or
fixlong.py (assemble.py writing /tmp/h98/alt.py), and ran it and this file with --digest: both gave
the same sha256, equal to the one in out.txt; in the same command alt.py was then deleted, and a
short inline script confirmed that each copied block (c1.py, r2.py to r4.py and c5.py) appears
verbatim in this file, once. A count command then took `grep -o -F` counts over the own positive
blocks (of money(, whole_up(, unit_r(, EXACT, clock_span(, nth_weekday(, age(, days(, weeks(,
TD(weeks, sayw(, sayus(, hours_between(, weekday(, STONE, SQFT, CUFT, GIB, MPH, KMH, HA, ACRE,
f_to_c(, c_to_f(, PSI, LB, YD and pct(), a `wc -w` of the own blocks and a `wc -l` of this file.
This docstring was written last over the placeholder: its source text, /tmp/h98/doc/doc_src.txt,
was written by a `cat` heredoc (with a `wc -w`), and /tmp/h98/doc/fixsrc.py (a `cat` heredoc) then
made five corrections to it after rereading it against what was done (each asserted to apply once);
/tmp/h98/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented lines as they are
and asserts that the words are unchanged, that no line exceeds 99 characters, that every register
value is named and that the text holds no three quotes of its own) filled it to 99 columns into
/tmp/h98/doc.txt and printed its line count, with a `head -3` and a `tail -3` of doc.txt (its first
run stopped on its own line-length assert, as the closing quotes took the last line to 102
characters, so a short inline script, asserted to apply once, made it fill the first and last
paragraphs to 96 columns; this account of that and of fixsrc.py was added by another short inline
script, asserted to apply once, before make_doc.py was run again); then run.sh was run again, with
a `cat` of ruff.txt, the sha256 line of out.txt and the verbatim check of the copied blocks again;
and then, in one command, `ruff format --no-cache --check` and `ruff check --no-cache` of this file
(from /work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and
`wc -l` of the JSONL, `rm -rf /tmp/h98`, an `ls` of /tmp/h98 (gone) and an `ls -la` of
/work/sealed98. Writes: only this file and its JSONL in /work/sealed98/ (earlier_registers.txt and
make_heldout_97.py left as they were); temporary blocks, scripts and output under /tmp/h98/ were
deleted afterwards. Nothing was written into /work/main. Every script and every run of this
generator used /work/main/.venv/bin/python. The JSONL's sha256 from the last edit of the items on
was a4ea0dd5cd099d8de2a3d12dc189b27f2c73e0b95b253feffbf573296baaf902 (335 lines); the docstring
does not enter the output.

Changes to set 97's main() and checks: only the substitutions listed above (file names, sets 1-97
for the duplicate check, sets 19-97 for the register check). Set 97 lies next to this file in
/work/sealed98, and EARLIER_DIRS and earlier_path() are kept as set 97 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_97.py is found next to this file and, as no other
generator lies here, sets 1-96 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 97's as copied;
ruff format left the copied blocks as they were (the inline check named above found each verbatim).
All of set 97's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the
wording rules for positives, the answers' consistency (calculator and exact unit answers are
numbers with at most three decimals, every expected value is graded correct under grading.py's
rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an
earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks() (once:
a plain weeks one-liner between two Mondays), clock_span() (four times: a plain one-liner and a
night train, both to the next morning, a compression run to the next morning and a hill day from
sunrise, all in minutes), nth_weekday() (four times), age() (once), days() (seven times),
whole_up() (twice: planting days and Munro weekends), unit_r() with close_enough_at_2dp() (used by
every rounded unit answer, 33), sayw() (seven times) and sayus() (once), so the weekdays stated
next to dates are computed, and are also checked by the copied stated-weekday check and by this
set's own asserts; STONE (once), SQFT and CUFT; SQYD and OZ are not used, and say() only through
sayw(). Added, newly written: money() (asserts whole pence or cents, with an assert of its own;
every calculator money answer passes through it, 25 of them: 22 register word problems in pounds or
euros and three plain items; the other nine word problems are kilometres of wire, kilos of butter,
plates an hour, planting days, Munro weekends, months of cover, a percentage of a crane's duty,
good tablets and welder-hours); MM, CM, KM and HA, with asserts on IN/MM, CM/MM, MI/KM, HA/ACRE,
SQFT, CUFT, MPH/KMH, c_to_f(-18) and f_to_c(104); the register constants and the REGISTERS tuple
(asserted 25, distinct and sorted); asserts that the square-root one-liner's radicand is a perfect
square and the cube-root one-liner's a perfect cube, that the shares of glass panes come to whole
panes, and that the months-of-cover item does not divide evenly (so "full months" rounds down);
hours_between() (hours between two stated date-times, used once, with an assert of its own);
asserts that the eight dates stated with a weekday in the date items (the two Mondays of the plain
weeks one-liner, the date of the plain sayus() item, files going to the printer, the Christmas
windows' unveiling, a final round, a blast and the start of steel cutting) fall on the weekday
intended; the ORDINARY table and the near() and convo() helpers with their NEAR and CONVS lists;
and this set's own structural asserts, rewritten from set 97's docstring's description of them (its
code was not seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four
distinct questions each; NEAR has 65 entries and CONVS 35, each with distinct families, all
"near-..." and "conv-..." respectively, each with a note (asserted by the helpers and after the
lists); every conversation has at least three turns, opens and ends with a user turn, and its user
and assistant turns alternate (checked with indices; no system turn is used); the positive
registers of each tool are exactly the REGISTERS, with 31 register word problems per tool; exactly
18 registers have four positives and 7 have three (these seven named, as THREE); the ordinary
negatives are 100, four per register; every negative outside the registers is a near-... or
conv-... family with a note; no positive contains an all-numeric date (NUMERIC_DATE_POS, this set's
own pattern; no positive uses one at all). The date items' weeks() call asserts whole weeks, and
date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 97's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 97's, copied (P = "plain" is copied too, as the
last line of the first block). Set 97's docstring (everything before line 410) names its 25
registers, its provenance, the generic kinds of its items (including the kinds of its
near-positives and conversations) and the generic subjects and new figures of items its duplicate
check once reported or that it reworded before a run (18.5% of 7,264, 47 miles, 12 st 11 lb, 2.35
bar, 23.4 squared, 2,184 divided by 0.64, and from set 96 a weekday of 19 November 2031, 22:50 to
05:25 the next morning, 6 ft 1.5 in and 365 yards), which were therefore seen; none of those
figures is used here. The splitting done by fixlong.py changes only how string literals are laid
out in this file, never their text (asserted by syntax trees, and confirmed by the equal digests
above); ruff's own settings were not read: ruff check passed lines of up to 312 characters before
fixlong.py split them, and ruff format joins split pieces back when the joined line fits its own
limit, so the limit of 99 was enforced by this writer's own list of long lines. Some of this set's
near-positive and conversation kinds share generic kinds with set 97's lists, newly worded with new
subjects and figures: live or looked-up data (an exchange rate, a share price, a fuel price abroad,
a summit forecast, a flight's status, a timetable, mortgage rates, house prices, a price cap, a
steel price, a pilot's boarding time, tide times, a fixture date), rules (stamp duty, maternity
pay, redundancy tax, paternity leave, a Lifetime ISA, a benefit rate, redundancy during sick leave,
a bank holiday, a rail pass's travel days, the Schengen limit, friability, an emission limit,
explosives storage, linen disinfection, a racing rulebook), estimates with a missing figure or
constant (a long walk, tree planting to offset a flight, the weight of a glass plate, a wire's
resistance, blast vibration, solar yield, carry at altitude, Naismith's rule, welding time,
detergent, carbon uptake, a book's spine, denim shrinkage, panel degradation, power from waste,
flour for a cruise, a lap time, a discount on an unstated price), judgements (a crane's capacity, a
Barolo's value, a wine pairing, a debut print run, trend colours, a wind limit, a tariff
comparison) and code (a Python function, a spreadsheet formula, a marker efficiency function, an
SQL query), with a translation, a bird identification, a growth centile, orchid humidity, newborn
sleep and warbler arrival; and for conversations writing around earlier figures or text (a defect
email, a hotel quote, a method statement, a window pitch, a complaint, a summary for an asset
owner, a handover note, a rota, a blurb rewrite, a client explanation, a design report opening, a
reply to a neighbour, a CV profile, an offer email, list descriptions, an allergen notice, a
surcharge letter, a non-conformance report) and judgements over earlier options or facts (a die to
pull, an erection order, a menu swap, wine by the glass, a baby's name, outgoings to cut, two
flats, a pest, a city order, a bird, tablet capping, a club, two routes, a hospital bag, a heat
pump, a budget cut, weekend cover). No item of set 97 was seen, so none was reused verbatim. No
conversation here ends in a user turn that could be answered alone: each last turn either needs
figures, rules or text from the earlier turns or asks for writing, judgement or explanation; none
is an earlier misreading corrected and then a plain question asked again. Some near-positives
depend on current figures or live data; they are negatives, with no "now" field. No positive
depends on a looked-up figure: every rate, price, fee and discount is given in the text, so the
answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades or situations: the book publisher production controller next to the greeting card publisher,
the self published novelist's royalties, the literary agent submissions desk, the freelance book
indexer and the bookbinderies; the botanic garden tropical glasshouse next to the herbarium
specimen curator, the bonsai nursery glasshouse, the orangery citrus grower, the butterfly house
attraction and the greenhouse tomato grower; the clothing factory cutting room next to the hosiery
knitting mill, the corsetry and curtain making workrooms, the T-shirt screen printer and the
fashion retail buying office; the copper wire drawing mill next to the steel stockholder, the
aluminium extrusion press shop, the industrial spring coiling works and the copper kettle tinner
(which shares a word); the couple expecting a first baby next to the parents of newborn twins, the
community midwife caseload, the baby sensory class leader and the couple renovating a Victorian
terrace (which shares a word); the couple interrailing across Europe next to the gap year
backpacker budget, the sleeper train cabin attendant, the camino pilgrim walker and the high street
travel agent; the cruise ship galley provisioning next to the cruise ship shore excursions, the oil
rig catering crew, the airline catering unit and the ship chandlery counter; the department store
window dresser next to the fashion retail buying office, the catwalk fashion show producer, the
personal shopper stylist and set 97's shopfitting contractor; the energy from waste plant next to
the anaerobic digester plant, the household recycling centre, the glass cullet recycling plant and
the cement works kiln control room; the fine dining restaurant sommelier next to the independent
wine merchant, the cocktail bar mixologist, the supper club host and the vineyard harvest crews;
the first time buyer saving a deposit next to the mortgage broker case desk, the new build
homebuyer snagging, the teenager saving for a first car and the shared ownership housing officer;
the float glass plant cold end next to the glass cullet recycling plant, the glassblowing studios
and the leaded window glazier; the forestry tree planting gang next to the forestry harvester
operator, the mangrove replanting crew, the Christmas tree plantation yard and the tree surgeon
crews; the golf tour caddie next to the golf club greenkeeper, the golf club fitting studio, the
golf ball recovery diver and the driving range; the hillwalker bagging Munros next to the ramblers
walking group leader, the mountain rescue team quartermaster, the fell running race organiser and
the Duke of Edinburgh expedition assessor; the household budgeting after redundancy next to the
jobcentre work coach, the debt advice service, the house share bills kitty and the small firm HR
adviser; the household tracking energy bills next to the district heating billing office, the
energy supplier call centre, the smart meter installer round, the domestic energy assessor and the
family switching to an electric car; the industrial laundry plant next to the launderette, the
laundrette service wash, the hotel housekeeping linen room and the hospital sterile services unit;
the limestone quarry shotfirer next to the slate quarry, the china clay pit foreman, the lime
burner and the fireworks firing crews; the mobile crane lift planner next to the tower crane
operator's site log, the plant hire depot counter, the structural steel erection gang and the
abnormal load escort vehicle; the pharmaceutical tablet compression suite next to the cosmetic
skincare formulation lab, the high street pharmacy counter, the clinical trial site coordinator and
the contract packing co-packer line; the shipyard hull block fabrication next to the shipbreaking
yard, the dry dock hull painters, the sheet metal fabrication shop, the commercial diving welders
and the NDT weld inspection contractor; the solar farm operations engineer next to the rooftop
solar installers, the battery storage site operator, the wind turbine technician's shift log and
the substation maintenance engineer; the twitcher chasing rare birds next to the bird ringing
group, the seabird island warden, the wildlife photography hide and the moth trapping recorder; the
university Formula Student team next to the school robotics team mentor, the student hackathon
organiser, set 97's powerboat racing team, the drag racing strip officials and the kit car assembly
workshop. Some of this set's registers touch each other (the couple expecting a first baby, the
couple interrailing, the first time buyer and the two households budgeting after a redundancy and
tracking energy bills are all household situations; the float glass plant, the copper wire mill,
the tablet compression suite, the energy from waste plant, the industrial laundry and the shipyard
are all industry; the crane lift planner and the quarry shotfirer both work on sites); the
judgement that they are different trades or situations is this writer's. At the edges of the
allowed ranges: line 618 is P = "plain", 960, 1252 and 1635 are section headers, 1020 is the blank
line after unit_r(), 1336 is the assert after sayus(), 1642 is the body of conv(), 3009 opens the
stated-weekday check and 3232 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; two plain items that the duplicate check reported as exact
repeats of earlier queries (their earlier counterparts unseen) were reworded, see below. Registers
of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an overlap in TOPIC
with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 97 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format and ruff check (the own blocks hold no implicit string concatenation in a tuple or list, and
fixlong.py parenthesises the pieces it makes there and only there, so ISC004, UP034 and RUF007
never fired), but fixlong.py stopped on its own assert at the first long literal holding a
non-ASCII character (£, é, ü), because the syntax tree's column offsets count UTF-8 bytes, so
nothing was split and the list of long lines named about a hundred lines of 100 to 312 characters;
the generator stopped at main()'s duplicate check, which reported two plain one-liners by id as
repeats of earlier queries or user turns (ho98-calculator-plain-03, a square root;
ho98-units-plain-07, GiB to MiB). /tmp/h98/fix3.py (a `cat` heredoc, each edit asserted to apply
once) made fixlong.py turn the byte offsets into character offsets, and the two were reworded with
new figures without the earlier queries being looked at (the square root of 66,049, which is 257
squared, and 5.75 GiB, asked as how many MiB). The second run passed ruff format, ruff check and
every check of the generator, but fixlong.py split one literal on each of its three passes and the
list of long lines named two lines of exactly 100 characters: a unit item whose split pieces ruff
format joined again each time (joined, they fit ruff's own limit), and a NEAR entry left on one
line by ruff format. A `sed -n` of those two places in this file, and a run of fixlong.py on a copy
(/tmp/h98/t.py) with a `diff`, showed this; /tmp/h98/fix4.py (each edit asserted to apply once)
shortened the baby scan item ("only understands pounds" -> "only thinks in pounds") and that
entry's note ("live flight status" -> "live flight data"). The third run passed every check, with
fixlong.py splitting 98 literals in its first pass and none in the next two, and no line over 99
characters. The register check, the stated-weekday check, the counts, the gradability checks, this
set's own structural asserts, money()'s asserts and the weekday asserts of the date items passed on
every run that reached them. Before any run, as told above, two positives lost a relative word
(yesterday, tomorrow), two were tidied, the Munro route item lost the word "about", the caddie's
yards item moved to unit_r(), and a stray draft of the THREE set was deleted.

Registers (families), 25, new: book_publisher_production_controller,
botanic_garden_tropical_glasshouse, clothing_factory_cutting_room, copper_wire_drawing_mill,
couple_expecting_first_baby, couple_interrailing_across_europe, cruise_ship_galley_provisioning,
department_store_window_dresser, energy_from_waste_plant, fine_dining_restaurant_sommelier,
first_time_buyer_saving_a_deposit, float_glass_plant_cold_end, forestry_tree_planting_gang,
golf_tour_caddie, hillwalker_bagging_munros, household_budgeting_after_redundancy,
household_tracking_energy_bills, industrial_laundry_plant, limestone_quarry_shotfirer,
mobile_crane_lift_planner, pharmaceutical_tablet_compression_suite,
shipyard_hull_block_fabrication, solar_farm_operations_engineer, twitcher_chasing_rare_birds,
university_formula_student_team. Every register is used by all three tools (asserted); eighteen
distinct registers have one further positive (a second calculator word problem:
clothing_factory_cutting_room, fine_dining_restaurant_sommelier, first_time_buyer_saving_a_deposit,
forestry_tree_planting_gang, household_budgeting_after_redundancy, household_tracking_energy_bills;
a second unit word problem: botanic_garden_tropical_glasshouse, copper_wire_drawing_mill,
golf_tour_caddie, hillwalker_bagging_munros, mobile_crane_lift_planner,
university_formula_student_team; a second date word problem: book_publisher_production_controller,
couple_expecting_first_baby, couple_interrailing_across_europe,
pharmaceutical_tablet_compression_suite, solar_farm_operations_engineer,
twitcher_chasing_rare_birds). The seven registers with three positives are
cruise_ship_galley_provisioning, department_store_window_dresser, energy_from_waste_plant,
float_glass_plant_cold_end, industrial_laundry_plant, limestone_quarry_shotfirer and
shipyard_hull_block_fabrication. Positives are one-liners (family "plain") or word problems of one
to three sentences, in UK usage with £ and pence, pounds, stone, feet, inches, yards, acres and
miles, two in euros (rail passes with reservations and a caddie's week) and none in dollars, with a
US-style written date in one item (a plain six-weeks-after question, with the computed weekday),
and other touches (a print run's unit cost, replacement glazing, fabric cost per shirt, cutting
wages with bonuses, wire off a shift, maternity pay, passes with reservations, butter for a cruise,
garlands and mannequins, exported power, a wine list price and a table's wine with service, a
deposit shortfall and a monthly saving, plates an hour, planting pay and planting days, a caddie's
week, Munro weekends, redundancy pay and months of cover, an electricity bill and a gas credit, a
laundry invoice, a blast's explosives, a crane's duty, good tablets, welder-hours, a panel wash, a
shared trip to a rare bird and a racing team's shortfall); a book's trim, a waterlily pool and a
palm house, a denim roll, a rod coil and a capstan, a baby's weight, a high-speed train, a freezer,
a window backdrop, furnace gas, a serving temperature, a flat's floor area, a glass ribbon, a
restock site, yardages and wind, a mountain's height and a route, a commute, a thermostat, thermal
disinfection, a quarry bench, a load and a wind limit, a punch tip, a deck plate, an inverter
cabin, a wingspan and a racing car's weight and wheelbase; Celsius and Fahrenheit both ways, miles
to kilometres, kilometres to miles, km/h to mph, m/s to mph, m/s to km/h, m/s to feet per minute,
bar to psi, GiB to MiB, square metres to square feet and square feet to square metres, hectares to
acres, acres to hectares, cubic feet to cubic metres, kilograms to pounds, stone and pounds to
kilograms, feet and inches to centimetres, millimetres to inches, centimetres to inches, inches to
centimetres, inches to millimetres, metres to feet and yards to metres), some chatty, terse or
lower-case, with questions at the start or the end, several terse commands and a few bare
expressions to complete. No positive conversations. No dosing in positives (the tablet items count
tablets, a punch tip and a run's length).

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 97: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, a planting season and a rare bird's stay with both days counted, an
outage of 23 days counting its first day and a 15-day rail pass whose first day is day 1, 7, 16,
28, 33, 48, 75, 100, 420 and 730 days after or before a date, a voyage of 45 nights less 12 days,
3, 6, 9, 12 and 13 weeks after or before a date, 40 weeks from a stated date, the third of cuts
every six weeks, a print schedule of 18, 9 and 21 days, a shipment date less 24 and 5 days, a
flight the day after a final round and a pro-am 9 days later, weeks between two stated Mondays (a
plain one-liner), hours between two stated date-times (one plain item), the weekday of a stated
date (two plain items and a rare bird's date), the third Tuesday, the third Thursday, the last
Wednesday and the last Saturday of a stated month and year, a furnace's days of running and a solar
farm's days since commissioning, and a day of the year counting 1 January as day 1); the one age is
in whole years from a stated date to a stated date, and the four clock spans run from one stated
time to the next occurrence of the other (three cross midnight, saying "the next morning"; all are
in minutes). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 97):
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

Run: /work/main/.venv/bin/python make_heldout_98.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-11.jsonl"
PREFIX = "ho98-"
# earlier generators: sets 1-97 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 98))
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
    """A money answer: whole pence (or cents), as an exact Fraction."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("20.9")) == F(209, 10)

BOOK = "book_publisher_production_controller"
BOTANIC = "botanic_garden_tropical_glasshouse"
CLOTHING = "clothing_factory_cutting_room"
COPPER = "copper_wire_drawing_mill"
BABY = "couple_expecting_first_baby"
INTERRAIL = "couple_interrailing_across_europe"
GALLEY = "cruise_ship_galley_provisioning"
WINDOW = "department_store_window_dresser"
EFW = "energy_from_waste_plant"
SOMM = "fine_dining_restaurant_sommelier"
FTB = "first_time_buyer_saving_a_deposit"
FLOAT = "float_glass_plant_cold_end"
TREES = "forestry_tree_planting_gang"
CADDIE = "golf_tour_caddie"
MUNRO = "hillwalker_bagging_munros"
REDUND = "household_budgeting_after_redundancy"
BILLS = "household_tracking_energy_bills"
LAUNDRY = "industrial_laundry_plant"
QUARRY = "limestone_quarry_shotfirer"
CRANE = "mobile_crane_lift_planner"
TABLET = "pharmaceutical_tablet_compression_suite"
HULL = "shipyard_hull_block_fabrication"
SOLAR = "solar_farm_operations_engineer"
TWITCH = "twitcher_chasing_rare_birds"
FSTEAM = "university_formula_student_team"
REGISTERS = (
    BOOK,
    BOTANIC,
    CLOTHING,
    COPPER,
    BABY,
    INTERRAIL,
    GALLEY,
    WINDOW,
    EFW,
    SOMM,
    FTB,
    FLOAT,
    TREES,
    CADDIE,
    MUNRO,
    REDUND,
    BILLS,
    LAUNDRY,
    QUARRY,
    CRANE,
    TABLET,
    HULL,
    SOLAR,
    TWITCH,
    FSTEAM,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# ---- plain one-liners (14)
calc(P, "what's 4,386 times 27", 4386 * 27)
calc(P, "17.5% of 9,284", 9284 * pct("17.5"))
assert 257**2 == 66049
calc(P, "square root of 66,049", 257)
assert 43**3 == 79507
calc(P, "What is the cube root of 79507?", 43)
calc(P, "(318 + 746) / 19", F(318 + 746, 19))
calc(P, "8.6 squared?", dec("8.6") ** 2)
calc(P, "6,214 minus 8,935 = ?", 6214 - 8935)
calc(P, "percentage increase going from 1,840 to 2,093", F(2093 - 1840, 1840) * 100)
calc(P, "Split £83.60 four ways — how much each?", money(dec("83.60") / 4))
calc(P, "27/40 as a decimal please", F(27, 40))
calc(
    P,
    "A receipt total of £1,134 includes VAT at 20%. What was the price before VAT?",
    money(F(1134) / dec("1.2")),
)
calc(P, "3,072 divided by 0.48", F(3072) / dec("0.48"))
calc(P, "add up 1,287 + 4,093 + 658 + 12,470", 1287 + 4093 + 658 + 12470)
calc(P, "How much is £248.40 with 15% knocked off?", money(dec("248.40") * (1 - pct(15))))

# ---- register word problems (31: one per register, and a second for six of them)
calc(
    BOOK,
    "First printing is 6,500 copies. Paper comes to £1.18 a copy, printing and binding £0.94 a "
    "copy, and there's a one-off £1,300 for plates and make-ready. What does each copy work out "
    "at?",
    money((6500 * (dec("1.18") + dec("0.94")) + 1300) / 6500),
)
calc(
    BOTANIC,
    "The palm house has 340 glass panes on its south face and we're replacing 15% of them this "
    "winter at £86.50 a pane, fitted. What will the glazing bill be?",
    money(340 * pct(15) * dec("86.50")),
)
assert 340 * pct(15) == 51
calc(
    CLOTHING,
    "Our marker for the poplin shirt uses 11.2 metres of fabric per ply and cuts 4 shirts a ply. "
    "Fabric is £3.85 a metre. What's the fabric cost per shirt?",
    money(dec("11.2") * dec("3.85") / 4),
)
calc(
    CLOTHING,
    "Cutters are paid 14p a pair on the trouser order and we cut 1,860 pairs this week; both "
    "cutters also get a £45 bonus each for going over 1,800. Total cutting wages for the week?",
    money(1860 * dec("0.14") + 2 * 45),
)
calc(
    COPPER,
    "The fine drawing line runs at 18 metres a second. On a 7.5 hour shift we lost 40 minutes to "
    "a die change and a break. How many kilometres of wire came off it?",
    (dec("7.5") * 60 - 40) * 60 * 18 / 1000,
)
calc(
    BABY,
    "My maternity pay: 90% of my average £540 a week for the first 6 weeks, then £187.18 a week "
    "for the next 33 weeks. What's the total?",
    money(6 * 540 * pct(90) + 33 * dec("187.18")),
)
calc(
    INTERRAIL,
    "Two adult passes at €335 each. On top, each of us needs 3 seat reservations at €13 and a "
    "couchette on the night train at €39. What do we spend in total, in euros?",
    money(2 * 335 + 2 * (3 * 13 + 39)),
)
calc(
    GALLEY,
    "14-night cruise, 2,340 passengers, and we plan 0.18 kg of butter per passenger per day. How "
    "many kilos of butter do we load?",
    2340 * dec("0.18") * 14,
)
calc(
    WINDOW,
    "Seven Christmas windows, each dressed with 42 metres of garland at £2.35 a metre and three "
    "rented mannequins at £18 apiece. What's the total for all seven?",
    money(7 * (42 * dec("2.35") + 3 * 18)),
)
calc(
    EFW,
    "The turbine exported 28.6 MWh an hour for 19 hours before the trip, at £74.20 per "
    "MWh. What was that worth?",
    money(19 * dec("28.6") * dec("74.20")),
)
calc(
    SOMM,
    "We pay £18.40 for the Rioja and list wines at 3.2 times cost. What should it go on the list "
    "at?",
    money(dec("18.40") * dec("3.2")),
)
calc(
    SOMM,
    "Table 6 had a £96 bottle of Meursault and two glasses of Sauternes at £12 each, and we add "
    "12.5% service. What's their wine total including service?",
    money((96 + 2 * 12) * (1 + pct("12.5"))),
)
calc(
    FTB,
    "The flat is on at £238,000. We need a 10% deposit plus £2,150 in fees, and we've saved "
    "£17,460. How much more do we need?",
    money(238000 * pct(10) + 2150 - 17460),
)
calc(
    FTB,
    "I take home £2,460 a month, rent is £985, bills £310, and I save 35% of what's left over. "
    "How much goes into the deposit pot each month?",
    money((2460 - 985 - 310) * pct(35)),
)
calc(
    FLOAT,
    "Cold end is cutting jumbo plates of 6.0 m by 3.21 m and the line is pulling 1,926 square "
    "metres of glass an hour. How many plates an hour is that?",
    F(1926) / (6 * dec("3.21")),
)
calc(
    TREES,
    "Piece rate is 21p a tree. I put in 1,850 on Monday, 2,240 on Tuesday and 1,975 on "
    "Wednesday. What have I earned so far?",
    money((1850 + 2240 + 1975) * dec("0.21")),
)
calc(
    TREES,
    "The compartment is 14.5 hectares at 2,500 trees a hectare. Six of us plant 1,450 each a "
    "day. How many days to finish it, counting a part day as a whole one?",
    whole_up(dec("14.5") * 2500 / (6 * 1450)),
)
calc(
    CADDIE,
    "He finished tied ninth and won €71,400. I'm on €1,500 a week plus 6% of his prize money. "
    "What do I make this week?",
    money(1500 + 71400 * pct(6)),
)
calc(
    MUNRO,
    "I've climbed 187 of the 282 Munros. At 3 a weekend, how many weekends until I've done them "
    "all?",
    whole_up(F(282 - 187, 3)),
)
calc(
    REDUND,
    "Redundancy: 1.5 weeks' pay for each year I worked after turning 41 (that's 7 of them) and a "
    "week's pay for each of the other 12, at a capped £719 a week. What's the total?",
    money((7 * dec("1.5") + 12) * 719),
)
calc(
    REDUND,
    "The payout after tax was £14,820. Our essentials are £1,960 a month and my partner's wage "
    "covers £1,150 of that. How many full months will the payout cover the rest?",
    F(14820) // (1960 - 1150),
)
assert F(14820, 1960 - 1150).denominator != 1
bill_pence = 320 * dec("24.86") + 31 * dec("53.8")
calc(
    BILLS,
    "Electricity at 24.86p per kWh plus a 53.8p daily standing charge. We used 320 kWh over 31 "
    "days. What's the bill in pounds?",
    money(bill_pence / 100),
)
calc(
    BILLS,
    "Gas this quarter: 1,850 kWh at 6.4p plus 90 days of standing charge at 31.4p. We've paid "
    "£85 by direct debit four times. How much in credit are we, in pounds?",
    money(4 * 85 - (1850 * dec("6.4") + 90 * dec("31.4")) / 100),
)
calc(
    LAUNDRY,
    "Weekly hotel contract: 3,480 sheets at 38p, 2,950 towels at 27p and 860 pillowcases at 12p. "
    "What's the invoice before VAT?",
    money(3480 * dec("0.38") + 2950 * dec("0.27") + 860 * dec("0.12")),
)
calc(
    QUARRY,
    "Thursday's shot is 24 holes, each loaded with 185 kg of emulsion at £0.92 a kilo plus a "
    "£14.60 detonator per hole. What does the blast cost in explosives?",
    money(24 * (185 * dec("0.92") + dec("14.60"))),
)
calc(
    CRANE,
    "AHU weighs 8,740 kg, rigging 385 kg and the hook block 620 kg. The crane's duty at that "
    "radius is 12,500 kg. What percentage of duty is the lift?",
    F(8740 + 385 + 620, 12500) * 100,
)
calc(
    TABLET,
    "Press makes 4,200 tablets a minute over a 7.5 hour run, and 0.6% are rejected by the "
    "checkweigher. How many good tablets?",
    4200 * dec("7.5") * 60 * (1 - pct("0.6")),
)
calc(
    HULL,
    "Block 14 has 38 seams of 9.6 m each to weld and a welder lays 2.4 m an hour on this joint."
    " How many welder-hours is the block?",
    38 * dec("9.6") / dec("2.4"),
)
calc(
    SOLAR,
    "41,600 panels on site, we washed 28% of them this round at 9p a panel. What did the wash "
    "cost?",
    money(41600 * pct(28) * dec("0.09")),
)
calc(
    TWITCH,
    "Four of us drove 368 miles for the Pallid Harrier: petrol £71.40, parking £12 and £6.60 for "
    "the ferry. Split four ways, what's my share?",
    money((dec("71.40") + 12 + dec("6.60")) / 4),
)
calc(
    FSTEAM,
    "This year's car budget is £38,500. Sponsors cover 62% and the university gives £4,000. How "
    "much do we still have to raise?",
    money(38500 * (1 - pct(62)) - 4000),
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
assert c_to_f(-18) == dec("-0.4") and f_to_c(104) == 40

# ---- plain one-liners (14)
unit_r(P, "73 miles in km", 73 * MI / KM)
unit(P, "-7 °C in Fahrenheit?", c_to_f(-7), EXACT)
unit(P, "5 ft 10.5 in to cm", (5 * FT + dec("10.5") * IN) / CM, EXACT)
unit_r(P, "how many pounds is 94 kg", 94 / LB)
unit_r(P, "Convert 3.6 bar to psi.", dec("3.6") * BAR / PSI)
unit_r(P, "850 sq ft in square metres", 850 * SQFT)
unit(P, "how many MiB is 5.75 GiB", dec("5.75") * GIB / MIB, EXACT)
unit_r(P, "What's 135 km/h in mph?", 135 * KMH / MPH)
unit_r(P, "16.8 hectares = how many acres", dec("16.8") * HA / ACRE)
unit_r(P, "270 cubic feet in cubic metres", 270 * CUFT)
unit_r(P, "9 st 6 lb in kilos?", (9 * STONE + 6 * LB))
unit_r(P, "convert 610 mm to inches", 610 * MM / IN)
unit_r(P, "How many feet is 1,450 metres?", 1450 / FT)
unit(P, "25 m/s in km/h", 25 / KMH, EXACT)

# ---- register word problems (31: one per register, and a second for six of them)
unit_r(
    BOOK,
    "Trim size is 156 x 234 mm and the US distributor's form wants inches. What's the height in "
    "inches?",
    234 * MM / IN,
)
unit(
    BOTANIC,
    "The Victoria waterlily pool is kept at 30 °C. The visiting curator from Missouri asked what "
    "that is in Fahrenheit.",
    c_to_f(30),
    EXACT,
)
unit_r(
    BOTANIC,
    "Our palm house is 19.8 m to the top of the ridge. How tall is that in feet?",
    dec("19.8") / FT,
)
unit(
    CLOTHING,
    "The denim roll is 60 inches wide and our cutting tables are marked in centimetres. How many "
    "cm wide is the roll?",
    60 * IN / CM,
    EXACT,
)
unit_r(
    COPPER,
    "A rod coil off the caster weighs 3,850 kg. The US buyer wants its weight in pounds.",
    3850 / LB,
)
unit_r(
    COPPER,
    "Capstan speed on the intermediate machine is 25 m/s. What is that in feet per minute?",
    25 * 60 / FT,
)
unit_r(
    BABY,
    "The scan puts the baby at 3.4 kg and my mum only thinks in pounds. How many pounds is that?",
    dec("3.4") / LB,
)
unit_r(
    INTERRAIL,
    "The screen on the Frecciarossa said 300 km/h between Milan and Rome. In mph?",
    300 * KMH / MPH,
)
unit(
    GALLEY,
    "Freezers have to hold -18 °C and the American auditor writes everything in Fahrenheit. What "
    "is -18 °C in °F?",
    c_to_f(-18),
    EXACT,
)
unit_r(
    WINDOW,
    "The corner window is 4.2 m wide and 2.7 m high, and the printed backdrop is priced per "
    "square foot. What's the area in square feet?",
    dec("4.2") * dec("2.7") / SQFT,
)
unit_r(
    EFW,
    "The US grate supplier's data sheet gives the furnace gas at 1,560 °F. What's that in °C?",
    f_to_c(1560),
)
unit_r(
    SOMM,
    "The importer's notes say serve the Pinot at 64 °F. What's that in Celsius for our cellar "
    "thermometer?",
    f_to_c(64),
)
unit_r(
    FTB,
    "The listing says 620 square feet. What's that in square metres?",
    620 * SQFT,
)
unit_r(
    FLOAT,
    "Our ribbon is 3.3 metres wide at the cutter. A visitor from the US asked how many feet that "
    "is.",
    dec("3.3") / FT,
)
unit_r(
    TREES,
    "The restock site is 37 acres. How many hectares is that for the grant form?",
    37 * ACRE / HA,
)
unit_r(
    CADDIE,
    "The yardage book says 178 yards to the front edge; the European tour card gives metres. "
    "What's 178 yards in metres?",
    178 * YD,
)
unit_r(
    CADDIE,
    "Forecast wind for the final round is 22 km/h gusting higher. My player thinks in mph — "
    "what's 22 km/h?",
    22 * KMH / MPH,
)
unit_r(
    MUNRO,
    "Ben Macdui is 1,309 metres high. How many feet is that?",
    1309 / FT,
)
unit_r(
    MUNRO,
    "The Fisherfield round measured 23.5 km on the map. How far is that in miles?",
    dec("23.5") * KM / MI,
)
unit_r(
    REDUND,
    "The job I've been offered is 38 miles from home each way. How many kilometres is that?",
    38 * MI / KM,
)
unit(
    BILLS,
    "We've set the thermostat to 19.5 °C but the smart app shows Fahrenheit. What number should "
    "it show?",
    c_to_f(dec("19.5")),
    EXACT,
)
unit(
    LAUNDRY,
    "Thermal disinfection is at 71 °C and the American dryer manual uses Fahrenheit. 71 °C is "
    "what in °F?",
    c_to_f(71),
    EXACT,
)
unit_r(
    QUARRY,
    "Benches here are 15 m high. The visiting US engineer asked for that in feet.",
    15 / FT,
)
unit_r(
    CRANE,
    "The AHU is 8,740 kg but the US-built crane's chart is in pounds. What's 8,740 kg in lb?",
    8740 / LB,
)
unit_r(
    CRANE,
    "Our wind limit for the lift is 9.8 m/s. What's that in mph?",
    dec("9.8") / MPH,
)
unit(
    TABLET,
    "The tooling catalogue lists punch tip diameter in inches. Our round punch is 12.7 mm; what "
    "is that in inches?",
    dec("12.7") * MM / IN,
    EXACT,
)
unit_r(
    HULL,
    "The deck plate is 12.5 m by 3.0 m and the class surveyor's sheet wants square feet. What's "
    "its area in sq ft?",
    dec("12.5") * 3 / SQFT,
)
unit(
    SOLAR,
    "The inverter cabin logger hit 104 °F on the American unit's display. What's that in °C?",
    f_to_c(104),
    EXACT,
)
unit_r(
    TWITCH,
    "The field guide gives the wingspan as 68 cm. How many inches is that?",
    68 * CM / IN,
)
unit_r(
    FSTEAM,
    "Our car is 198 kg without the driver. How many pounds is that for the US event entry?",
    198 / LB,
)
unit(
    FSTEAM,
    "The chassis drawing gives the wheelbase as 60.5 inches. What is that in millimetres?",
    dec("60.5") * IN / MM,
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


def hours_between(a, b):
    """Hours from one stated date-time to another, exact."""
    assert b > a, (a, b)
    return F(int((b - a).total_seconds()), 3600)


assert hours_between(DT(2030, 1, 1, 22, 0), DT(2030, 1, 2, 1, 30)) == F(7, 2)

# the dates stated with a weekday below fall on the weekday intended
assert D(2032, 1, 5).weekday() == MON and D(2032, 5, 3).weekday() == MON
assert D(2029, 10, 2).weekday() == TUE and D(2027, 6, 14).weekday() == MON
assert D(2027, 11, 11).weekday() == THU and D(2027, 7, 25).weekday() == SUN
assert D(2027, 9, 21).weekday() == TUE and D(2027, 6, 7).weekday() == MON

# ---- plain one-liners (14)
date_item(P, "What day of the week is 23 October 2033?", weekday(D(2033, 10, 23)))
date_item(P, "100 days after 9 February 2029 is what date?", D(2029, 2, 9) + TD(days=100))
date_item(
    P, "how many days from 14 March 2028 to 2 September 2028", days(D(2028, 3, 14), D(2028, 9, 2))
)
date_item(P, "date 9 weeks before 17 June 2030", D(2030, 6, 17) - TD(weeks=9))
date_item(
    P,
    f"How many weeks are there between {sayw(D(2032, 1, 5))} and {sayw(D(2032, 5, 3))}?",
    weeks(D(2032, 1, 5), D(2032, 5, 3)),
)
date_item(
    P,
    "Someone born on 28 August 1987 — how old are they on 3 April 2031?",
    age(D(1987, 8, 28), D(2031, 4, 3)),
)
date_item(
    P,
    "How many hours from 06:40 on 2 July 2029 to 19:10 on 4 July 2029?",
    hours_between(DT(2029, 7, 2, 6, 40), DT(2029, 7, 4, 19, 10)),
)
date_item(P, "minutes from 21:35 until 04:50 the next morning", clock_span("21:35", "04:50", 60))
date_item(P, "Third Tuesday of November 2030?", nth_weekday(2030, 11, TUE, 3))
date_item(
    P,
    "Counting 1 January as day 1, what day number of the year is 19 May 2031?",
    days(D(2031, 1, 1), D(2031, 5, 19)) + 1,
)
date_item(P, "What's 48 days before 5 March 2029?", D(2029, 3, 5) - TD(days=48))
date_item(P, f"what date is six weeks after {sayus(D(2029, 10, 2))}", D(2029, 10, 2) + TD(weeks=6))
date_item(P, "Which weekday will 30 November 2036 fall on?", weekday(D(2036, 11, 30)))
date_item(P, "last Wednesday in August 2032 — what's the date?", nth_weekday(2032, 8, WED, -1))

# ---- register word problems (31: one per register, and a second for six of them)
date_item(
    BOOK,
    f"Files go to the printer on {sayw(D(2027, 6, 14))}. Printing takes 18 days, shipping to the "
    "warehouse another 9, and publication is 21 days after stock lands. What's publication day?",
    D(2027, 6, 14) + TD(days=18 + 9 + 21),
)
date_item(
    BOOK,
    "Page proofs went to the author on 3 August 2027 and she has 16 days to send corrections. "
    "What date are they due back?",
    D(2027, 8, 3) + TD(days=16),
)
date_item(
    BOTANIC,
    "The titan arum's flower bud showed on 2 June 2027, and in our records it opens 33 days "
    "after the bud appears. What date should the press release give?",
    D(2027, 6, 2) + TD(days=33),
)
date_item(
    CLOTHING,
    "The container has to leave the factory on 15 October 2027. Sewing needs 24 days and packing "
    "5 days after the cut is finished. What's the latest date cutting can finish?",
    D(2027, 10, 15) - TD(days=24 + 5),
)
date_item(
    COPPER,
    "We relined the annealer on 8 January 2027 after its lining had done 420 days. On what date "
    "had that lining gone in?",
    D(2027, 1, 8) - TD(days=420),
)
date_item(
    BABY,
    "The first day of my last period was 18 November 2026 and the midwife counts 40 weeks from "
    "that. What's my due date?",
    D(2026, 11, 18) + TD(weeks=40),
)
date_item(
    BABY,
    "If the baby arrives on 6 September 2027, what date is the 6-week check?",
    D(2027, 9, 6) + TD(weeks=6),
)
date_item(
    INTERRAIL,
    "Our continuous 15-day pass starts on 28 June 2027, with that day as day 1. What's the last "
    "day we can travel on it?",
    D(2027, 6, 28) + TD(days=14),
)
date_item(
    INTERRAIL,
    "The night train leaves Vienna at 19:58 and gets into Rome at 10:15 the next morning. How "
    "many minutes is that on board?",
    clock_span("19:58", "10:15", 60),
)
date_item(
    GALLEY,
    "We sail on 3 April 2027 for 45 nights, and the last fresh produce comes aboard 12 days "
    "before we get back. Which date is that?",
    D(2027, 4, 3) + TD(days=45 - 12),
)
date_item(
    WINDOW,
    f"The Christmas windows are unveiled on {sayw(D(2027, 11, 11))} and the install takes three "
    "weeks. What date do we start?",
    D(2027, 11, 11) - TD(weeks=3),
)
date_item(
    EFW,
    "The planned outage starts on 17 May 2027 and lasts 23 days, counting the first day. What is "
    "the last day of the outage?",
    D(2027, 5, 17) + TD(days=22),
)
date_item(
    SOMM,
    "Our Beaujolais Nouveau dinner is always on the third Thursday of November. What's the date "
    "in 2027?",
    nth_weekday(2027, 11, THU, 3),
)
date_item(
    FTB,
    "We exchanged on 12 March 2027 and completion is set for 28 days later. What date do we get "
    "the keys?",
    D(2027, 3, 12) + TD(days=28),
)
date_item(
    FLOAT,
    "The float furnace was first lit on 20 April 2012. How many days will it have run by 20 "
    "April 2027?",
    days(D(2012, 4, 20), D(2027, 4, 20)),
)
date_item(
    TREES,
    "Our planting season ran from 1 December 2026 to 31 March 2027. How many days was that, "
    "counting both the first and the last day?",
    days(D(2026, 12, 1), D(2027, 3, 31)) + 1,
)
date_item(
    CADDIE,
    f"Final round is {sayw(D(2027, 7, 25))}, we fly out the day after, and the next pro-am is 9 "
    "days after we fly. What date is the pro-am?",
    D(2027, 7, 25) + TD(days=1 + 9),
)
date_item(
    MUNRO,
    "Sunrise is 04:31 and I want to be off the hill by 21:10. How many minutes of walking time "
    "is that?",
    clock_span("04:31", "21:10", 60),
)
date_item(
    REDUND,
    "My 12-week notice period runs from 27 January 2027. What date does it end?",
    D(2027, 1, 27) + TD(weeks=12),
)
date_item(
    BILLS,
    "I read the meters on 6 January 2027 and again on 14 April 2027. How many days apart is that?",
    days(D(2027, 1, 6), D(2027, 4, 14)),
)
date_item(
    LAUNDRY,
    "The flatwork ironer was serviced on 5 January 2027 and the next service is 75 days later. "
    "What date is it due?",
    D(2027, 1, 5) + TD(days=75),
)
date_item(
    QUARRY,
    f"Neighbours get 7 days' notice of a blast. The next one is {sayw(D(2027, 9, 21))}; what date "
    "do the letters have to go out?",
    D(2027, 9, 21) - TD(days=7),
)
date_item(
    CRANE,
    "The big lift is booked for the last Saturday of September 2027. What date is that?",
    nth_weekday(2027, 9, SAT, -1),
)
date_item(
    TABLET,
    "Batch was compressed on 9 August 2027 and has a 730-day shelf life from that date. What's "
    "the expiry date?",
    D(2027, 8, 9) + TD(days=730),
)
date_item(
    TABLET,
    "The compression run started at 22:40 and finished at 07:15 the next morning. How long was "
    "it, in minutes?",
    clock_span("22:40", "07:15", 60),
)
date_item(
    HULL,
    f"Steel cutting for the hull starts {sayw(D(2027, 6, 7))} and block erection begins 13 weeks "
    "later. What date is that?",
    D(2027, 6, 7) + TD(weeks=13),
)
date_item(
    SOLAR,
    "The site was commissioned on 27 July 2022. How many days is it from then to 27 July 2027?",
    days(D(2022, 7, 27), D(2027, 7, 27)),
)
date_item(
    SOLAR,
    "First vegetation cut is on 3 May 2027 and then every 6 weeks after that. What date is the "
    "third cut?",
    D(2027, 5, 3) + TD(weeks=2 * 6),
)
date_item(
    TWITCH,
    "The Siberian Accentor turned up on 17 October 2027 and was last seen on 11 November 2027. "
    "How many days did it stay, counting both days?",
    days(D(2027, 10, 17), D(2027, 11, 11)) + 1,
)
date_item(
    TWITCH,
    "I'm thinking of going for the Pallas's Warbler on 24 October 2027. What day of the week is "
    "that?",
    weekday(D(2027, 10, 24)),
)
date_item(
    FSTEAM,
    "Competition starts 13 July 2027 and the design report is due 75 days before. What's the "
    "deadline?",
    D(2027, 7, 13) - TD(days=75),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four per register, in REGISTERS order
ORDINARY = {
    BOOK: (
        (
            "Should we go for a printed case or a jacketed hardback for a narrative history "
            "retailing at £25?"
        ),
        (
            "Write a short email to the printer pushing back on their 9% paper surcharge "
            "without souring things."
        ),
        (
            "Explain the difference between FSC Mix and FSC Recycled on a copyright page, and "
            "which one we can claim."
        ),
        (
            "What usually makes a printer's hard proof show a colour shift on the cover, and "
            "how do I flag it?"
        ),
    ),
    BOTANIC: (
        (
            "Our Amorphophallus keeps rotting at the tuber after dormancy. What might we be "
            "doing wrong?"
        ),
        (
            "Write about 120 words of interpretation panel text for the cacao tree in the "
            "tropical house."
        ),
        (
            "Is it worth moving the glasshouse heating from gas to a heat pump when the "
            "building is Grade II listed?"
        ),
        (
            "Which biological controls work on mealybug on palms without harming our "
            "free-flying butterflies?"
        ),
    ),
    CLOTHING: (
        (
            "How should we spread a fabric with a one-way nap so panels don't shade within one "
            "garment?"
        ),
        "Is a straight knife or a band knife better for cutting 80 plies of stretch jersey?",
        "Write a toolbox talk on wearing chainmail gloves for new starters in the cutting room.",
        "What's the best way to ticket bundles so the sewing line never mixes sizes or shades?",
    ),
    COPPER: (
        "What causes cupping (central bursts) when drawing copper rod, and how do we prevent it?",
        "Should we run diamond or tungsten carbide dies on the fine wire machine for tinned wire?",
        "Write the risk assessment section for handling drawing lubricant concentrate.",
        (
            "How can we tell whether breaks on the multi-wire machine come from the rod or our "
            "own dies?"
        ),
    ),
    BABY: (
        "What should we ask when we look round the maternity unit next week?",
        "Is a travel system better value than a separate pram and car seat for a first baby?",
        "Help me write a message to my manager telling her I'm pregnant.",
        (
            "How could we split shared parental leave so we both get proper time at home in the "
            "first year?"
        ),
    ),
    INTERRAIL: (
        "Is it worth booking the Bernina Express reservation well ahead for late July?",
        "How do you pack for a month of train travel with just a 40-litre rucksack each?",
        "Suggest a route from Amsterdam to Split that avoids flights and long overnight bus legs.",
        "How does the mobile pass app deal with a journey that runs past midnight?",
    ),
    GALLEY: (
        (
            "How should we rotate stores when half the dairy comes aboard in Barcelona and half "
            "in Civitavecchia?"
        ),
        "Write a short allergen briefing for new galley stewards on their first contract.",
        "What's the best way to cut bread waste at the buffet without passengers noticing?",
        "Which fresh produce keeps best in a 4 °C store for a transatlantic crossing?",
    ),
    WINDOW: (
        "Give me three concepts for a spring menswear window on the theme of city gardens.",
        (
            "How do I light a window full of white bridal gowns so they don't look grey from "
            "the street?"
        ),
        (
            "Is fishing line or clear acrylic rod better for suspending props from the window "
            "ceiling?"
        ),
        "Write the brief for the visual merchandising team for the January sale windows.",
    ),
    EFW: (
        "Why does our boiler fouling get worse when the waste has more garden material in it?",
        (
            "Write a plain-English note for the community liaison group on what happens to our "
            "bottom ash."
        ),
        "How should the crane operator mix the bunker to keep the calorific value steady?",
        (
            "What usually causes a sudden rise in CO at the stack, and what should the control "
            "room check first?"
        ),
    ),
    SOMM: (
        "Suggest an English wine to pair with our scallop and roast cauliflower course.",
        "How do I tell a guest politely that the bottle they brought in on corkage is corked?",
        "Is a Coravin worth it for a list with 30 wines by the glass?",
        "Write tasting notes for a 2019 Chablis Premier Cru for the new list.",
    ),
    FTB: (
        "Should my deposit savings go in a Lifetime ISA or an ordinary savings account?",
        (
            "What's the difference between leasehold and share of freehold, and which should "
            "worry me more?"
        ),
        (
            "Write a short note to my parents explaining how the deposit money they're gifting "
            "will be protected."
        ),
        "Is it better to buy with a 5% deposit soon or keep saving until I have 10%?",
    ),
    FLOAT: (
        (
            "What causes bloom on the tin side of the ribbon, and how would we spot it at the "
            "cold end?"
        ),
        "How should we plan the cutting schedule to reduce edge trim waste?",
        "Write a procedure for dealing with a jumbo stack that has tipped over in the warehouse.",
        "Is automatic defect scanning on the cold end worth the investment for a single line?",
    ),
    TREES: (
        "What's the best way to heel in bare-root saplings when the ground is frozen?",
        "Should we use tree guards or deer fencing on a 14-hectare broadleaf restock?",
        "Write a morning briefing on planting technique for new planters joining the gang.",
        "How do I stop my back packing in halfway through a long planting season?",
    ),
    CADDIE: (
        "How do I settle my player down after a triple bogey without making it worse?",
        "What should a caddie carry in the bag for a links week with changeable weather?",
        "Write a short message to my player's agent asking to renegotiate my percentage.",
        "Is it worth a caddie learning AimPoint green reading?",
    ),
    MUNRO: (
        "Which Munros are best saved for a clear day because of the views?",
        "Is it sensible to do the Aonach Eagach on my own in October?",
        "What should I carry for a winter day on the Cairngorm plateau?",
        "Write an opening paragraph for a blog post about finishing my first 100 Munros.",
    ),
    REDUND: (
        "How do I challenge my redundancy selection if the scoring seemed unfair?",
        "Should I use part of my redundancy money to clear the car loan or keep it as a buffer?",
        "Write a LinkedIn post saying I'm open to work after being made redundant.",
        "What benefits might our household be entitled to while I look for a new job?",
    ),
    BILLS: (
        "Why is our electricity use so high overnight when everyone's asleep?",
        "Is a fixed tariff or a tracker better for a family that works from home?",
        "Write a complaint to our energy supplier about an estimated bill that's far too high.",
        "How do I read the two registers on an Economy 7 smart meter?",
    ),
    LAUNDRY: (
        "How do we stop hotel towels turning grey after a few dozen washes?",
        "What's the best way to segregate infected hospital linen at the sorting area?",
        "Write an email to a hotel client explaining our new charge for heavily stained linen.",
        "Is a batch washer better than the tunnel for our smaller contracts?",
    ),
    QUARRY: (
        "How can I cut down on flyrock from the top bench near the road?",
        "What should be in a blast specification before I sign it off?",
        "Write a letter to neighbours explaining why they felt last week's blast more than usual.",
        (
            "Is electronic initiation worth the extra cost over shock tube for a small "
            "limestone quarry?"
        ),
    ),
    CRANE: (
        "What needs to go in a lift plan for a tandem lift with two mobile cranes?",
        "How do I choose between timber mats and steel outrigger pads on a car park deck?",
        "Write the toolbox talk for slinger-signallers before a blind lift over a roof.",
        (
            "For an urban rooftop plant lift, is a 100-tonne all-terrain or a 60-tonne city "
            "crane the better choice?"
        ),
    ),
    TABLET: (
        "What does sticking on the punch faces usually tell you about the granule?",
        "Write a deviation report summary for a press stoppage caused by a broken punch tip.",
        "How often should in-process weight checks be done during a compression run?",
        "Is it better to polish worn punches or send them for re-chroming?",
    ),
    HULL: (
        "What welding sequence keeps distortion down on thin deck panels?",
        "Write a short safety briefing on hot work inside a double-bottom block.",
        "Is laser-hybrid welding worth it for our flat panel line?",
        (
            "How do I explain to the owner's rep why block 22 is late without blaming the steel "
            "supplier?"
        ),
    ),
    SOLAR: (
        "How can I tell from inverter data whether a string has a failed bypass diode?",
        "Is sheep grazing a good alternative to mowing on a solar farm?",
        "Write the introduction to the monthly report for the asset owner after a dull month.",
        "What's the best way to clean panels in an area with very hard water?",
    ),
    TWITCH: (
        "How do I tell a Pallas's Warbler from a Yellow-browed in a quick view?",
        "What's the etiquette at a crowded twitch on private farmland?",
        "Write a short post for the county bird news group about the shrike I found this morning.",
        "Is a scope worth it over better binoculars for seawatching?",
    ),
    FSTEAM: (
        (
            "How do we choose between a single-cylinder engine and an electric powertrain for "
            "our first car?"
        ),
        "Write a sponsorship pitch email to a local engineering firm.",
        "What do the judges look for in the cost and manufacturing event?",
        "Should our aero package aim for downforce or low drag for the endurance event?",
    ),
}
for _reg, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_reg, _q)


# ---- near-positive negatives: single turns that look like a tool question but need the model
def near(family, query, note):
    assert family.startswith("near-") and note, family
    neg(family, query, note)


NEAR = [
    (
        "near-fx-live",
        "How many US dollars would I get for £2,400 at today's rate?",
        "live exchange rate",
    ),
    (
        "near-share-value",
        "What are 150 Rolls-Royce shares worth at the moment?",
        "live share price",
    ),
    (
        "near-fuel-abroad",
        "How much would it cost to fill a 55-litre tank in France right now?",
        "current fuel price abroad, not given",
    ),
    (
        "near-summit-forecast",
        "Will it be below freezing on the summit of Ben Macdui this Saturday?",
        "weather forecast",
    ),
    ("near-flight-delay", "Is the 07:25 from Gatwick to Milan running late?", "live flight data"),
    (
        "near-last-train",
        "When's the last train from Milan to Florence on a Sunday evening?",
        "timetable look-up",
    ),
    (
        "near-stamp-duty",
        "How much stamp duty would I pay as a first-time buyer on a £410,000 flat in England?",
        "tax bands and reliefs not stated; rules change",
    ),
    (
        "near-smp-eligibility",
        (
            "I started this job 22 weeks before my due week. Do I qualify for statutory "
            "maternity pay?"
        ),
        "eligibility rules",
    ),
    (
        "near-redundancy-tax",
        (
            "Is my £34,000 redundancy payment taxed, and does pay in lieu of notice count "
            "towards the tax-free part?"
        ),
        "tax rules",
    ),
    (
        "near-whw-days",
        "How many days does it usually take to walk the West Highland Way?",
        "estimate, no figures given",
    ),
    (
        "near-flight-offset",
        "How many trees would we need to plant to offset a return flight to New York?",
        "emission and uptake figures missing",
    ),
    (
        "near-glass-weight",
        "How heavy is one jumbo plate of 10 mm float glass, 6 m by 3.21 m?",
        "needs the density of glass, not given",
    ),
    (
        "near-wire-resistance",
        "What's the resistance of 500 m of 2.5 mm² copper wire at 20 °C?",
        "needs copper's resistivity, not given",
    ),
    (
        "near-crane-chart",
        "Can a 60-tonne all-terrain crane lift 8 tonnes at a 22 m radius?",
        "needs a specific load chart; judgement",
    ),
    (
        "near-blast-ppv",
        "What vibration will the nearest house feel 350 m from a blast with 180 kg per delay?",
        "site constants missing; estimate",
    ),
    (
        "near-code-bar-psi",
        "Write a Python function that converts bar to psi and rounds to one decimal place.",
        "code",
    ),
    (
        "near-excel-due-date",
        "Give me an Excel formula that adds 40 weeks to the date in cell A2.",
        "spreadsheet formula",
    ),
    (
        "near-standing-charge-why",
        "Why did our standing charge go up 12% when we used less energy than last year?",
        "explanation",
    ),
    (
        "near-barolo-value",
        "Is a 2016 Barolo at £95 on a restaurant list decent value?",
        "judgement",
    ),
    (
        "near-couchette-italian",
        "How do I ask for two couchette berths on tonight's train in Italian?",
        "translation",
    ),
    (
        "near-solar-june-yield",
        "How many MWh will a 5 MW solar farm in Cornwall generate in June?",
        "estimate, irradiance missing",
    ),
    (
        "near-birth-centile",
        "Our baby weighed 3.4 kg at 39 weeks. What centile is that?",
        "needs growth charts",
    ),
    (
        "near-best-fixed-rate",
        "What's the best five-year fixed mortgage rate at 90% loan to value this week?",
        "live rates",
    ),
    (
        "near-leeds-prices",
        "How much have flat prices in Leeds gone up over the past year?",
        "live data",
    ),
    (
        "near-altitude-carry",
        "How much further does a 7-iron carry in Mexico City than at sea level?",
        "physics estimate, figures missing",
    ),
    (
        "near-naismith",
        "Using Naismith's rule, how long should 18 km with 1,100 m of ascent take?",
        "rule of thumb not stated; estimate",
    ),
    (
        "near-bird-id",
        (
            "Which bird has a lemon rump, two wing bars and a pale crown stripe, seen at Spurn "
            "in October?"
        ),
        "identification",
    ),
    (
        "near-friability-limit",
        "What's the pharmacopoeia limit for friability of uncoated tablets?",
        "regulation look-up",
    ),
    (
        "near-fcaw-time",
        "Roughly how long would it take to weld 10 m of 12 mm plate with flux-cored wire?",
        "estimate, deposition figures missing",
    ),
    (
        "near-detergent-rate",
        "How much detergent per kilo of linen for heavily soiled kitchen cloths?",
        "product-specific guidance",
    ),
    (
        "near-scottish-bank-holiday",
        "What date is the summer bank holiday in Scotland in 2028?",
        "rule look-up, differs from England",
    ),
    (
        "near-travel-day-rule",
        "Does a night train leaving at 19:58 use one travel day or two on an Interrail pass?",
        "fare rules",
    ),
    (
        "near-schengen-days",
        (
            "I've already spent 40 days in the Schengen area this year. If I arrive on 28 June "
            "2027, when do I have to leave?"
        ),
        "90/180 rule not stated; earlier dates unknown",
    ),
    (
        "near-paternity-rules",
        (
            "How many weeks of paternity leave can my partner take, and by when does he have to "
            "take it?"
        ),
        "rules",
    ),
    (
        "near-price-cap-rate",
        "What's the current price cap unit rate and standing charge for electricity?",
        "live regulated price",
    ),
    (
        "near-spruce-carbon",
        "How much CO2 will 2,500 Sitka spruce lock up over their first 40 years?",
        "estimate",
    ),
    (
        "near-venison-pairing",
        "What wine under £60 on a list would suit venison with a blackberry jus?",
        "judgement",
    ),
    (
        "near-spine-width",
        "How wide will the spine be on a 352-page book printed on 80 gsm bulky paper?",
        "paper caliper missing",
    ),
    (
        "near-debut-print-run",
        "How many copies should the first printing of a debut literary novel be?",
        "judgement",
    ),
    (
        "near-denim-shrinkage",
        "How much will raw 100% cotton denim shrink in its first wash?",
        "estimate",
    ),
    (
        "near-marker-code",
        (
            "Write a function that works out marker efficiency from a list of pattern piece "
            "areas and the marker length and width."
        ),
        "code",
    ),
    (
        "near-conductor-class",
        (
            "What's the difference between class 5 and class 6 copper conductors, and which "
            "suits a welding lead?"
        ),
        "explanation",
    ),
    (
        "near-panel-degradation",
        "How much output will our panels have lost after 12 years?",
        "degradation rate missing",
    ),
    (
        "near-nox-limit",
        "What's the daily average NOx emission limit for a UK energy-from-waste plant?",
        "regulation look-up",
    ),
    (
        "near-waste-to-power",
        "How much electricity do you get from burning a tonne of household waste?",
        "estimate",
    ),
    (
        "near-flour-load",
        "How much flour should we load for a 7-night cruise with 3,000 passengers?",
        "per-head figure missing",
    ),
    (
        "near-pilot-boarding",
        "What time does the pilot board for our arrival into Barcelona on Friday?",
        "live port information",
    ),
    (
        "near-autumn-colours",
        "Which colours are trending for autumn window displays?",
        "judgement, trends",
    ),
    (
        "near-orchid-humidity",
        "What relative humidity should our orchid house be kept at overnight?",
        "guidance",
    ),
    (
        "near-explosive-storage",
        "How much explosive can we keep in our store under a standard licence?",
        "regulation",
    ),
    (
        "near-panel-wind-limit",
        "At what wind speed should we stop lifting a 40 m² cladding panel?",
        "judgement; needs the crane's wind data",
    ),
    (
        "near-redundancy-sick",
        "Can my employer make me redundant while I'm off sick with stress?",
        "employment law",
    ),
    ("near-jsa-rate", "How much New Style JSA would I get a week at 42?", "benefit rates look-up"),
    (
        "near-lisa-rules",
        "How much bonus does a Lifetime ISA add, and is there a cap on the house price?",
        "rules",
    ),
    (
        "near-agile-vs-fixed",
        "Would Agile Octopus be cheaper than a fixed tariff for a house with a heat pump?",
        "judgement, live prices",
    ),
    (
        "near-fs-wheelbase-rule",
        "What's the minimum wheelbase in this year's Formula Student rules?",
        "rulebook look-up",
    ),
    (
        "near-autocross-lap",
        "How fast will an 80 kW car weighing 270 kg with the driver lap a 1 km autocross?",
        "estimate, figures missing",
    ),
    (
        "near-sql-rejects",
        "Write an SQL query that totals rejected tablets per batch from a table called press_log.",
        "code",
    ),
    (
        "near-plate-price",
        "What's shipbuilding steel plate selling for per tonne this month?",
        "live price",
    ),
    ("near-newborn-sleep", "How many hours a day should a six-week-old be sleeping?", "guidance"),
    ("near-spurn-tide", "What time is high tide at Spurn on Saturday?", "live tide tables"),
    (
        "near-warbler-arrival",
        "When do Yellow-browed Warblers usually start turning up on the east coast?",
        "knowledge",
    ),
    (
        "near-htm-disinfection",
        "What temperature and hold time does HTM 01-04 require for thermal disinfection of linen?",
        "regulation look-up",
    ),
    ("near-discount-missing", "What would a Brompton cost with 20% off?", "base price missing"),
    (
        "near-open-final-round",
        "What date is the final round of the 2028 Open Championship?",
        "fixture look-up",
    ),
]
for _f, _q, _n in NEAR:
    near(_f, _q, _n)


# ---- conversations: the last user turn needs the earlier turns, or asks for writing/judgement
def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    conv(family, turns, note)


CONVS = [
    (
        "conv-cold-end-defect-email",
        [
            (
                U,
                (
                    "Cold end scanner logged 46 bubble rejects on the night shift against our "
                    "usual 10 or so, mostly in the centre third of the ribbon, starting around "
                    "02:00 after the batch change."
                ),
            ),
            (
                A,
                (
                    "That's a big jump. Bubbles concentrated in the centre after a batch change "
                    "often point to a melting or refining issue rather than the tin bath, so "
                    "the batch weights and cullet ratio for that change are worth checking."
                ),
            ),
            (
                U,
                (
                    "Draft a short email to the furnace team leader flagging this, using the "
                    "figures I gave you."
                ),
            ),
        ],
        "writing from figures in earlier turns",
    ),
    (
        "conv-die-to-pull",
        [
            (
                U,
                (
                    "Die 7 on the multi-wire machine has had 14 breaks this week. Die 3 has had "
                    "9, but it's the position behind the customer's surface finish complaints."
                ),
            ),
            (
                A,
                (
                    "So die 7 breaks most often while die 3 is tied to quality complaints. Both "
                    "could be worn; breaks can also come from misalignment or poor lubrication "
                    "at that position."
                ),
            ),
            (U, "Given all that, which die would you pull first, and why?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-boutique-hotel-quote",
        [
            (
                U,
                (
                    "A new boutique hotel wants a quote: 60 rooms, sheets at 41p, towels at "
                    "29p, collections on Monday and Thursday, and a £180 minimum charge per "
                    "collection."
                ),
            ),
            (
                A,
                (
                    "Noted: 60 rooms, sheets 41p, towels 29p, two collections a week on Monday "
                    "and Thursday, with a £180 minimum per collection."
                ),
            ),
            (U, "Write the quote letter to the hotel's general manager on those terms."),
        ],
        "writing from terms in earlier turns",
    ),
    (
        "conv-block-erection-order",
        [
            (
                U,
                (
                    "Blocks 11, 12, 14 and 15 are ready. 11 and 12 are double-bottom blocks, 14 "
                    "is a side shell block that sits on 12, and 15 is a deck block that needs "
                    "14 and 11 in place first. The gantry can only manage two lifts a shift."
                ),
            ),
            (
                A,
                (
                    "So 11 and 12 have no dependencies, 14 needs 12, and 15 needs both 14 and "
                    "11. With two lifts a shift that's at least two shifts."
                ),
            ),
            (U, "Suggest an erection order across the shifts and explain it."),
        ],
        "planning from constraints in earlier turns",
    ),
    (
        "conv-blind-lift-method",
        [
            (
                U,
                (
                    "The lift is an 8.7 t air handling unit onto a roof 24 m up. The crane sets "
                    "up in the loading bay, it's a blind lift over the parapet, and the "
                    "signaller is on the roof with a radio."
                ),
            ),
            (
                A,
                (
                    "Understood. With a blind lift the operator relies entirely on the "
                    "signaller, so radio checks, an agreed stop signal and an exclusion zone "
                    "under the load path are key."
                ),
            ),
            (U, "Write the sequence-of-work section of the method statement for this lift."),
        ],
        "writing from details in earlier turns",
    ),
    (
        "conv-salmon-shortfall",
        [
            (
                U,
                (
                    "Our salmon delivery in Lisbon has fallen through. It was costed at €14.20 "
                    "a kilo for 380 kg and it's on three dinner menus this cruise."
                ),
            ),
            (
                A,
                (
                    "That's a sizeable gap across three menus. What you can swap in depends on "
                    "what the ship chandler can supply in Lisbon at short notice."
                ),
            ),
            (
                U,
                (
                    "What would you put on those menus instead, staying close to the cost I "
                    "mentioned?"
                ),
            ),
        ],
        "judgement using earlier figures",
    ),
    (
        "conv-tasting-menu-glasses",
        [
            (
                U,
                (
                    "Tasting menu: scallop crudo, pigeon with beetroot, aged Comté, then a dark "
                    "chocolate tart. By the glass we have Albariño, Chablis, Central Otago "
                    "Pinot Noir, Rioja Reserva, Amontillado and Banyuls."
                ),
            ),
            (
                A,
                (
                    "That's a good spread of styles; the Amontillado and Banyuls give you "
                    "options for the cheese and the tart."
                ),
            ),
            (U, "Pick one of those glasses for each course and give me a line on why."),
        ],
        "judgement over earlier options",
    ),
    (
        "conv-baby-name-fit",
        [
            (
                U,
                (
                    "Our surname is Featherstonehaugh. Girls' names on the shortlist: Isla, "
                    "Matilda, Wren and Eleanor."
                ),
            ),
            (
                A,
                (
                    "It's a long, distinctive surname, so a shorter first name often balances "
                    "it, though it's really a matter of taste."
                ),
            ),
            (U, "Which of our four goes best with the surname, and why?"),
        ],
        "judgement over earlier options",
    ),
    (
        "conv-outgoings-to-cut",
        [
            (
                U,
                (
                    "Monthly outgoings: mortgage £1,045, council tax £168, energy £142, food "
                    "£390, two phone contracts £64, streaming £38, gym £55, car finance £229."
                ),
            ),
            (
                A,
                (
                    "That comes to £2,131 a month. The mortgage, council tax, energy and food "
                    "are essentials; the rest have some room to move."
                ),
            ),
            (U, "Which of those would you cut first while I'm job hunting, and in what order?"),
        ],
        "judgement over earlier figures",
    ),
    (
        "conv-flat-a-or-b",
        [
            (
                U,
                (
                    "Flat A: £232,000, leasehold with 96 years left, £1,400 a year service "
                    "charge, 8 minutes' walk to the station. Flat B: £245,000, share of "
                    "freehold, £600 service charge, a 20-minute bus ride to the station."
                ),
            ),
            (
                A,
                (
                    "A is cheaper to buy, but the lease is under 100 years and the service "
                    "charge is higher; B costs more up front but comes with a freehold share "
                    "and lower running costs."
                ),
            ),
            (
                U,
                (
                    "Which would you go for in my shoes, and what would you check before making "
                    "an offer?"
                ),
            ),
        ],
        "judgement over earlier options",
    ),
    (
        "conv-heliconia-mites",
        [
            (
                U,
                (
                    "The Heliconia leaves have fine pale speckling on top and faint webbing "
                    "underneath, worst near the vents where it's driest."
                ),
            ),
            (
                A,
                (
                    "Speckling with webbing in the driest spots is a classic sign of "
                    "two-spotted spider mite."
                ),
            ),
            (
                U,
                (
                    "If that's right, what would you do about it in a house with free-flying "
                    "butterflies?"
                ),
            ),
        ],
        "advice depending on earlier facts",
    ),
    (
        "conv-harvest-window-pitch",
        [
            (
                U,
                (
                    "Brief for the main windows: autumn womenswear, theme 'harvest', £6,000 "
                    "across four windows, brand colours burgundy and gold, and no real food."
                ),
            ),
            (
                A,
                (
                    "Burgundy and gold suit a harvest theme well: dried grasses, oversized "
                    "paper wheat and copper tones would work without any real produce."
                ),
            ),
            (U, "Write a one-paragraph concept pitch for the store manager from that brief."),
        ],
        "writing from an earlier brief",
    ),
    (
        "conv-estimated-reading-complaint",
        [
            (
                U,
                (
                    "The supplier estimated our reading at 6,420 when the meter actually says "
                    "5,890, and billed us £212 for the quarter. I sent them a photo of the "
                    "meter and heard nothing back."
                ),
            ),
            (
                A,
                (
                    "That's an overestimate of 530 units. You're entitled to have the bill "
                    "reissued on the actual reading."
                ),
            ),
            (U, "Write the complaint email to them with those details."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-six-city-order",
        [
            (
                U,
                (
                    "We want Amsterdam, Berlin, Prague, Vienna, Venice and Munich in about 16 "
                    "days, starting in Amsterdam and flying home from Munich."
                ),
            ),
            (
                A,
                (
                    "They're all well connected by rail. Ending in Munich means you'd loop "
                    "south first and come back up at the end."
                ),
            ),
            (
                U,
                (
                    "Put them in an order that avoids backtracking and suggest how many nights "
                    "in each."
                ),
            ),
        ],
        "planning from earlier constraints",
    ),
    (
        "conv-flamborough-warbler",
        [
            (
                U,
                (
                    "Small warbler in the sycamores at Flamborough: bright lemon rump, two wing "
                    "bars, a long pale supercilium and a pale stripe down the crown. It kept "
                    "hovering at the leaf tips."
                ),
            ),
            (
                A,
                (
                    "A crown stripe and lemon rump with that hovering behaviour point strongly "
                    "towards a Pallas's-type warbler."
                ),
            ),
            (U, "So what do you reckon it was, and what would clinch it?"),
        ],
        "identification from an earlier description",
    ),
    (
        "conv-capping-settings",
        [
            (
                U,
                (
                    "We're getting capping on batch 27: main compression 28 kN, press at 70 "
                    "rpm, precompression 4 kN, and granule moisture 1.2% against a 2% target."
                ),
            ),
            (
                A,
                (
                    "Capping with dry granule at a fairly high turret speed is common; low "
                    "moisture and trapped air both weaken bonding."
                ),
            ),
            (U, "From those settings, what would you change first and why?"),
        ],
        "judgement over earlier settings",
    ),
    (
        "conv-insulation-fault-summary",
        [
            (
                U,
                (
                    "Inverter 4 tripped three times this week on an insulation fault, mostly "
                    "after morning dew. String 4.7 read low on the I-V trace; we isolated it "
                    "and the inverter has stayed on since."
                ),
            ),
            (
                A,
                (
                    "That points to a moisture-related insulation fault on string 4.7, perhaps "
                    "a damaged cable or a connector letting water in."
                ),
            ),
            (U, "Summarise this for the asset owner in a short paragraph."),
        ],
        "summary writing from earlier turns",
    ),
    (
        "conv-efw-day-handover",
        [
            (
                U,
                (
                    "Night notes: line 2 grate speed raised at 03:10 after low steam, bunker "
                    "crane B on manual since 04:00, ammonia dosing alarm twice and reset both "
                    "times, stack CO fine."
                ),
            ),
            (
                A,
                (
                    "Got it. The crane on manual and the repeated ammonia alarms are the main "
                    "things to carry over."
                ),
            ),
            (U, "Turn that into a handover note for the day shift."),
        ],
        "writing from earlier notes",
    ),
    (
        "conv-planting-week-rota",
        [
            (
                U,
                (
                    "Six planters: Dan and Priya are the fastest, Tom's new, Alex can't do "
                    "Fridays, Jo needs Wednesday off, and Sam drives the crew bus. We plant "
                    "Monday to Saturday."
                ),
            ),
            (
                A,
                (
                    "So Sam is needed every day the bus runs unless someone else can drive, and "
                    "Tom is best paired with Dan or Priya."
                ),
            ),
            (U, "Draw up the week's rota from that."),
        ],
        "planning from earlier constraints",
    ),
    (
        "conv-crosswind-club",
        [
            (
                U,
                (
                    "178 to the pin, 162 to carry the bunker, wind off the left at about 15 "
                    "mph, firm greens. He hits his 6-iron 185 and his 7-iron 172 in still air."
                ),
            ),
            (
                A,
                (
                    "The left-to-right wind will push the ball right and the firm greens mean "
                    "it'll release on landing."
                ),
            ),
            (U, "What club would you hand him, and what line would you give him?"),
        ],
        "judgement from earlier yardages",
    ),
    (
        "conv-blurb-rewrite",
        [
            (
                U,
                (
                    "Here's the blurb: 'In the winter of 1947, as snow buries the Pennine "
                    "villages, a young schoolteacher finds letters hidden in the chapel organ "
                    "that reveal a secret the whole valley has kept for thirty years, and she "
                    "must decide whether the truth is worth the price her new neighbours will "
                    "pay.'"
                ),
            ),
            (
                A,
                (
                    "It's atmospheric, but it's one long sentence. Breaking it up would make it "
                    "punchier."
                ),
            ),
            (U, "Rewrite it as two or three shorter sentences and keep the 1947 setting."),
        ],
        "rewriting earlier text",
    ),
    (
        "conv-dye-lot-shading",
        [
            (
                U,
                (
                    "The client rejected 300 jackets because the sleeves are a slightly "
                    "different shade from the fronts. The fabric came as four rolls from two "
                    "dye lots and we cut them all in one lay."
                ),
            ),
            (
                A,
                (
                    "Mixing dye lots in one lay is a common cause of shading between panels of "
                    "the same garment."
                ),
            ),
            (U, "Write an explanation for the client of what went wrong and what we'll change."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-design-report-opening",
        [
            (
                U,
                (
                    "This year's car: steel spaceframe, single-cylinder 450 cc engine, 10-inch "
                    "wheels, new pushrod suspension, and 14 kg lighter than last year's."
                ),
            ),
            (A, "Good progress on weight, and the pushrod suspension is a clear step up."),
            (U, "Write the opening paragraph of our design report from that."),
        ],
        "writing from earlier details",
    ),
    (
        "conv-low-farm-reply",
        [
            (
                U,
                (
                    "A neighbour at Low Farm says Tuesday's blast cracked her kitchen tiles. "
                    "Our monitor at her boundary recorded 3.1 mm/s, well under our 6 mm/s limit."
                ),
            ),
            (
                A,
                (
                    "That reading is low, but she'll want to feel taken seriously, and offering "
                    "an inspection usually helps."
                ),
            ),
            (U, "Draft a reply to her that's honest about the reading but offers a visit."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-lochnagar-or-fannichs",
        [
            (
                U,
                (
                    "Option 1: Lochnagar by the Glas Allt, 18 km and 900 m of ascent. Option 2: "
                    "the Fannichs traverse, 27 km and 1,800 m. Saturday's forecast: 45 mph "
                    "gusts on the tops, showers turning to snow above 800 m."
                ),
            ),
            (
                A,
                (
                    "That's a wild forecast for the tops, and the shorter route means far less "
                    "time exposed."
                ),
            ),
            (U, "Which would you pick for that forecast, and why?"),
        ],
        "judgement over earlier options",
    ),
    (
        "conv-hospital-bag-gaps",
        [
            (
                U,
                (
                    "Hospital bag so far: two nighties, maternity pads, a phone charger, "
                    "snacks, three baby vests, a hat and nappies."
                ),
            ),
            (A, "That's a good start on the basics for both of you."),
            (U, "What's missing from that list, for me and for the baby?"),
        ],
        "advice on an earlier list",
    ),
    (
        "conv-cv-profile",
        [
            (
                U,
                (
                    "I was operations manager at a parcel depot for eleven years, ran a team of "
                    "40, cut late deliveries by a third and led the switch to electric vans."
                ),
            ),
            (A, "That's a strong record: leadership, measurable results and managing change."),
            (U, "Write a three-line CV profile for me based on that."),
        ],
        "writing from earlier details",
    ),
    (
        "conv-heat-pump-worth",
        [
            (
                U,
                (
                    "We use about 13,000 kWh of gas a year at 6.2p, plus a £310 standing "
                    "charge. The house is a 1930s semi with cavity wall insulation."
                ),
            ),
            (A, "That's fairly typical gas use for a house that size."),
            (U, "Based on those numbers, would a heat pump be worth it for us?"),
        ],
        "judgement using earlier figures",
    ),
    (
        "conv-offer-email",
        [
            (
                U,
                (
                    "The agent says the vendor wants £239,000. We've agreed to offer £228,500; "
                    "we have a mortgage in principle and no chain."
                ),
            ),
            (
                A,
                (
                    "Being chain-free with a mortgage in principle makes you an attractive "
                    "buyer, which gives the offer some weight."
                ),
            ),
            (U, "Write the offer email to the agent at the figure we agreed."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-new-list-descriptions",
        [
            (
                U,
                (
                    "New on the list: Tement Sauvignon Blanc from Südsteiermark, a Jura "
                    "Savagnin ouillé and a Mencía from Ribeira Sacra."
                ),
            ),
            (A, "An interesting trio, all fresh and with plenty of character."),
            (U, "Write two-line list descriptions for each of those three."),
        ],
        "writing about earlier items",
    ),
    (
        "conv-praline-allergen-card",
        [
            (
                U,
                (
                    "The new dessert has hazelnut praline and is made in the same pastry "
                    "section as the gluten-free cakes, and sesame bread is shaped on the same "
                    "bench."
                ),
            ),
            (A, "So there's a cross-contact risk for nuts and sesame in the pastry section."),
            (U, "Write the allergen notice for the buffet card for that dessert."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-window-budget-cut",
        [
            (
                U,
                (
                    "Plan for the four windows: mannequins £1,200, printed backdrops £1,800, "
                    "lighting hire £900, props £1,600, install labour £1,500. Head office has "
                    "just cut the budget to £5,000."
                ),
            ),
            (A, "That's £7,000 planned against £5,000, so £2,000 has to go."),
            (U, "What would you cut, and how would you keep the windows looking full?"),
        ],
        "judgement over earlier figures",
    ),
    (
        "conv-energy-surcharge-letter",
        [
            (
                U,
                (
                    "From 1 March we're adding an energy surcharge of £4.80 per square metre on "
                    "10 mm glass and thicker, because our gas costs rose 38% over the winter."
                ),
            ),
            (A, "Clear enough. Customers will want notice and a reason they can pass on."),
            (U, "Write the letter to our trade customers announcing it."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-conference-week-cover",
        [
            (
                U,
                (
                    "Hotel volumes are up 20% for conference week. Option one is a Saturday "
                    "shift at time and a half for 12 staff; option two is 4 agency workers "
                    "every weekday."
                ),
            ),
            (
                A,
                (
                    "The Saturday shift keeps experienced people on the line; agency staff add "
                    "weekday capacity but need training."
                ),
            ),
            (U, "Which of those two would you go with for conference week, and why?"),
        ],
        "judgement over earlier options",
    ),
    (
        "conv-lack-of-fusion-ncr",
        [
            (
                U,
                (
                    "UT found lack of fusion on 380 mm of the butt weld between plates P14-3 "
                    "and P14-4 on block 14. Welder ID W212, process FCAW."
                ),
            ),
            (
                A,
                (
                    "That's a reportable defect: it needs an NCR, excavation and a repair to an "
                    "approved procedure."
                ),
            ),
            (U, "Write the non-conformance report from those details."),
        ],
        "writing from earlier details",
    ),
]
for _f, _turns, _n in CONVS:
    convo(_f, _turns, _n)

# ---- this set's own structural asserts
assert list(ORDINARY) == list(REGISTERS)
assert all(len(qs) == 4 and len(set(qs)) == 4 for qs in ORDINARY.values())
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _q, _n in NEAR}) == len(NEAR)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _t, _n in CONVS}) == len(CONVS)
assert all(f.startswith("near-") and n for f, _q, n in NEAR)
assert all(f.startswith("conv-") and n for f, _t, n in CONVS)
for _f, _turns, _n in CONVS:
    assert len(_turns) >= 3 and _turns[0][0] == U and _turns[-1][0] == U, _f
    assert all(_turns[k][0] == (U if k % 2 == 0 else A) for k in range(len(_turns))), _f
_positives = [i for i in items if i["label"] != "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _positives if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_per_reg = {r: sum(1 for i in _positives if i["family"] == r) for r in REGISTERS}
THREE = {WINDOW, EFW, FLOAT, GALLEY, LAUNDRY, QUARRY, HULL}
assert sorted(r for r, n in _per_reg.items() if n == 3) == sorted(THREE)
assert sum(1 for n in _per_reg.values() if n == 4) == 18 and set(_per_reg.values()) == {3, 4}
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ordinary if i["family"] == r) == 4 for r in REGISTERS)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")) and _i.get("note"), _i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
assert not any(NUMERIC_DATE_POS.search(i["query"]) for i in _positives)


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
    # no register (family name) of this set is a family name of sets 19 to 97
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 97: {reused}"
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
