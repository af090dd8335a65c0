r"""Generate heldout-2027-03-12.jsonl: a ninety-ninth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed99/earlier_registers.txt (in full: a `wc -lc` gave 1750 lines and 42797 characters,
then a `tr` turning its newlines into spaces was printed in two pieces, `head -c 21500` and `tail
-c +21400`, which overlap by 101 characters, so nothing was left out): the register names of
earlier sets, used only to choose this set's 25 registers so that their trades and situations
differ from all of those; and these line ranges of /work/sealed99/make_heldout_98.py (a `wc -l`
gave 3090 lines, as the brief said): lines 1-647 (its docstring, imports, configuration, helpers,
calc() and the line P = "plain"), 928-988 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
1194-1278 (its datetime section header, date helpers, clock_span(), date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1513-1520 (its negatives section header, neg() and conv()) and
2867-3090 (its stated-weekday check, its checks and main()). None of set 98's query blocks
(648-927, 989-1193, 1279-1512, 1521-2866) was opened, printed or searched.

The first command ran the `cat` of grading.py, an `ls -la` of /work/sealed99 (earlier_registers.txt
and make_heldout_98.py only) and a `wc -l` of both files (1750 and 3090 lines). The next printed
lines 1-647 of set 98 by `sed -n 1,647p`; the tool showing the output cut out its middle (lines 164
to 323 of the output were not shown), so the next command printed lines 160-330 by `sed -n
160,330p`, and all of lines 1-647 were seen. One command then printed lines 928-988, 1194-1278 and
1513-1520 by `sed -n`, and another lines 2867-3090. Nothing outside the allowed ranges was seen.
The next command ran the `wc -lc` and the first `tr` piece of earlier_registers.txt and another the
second piece. Nothing under /work/main was opened or listed apart from grading.py: nothing under
router/, tools/, docs/ or tests/ was opened or listed, nor README or pyproject, and .venv was not
listed. The only other use of /work/main was running /work/main/.venv/bin/python (for every script
and every run of this generator, with a `--version` of it and of ruff once) and
/work/main/.venv/bin/ruff (with /work/main as the working directory, on this file only, always with
--no-cache). No other /work/sealed* directory was listed. The earlier generators (sets 1-98) are
only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing
make_heldout_98.py runs its module level, which builds its items, but no earlier query was ever
printed. No JSONL file was opened (not even this set's own output: only this generator's printed
summary, its failure messages, its `tail -6` and `head -4`, a `grep -c` of its non-empty lines, a
`grep` of its family lines, the sha256 line, ruff's output and the --show listing of ids, expected
values and tolerances, picked out by a `grep` and laid out by `column -t`, were read; `sha256sum`
and `wc -l` were run on it), no git command was run, no network and no search or fetch tool was
used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command ran a `grep -iE` of earlier_registers.txt for
keywords and fragments of the candidate trades and their neighbours (cargo, loadmaster, alumin,
smelt, model, audit, contact, call_cent, curtain, facade, glaz, wedding, engaged, estate, headhunt,
recruit, search, stadium, ground, pitch, theatre, hospital, surg, battery, lithium, cell,
newspaper, press, ocean, row, parent, student, univers, aquarium, collision, police, forensic,
post, mail, school, caretak, single, return, widow, cook, parks, bedding, tennis, pocket, money,
bearing and grind), joined onto one line by `tr`; a second command ran one `grep -i` per keyword
(bear, ball, council, park, flower, rock, sea_, defen, coast, rail, carriage, train, office, away,
single, widow, cook, tennis, referee, umpire, postal, round, caretak, site_, smelt, furnace, print,
atlantic, yacht, crash, speed, property, house_, agent, account, tax, contact, rota, schedul,
window, clad, wedding, away_day and bedding), each joined by `tr` and cut to 600 characters.
Candidates dropped while choosing, judged too near an earlier name or hard to fill with exact
questions, included an architectural model maker (near the ship model maker, the model railway
registers and the model village), an executive search headhunter (near the temp recruitment agency
desk), parents managing children's pocket money (near the teenager saving for a first car and three
registers of parents), a deer stalker on a Highland estate (near the pheasant shoot gamekeeper and
the deer farm), a jet engine overhaul shop (near the aircraft maintenance hangar), a football
supporter following away games (it would touch the stadium groundsman), a road trip by car (near
set 98's interrailing couple), a commuter (dropped by sets 97 and 98 too) and a gas-fired power
station control room (near the several control rooms already there). The 25 registers below were
then fixed; no list file of them was written, and the sorted order is asserted in this file. The
next command made /tmp/h99/own, copied the five ranges by `sed -n A,Bp` into /tmp/h99/r1.py to
r5.py (not printed), ran a `wc -l` of them, a `grep -nx` for the line that is exactly `from
__future__ import annotations` in r1.py (line 438 of set 98) and printed the Python and ruff
versions (3.11.7 and 0.17.6). The next command wrote and ran /tmp/h99/subst.py (a `cat` heredoc):
it cut the first copy at that line (asserted to be the only such whole line), so set 98's docstring
is not part of this file, and substituted this set's OUT ("heldout-2027-03-11.jsonl" ->
"heldout-2027-03-12.jsonl") and PREFIX ("ho98-" -> "ho99-"), "sets 1-97" -> "sets 1-98" in the
comment on EARLIER_DIRS (asserted to be a comment line; the tuple itself and earlier_path() are
kept as they were), `range(2, 98)` -> `range(2, 99)` in EARLIER and, in REGISTER_CHECK,
make_heldout_98.py added after make_heldout_97.py, all in the first block, and "sets 19 to 97" ->
"sets 19 to 98" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth copies are used
as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "95" to
"99", "19 to" and "2027" (with the REGISTER_CHECK lines filtered out), a `grep -n` of c1.py for the
REGISTER_CHECK lines of sets 96 to 99 and a `tail -2` of c1.py.

Then `cat` heredocs wrote this set's own blocks under /tmp/h99/own/: a_calc.py (money(), the
register constants and REGISTERS, and the calculator items); before any run, an inline script
(asserted to apply once) replaced a garbled first draft of the postal round's doorstep item (it had
said "about 6 seconds" and then corrected itself in the query) by a clean wording with the same
figures. Then b_units.py (unit constants and unit items); before any run, an inline script
(asserted once) reworded the away day's walk item, whose first wording asked "roughly" and then
"exactly", and the same command printed, by a one-line script, the weekdays of 14 candidate dates
(among them 12 March 2027, the date in this file's name, and every date later stated with its
weekday; the stated weekdays are computed by sayw() and sayus() and asserted). Then c_dates.py
(hours_between(), the weekday asserts and the date items); before any run, an inline script
(asserted once) reworded the widower's frozen stew item, whose first wording said "use within 90
days" (main() refuses "within" in positives), to "it keeps for 90 days" with the question asking
for the date 90 days after freezing. Then d_negs.py (the ORDINARY table), e_near.py (the near()
helper and the NEAR list, with a `grep -c` of its lines holding "near-, 66: the 65 entries and the
helper's own assert) and f_convs.py (the convo() helper, the CONVS list and this set's own
structural asserts, with a `grep -c` of its lines holding "conv-, 37: the 35 entries and two
asserts). The next command wrote a one-line placeholder docstring to /tmp/h99/doc.txt (by `echo`),
/tmp/h99/assemble.py (it builds this file from doc.txt and the blocks in order: c1.py, the own
a_calc.py, r2.py, the own b_units.py, r3.py, the own c_dates.py, r4.py, the own d_negs.py,
e_near.py and f_convs.py, and c5.py, checks that the result compiles and prints its line count),
/tmp/h99/longlines.py (it lists the lines of a file over 99 characters) and a helper
/tmp/h99/run.sh (it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff
format --no-cache -q` on this file, then `.venv/bin/ruff check --no-cache` on it, writing the
latter's output to /tmp/h99/ruff.txt and printing the exit codes and its `tail -3`, then this
generator from /tmp, passing on any arguments, writing its output to /tmp/h99/out.txt, and prints
its exit code and the `tail -6` of it, and last the list of long lines), made run.sh executable and
ran it. The runs and the fixes between them are listed under "Checks that failed along the way".
After the last run, which passed every check with no line over 99 characters, the next command ran
a `head -4` of out.txt, a `grep -c` of its non-empty lines (206), a `grep` of its negative and
plain family lines (`head -12`) and an inline script confirming that each copied block (c1.py,
r2.py to r4.py and c5.py) appears verbatim in this file, once. Then this generator was run with
--show from /tmp (its output written to /tmp/h99/show.txt) and the listing of ids, expected values
and tolerances (a `grep` of show.txt laid out by `column -t`) was read; this writer checked every
expected value against the stories, and no change was needed. The next command ran a `grep -noiE`
of the own positive blocks for words that could make a positive contested, relative or vague
(tonne, ounce, oz, month, a year, per year, working day, business day, today, now, cup, knot,
gallon, hp, about, roughly, approx, within, tomorrow, yesterday, tonight), with a `sed -n` of its
three hits and a `grep -n` for "for the year" and "over the year": "tonight" in a print order and
in a widower's three portions and "about the night before" in a weekday item were judged harmless
(no answer depends on the date, and "about" is not an estimate there), and "for the year" and "over
the year" are spans of a student's own figures, not lengths to convert. A `grep -n` of this file
for double opening parentheses (with calls filtered out), with the sha256 line of out.txt and a
`grep -c` of the lines of this file, and then a `grep -c` and `grep -n` of e_near.py for them
followed, and the fix and fifth run told under "Checks that failed along the way". To confirm that
the layout changes altered no text, the next command built a second copy of the generator straight
from the own blocks, without ruff format, fixlong.py or wrapisc.py (assemble.py writing
/tmp/h99/alt.py), and ran it and this file with --digest (this file also with PYTHONHASHSEED=7):
all three gave the same sha256, equal to the one in out.txt; alt.py was then deleted, and an `ls`
of /work/sealed99 showed only the two given files, this file and its JSONL. A count command then
took `grep -o -F` counts over the own positive blocks (of money(, whole_up(, unit_r(, EXACT,
clock_span(, nth_weekday(, age(, days(, TD(days, weeks(, TD(weeks, sayw(, sayus(, say(,
hours_between(, weekday(, STONE, SQFT, SQYD, CUFT, GIB, MPH, KMH, HA, ACRE, f_to_c(, c_to_f(, PSI,
LB, YD, pct(, LITRE, BAR and OZ), a `wc -w` of the own blocks, and `wc -l` and `sha256sum` of the
JSONL. This docstring was written last over the placeholder: its source text,
/tmp/h99/doc/doc_src.txt, was written by a `cat` heredoc (with a `wc -w`), and a `grep` of the own
blocks for "tonne" followed; /tmp/h99/doc/fixsrc.py (a `cat` heredoc) then made three corrections
to it after rereading it against what was done (each asserted to apply once), and this account of
that was added by a short inline script (asserted to apply once); /tmp/h99/doc/make_doc.py (a `cat`
heredoc; it uses textwrap, keeps the indented lines as they are and asserts that the words are
unchanged, that no line exceeds 99 characters, that every register value is named and that the text
holds no three quotes of its own) filled it to 99 columns into /tmp/h99/doc.txt and printed its
line count, with a `head -3` and a `tail -3` of doc.txt; then run.sh was run again, with the sha256
line of out.txt and the verbatim check of the copied blocks again; and then, in one command, `ruff
format --no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two runs of
this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf
/tmp/h99`, an `ls` of /tmp/h99 (gone) and an `ls -la` of /work/sealed99. Writes: only this file and
its JSONL in /work/sealed99/ (earlier_registers.txt and make_heldout_98.py left as they were);
temporary blocks, scripts and output under /tmp/h99/ were deleted afterwards. Nothing was written
into /work/main. Every script and every run of this generator used /work/main/.venv/bin/python. The
JSONL's sha256 from the last edit of the items on was
d30c8ef1724326b1266047f070905e5314c027f13212ed4bb3c769855f789707 (335 lines); the docstring does
not enter the output.

Changes to set 98's main() and checks: only the substitutions listed above (file names, sets 1-98
for the duplicate check, sets 19-98 for the register check). Set 98 lies next to this file in
/work/sealed99, and EARLIER_DIRS and earlier_path() are kept as set 98 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_98.py is found next to this file and, as no other
generator lies here, sets 1-97 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 98's as copied;
ruff format left the copied blocks as they were (the inline check named above found each verbatim).
All of set 98's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the
wording rules for positives, the answers' consistency (calculator and exact unit answers are
numbers with at most three decimals, every expected value is graded correct under grading.py's
rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an
earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks() (twice:
a plain weeks one-liner between two Mondays and a carriage's weeks in the works between two
Mondays), clock_span() (five times, all in minutes: a plain one-liner, a freighter's build-up, a
press run and a road closure, all four to the next morning, and an afternoon theatre session within
one day), nth_weekday() (six times, and once more for the date of a conversation's away day), age()
(three times), days() (seven times), whole_up() (three times: facade shifts, paint tins and barge
trips), unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 28), sayw() (eight
times in the date items and once in a conversation) and sayus() (once), so the weekdays stated next
to dates are computed, and are also checked by the copied stated-weekday check and by this set's
own asserts; say() is used once on its own (a wedding date), STONE once, SQFT and CUFT; SQYD and OZ
are not used (a pitch's area is taken as yards times yards). Added, newly written: money() (asserts
whole pence, with an assert of its own; every calculator money answer passes through it, 18 of
them: 16 register word problems in pounds and two plain items; the other 15 word problems are
kilograms of a load, kilograms of metal, good rings, agent-hours, facade shifts, kilograms of seed,
theatre minutes, kilowatt-hours of cells, copies to run, kilometres left, kilograms of salt, metres
per second, doorstep minutes, paint tins and barge trips); MM, CM, KM, HA, LITRE, MINUTE and HOUR,
with asserts on IN/MM, CM/MM, MI/KM, HA/ACRE, SQFT, CUFT, MPH/KMH, c_to_f(960), f_to_c(77) and
f_to_c(-13); the register constants and the REGISTERS tuple (asserted 25, distinct and sorted);
asserts that the square-root one-liner's radicand is a perfect square and the cube-root one-liner's
a perfect cube; hours_between() (hours between two stated date-times, used once, with an assert of
its own); asserts that the nine dates stated with a weekday in the date items (a wedding day, the
start of a halls contract, a carriage's arrival and departure, a junior tournament's first and last
days, the two Mondays of the plain weeks one-liner and the date of the plain sayus() item) fall on
the weekday intended; the ORDINARY table and the near() and convo() helpers with their NEAR and
CONVS lists; and this set's own structural asserts, rewritten from set 98's docstring's description
of them (its code was not seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS
order, four distinct questions each; NEAR has 65 entries and CONVS 35, each with distinct families,
all "near-..." and "conv-..." respectively, each with a note (asserted by the helpers and after the
lists); every conversation has at least three turns, opens and ends with a user turn, and its user
and assistant turns alternate (checked with indices; no system turn is used); the positive
registers of each tool are exactly the REGISTERS, with 31 register word problems per tool; exactly
18 registers have four positives and 7 have three (these seven named, as THREE); the ordinary
negatives are 100, four per register; every negative outside the registers is a near-... or
conv-... family with a note; no positive contains an all-numeric date (NUMERIC_DATE_POS, this set's
own pattern; no positive uses one at all). The date items' weeks() calls assert whole weeks, and
date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 98's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 98's, copied (P = "plain" is copied too, as the
last line of the first block). Set 98's docstring (everything before line 438) names its 25
registers, its provenance, the generic kinds of its items (including the kinds of its
near-positives and conversations) and the generic subjects and new figures of items its duplicate
check once reported or that it reworded before a run (the square root of 66,049, 5.75 GiB, a baby
scan item that "only thinks in pounds", a note saying "live flight data", and from set 97 18.5% of
7,264, 47 miles, 12 st 11 lb, 2.35 bar, 23.4 squared, 2,184 divided by 0.64, a weekday of 19
November 2031, 22:50 to 05:25 the next morning, 6 ft 1.5 in and 365 yards), which were therefore
seen; of those figures only the number 47 recurs here, as a speed of 47 mph in a collision
investigator's conversion (and as the same speed in a near-positive and a conversation), a
different quantity, and no query repeats an earlier one (checked by main()). The layout tools
change only how string literals are laid out in this file, never their text (asserted by syntax
trees, and confirmed by the equal digests above); ruff's own settings were not read, and the limit
of 99 was enforced by this writer's own list of long lines. Some of this set's near-positive and
conversation kinds share generic kinds with set 98's lists, newly worded with new subjects and
figures: live or looked-up data (a metal price, a fuel fill, an air freight rate, a steel price, a
frost forecast, wedding costs, house prices, a valuation, a lithium price, a circulation figure,
trade winds, a record, rail fares, a meeting room, tide times, childminder rates, prize money, an
exchange rate), rules (dangerous goods, audit exemption, corporation tax, minimum wage, a crane
wind limit, a marriage notice fee, stamp duty, pitch sizes, a theatre target, student finance, seat
fire standards, a towing speed limit, postage, legionella, Universal Credit, free childcare, a bank
holiday), estimates with a missing figure or constant (bearing life, agent numbers, bedding plants,
a U-value, a panel's weight, wedding turnout, mowing time, an operation's length, cells in a pack,
newsprint reels, a watermaker, seawater density, stocking, an ozone dose, a refurb cost, stopping
distance, skid speed, school gas, armour stone weight, a design wave, an egg, a roast, inflation)
and code (a Python function, an Excel formula, an SQL query), with a translation into Welsh; and
for conversations writing around earlier figures or text (a message to a captain, a note owning up
to a sample, an NCR, an overtime explanation, a bed design, a programme update, a speech opening, a
fee letter, an apology, a supplier email, an incident note, a sponsor update, an invitation, a
budget plan, an incident log, a delay email, a report opening, a reply to a customer, a rota, a
reply to a resident, an order of play, a week of dinners, a recovery plan) and judgements over
earlier options or facts (undeclared cells, a pot to reline, a misstatement, a shift pattern,
budget cuts, two offers, a list order, a resupply, an away day venue, a course, two jobs, a code
violation). No item of set 98 was seen, so none was reused verbatim. No conversation here ends in a
user turn that could be answered alone: each last turn either needs figures, rules or text from the
earlier turns or asks for writing, judgement or explanation; none is an earlier misreading
corrected and then a plain question asked again. Some near-positives depend on current figures or
live data; they are negatives, with no "now" field. No positive depends on a looked-up figure:
every rate, price, fee and discount is given in the text, so the answer follows from the text
alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades or situations: the air cargo loadmaster next to the airport baggage hall supervisor, the
freight forwarder customs desk, the airline catering unit and the marine cargo insurance
underwriter (which shares a word); the aluminium smelter potline next to the aluminium extrusion
press shop (which shares a word), the electric arc furnace melt shop and the cement works kiln
control room; the audit firm trainee auditor next to the sole trader tax accountant, the payroll
bureau bookkeeper, the insolvency practitioner office, the hotel night auditor and the web
accessibility audit consultancy (which share a word); the ball bearing factory grinding line next
to the CNC machining subcontractor, the industrial spring coiling works, the injection moulding
toolroom and the mustard mill grinding room (which shares a word); the contact centre workforce
planner next to the energy supplier call centre, the domiciliary care rota planner and the bus
depot scheduler; the council parks bedding display team next to the country park ranger, the
topiary gardener, the jobbing gardener rounds and the garden centre tills; the curtain wall facade
installer next to the double glazing fitter, the conservatory fitter, the rope access window
cleaners and the structural steel erection gang; the engaged couple planning a wedding next to the
barn wedding venue coordinator, the humanist wedding celebrant, the wedding florist and the other
wedding trades, and the couple expecting a first baby; the estate agency sales negotiator next to
the letting agent lettings desk, the conveyancing solicitor desk, the mortgage broker case desk and
the first time buyer saving a deposit; the football stadium groundsman next to the golf club
greenkeeper, the turf grower cutting crew, the stadium matchday safety officer and the croquet
lawn; the hospital operating theatre coordinator next to the hospital sterile services unit, the
dialysis unit scheduler, the MRI scanner booking office and the GP surgery reception; the lithium
ion battery cell factory next to the battery storage site operator, the lithium brine evaporation
ponds (which share a word), the cleanroom wafer fab and the circuit board assembly line; the
newspaper press hall night shift next to the local newspaper sub editor, the banknote printing
works, the letterpress printers and the paper mill reel shop; the ocean rowing pair on an Atlantic
crossing next to the rowing boathouse, the rowing regatta, the yacht delivery skipper and the
channel swim escort pilot; the office manager planning a team away day next to the stag do weekend
organiser, the industry awards dinner organiser, the corporate travel expenses desk and the
executive assistant diary desk; the parents funding a student at university next to the
international student first term, the student halls accommodation office, the mature student
distance learning degree and the parents of a child starting primary school; the public aquarium
life support team next to the tropical fish aquarium shop, the reef aquarium hobbyist forum, the
aquarium coral frag swap and the zoo keeper rota; the railway carriage refurbishment works next to
the steam railway, the tram depot controller, the upholstery workshops and the permanent way track
renewal gang; the road traffic collision investigator next to the vehicle crash test laboratory,
the speed camera van operator, the motor insurance claims handler and the police station front
counter; the rural postal delivery round next to the mail centre night sorting shift, the village
post office counter, the milkman doorstep round and the multi drop parcel driver; the school site
manager caretaker next to the school dinner kitchen cook, the primary school governors finance
committee, the school crossing patrol and the legionella water hygiene assessor; the sea defence
rock armour contractor next to the coastal erosion survey team, the harbour dredging contractor,
the aggregates barge wharf and the slate quarry; the single parent returning to work next to the
jobcentre work coach, the registered childminder, set 98's household budgeting after redundancy and
the nanny share employing parents; the tennis tournament referee office next to the tennis club
junior coaching, the real tennis court professional, the padel tennis court bookings and the
grassroots football referee (which shares a word); the widower learning to cook for one next to the
cookery school class bookings, the family hosting Christmas dinner, the meal prep delivery kitchen
and the family carer of an elderly parent. Some of this set's registers touch each other (the
engaged couple, the parents funding a student, the single parent and the widower are all household
situations; the smelter, the bearing factory, the cell factory and the press hall are all industry;
the facade installer, the rock armour contractor and the carriage works all build or refit; the
office manager and the contact centre planner both work in offices); the judgement that they are
different trades or situations is this writer's. At the edges of the allowed ranges: line 647 is P
= "plain", 928, 1194 and 1513 are section headers, 988 is the blank line after unit_r(), 1278 is
the assert after sayus(), 1520 is the body of conv(), 2867 opens the stated-weekday check and 3090
is the call of main(). No query text of any earlier set was seen: main()'s duplicate check names
only this set's ids. Every query here was newly written from imagination of each trade or
situation; five items that the duplicate check reported as exact repeats of earlier queries or user
turns (their earlier counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that
are not in earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be
ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 98 (the near-.../conv-... families are not
registers and may coincide with earlier family names). This set has no algebra or calculus
question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format, but ruff check found 110 ISC004 errors (implicitly concatenated strings, unparenthesised,
as elements of the tuples in ORDINARY, NEAR and CONVS), the generator stopped at main()'s duplicate
check, which reported five items by id as repeats of earlier queries or user turns
(ho99-negative-near-trailer-speed-limit-01, ho99-negative-near-wet-stopping-distance-01,
ho99-units-plain-01, ho99-units-plain-02 and ho99-units-plain-04), and the list of long lines named
four lines of 100 characters. The next command ran a `grep` and `awk` count of ruff.txt that was
mis-aimed and counted nothing useful, and the one after printed the `head -30` of ruff.txt and a
count of its codes. /tmp/h99/wrapisc.py (a `cat` heredoc) was written: it puts parentheses around
every implicitly concatenated string that is an element of a tuple, list, set or dict, using the
syntax tree with its UTF-8 byte offsets turned into character offsets, and asserts that the tree is
unchanged; the own blocks were copied to /tmp/h99/own_prewrap (never used again) and wrapisc.py run
on them (33 in d_negs.py, 10 in e_near.py, 69 in f_convs.py). /tmp/h99/fix1.py (five edits, each
asserted to apply once) reworded the two near-positives (a van pulling a horsebox on a single
carriageway, and the metres a named car needs to stop from 47 mph on a wet A-road) and gave the
three plain unit items new figures (63 km/h in m/s, feet in 1,350 metres, and 5 ft 7.5 in in
centimetres), without the earlier queries being looked at; wrapisc.py was run again on e_near.py,
where, its test for strings already in parentheses of their own being then a no-op, it doubled the
parentheses of the ten entries wrapped before as well as wrapping the reworded one. The second run
passed ruff format, ruff check and every check of the generator (with the sha256 above), but the
list of long lines named 71 lines of 100 to 103 characters, the pieces that ruff format had
indented by four more columns inside their new parentheses. /tmp/h99/fixlong.py (a `cat` heredoc)
was written: it splits every string literal standing alone on a line over 99 characters, at spaces
outside braces, into pieces on lines of their own, giving an f prefix only to pieces that hold a
brace, and asserts that the file's syntax tree is unchanged; an inline script made wrapisc.py skip
strings already in parentheses of their own, and run.sh was changed to run, after the first ruff
format, three passes of fixlong.py, wrapisc.py and ruff format. The third run stopped in fixlong.py
on each pass with an IndexError (it looked up lines for the ENDMARKER and DEDENT tokens past the
last line), the rest of run.sh giving the results of the second run; an inline script made it skip
ENDMARKER, INDENT and DEDENT tokens. The fourth run passed every check, with fixlong.py splitting
71 literals and wrapisc.py wrapping 2 in the first pass and none in the next two, and no line over
99 characters. A `grep` then found that ruff format had removed the doubled parentheses from this
file but that e_near.py still held them, so an inline script (asserting ten of each and an
unchanged syntax tree) removed them there; the fifth run passed every check with the same sha256.
The register check, the stated-weekday check, the counts, the gradability checks, this set's own
structural asserts, money()'s asserts and the weekday asserts of the date items passed on every run
that reached them. Before any run, as told above, the postal round item lost its garbled draft
wording, the away day walk item lost "roughly" and the widower's stew item lost "within".

Registers (families), 25, new: air_cargo_loadmaster, aluminium_smelter_potline,
audit_firm_trainee_auditor, ball_bearing_factory_grinding_line, contact_centre_workforce_planner,
council_parks_bedding_display_team, curtain_wall_facade_installer,
engaged_couple_planning_a_wedding, estate_agency_sales_negotiator, football_stadium_groundsman,
hospital_operating_theatre_coordinator, lithium_ion_battery_cell_factory,
newspaper_press_hall_night_shift, ocean_rowing_pair_atlantic_crossing,
office_manager_planning_a_team_away_day, parents_funding_a_student_at_university,
public_aquarium_life_support_team, railway_carriage_refurbishment_works,
road_traffic_collision_investigator, rural_postal_delivery_round, school_site_manager_caretaker,
sea_defence_rock_armour_contractor, single_parent_returning_to_work,
tennis_tournament_referee_office, widower_learning_to_cook_for_one. Every register is used by all
three tools (asserted); eighteen distinct registers have one further positive (a second calculator
word problem: audit_firm_trainee_auditor, contact_centre_workforce_planner,
estate_agency_sales_negotiator, office_manager_planning_a_team_away_day,
parents_funding_a_student_at_university, single_parent_returning_to_work; a second unit word
problem: air_cargo_loadmaster, aluminium_smelter_potline, curtain_wall_facade_installer,
public_aquarium_life_support_team, road_traffic_collision_investigator,
widower_learning_to_cook_for_one; a second date word problem: engaged_couple_planning_a_wedding,
hospital_operating_theatre_coordinator, newspaper_press_hall_night_shift,
ocean_rowing_pair_atlantic_crossing, railway_carriage_refurbishment_works,
tennis_tournament_referee_office). The seven registers with three positives are
ball_bearing_factory_grinding_line, council_parks_bedding_display_team,
football_stadium_groundsman, lithium_ion_battery_cell_factory, rural_postal_delivery_round,
school_site_manager_caretaker and sea_defence_rock_armour_contractor. Positives are one-liners
(family "plain") or word problems of one to three sentences, in UK usage with pounds and pence,
stone, feet, inches, yards, acres and miles, none in dollars or euros, with a US-style written date
in one item (a plain six-weeks-after question, with the computed weekday), and other touches (a
freighter's load, a potline's output, performance materiality and a corrected sample total, good
rings, agent-hours and a Saturday wage bill, a bedding plant order, facade shifts, a wedding budget
with a caterer's discount, an agency fee with VAT and a negotiator's bonus, pitch seed, unbooked
theatre minutes, kilowatt-hours of good cells, a print run with waste, kilometres left to row, an
away day's cost and group rail tickets, a loan left after rent and food money over three terms,
salt for a water change, seats and window panes for a unit, a van's speed from dashcam frames,
doorstep minutes, paint tins, barge trips, a week's pay after childcare and a childcare top-up, a
tournament's prize fund and the cost of mince); a load in pounds, a door in feet, a bath
temperature, a potroom in yards, a cable drum in metres, a bearing bore, call recordings, a park in
acres, a panel in square feet, a parapet height, a dress hem, a house in square metres, a pitch's
area, a theatre temperature, a coating line speed, newsprint reels, a distance rowed, a guided
walk, a drive to halls, a coral system, a pump's flow, a seat pitch, a witness's speed, tyre marks,
a pouch limit, a boiler gauge, armour stones, a child's height, a serve speed, an oven dial and a
recipe's potatoes; Celsius and Fahrenheit both ways, miles to kilometres, kilometres to miles, km/h
to mph, mph to m/s, mph to km/h, km/h to m/s, m/min to feet per minute, litres per minute to cubic
metres per hour, bar to psi, GiB to MiB and MiB to GiB, square metres to square feet and square
feet to square metres, square yards (as yards times yards) to square metres, hectares to acres,
acres to hectares, cubic metres to cubic feet, kilograms to pounds, pounds to kilograms and to
grams, stone and pounds to kilograms, feet and inches to centimetres, millimetres to inches, inches
to millimetres, inches to centimetres, centimetres to feet, metres to feet, feet to metres, metres
to yards and yards to metres), some chatty, terse or lower-case, with questions at the start or the
end, several terse commands and a few bare expressions to complete. No positive conversations. No
dosing in positives (the theatre items count minutes and a patient's age, and the aquarium's salt
is for a water change).

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 98: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (tonnes
are named only in the text of two near-positives, as prices per tonne), hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, ounces of any kind, carats, nominal
sizes, leap-day results, all-numeric dates (asserted), time zones and summer time, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted); money
answers are whole pence (asserted by money()). Week counts are asserted to be whole weeks; day
counts are the difference of the two dates (queries are worded as N days or weeks after or before a
stated date, how many days from one date to another, panel deliveries, a tidal window and a junior
tournament with both days counted, 16, 19, 21, 28, 30, 45, 55, 73, 90, 100, 120 and 1,900 days
after or before a date, 6 and 10 weeks after or before a date, 44 weeks from a stated Saturday, 2
weeks and 3 days after a date, days at sea between two dates, weeks between two stated Mondays (a
plain one-liner and a carriage's stay), hours between two stated date-times (one plain item), the
weekday of a stated date (two register items and one plain item), the second Saturday, the last
Saturday, the first Thursday, the third Monday, the last Friday and the second Tuesday of a stated
month and year, and a day of the year counting 1 January as day 1); the three ages are in whole
years from a stated date to a stated date, and the five clock spans run from one stated time to the
next occurrence of the other (four cross midnight, saying "the next morning"; all are in minutes).
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 98):
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

Run: /work/main/.venv/bin/python make_heldout_99.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-12.jsonl"
PREFIX = "ho99-"
# earlier generators: sets 1-98 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 99))
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


assert money(dec("12.34")) == F(1234, 100)

AIR = "air_cargo_loadmaster"
ALU = "aluminium_smelter_potline"
AUDIT = "audit_firm_trainee_auditor"
BEARING = "ball_bearing_factory_grinding_line"
CONTACT = "contact_centre_workforce_planner"
PARKS = "council_parks_bedding_display_team"
FACADE = "curtain_wall_facade_installer"
WEDDING = "engaged_couple_planning_a_wedding"
ESTATE = "estate_agency_sales_negotiator"
GROUNDS = "football_stadium_groundsman"
THEATRE = "hospital_operating_theatre_coordinator"
CELLS = "lithium_ion_battery_cell_factory"
PRESS = "newspaper_press_hall_night_shift"
OCEAN = "ocean_rowing_pair_atlantic_crossing"
AWAYDAY = "office_manager_planning_a_team_away_day"
UNI = "parents_funding_a_student_at_university"
AQUA = "public_aquarium_life_support_team"
RAILCAR = "railway_carriage_refurbishment_works"
COLLISION = "road_traffic_collision_investigator"
POSTIE = "rural_postal_delivery_round"
CARETAKER = "school_site_manager_caretaker"
SEAWALL = "sea_defence_rock_armour_contractor"
SINGLE = "single_parent_returning_to_work"
TENNIS = "tennis_tournament_referee_office"
WIDOWER = "widower_learning_to_cook_for_one"

REGISTERS = (
    AIR,
    ALU,
    AUDIT,
    BEARING,
    CONTACT,
    PARKS,
    FACADE,
    WEDDING,
    ESTATE,
    GROUNDS,
    THEATRE,
    CELLS,
    PRESS,
    OCEAN,
    AWAYDAY,
    UNI,
    AQUA,
    RAILCAR,
    COLLISION,
    POSTIE,
    CARETAKER,
    SEAWALL,
    SINGLE,
    TENNIS,
    WIDOWER,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# ---- register word problems (31: one per register, a second for six of them)
calc(
    AIR,
    "Building up the main deck for the 02:30 freighter: pallets of 4,120 kg, 3,875 kg, 5,010 kg, "
    "2,940 kg and 4,455 kg, and the lower deck has 11 containers at 1,280 kg each. What's the "
    "total load in kg?",
    4120 + 3875 + 5010 + 2940 + 4455 + 11 * 1280,
)
calc(
    ALU,
    "Potline 2 has 288 pots but 6 are cut out for relining. Each running pot taps 1,380 kg of "
    "metal a day. How many kg of aluminium does the line produce per day?",
    (288 - 6) * 1380,
)
calc(
    AUDIT,
    "we're setting materiality at 1.5% of revenue (£18,640,000) and performance materiality at "
    "75% of overall materiality - what's performance materiality in £?",
    money(18640000 * pct("1.5") * pct(75)),
)
calc(
    AUDIT,
    "Client's listing of the 12 sampled purchase invoices totals £48,316.40. I found three "
    "errors: one invoice overstated by £1,240.00, one understated by £386.55 and one overstated "
    "by £92.10. What should the corrected total be?",
    money(dec("48316.40") - dec("1240.00") + dec("386.55") - dec("92.10")),
)
calc(
    BEARING,
    "Grinding line B put 14,400 inner rings through on Tuesday and 2.5% were scrapped at the "
    "bore gauge. How many good rings went on to assembly?",
    14400 * (1 - pct("2.5")),
)
calc(
    CONTACT,
    "Monday's forecast is 3,420 calls with an average handling time of 6 minutes 40 seconds. "
    "How many agent-hours of handling time is that?",
    F(3420 * (6 * 60 + 40), 3600),
)
calc(
    CONTACT,
    "We need 46 agents in on Saturday, each on a 7.5 hour paid shift at £14.25 an hour. What "
    "does Saturday cost in wages?",
    money(46 * dec("7.5") * dec("14.25")),
)
calc(
    PARKS,
    "Memorial Gardens summer scheme: 12 beds of 240 plants each and 3 big island beds of 650 "
    "each. The nursery charges 38p a plant. How much is the plant order?",
    money((12 * 240 + 3 * 650) * dec("0.38")),
)
FACADE_PANELS_LEFT = 14 * 22 - 187
calc(
    FACADE,
    "East elevation is 14 floors with 22 unitised panels per floor and we've hung 187 so far. "
    "If the crew fits 16 panels a shift, how many more shifts to finish the elevation?",
    whole_up(F(FACADE_PANELS_LEFT, 16)),
)
calc(
    WEDDING,
    "Our wedding budget so far: venue hire £3,200, band £1,450 and catering at £68 a head for "
    "85 guests, but the caterer takes 10% off the food for a Friday booking. What's the total?",
    money(3200 + 1450 + 68 * 85 * (1 - pct(10))),
)
calc(
    ESTATE,
    "Sale agreed at £412,500 on a 1.2% fee plus VAT at 20%. How much does the vendor pay us "
    "in total?",
    money(412500 * pct("1.2") * (1 + pct(20))),
)
calc(
    ESTATE,
    "Three completions for me: office fees of £3,150, £4,780 and £2,640. I get 12.5% of "
    "whatever my fees come to above a £6,000 threshold. How much bonus is that?",
    money((3150 + 4780 + 2640 - 6000) * pct("12.5")),
)
calc(
    GROUNDS,
    "Renovating the pitch after the last game: it's 105 m by 68 m and I'm overseeding at 35 g "
    "per square metre. How many kilograms of seed is that?",
    F(105 * 68 * 35, 1000),
)
calc(
    THEATRE,
    "Theatre 3 all-day list, 600 minutes of session time. Booked cases are 95, 120, 45, 45 and "
    "150 minutes with 15 minutes of turnaround between consecutive cases. How many minutes "
    "are left unbooked?",
    600 - (95 + 120 + 45 + 45 + 150) - 4 * 15,
)
calc(
    CELLS,
    "Formation on line 2 passed 96.5% of 18,400 pouch cells, each good cell is 62.5 Wh. How "
    "many kWh of good cells came off the line?",
    18400 * pct("96.5") * dec("62.5") / 1000,
)
calc(
    PRESS,
    "print order tonight 46,800 copies, we allow 3.5% extra for waste at start-up and web "
    "breaks. how many copies do we need to run?",
    46800 * (1 + pct("3.5")),
)
calc(
    OCEAN,
    "4,800 km from La Gomera to Antigua and we've averaged 86.5 km a day for 38 days. How many "
    "km left?",
    4800 - 38 * dec("86.5"),
)
calc(
    AWAYDAY,
    "Team away day for 28 people: coach hire £640, the activity is £42 a head, lunch is £18.50 "
    "a head but 2 directors are paying for their own lunch. What does it cost the company?",
    money(640 + 28 * 42 + 26 * dec("18.50")),
)
calc(
    AWAYDAY,
    "11 of us are going by train at £36.40 return each and the operator gives 25% off for "
    "groups. What will the tickets cost altogether?",
    money(11 * dec("36.40") * (1 - pct(25))),
)
calc(
    UNI,
    "Our daughter's maintenance loan is £7,590 for the year and her room is £148 a week on a "
    "44-week contract. How much of the loan is left once the rent is paid?",
    money(7590 - 148 * 44),
)
calc(
    UNI,
    "We're giving him £65 a week for food in term time - 10 weeks in the autumn term, 10 in "
    "spring and 9 in the summer term. How much is that over the year?",
    money(65 * (10 + 10 + 9)),
)
calc(
    AQUA,
    "The shark tank is 1.2 million litres and we change 5% of the water each week. Salt mix "
    "goes in at 36 g per litre. How many kilograms of salt does one change take?",
    F(1200000) * pct(5) * 36 / 1000,
)
calc(
    RAILCAR,
    "Each vehicle in the 5-car unit gets 76 new seats at £184 each and 12 window panes at £395 "
    "each. What's the materials cost for the whole unit?",
    money(5 * (76 * 184 + 12 * 395)),
)
calc(
    COLLISION,
    "The dashcam records 25 frames per second and the van takes 31 frames to cross the 18.6 m "
    "junction. What was its average speed in metres per second?",
    dec("18.6") / F(31, 25),
)
calc(
    POSTIE,
    "On Saturday's round I had 1,284 letters, which take 6 seconds each at the door, and 176 "
    "parcels at 45 seconds each. How many minutes did I spend on doorsteps?",
    F(1284 * 6 + 176 * 45, 60),
)
CARETAKER_LITRES = F(2 * (18 * dec("4.5")) + 2 * (12 * dec("4.5")) - 22) * 2 / 12
calc(
    CARETAKER,
    "Repainting the school hall over half term: two walls are 18 m long and two are 12 m, all "
    "4.5 m high, less 22 square metres of windows. Two coats, paint covers 12 square metres a "
    "litre and comes in 5 litre tins. How many tins should I order?",
    whole_up(CARETAKER_LITRES / 5),
)
calc(
    SEAWALL,
    "The revetment is 420 m long and takes 2.8 cubic metres of armour stone per metre run. The "
    "barge brings 180 cubic metres a trip. How many barge trips do we need?",
    whole_up(420 * dec("2.8") / 180),
)
calc(
    SINGLE,
    "If I take the job at £13.10 an hour for 30 hours a week and childcare is £6.40 an hour for "
    "27 hours, what do I have left each week after paying childcare?",
    money(dec("13.10") * 30 - dec("6.40") * 27),
)
calc(
    SINGLE,
    "I'm paying £1,080 into the childcare account this term and the scheme adds £2 for every £8 "
    "I put in. How much will be in the account in total?",
    money(1080 + F(1080, 8) * 2),
)
calc(
    TENNIS,
    "Prize money: the winner gets £12,400, the runner-up 60% of that, each losing semi-finalist "
    "36% and each losing quarter-finalist 21%. What's the total paid to those eight players?",
    money(12400 * (1 + pct(60) + 2 * pct(36) + 4 * pct(21))),
)
calc(
    WIDOWER,
    "The recipe for 4 uses 600 g of beef mince and mince is £8.40 a kilo. I want 3 portions, "
    "one for tonight and two to freeze. How much will the mince cost?",
    money(F(600 * 3, 4) / 1000 * dec("8.40")),
)

# ---- plain one-liners (14)
ROOT2 = 307
CUBE3 = 71
assert ROOT2**2 == 94249 and CUBE3**3 == 357911
calc(P, "17.5% of 3,284", 3284 * pct("17.5"))
calc(P, "4,386 x 27", 4386 * 27)
calc(P, "what is (829 + 467) / 16", F(829 + 467, 16))
calc(P, "Square root of 94,249?", ROOT2)
calc(P, "cube root of 357911", CUBE3)
calc(P, "What's 19.6 squared?", dec("19.6") ** 2)
calc(P, "7 to the power of 7", 7**7)
calc(P, "Split £1,876.50 equally between 6 people - how much each?", money(dec("1876.50") / 6))
calc(P, "Increase 2,460 by 35%.", 2460 * (1 + pct(35)))
calc(P, "63,504 divided by 0.72", 63504 / dec("0.72"))
calc(P, "243 is what percentage of 1,350?", F(243, 1350) * 100)
calc(P, "1000 - 16.85 * 24 = ?", 1000 - dec("16.85") * 24)
calc(P, "A jacket is £95 before VAT at 20%. What's the price with VAT?", money(95 * (1 + pct(20))))
calc(P, "mean of 48, 61, 55, 72 and 39", F(48 + 61 + 55 + 72 + 39, 5))


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
MINUTE = 60  # s
HOUR = 3600  # s

assert IN / MM == dec("25.4") and CM / MM == 10 and MI / KM == dec("1.609344")
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and SQFT == dec("0.09290304")
assert CUFT == dec("0.028316846592") and MPH / KMH == dec("1.609344")
assert c_to_f(960) == 1760 and f_to_c(77) == 25 and f_to_c(-13) == -25

# ---- register word problems (31: one per register, a second for six of them)
unit_r(
    AIR,
    "The ULD placard says max gross 6,804 kg but this airline's load sheet is in pounds. What "
    "do I write in lb?",
    6804 / LB,
)
unit_r(
    AIR,
    "Lower deck door opening on this freighter is 340 cm wide. How many feet is that?",
    340 * CM / FT,
)
unit(
    ALU,
    "Pot 117's bath is running at 960 °C. What's that in degrees Fahrenheit for the visiting "
    "engineers' report?",
    c_to_f(960),
    EXACT,
)
unit_r(
    ALU,
    "each potroom building is 1,150 metres long, how many yards is that",
    1150 / YD,
)
unit(
    AUDIT,
    "At the stock count the client's sheets list a drum of armoured cable as 500 yards, but our "
    "count sheet is metric. How many metres do I record?",
    500 * YD,
    EXACT,
)
unit(
    BEARING,
    "A US customer wants a bearing with a 1.375 inch bore. What is the bore in millimetres?",
    dec("1.375") * IN / MM,
    EXACT,
)
unit(
    CONTACT,
    "Call recordings are taking 3.75 GiB of storage per day. How many MiB is that?",
    dec("3.75") * GIB / MIB,
    EXACT,
)
unit_r(
    PARKS,
    "The park we plant up is 14.5 hectares. The heritage leaflet wants it in acres - how many?",
    dec("14.5") * HA / ACRE,
)
unit_r(
    FACADE,
    "Each unitised panel is 1,500 mm wide by 4,200 mm tall. What's the area of one panel in "
    "square feet?",
    1500 * MM * 4200 * MM / SQFT,
)
unit_r(
    FACADE,
    "Drawing says 186 ft to the top of the parapet. Convert to metres please",
    186 * FT,
)
unit(
    WEDDING,
    "My dress needs the hem taking up 2.75 inches and the seamstress only works in cm. How many "
    "centimetres is that?",
    dec("2.75") * IN / CM,
    EXACT,
)
unit_r(
    ESTATE,
    "The particulars say the house is 1,245 sq ft. How many square metres is that?",
    1245 * SQFT,
)
unit_r(
    GROUNDS,
    "Our pitch plus run-off is 115 yards by 74 yards. What's that area in square metres?",
    115 * YD * 74 * YD,
)
unit(
    THEATRE,
    "Theatre 5 is set to 19 °C and the visiting surgeon wants it in Fahrenheit. What is it?",
    c_to_f(19),
    EXACT,
)
unit_r(
    CELLS,
    "The anode coating line runs at 45 metres per minute. What's that in feet per minute for "
    "the American machine supplier?",
    45 / FT,
)
unit_r(
    PRESS,
    "The new newsprint reels are 1,260 mm wide. How many inches?",
    1260 * MM / IN,
)
unit_r(
    OCEAN,
    "We've rowed 1,850 km since leaving the Canaries. How far is that in miles?",
    1850 * KM / MI,
)
unit_r(
    AWAYDAY,
    "The guided walk at the away day is 14 km - how many miles is that for the ones who "
    "still think in miles?",
    14 * KM / MI,
)
unit_r(
    UNI,
    "It's 215 miles from our house to her halls. What is that in kilometres?",
    215 * MI / KM,
)
unit(
    AQUA,
    "The coral propagation system is held at 77 °F. What's that in Celsius?",
    f_to_c(77),
    EXACT,
)
unit(
    AQUA,
    "Main life support pump delivers 1,800 litres per minute. Express that in cubic metres per "
    "hour.",
    1800 * LITRE / MINUTE * HOUR,
    EXACT,
)
unit(
    RAILCAR,
    "New seats go in at a 31 inch pitch. What's that in millimetres for the seat supplier?",
    31 * IN / MM,
    EXACT,
)
unit_r(
    COLLISION,
    "Witness says the car was doing 47 mph. Convert that to metres per second for the "
    "reconstruction.",
    47 * MPH,
)
unit_r(
    COLLISION,
    "Tyre marks measured at 96 feet by the first officer on scene - what's that in metres?",
    96 * FT,
)
unit_r(
    POSTIE,
    "Our pouches have an 11 kg limit. How many pounds is that?",
    11 / LB,
)
unit(
    CARETAKER,
    "The old boiler gauge reads 176 °F on the flow. What's that in °C?",
    f_to_c(176),
    EXACT,
)
unit_r(
    SEAWALL,
    "The biggest armour stones are 2.1 m across. How many feet is that?",
    dec("2.1") / FT,
)
unit(
    SINGLE,
    "My daughter is 4 ft 3 in and the school uniform sizes are in cm. How tall is she in "
    "centimetres?",
    (4 * FT + 3 * IN) / CM,
    EXACT,
)
unit_r(
    TENNIS,
    "The fastest serve of the tournament was 201 km/h. What's that in mph for the programme?",
    201 * KMH / MPH,
)
unit(
    WIDOWER,
    "The recipe says 180 °C but my old oven dial only shows Fahrenheit. What should I set it to?",
    c_to_f(180),
    EXACT,
)
unit_r(
    WIDOWER,
    "My late wife's recipe card says 1.5 lb of potatoes. How many grams is that?",
    dec("1.5") * LB * 1000,
)

# ---- plain one-liners (14)
unit(P, "63 km/h in m/s", 63 * KMH, EXACT)
unit_r(P, "How many feet are there in 1,350 metres?", 1350 / FT)
unit(P, "convert 28 °C to Fahrenheit", c_to_f(28), EXACT)
unit(P, "5 ft 7.5 in in centimetres?", (5 * FT + dec("7.5") * IN) / CM, EXACT)
unit_r(P, "160 lb to kg", 160 * LB)
unit_r(P, "What is 3.2 bar in psi?", dec("3.2") * BAR / PSI)
unit_r(P, "45 acres in hectares", 45 * ACRE / HA)
unit_r(P, "650 square metres is how many square feet?", 650 / SQFT)
unit_r(P, "13 st 4 lb in kilograms", 13 * STONE + 4 * LB)
unit_r(P, "Convert 120 mph to km/h.", 120 * MPH / KMH)
unit(P, "12,288 MiB = how many GiB?", 12288 * MIB / GIB, EXACT)
unit(P, "-13 °F in Celsius", f_to_c(-13), EXACT)
unit_r(P, "how many inches is 750 mm", 750 * MM / IN)
unit_r(P, "2.4 cubic metres in cubic feet", dec("2.4") / CUFT)


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
    """Whole hours from one stated date-time to another."""
    secs = (b - a).total_seconds()
    assert secs > 0 and secs % 3600 == 0, (a, b)
    return F(int(secs), 3600)


assert hours_between(DT(2030, 1, 1, 6), DT(2030, 1, 2, 7)) == 25

WED_DAY = D(2027, 9, 18)
HALLS_FROM = D(2027, 9, 11)
CAR4_IN = D(2028, 1, 3)
CAR4_OUT = CAR4_IN + TD(weeks=21)
JUNIOR_FROM = D(2028, 7, 24)
JUNIOR_TO = D(2028, 8, 6)
PLAIN_MON_A = D(2027, 6, 7)
PLAIN_MON_B = D(2027, 12, 13)
US_DAY = D(2027, 3, 9)
assert weekday(WED_DAY) == "Saturday" and weekday(HALLS_FROM) == "Saturday"
assert weekday(CAR4_IN) == "Monday" and weekday(CAR4_OUT) == "Monday"
assert weekday(JUNIOR_FROM) == "Monday" and weekday(JUNIOR_TO) == "Sunday"
assert weekday(PLAIN_MON_A) == "Monday" and weekday(PLAIN_MON_B) == "Monday"
assert weekday(US_DAY) == "Tuesday"

# ---- register word problems (31: one per register, a second for six of them)
date_item(
    AIR,
    "Build-up starts at 21:35 and the freighter has to be closed out by 03:10 the next morning. "
    "How many minutes have we got?",
    clock_span("21:35", "03:10", 60),
)
date_item(
    ALU,
    "Pot 117 was started up on 14 September 2028 and we plan relines at 1,900 days of pot life. "
    "On what date does it reach 1,900 days?",
    D(2028, 9, 14) + TD(days=1900),
)
date_item(
    AUDIT,
    "Client year end is 31 March 2029 and the bank covenant wants audited accounts 120 days "
    "after the year end. What's the deadline date?",
    D(2029, 3, 31) + TD(days=120),
)
date_item(
    BEARING,
    "Order confirmed on 17 May 2027 with delivery quoted at 6 weeks after confirmation. Which "
    "date do we promise?",
    D(2027, 5, 17) + TD(weeks=6),
)
date_item(
    CONTACT,
    "The new tariff letters land on 1 November 2027 and our busiest day is always a Monday. "
    "What day of the week is 1 November 2027?",
    weekday(D(2027, 11, 1)),
)
date_item(
    PARKS,
    "We always plant out the summer bedding on the last Saturday of May. What date is that in "
    "2029?",
    nth_weekday(2029, 5, SAT, -1),
)
date_item(
    FACADE,
    "Panel deliveries run from 3 April 2028 to 19 June 2028, both days included. How many days "
    "of deliveries is that?",
    days(D(2028, 4, 3), D(2028, 6, 19)) + 1,
)
date_item(
    WEDDING,
    f"We're getting married on {sayw(WED_DAY)} and the stationer says invitations should go "
    "out 10 weeks before. What date is that?",
    WED_DAY - TD(weeks=10),
)
date_item(
    WEDDING,
    f"How many days is it from 2 January 2027 to our wedding on {say(WED_DAY)}?",
    days(D(2027, 1, 2), WED_DAY),
)
date_item(
    ESTATE,
    "Contracts exchanged on 12 August 2027 and completion is set for 28 days after exchange. "
    "Completion date?",
    D(2027, 8, 12) + TD(days=28),
)
date_item(
    GROUNDS,
    "Our first home league game is on the second Saturday of August 2027. What's the date, so "
    "I can plan the last cut and the line marking?",
    nth_weekday(2027, 8, SAT, 2),
)
date_item(
    THEATRE,
    "Patient date of birth 22 March 1961, listed for a hip replacement on 9 November 2027. How "
    "old will they be on the day of surgery?",
    age(D(1961, 3, 22), D(2027, 11, 9)),
)
date_item(
    THEATRE,
    "Afternoon session in theatre 2 started at 13:30 and the last patient left at 18:55. How "
    "many minutes was the theatre in use?",
    clock_span("13:30", "18:55", 60),
)
date_item(
    CELLS,
    "Cells formed on 4 October 2027 have to age for 21 days before the OCV check. On which date "
    "can they be checked?",
    D(2027, 10, 4) + TD(days=21),
)
date_item(
    PRESS,
    "Presses started rolling at 22:15 and the last edition came off at 04:50 the next morning. "
    "How many minutes did the run take?",
    clock_span("22:15", "04:50", 60),
)
date_item(
    PRESS,
    "There's no paper on Christmas Day 2028, so I need to know about the night before. What day "
    "of the week is 24 December 2028?",
    weekday(D(2028, 12, 24)),
)
date_item(
    OCEAN,
    "We left La Gomera on 12 December 2027 and reached English Harbour, Antigua on 29 January "
    "2028. How many days were we at sea?",
    days(D(2027, 12, 12), D(2028, 1, 29)),
)
date_item(
    OCEAN,
    "Our weather router says to expect landfall 55 days after our launch on 12 December 2027. "
    "What date would that be?",
    D(2027, 12, 12) + TD(days=55),
)
date_item(
    AWAYDAY,
    "The directors want the away day on the first Thursday of June 2028. What date do I book?",
    nth_weekday(2028, 6, THU, 1),
)
date_item(
    UNI,
    f"His halls contract runs for 44 weeks from {sayw(HALLS_FROM)}. On what date does it end?",
    HALLS_FROM + TD(weeks=44),
)
date_item(
    AQUA,
    "New fish arrived in quarantine on 9 February 2028 and have to stay there 30 days. When can "
    "they go into the main display?",
    D(2028, 2, 9) + TD(days=30),
)
date_item(
    RAILCAR,
    "Coach C arrived at the works on 6 March 2028 and the refurb is planned at 73 days. What is "
    "the planned release date?",
    D(2028, 3, 6) + TD(days=73),
)
date_item(
    RAILCAR,
    f"Carriage 4 came into the works on {sayw(CAR4_IN)} and went back into service on "
    f"{sayw(CAR4_OUT)}. How many weeks was it with us?",
    weeks(CAR4_IN, CAR4_OUT),
)
date_item(
    COLLISION,
    "The collision was reported at 23:48 and the road reopened at 05:20 the next morning. How "
    "many minutes was it closed?",
    clock_span("23:48", "05:20", 60),
)
date_item(
    POSTIE,
    "My holiday starts on 14 August 2028 and I'm back on the round 16 days later. What date am I "
    "back?",
    D(2028, 8, 14) + TD(days=16),
)
date_item(
    CARETAKER,
    "Half term starts on 25 October 2027 and I want the boiler serviced 19 days before that. "
    "Which date should I book?",
    D(2027, 10, 25) - TD(days=19),
)
date_item(
    SEAWALL,
    "The tidal window for placing rock runs from 3 May 2028 to 21 September 2028 inclusive. How "
    "many days is that?",
    days(D(2028, 5, 3), D(2028, 9, 21)) + 1,
)
date_item(
    SINGLE,
    "I start the new job on 6 September 2027. My son was born on 30 November 2019 - how old "
    "will he be on my first day?",
    age(D(2019, 11, 30), D(2027, 9, 6)),
)
date_item(
    TENNIS,
    "Qualifying for the grass-court event starts on the third Monday of June 2028. What date is "
    "that?",
    nth_weekday(2028, 6, MON, 3),
)
date_item(
    TENNIS,
    f"The junior tournament runs from {sayw(JUNIOR_FROM)} to {sayw(JUNIOR_TO)}. How many days "
    "of play is that if we count the first and last days?",
    days(JUNIOR_FROM, JUNIOR_TO) + 1,
)
date_item(
    WIDOWER,
    "I froze a batch of stew on 3 February 2028 and the freezer guide says it keeps for 90 "
    "days. What date is 90 days after I froze it?",
    D(2028, 2, 3) + TD(days=90),
)

# ---- plain one-liners (14)
date_item(P, "What date is 100 days after 15 August 2027?", D(2027, 8, 15) + TD(days=100))
date_item(P, "what day of the week is 29 October 2031", weekday(D(2031, 10, 29)))
date_item(
    P,
    "How many days are there between 3 March 2027 and 11 November 2028?",
    days(D(2027, 3, 3), D(2028, 11, 11)),
)
date_item(P, "45 days before 12 April 2029", D(2029, 4, 12) - TD(days=45))
date_item(P, "Last Friday of January 2030?", nth_weekday(2030, 1, FRI, -1))
date_item(
    P,
    f"How many weeks from {sayw(PLAIN_MON_A)} to {sayw(PLAIN_MON_B)}?",
    weeks(PLAIN_MON_A, PLAIN_MON_B),
)
date_item(
    P,
    "minutes from 19:25 to 02:10 the next morning",
    clock_span("19:25", "02:10", 60),
)
date_item(
    P,
    "Someone born on 17 July 1984 - how old are they on 1 March 2030?",
    age(D(1984, 7, 17), D(2030, 3, 1)),
)
date_item(P, f"What's the date 6 weeks after {sayus(US_DAY)}?", US_DAY + TD(weeks=6))
date_item(
    P,
    "How many hours from 08:00 on 3 May 2028 to 20:00 on 6 May 2028?",
    hours_between(DT(2028, 5, 3, 8), DT(2028, 5, 6, 20)),
)
date_item(
    P,
    "Counting 1 January as day 1, what day of the year is 9 September 2029?",
    D(2029, 9, 9).timetuple().tm_yday,
)
date_item(P, "2 weeks and 3 days after 28 December 2027", D(2027, 12, 28) + TD(weeks=2, days=3))
date_item(P, "Second Tuesday in March 2028 - what date?", nth_weekday(2028, 3, TUE, 2))
date_item(
    P,
    "How many days are there from 17 May 2029 to 31 December 2029?",
    days(D(2029, 5, 17), D(2029, 12, 31)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four per register, each needing the language model
ORDINARY = {
    AIR: (
        (
            "Why does the loadmaster care so much about the centre of gravity envelope on a "
            "freighter, and what actually happens if a pallet shifts in flight?"
        ),
        (
            "Write a short toolbox talk for the ramp team about strapping and netting pallets "
            "before "
            "a long-haul freighter departure."
        ),
        (
            "What's the difference between a PMC and an AKE, and when would you pick one over the "
            "other?"
        ),
        (
            "How should I handle a shipper who turns up with lithium batteries declared as "
            "general "
            "cargo? Walk me through what to say."
        ),
    ),
    ALU: (
        "What causes an anode effect in a Hall-Heroult cell and how do operators usually kill it?",
        "Can you explain in plain English why smelters are built next to cheap hydro power?",
        (
            "Draft a shift handover note for the potroom covering two pots with high iron and one "
            "with a tapping problem."
        ),
        (
            "What PPE would you expect someone to wear when tapping metal from a pot, and why "
            "each "
            "item?"
        ),
    ),
    AUDIT: (
        (
            "I'm a first-year trainee - how do I approach a client's finance director who keeps "
            "dodging my requests for the fixed asset register?"
        ),
        (
            "Explain the difference between tests of controls and substantive procedures with a "
            "simple example from a stock count."
        ),
        (
            "What does 'professional scepticism' mean in practice for someone testing revenue "
            "cut-off?"
        ),
        (
            "Write a polite email to a client chasing three bank confirmation letters that are "
            "overdue."
        ),
    ),
    BEARING: (
        "Why do ground bearing raceways sometimes show grinding burn, and how do you detect it?",
        "Explain superfinishing to a new operator and why we do it after grinding.",
        "What's a sensible way to set up SPC charts on a bore grinding operation?",
        "Write a short non-conformance note for a batch of outer rings that failed roundness.",
    ),
    CONTACT: (
        (
            "Explain Erlang C to my new manager without any formulas - what is it for and where "
            "does "
            "it break down?"
        ),
        (
            "How should we handle shrinkage when planning - training, sickness, meetings - is "
            "there a "
            "good way to think about it?"
        ),
        (
            "Draft a message to team leaders explaining why we're moving lunch breaks later on "
            "Mondays."
        ),
        "What are the pros and cons of letting agents swap shifts through an app?",
    ),
    PARKS: (
        (
            "Suggest a colour scheme for a summer carpet bed spelling out the town's name for its "
            "centenary."
        ),
        (
            "Which bedding plants cope best with a hot, dry south-facing roundabout and little "
            "watering?"
        ),
        (
            "Write a short piece for the council newsletter thanking volunteers who helped plant "
            "the "
            "war memorial beds."
        ),
        (
            "Is it worth switching our seasonal bedding to perennial planting? Give me the "
            "arguments "
            "both ways."
        ),
    ),
    FACADE: (
        (
            "What's the difference between a unitised and a stick-built curtain wall, and why "
            "would a "
            "contractor pick one?"
        ),
        "Explain what a water test to the CWCT standard involves on site.",
        (
            "Write a method statement outline for lifting unitised panels with a mini crane from "
            "the "
            "floor slab."
        ),
        "Why do brackets on curtain wall need to allow for slab deflection and how is that done?",
    ),
    WEDDING: (
        (
            "We can't agree on whether to invite children. How do other couples word that on the "
            "invitation without offending people?"
        ),
        "Write a short, funny thank-you speech for the groom to give to both sets of parents.",
        "What questions should we ask a venue before signing the contract?",
        "Should we get wedding insurance? What does it usually cover and what doesn't it?",
    ),
    ESTATE: (
        "How do I tell a vendor, nicely, that their asking price is too high for the street?",
        (
            "Write a property description for a three-bed semi with a south-facing garden and a "
            "new "
            "kitchen."
        ),
        "What are the main reasons house sales fall through between offer and exchange?",
        (
            "How should I handle two buyers both saying they're chain-free and offering the same "
            "price?"
        ),
    ),
    GROUNDS: (
        "Why do goalmouths wear out first and what can a groundsman do about it between games?",
        "Explain how undersoil heating and grow lights work on a stadium pitch.",
        (
            "Write a short note to the manager explaining why the pitch can't be used for "
            "training "
            "the day before a match."
        ),
        "What grass mix would you pick for a pitch that gets a lot of shade from the main stand?",
    ),
    THEATRE: (
        "How do I politely push back on a consultant who keeps overbooking their theatre list?",
        "Explain the WHO surgical safety checklist and why the team brief matters.",
        (
            "Write an email to the surgical teams about changes to the theatre start time from "
            "next "
            "quarter."
        ),
        (
            "What are the usual reasons operations get cancelled on the day, and which ones can "
            "planning prevent?"
        ),
    ),
    CELLS: (
        "Why does a lithium-ion cell need a formation cycle before it leaves the factory?",
        "Explain why dry rooms for cell assembly need such a low dew point.",
        "Write a short safety briefing on handling cells that have failed the OCV check.",
        "What are the trade-offs between pouch, prismatic and cylindrical cells for a car maker?",
    ),
    PRESS: (
        "What usually causes web breaks on a newspaper press, and how do crews prevent them?",
        "Explain colour registration to a new press assistant.",
        (
            "Write a note to the editorial desk explaining why late page changes after 23:00 cost "
            "us "
            "so much."
        ),
        "How do regional papers decide how many copies to print for each area?",
    ),
    OCEAN: (
        "What do ocean rowers do about salt sores, and how do you stop them getting bad?",
        "Write a short blog post from the boat about the first week of an Atlantic crossing.",
        "Why do most Atlantic rowing crossings go east to west from the Canaries?",
        "How do you keep sane on a two-hours-on, two-hours-off rota for weeks on end?",
    ),
    AWAYDAY: (
        "Suggest some team activities for an away day that don't involve anything sporty.",
        (
            "How do I get people to actually talk in the strategy session instead of sitting on "
            "their phones?"
        ),
        "Write an invitation email for the team away day that doesn't sound corporate.",
        "Is it fair to hold an away day on a Saturday? What do people usually think about that?",
    ),
    UNI: (
        (
            "How much should we expect to help our son financially at university, and how do "
            "other "
            "parents decide?"
        ),
        "What should he look for in a student house for second year?",
        "Write a message to our daughter about budgeting that doesn't sound like a lecture.",
        "Is it better to give her a lump sum at the start of term or a weekly amount?",
    ),
    AQUA: (
        "Explain how a protein skimmer works on a big public aquarium system.",
        (
            "What's the best way to respond when ozone levels alarm on the life support system at "
            "night?"
        ),
        "Write a short behind-the-scenes sign for visitors explaining what life support staff do.",
        "Why do public aquariums often use natural seawater and others mix their own?",
    ),
    RAILCAR: (
        "What does a typical mid-life refurbishment of a passenger carriage involve?",
        "Explain why fire standards for train interiors are so strict compared with buses.",
        (
            "Write a short update for the train operator about a delay caused by late seat "
            "deliveries."
        ),
        "How should we deal with asbestos found behind panels in an older carriage?",
    ),
    COLLISION: (
        "Explain how a collision investigator uses tyre marks to work out what happened.",
        "What's the difference between a critical speed scuff and a skid mark?",
        (
            "Write a plain-English summary for a bereaved family about what the investigation "
            "will "
            "involve."
        ),
        "How reliable is witness evidence about vehicle speed, and why?",
    ),
    POSTIE: (
        "What's the best way to deal with a dog that's loose at a house on my round?",
        "How do I deal with a customer who insists I left their parcel at the wrong house?",
        (
            "Write a card to leave for an elderly customer I haven't seen for a few days, asking "
            "if "
            "they're okay."
        ),
        "Any tips for keeping letters dry on a rural round in heavy rain?",
    ),
    CARETAKER: (
        "What should be in a school's legionella log book and who checks it?",
        "How should I deal with a teacher who keeps propping the fire door open?",
        "Write a notice for parents about the car park being closed for resurfacing.",
        "What jobs should a school caretaker save for the summer holidays, and why?",
    ),
    SEAWALL: (
        "Why do rock armour revetments use two layers of big stone over a filter layer?",
        "Explain how the Hudson formula is used to size armour stone.",
        "Write a short notice for beach users about the works area and when it'll be closed.",
        "How do you stop a rock revetment making erosion worse on the next beach along?",
    ),
    SINGLE: (
        "How do I explain a six-year gap on my CV from being at home with the kids?",
        (
            "What questions can I ask at interview about flexible working without looking "
            "uncommitted?"
        ),
        (
            "Write a short note to my son's teacher explaining that his grandma will collect him "
            "from "
            "now on."
        ),
        "How do other single parents cope with school holidays when they start a full-time job?",
    ),
    TENNIS: (
        "How does a tournament referee decide whether to move matches indoors when it rains?",
        "Explain how seeding works in a 32-player draw and why seeds are placed where they are.",
        (
            "Write an announcement for players about the new code of conduct on coaching from the "
            "stands."
        ),
        "What should a referee do if a player refuses to continue after a line call dispute?",
    ),
    WIDOWER: (
        "My wife did all the cooking. What are five easy meals a beginner could learn first?",
        "How do I stop feeling so low when I eat dinner on my own?",
        "What's the safest way to reheat rice, and why do people warn about it?",
        "Write a shopping list for a week of simple meals for one person.",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for _reg, _qs in ORDINARY.items():
    assert len(_qs) == 4 and len(set(_qs)) == 4, _reg
    for _q in _qs:
        neg(_reg, _q)


# ---- near-positive negatives (65): look like sums, conversions or dates, need the model
def near(family, query, note):
    assert family.startswith("near-") and note, family
    neg(family, query, note)


NEAR = [
    (
        "near-lme-aluminium-price",
        (
            "What's aluminium fetching on the LME per tonne at the moment, and what would 389,160 "
            "kg "
            "of metal be worth at that price?"
        ),
        "live commodity price",
    ),
    (
        "near-jet-fuel-fill-cost",
        (
            "How much would it cost to fill a 747-400 freighter with jet fuel at Stansted at "
            "current "
            "prices?"
        ),
        "live fuel price and a tank capacity not given",
    ),
    (
        "near-air-cargo-rate",
        "What's the going rate per kg to fly general cargo from Heathrow to Hong Kong these days?",
        "live market rate",
    ),
    (
        "near-lithium-package-limit",
        (
            "How many kg of UN3480 lithium ion batteries can go in one package on a cargo-only "
            "aircraft?"
        ),
        "dangerous goods rules",
    ),
    (
        "near-audit-exemption",
        (
            "Does a company with £9.2 million turnover, £4.1 million of assets and 48 staff need "
            "an "
            "audit in the UK?"
        ),
        "company law thresholds, which change",
    ),
    (
        "near-corporation-tax-bill",
        "What corporation tax will my client pay on taxable profits of £186,000?",
        "tax rates and marginal relief not given",
    ),
    (
        "near-bearing-fatigue-life",
        (
            "How many hours will a 6205 deep groove bearing last at 3,000 rpm with a 1.2 kN "
            "radial "
            "load?"
        ),
        "needs the dynamic load rating, not given",
    ),
    (
        "near-bearing-steel-price",
        "What does 52100 bearing steel bar cost per kg right now?",
        "live material price",
    ),
    (
        "near-erlang-agents",
        "How many agents do I need on Monday for 3,420 calls to answer 80% within 20 seconds?",
        "needs an intraday arrival pattern and a queueing model",
    ),
    (
        "near-minimum-wage-check",
        "Is £11.90 an hour legal pay for a 22-year-old call centre agent?",
        "current minimum wage rules",
    ),
    (
        "near-bedding-plant-estimate",
        "How many bedding plants will I need for a bed about the size of a tennis court?",
        "vague size and no planting spacing",
    ),
    (
        "near-frost-forecast",
        (
            "Is there going to be a frost in Harrogate over the next few nights? I need to decide "
            "whether to plant out."
        ),
        "live weather forecast",
    ),
    (
        "near-panel-lift-wind-limit",
        "What's the maximum wind speed for lifting curtain wall panels with a mini crane?",
        "manufacturer's and site rules",
    ),
    (
        "near-facade-u-value",
        "What U-value will our triple glazed unitised panels achieve?",
        "glass and frame specification not given",
    ),
    (
        "near-panel-weight",
        "How heavy is a 1.5 m by 4.2 m unitised curtain wall panel?",
        "glass make-up and frame weight not given",
    ),
    (
        "near-average-wedding-cost",
        "What does the average wedding in the UK cost now?",
        "looked-up survey figure",
    ),
    (
        "near-notice-of-marriage-fee",
        "How much is it to give notice of marriage at the register office in England?",
        "current statutory fee",
    ),
    (
        "near-wedding-turnout",
        "If we invite 120 people to the evening do, how many will actually turn up?",
        "an estimate needing judgement",
    ),
    (
        "near-stamp-duty-second-home",
        "How much stamp duty is there on a £412,500 house if the buyer already owns a flat?",
        "current tax bands and surcharge",
    ),
    (
        "near-local-house-prices",
        "What's the average house price in Leicester at the moment?",
        "looked-up data",
    ),
    (
        "near-house-valuation",
        "What's a three-bed semi on a quiet street in Kettering worth?",
        "valuation judgement and market data",
    ),
    (
        "near-pitch-size-rules",
        "What are the minimum pitch dimensions for a Premier League ground?",
        "competition rules",
    ),
    (
        "near-mowing-time",
        "How long will it take me to mow the stadium pitch in stripes?",
        "mower width and speed not given",
    ),
    (
        "near-theatre-utilisation-target",
        "What utilisation should an NHS theatre list be hitting?",
        "policy and benchmark figures",
    ),
    (
        "near-knee-replacement-duration",
        "How long does a knee replacement usually take in theatre, start to finish?",
        "clinical estimate",
    ),
    (
        "near-pack-cell-count",
        "How many cells go into a 75 kWh car battery pack?",
        "cell capacity and voltage not given",
    ),
    (
        "near-lithium-carbonate-price",
        "What's lithium carbonate trading at per tonne this week?",
        "live commodity price",
    ),
    (
        "near-newsprint-reels",
        "How many reels of newsprint will 46,800 copies of a 48-page paper use?",
        "reel length and paper weight not given",
    ),
    (
        "near-newspaper-circulation",
        "What's the current circulation of the Yorkshire Post?",
        "looked-up data",
    ),
    (
        "near-trade-winds-forecast",
        "What are the trade winds doing west of the Canaries this week?",
        "live weather",
    ),
    (
        "near-watermaker-output",
        "How many litres of fresh water will our watermaker make in a day off the solar panels?",
        "panel and watermaker specifications not given",
    ),
    (
        "near-atlantic-pair-record",
        "What's the record time for a pair rowing the Atlantic from the Canaries to Antigua?",
        "looked-up record",
    ),
    (
        "near-group-rail-fare",
        "How much is an off-peak return from Manchester to York for 11 people?",
        "live fares",
    ),
    (
        "near-meeting-room-price",
        "What would a day meeting room for 28 people cost in central Bristol?",
        "looked-up prices, an estimate",
    ),
    (
        "near-maintenance-loan-max",
        "What's the maximum maintenance loan for a student living away from home outside London?",
        "current student finance rates",
    ),
    (
        "near-student-loan-repayment",
        (
            "How much will my daughter repay each month on her student loan once she's earning "
            "£32,000?"
        ),
        "repayment threshold and plan not given",
    ),
    (
        "near-parental-contribution",
        (
            "With a household income of £58,000, how much are we expected to top up our son's "
            "student finance?"
        ),
        "means-testing rules",
    ),
    (
        "near-seawater-density",
        "What specific gravity should the shark tank read at 25 °C if we want 35 ppt salinity?",
        "needs a seawater equation of state not given",
    ),
    (
        "near-tank-stocking",
        "How many fish can safely go into a 1.2 million litre display tank?",
        "stocking judgement",
    ),
    (
        "near-ozone-dose",
        "What ozone dose should we run on a 400 cubic metre seal pool?",
        "operational judgement",
    ),
    (
        "near-train-seat-fire-standard",
        "Which fire standard do seats in UK passenger trains have to meet?",
        "regulations",
    ),
    (
        "near-carriage-refurb-cost",
        "Roughly what does a mid-life refurb of a commuter carriage cost these days?",
        "an estimate from market data",
    ),
    (
        "near-wet-stopping-distance",
        "From 47 mph on a wet A-road, how many metres would a Ford Focus need to stop?",
        "reaction time and friction not given",
    ),
    (
        "near-skid-mark-speed",
        "The skid marks were 29 metres long - how fast was the car going when it braked?",
        "drag factor not given",
    ),
    (
        "near-trailer-speed-limit",
        ("What's the national speed limit for a van pulling a horsebox on a single carriageway?"),
        "road traffic rules",
    ),
    (
        "near-parcel-postage",
        "How much does it cost to send a 1.5 kg parcel second class?",
        "current postage prices",
    ),
    (
        "near-postie-salary",
        "What's the starting salary for a postie on a rural round?",
        "looked-up pay data",
    ),
    (
        "near-welsh-notice",
        (
            "Translate 'Pouches over 11 kg will not be collected' into Welsh for our bilingual "
            "notice."
        ),
        "translation",
    ),
    (
        "near-school-gas-use",
        "How much gas will the school boiler burn this winter?",
        "consumption data not given",
    ),
    (
        "near-legionella-storage-temp",
        "What temperature should the hot water cylinder be stored at for legionella control?",
        "health and safety guidance",
    ),
    (
        "near-tide-times",
        "What time is high water at Walton-on-the-Naze on Saturday morning?",
        "live tide tables",
    ),
    (
        "near-armour-stone-weight",
        "How much does 1,176 cubic metres of granite armour stone weigh?",
        "density and voids ratio not given",
    ),
    (
        "near-design-wave-height",
        "What design wave height should we use for the revetment at our site?",
        "engineering judgement and site data",
    ),
    (
        "near-childminder-rates",
        "What do childminders charge per hour in Croydon?",
        "looked-up local prices",
    ),
    (
        "near-universal-credit-taper",
        "How much Universal Credit would I lose if I earn £393 a week?",
        "benefit rules and allowances not given",
    ),
    (
        "near-free-childcare-eligibility",
        "Do I qualify for 30 hours of free childcare if I work 30 hours a week?",
        "eligibility rules",
    ),
    (
        "near-wimbledon-prize-money",
        "How much does the Wimbledon men's singles champion get?",
        "looked-up figure",
    ),
    (
        "near-egg-scaling",
        "My recipe for 6 uses 2 eggs. How do I make it for just me?",
        "cooking judgement: eggs don't divide exactly",
    ),
    (
        "near-roast-chicken-time",
        "How long do I roast a 1.8 kg chicken for?",
        "cooking guidance and food safety",
    ),
    (
        "near-python-paint-tins",
        (
            "Write a Python function that works out how many tins of paint a room needs from its "
            "length, width and height."
        ),
        "code",
    ),
    (
        "near-excel-networkdays",
        "What Excel formula gives the days between dates in A2 and B2, not counting weekends?",
        "code",
    ),
    (
        "near-sql-handling-time",
        "Write an SQL query for average handling time per agent per day from a calls table.",
        "code",
    ),
    (
        "near-gbp-eur-today",
        "How much is £12,400 in euros at today's rate?",
        "live exchange rate",
    ),
    (
        "near-bank-holiday-check",
        "Is 28 August 2028 a bank holiday in England?",
        "holiday rules",
    ),
    (
        "near-inflation-adjusted",
        "What would £7,590 in 2027 be worth in 2031 money?",
        "future inflation unknown",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
for _fam, _q, _note in NEAR:
    near(_fam, _q, _note)


# ---- conversations (35): the last user turn needs the earlier turns, or asks for writing,
# judgement or explanation
def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    assert len(turns) >= 3 and turns[0][0] == U and turns[-1][0] == U, family
    for k, (role, _text) in enumerate(turns):
        assert role == (U if k % 2 == 0 else A), (family, k)
    conv(family, turns, note)


AWAY_THU = nth_weekday(2028, 6, THU, 1)

CONVS = [
    (
        "conv-freighter-trim-message",
        [
            (
                U,
                (
                    "Main deck on tonight's freighter has pallets of 4,120, 3,875 and 5,010 kg in "
                    "positions P, Q and R, and the captain isn't happy with the trim."
                ),
            ),
            (
                A,
                (
                    "Those three come to 13,005 kg. If R is the aftmost position, moving the "
                    "5,010 kg "
                    "pallet forward and the 3,875 kg one aft shifts the centre of gravity forward."
                ),
            ),
            (
                U,
                (
                    "Write a short message to the captain saying we'll swap the 5,010 kg and "
                    "3,875 kg "
                    "pallets and why that helps."
                ),
            ),
        ],
        "writing from figures in earlier turns",
    ),
    (
        "conv-undeclared-cells",
        [
            (
                U,
                (
                    "Shipper declared a carton as 'machine spare parts' but the x-ray shows what "
                    "look "
                    "like loose lithium cells packed in foam."
                ),
            ),
            (
                A,
                (
                    "That would be an undeclared dangerous goods consignment; loose cells need "
                    "proper "
                    "classification, packing and marking before acceptance."
                ),
            ),
            (
                U,
                (
                    "So do I refuse it outright or hold it, and what exactly do I tell the "
                    "shipper at "
                    "the counter?"
                ),
            ),
        ],
        "judgement and rules about the earlier situation",
    ),
    (
        "conv-pot-reline-choice",
        [
            (
                U,
                (
                    "Pots 44 and 118 both have iron in metal above 0.3% and rising cathode "
                    "voltage "
                    "drop. Pot 44 is 2,100 days old and pot 118 is 1,650 days."
                ),
            ),
            (
                A,
                (
                    "High iron usually points to cathode or collector bar attack; the older pot "
                    "is "
                    "nearer end of life, but the younger one may be failing faster."
                ),
            ),
            (U, "Which of the two would you reline first, and why?"),
        ],
        "judgement over the pots described earlier",
    ),
    (
        "conv-sample-selection-note",
        [
            (
                U,
                (
                    "Client has 1,240 sales invoices for the year. My senior asked for 25 to be "
                    "tested and I picked all 25 from March because that folder was easiest to get "
                    "to."
                ),
            ),
            (
                A,
                (
                    "A sample from a single month isn't representative of the year, so the "
                    "results "
                    "can't be used to conclude on the whole population."
                ),
            ),
            (
                U,
                (
                    "Draft a note to my senior owning up to that and proposing how I'll fix it, "
                    "without sounding defensive."
                ),
            ),
        ],
        "writing about the earlier mistake",
    ),
    (
        "conv-misstatement-escalation",
        [
            (
                U,
                (
                    "Performance materiality is £209,700. In my sample of 12 purchase invoices "
                    "totalling £48,316.40 I found a £1,240 overstatement. The population is £2.3m."
                ),
            ),
            (
                A,
                (
                    "Projected on value, that error rate would suggest roughly £59,000 of "
                    "overstatement across the population, though a single error is weak evidence."
                ),
            ),
            (
                U,
                (
                    "Is that something I need to raise with the manager now, given our "
                    "performance "
                    "materiality? Explain your reasoning."
                ),
            ),
        ],
        "judgement using earlier figures",
    ),
    (
        "conv-roundness-ncr",
        [
            (
                U,
                (
                    "Batch 7716 of outer rings: 18 out of 400 failed roundness at 2.1 microns "
                    "against "
                    "a 1.5 micron limit. The centreless grinder's regulating wheel was dressed "
                    "late."
                ),
            ),
            (
                A,
                (
                    "That's a 4.5% failure rate, and a late dress of the regulating wheel is a "
                    "plausible cause of lobing."
                ),
            ),
            (U, "Write the NCR summary and containment actions using those details."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-shift-pattern-pitch",
        [
            (
                U,
                (
                    "Option A is four 10-hour days, option B five 8-hour days. Our peak is 10:00 "
                    "to "
                    "14:00 on Mondays and Tuesdays and a lot of the team do the school run."
                ),
            ),
            (
                A,
                (
                    "Longer shifts can give more overlap with the peak, but 10-hour days clash "
                    "with "
                    "school runs for some people."
                ),
            ),
            (
                U,
                (
                    "Which pattern would you recommend to the operations director? Give me three "
                    "bullet points."
                ),
            ),
        ],
        "judgement and writing over the earlier options",
    ),
    (
        "conv-overtime-explanation",
        [
            (
                U,
                (
                    "We forecast 3,420 calls last Monday and got 4,100 because a billing error "
                    "sent "
                    "out wrong statements."
                ),
            ),
            (
                A,
                (
                    "That's about 20% above forecast, driven by an event the forecast couldn't "
                    "know "
                    "about."
                ),
            ),
            (
                U,
                (
                    "Explain to the finance team, in plain words, why the overtime bill came in "
                    "higher than planned."
                ),
            ),
        ],
        "explanation using the earlier facts",
    ),
    (
        "conv-centenary-bed-design",
        [
            (
                U,
                (
                    "The centenary bed outside the station is 12 m by 6 m, on a slope facing "
                    "north "
                    "east, and the mayor wants the town crest and the year 1927 to 2027 in it."
                ),
            ),
            (
                A,
                (
                    "A north-east slope gets little afternoon sun, so compact foliage plants such "
                    "as "
                    "alternanthera and echeveria hold lettering better than flowering annuals "
                    "there."
                ),
            ),
            (U, "Describe a design for that bed with plant choices I could hand to the nursery."),
        ],
        "writing and judgement about the earlier bed",
    ),
    (
        "conv-facade-programme-update",
        [
            (
                U,
                (
                    "We've hung 187 panels on the east elevation. The north elevation is stuck "
                    "because the brackets from the fabricator are two weeks late."
                ),
            ),
            (
                A,
                (
                    "If the east elevation continues at 16 a shift it can finish while the crew "
                    "waits for brackets, which limits the knock-on to the north."
                ),
            ),
            (U, "Write a short programme update for the main contractor on all that."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-wedding-budget-cuts",
        [
            (
                U,
                (
                    "Venue £3,200, band £1,450, catering £5,202, flowers £900, photographer "
                    "£1,600. "
                    "Our limit is £11,000."
                ),
            ),
            (A, "That comes to £12,352, so you're £1,352 over the limit."),
            (U, "Which of those would you trim first to get us under, and how?"),
        ],
        "judgement over earlier figures",
    ),
    (
        "conv-bride-speech-opening",
        [
            (
                U,
                (
                    "He proposed on top of Pen y Fan in the pouring rain and dropped the ring in "
                    "a "
                    "puddle, then spent ten minutes fishing for it."
                ),
            ),
            (A, "That's a lovely story - the puddle is the perfect comic detail."),
            (U, "Turn that into the first minute of my speech as the bride."),
        ],
        "writing from the earlier story",
    ),
    (
        "conv-two-offers",
        [
            (
                U,
                (
                    "Buyer A offers £405,000, chain-free with a mortgage in principle. Buyer B "
                    "offers "
                    "£409,000 but still has to sell a flat that isn't on the market yet."
                ),
            ),
            (
                A,
                "B is £4,000 higher, but A is much more likely to reach exchange quickly.",
            ),
            (U, "Which would you recommend to my vendor, and how should I put it to them?"),
        ],
        "judgement over the earlier offers",
    ),
    (
        "conv-fee-confirmation-letter",
        [
            (
                U,
                "Our fee on the £412,500 sale is 1.2% plus VAT and I make that £5,940 in total.",
            ),
            (A, "Yes: £4,950 plus £990 VAT is £5,940."),
            (U, "Write the fee confirmation letter to Mrs Okafor using those figures."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-pitch-after-concert",
        [
            (
                U,
                (
                    "We had two concerts on the pitch last weekend. Under the stage area the "
                    "grass "
                    "is yellow and compacted, and the first league game is in nine days."
                ),
            ),
            (
                A,
                (
                    "Nine days is tight but workable for recovery if the crowns are alive; "
                    "decompaction and light are the priorities."
                ),
            ),
            (U, "Give me a day-by-day plan to get it playable in that time."),
        ],
        "planning from the earlier situation",
    ),
    (
        "conv-list-order",
        [
            (
                U,
                (
                    "Monday's list has a diabetic patient for a hernia repair, a 4-year-old for "
                    "grommets, a latex-allergic adult for a lap chole and a long hip revision."
                ),
            ),
            (
                A,
                (
                    "Children and diabetic patients are usually put early, and latex allergy is "
                    "often first so the theatre is clean of latex."
                ),
            ),
            (U, "So what order would you put them in, and how do you settle the clash?"),
        ],
        "judgement over earlier cases",
    ),
    (
        "conv-cancellation-apology",
        [
            (
                U,
                (
                    "Mr Ahmed's hip replacement was cancelled at 17:20 after he'd fasted all day, "
                    "because the case before overran by 95 minutes."
                ),
            ),
            (
                A,
                (
                    "That's distressing for him; the letter should apologise, explain and give a "
                    "new "
                    "date commitment."
                ),
            ),
            (U, "Write the apology letter to him."),
        ],
        "writing from the earlier facts",
    ),
    (
        "conv-electrolyte-supplier-email",
        [
            (
                U,
                (
                    "Formation yield on line 2 fell from 96.5% to 91% in the week after we "
                    "switched "
                    "to the new electrolyte supplier. Line 1 on the old supplier stayed at 96%."
                ),
            ),
            (
                A,
                (
                    "The timing and the unaffected control line both point at the electrolyte, "
                    "though moisture or handling changes should be ruled out."
                ),
            ),
            (
                U,
                (
                    "Draft an email to the supplier's quality team setting out what we've seen "
                    "and "
                    "what we want from them."
                ),
            ),
        ],
        "writing from the earlier figures",
    ),
    (
        "conv-late-page-incident",
        [
            (
                U,
                (
                    "Editorial sent the back page at 23:40 for a 22:15 press start, and the north "
                    "edition missed its van to the distribution depot."
                ),
            ),
            (
                A,
                (
                    "An 85-minute late page would push the start and the first edition's "
                    "transport "
                    "slot."
                ),
            ),
            (U, "Write the incident note for the managing editor."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-watermaker-failure",
        [
            (
                U,
                (
                    "Day 30 of the crossing: the watermaker has failed, we have 60 litres of "
                    "ballast "
                    "water, and the hand pump makes 4 litres an hour of hard pumping."
                ),
            ),
            (
                A,
                (
                    "With two rowers needing several litres each a day, the hand pump would take "
                    "a "
                    "big share of your rowing time."
                ),
            ),
            (
                U,
                (
                    "Given all that, should we ask for a resupply and lose our unsupported "
                    "status, or "
                    "carry on?"
                ),
            ),
            (
                A,
                (
                    "It depends on how far you are from Antigua and your safety margins; the "
                    "ballast "
                    "water is a reserve, not a supply."
                ),
            ),
            (U, "We've got about 1,600 km to go. Talk me through the decision."),
        ],
        "judgement using the earlier turns",
    ),
    (
        "conv-sponsor-update",
        [
            (
                U,
                (
                    "We've rowed 1,850 km, we've each lost 6 kg, the autopilot broke on day 12 "
                    "and "
                    "we saw a whale shark on day 27."
                ),
            ),
            (A, "Plenty there for an update - the whale shark is the headline."),
            (U, "Write the sponsor update email, upbeat but honest about the autopilot."),
        ],
        "writing from earlier points",
    ),
    (
        "conv-away-day-options",
        [
            (
                U,
                (
                    "Option 1 is an escape room and pub lunch in town. Option 2 is a cookery "
                    "class at "
                    "a farm 40 minutes away. Two of the team are wheelchair users."
                ),
            ),
            (
                A,
                "Access matters most: many escape rooms are in basements, and farm venues vary.",
            ),
            (U, "Which would you pick for us, and what should I check with the venue first?"),
        ],
        "judgement over earlier options",
    ),
    (
        "conv-away-day-invite",
        [
            (
                U,
                (
                    f"Away day is {sayw(AWAY_THU)}. Coach leaves the office at 08:30, a 14 km "
                    "guided "
                    "walk, lunch at the Falcon, back by 17:00."
                ),
            ),
            (A, "Got it - a full day with an early start, so people will need walking shoes."),
            (U, "Turn that into a friendly invitation email for the team."),
        ],
        "writing from earlier details",
    ),
    (
        "conv-student-budget-plan",
        [
            (
                U,
                (
                    "Her loan is £7,590 for the year, rent is £6,512, her phone is £15 a month "
                    "and "
                    "she wants a gym membership at £28 a month."
                ),
            ),
            (
                A,
                (
                    "After rent she has £1,078 for the year, and the phone and gym would take "
                    "most "
                    "of that."
                ),
            ),
            (U, "Write her a simple budget plan from those numbers that she'll actually read."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-course-choice",
        [
            (
                U,
                (
                    "Course A is in London, four years with a placement year. Course B is in "
                    "Sheffield, three years, and rent there is about half."
                ),
            ),
            (
                A,
                (
                    "The placement year can pay for itself in job prospects, but London costs "
                    "more "
                    "every year."
                ),
            ),
            (U, "Which would you steer him towards, given what I said about money?"),
        ],
        "judgement over earlier options",
    ),
    (
        "conv-orp-incident-log",
        [
            (
                U,
                (
                    "At 02:00 the ORP on the shark tank read 420 mV, the ozone generator tripped "
                    "on "
                    "high ORP, and the night keeper reset it without calling anyone."
                ),
            ),
            (
                A,
                (
                    "That reading is above most operating limits and the reset without escalation "
                    "is the main concern."
                ),
            ),
            (U, "Write the incident log entry from what I've told you."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-seat-delay-email",
        [
            (
                U,
                (
                    "Seats for unit 2 are three weeks late from the supplier and the operator's "
                    "penalty clause starts after 10 days of delay."
                ),
            ),
            (
                A,
                (
                    "You may be able to refit the old seats temporarily or re-sequence work to "
                    "limit the delay."
                ),
            ),
            (U, "What should we tell the operator? Draft the email."),
        ],
        "judgement and writing from the earlier situation",
    ),
    (
        "conv-report-opening",
        [
            (
                U,
                (
                    "The car left 29.3 m of tyre marks before hitting the lamp post, and CCTV "
                    "puts it "
                    "at 21 m/s at the junction 60 m earlier."
                ),
            ),
            (
                A,
                (
                    "That's about 47 mph at the junction; the marks suggest heavy braking before "
                    "impact."
                ),
            ),
            (U, "Write the opening paragraph of my report summarising those findings."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-parcel-complaint-reply",
        [
            (
                U,
                (
                    "Customer at Nether Farm says her parcel got soaked. I left it in the open "
                    "porch "
                    "because that's what her safe place card says."
                ),
            ),
            (
                A,
                (
                    "You followed the instruction, but the customer may not realise the porch is "
                    "open to the weather."
                ),
            ),
            (U, "Write the reply to her."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-lettings-rota",
        [
            (
                U,
                (
                    "The hall is let on Tuesday and Thursday evenings until 21:30, the sports "
                    "club "
                    "has Saturday mornings, and my cleaner can only work 06:00 to 09:00."
                ),
            ),
            (
                A,
                (
                    "So lock-up falls to you or a key holder on three slots, and cleaning after "
                    "the "
                    "evening lets happens the next morning."
                ),
            ),
            (U, "Draw up a weekly lock-up and cleaning rota covering all of that."),
        ],
        "planning from earlier details",
    ),
    (
        "conv-resident-reply",
        [
            (
                U,
                (
                    "A resident says the rock we placed last month has made the beach in front of "
                    "her house drop by half a metre."
                ),
            ),
            (
                A,
                (
                    "Beach levels change naturally with storms, but end effects of a revetment "
                    "can "
                    "cause local scour."
                ),
            ),
            (
                U,
                (
                    "Draft a reply to her that takes the concern seriously but doesn't admit "
                    "liability."
                ),
            ),
        ],
        "writing from the earlier situation",
    ),
    (
        "conv-two-job-offers",
        [
            (
                U,
                (
                    "Job A pays £13.10 an hour for 30 hours and is 25 minutes away. Job B is "
                    "£14.20 "
                    "an hour for 37.5 hours and 50 minutes away. Childcare is £6.40 an hour."
                ),
            ),
            (
                A,
                "Job B pays more but the extra hours and longer commute add childcare hours too.",
            ),
            (U, "Taking all that, which job makes more sense for me and my two kids?"),
        ],
        "judgement over earlier figures",
    ),
    (
        "conv-rain-order-of-play",
        [
            (
                U,
                (
                    "Rain cost us four hours. We've 12 second-round matches left, six courts, and "
                    "the "
                    "finals must be on Sunday."
                ),
            ),
            (
                A,
                (
                    "Two rounds of six matches on all courts would clear the second round in one "
                    "day "
                    "if the weather holds."
                ),
            ),
            (U, "Draft the revised order of play announcement for players."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-code-violation-ruling",
        [
            (
                U,
                (
                    "At 4-4 in the second set a player smashed her racket, and at the changeover "
                    "she "
                    "swore at the chair umpire. She already had a warning for time."
                ),
            ),
            (A, "That would be her second and third code violations in the match."),
            (U, "Explain how the penalties apply here and what the umpire should announce."),
        ],
        "rules applied to earlier facts",
    ),
    (
        "conv-week-of-dinners",
        [
            (
                U,
                (
                    "I can make a stew, an omelette and beans on toast. I've got a slow cooker, a "
                    "hob "
                    "and a microwave but no proper oven."
                ),
            ),
            (
                A,
                "That's a decent base - the slow cooker opens up curries, chilli and soups.",
            ),
            (U, "Plan me a week of dinners using what I can already cook plus one new thing."),
        ],
        "planning from earlier details",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
for _fam, _turns, _note in CONVS:
    convo(_fam, _turns, _note)

# ---- this set's own structural asserts
THREE = {BEARING, PARKS, GROUNDS, CELLS, POSTIE, CARETAKER, SEAWALL}
assert len(THREE) == 7 and THREE <= set(REGISTERS)
_TOOLS = ("positive:calculator", "positive:units", "positive:datetime")
for _label in _TOOLS:
    _word = [i for i in items if i["label"] == _label and i["family"] != P]
    assert {i["family"] for i in _word} == set(REGISTERS), _label
    assert len(_word) == 31, (_label, len(_word))
_npos = {r: 0 for r in REGISTERS}
for i in items:
    if i["label"] != "negative" and i["family"] != P:
        _npos[i["family"]] += 1
assert {r for r, n in _npos.items() if n == 3} == THREE
assert all(n == 4 for r, n in _npos.items() if r not in THREE)
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ord if i["family"] == r) == 4 for r in REGISTERS)
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")) and i.get("note"), i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
for i in items:
    if i["label"] != "negative":
        assert not NUMERIC_DATE_POS.search(i["query"]), i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 98
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 98: {reused}"
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
