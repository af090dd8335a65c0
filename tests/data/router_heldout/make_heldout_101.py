r"""Generate heldout-2027-03-14.jsonl: a hundred-and-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed101/earlier_registers.txt (in full: a `wc -lc` gave 1800 lines and 44410 characters, a
`head -5` showed its first names, then a `tr` turning its newlines into spaces was printed in two
pieces, `head -c 22500` and `tail -c +22400`, which overlap by 101 characters, so nothing was left
out): the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed101/make_heldout_100.py (a `wc -l` gave 3278 lines, as the brief said): lines 1-670
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 959-1019 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 1234-1318 (its datetime section header, date
helpers, clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1560-1567
(its negatives section header, neg() and conv()) and 3055-3278 (its stated-weekday check, its
checks and main()). None of set 100's query blocks (671-958, 1020-1233, 1319-1559, 1568-3054) was
opened, printed or searched.

The first command ran an `ls -la` of /work/sealed101 (earlier_registers.txt and make_heldout_100.py
only), made /tmp/h101 and ran the `cat` of grading.py. The next printed lines 1-670 of set 100 by
`sed -n 1,670p`; the tool showing the output cut out its middle (lines 163 to 343 of the output
were not shown), so the next command printed lines 160-345 by `sed -n 160,345p`, and all of lines
1-670 were seen. One command then ran a `wc -l` of make_heldout_100.py and earlier_registers.txt
(3278 and 1800 lines) and printed lines 959-1019, 1234-1318 and 1560-1567 by `sed -n`, and another
printed lines 3055-3278. Nothing outside the allowed ranges was seen. The next command ran the `wc
-lc`, the `head -5` and the first `tr` piece of earlier_registers.txt, and another the second
piece. Nothing under /work/main was opened or listed apart from grading.py: nothing under router/,
tools/, docs/ or tests/ was opened or listed, nor README or pyproject, and .venv was not listed.
The only other use of /work/main was running /work/main/.venv/bin/python (for every script and
every run of this generator, with a `--version` of it and of ruff once) and
/work/main/.venv/bin/ruff (with /work/main as the working directory, on this file only, always with
--no-cache). No other /work/sealed* directory was listed. The earlier generators (sets 1-100) are
only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing
make_heldout_100.py runs its module level, which builds its items, but no earlier query was ever
printed. No JSONL file was opened (not even this set's own output: only this generator's printed
summary, its failure messages, its `tail -6` and `head -4`, a `grep` of its negative and plain
family lines (`head -12`), its sha256 line, ruff's output and the --show listing of ids, expected
values and tolerances, picked out by a `grep` and laid out by `column -t`, and a `diff` of two such
listings, were read; `sha256sum` and `wc -l` were run on it), no git command was run, no network
and no search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command ran one `grep -i` of earlier_registers.txt per
keyword, joined by `tr` and cut to 400 characters, for fragments of the candidate trades and
situations and their neighbours (actuar, insur, assur, sail, race, brew, home_, wind, turbine,
blade, separat, parent, childcare, alp, ski_, driv, appren, leaver, commut, season, cylinder, gas_,
asphalt, tarmac, sport, report, journal, tailor, suit, film, polythene, plastic, english, language,
summer, traffic, signal, rapeseed, oil_, model, architect, sound, audio, tour, yacht, broker,
generator, power, hire, airport, security, sanitary, ceramic, traction, steam, rally, student,
rag_, charity, milk, dairy and cream). Candidates weighed while reading the list and dropped,
judged too near an earlier name, too near another register of this set or hard to fill with exact
questions, included a police custody suite sergeant (a sensitive setting), an offshore drilling mud
engineer (its everyday unit is pounds per gallon, which is contested), a heating oil tanker round
(near the coal merchant and the wood pellet rounds), a static caravan holiday park office (near the
park home estate and the glamping pods), a student union bar manager (near the pub cellar manager
and the cinema bar), a hospital estates boiler house (it would touch this set's traction engine
boilers), a precast concrete yard (near the ready mix plant and set 100's rebar gang), a mobile
network radio planner (decibel sums are not exact), an electronics recycling plant (near set 100's
landfill and the scrap metal yard), a blueberry picking gang (near the grape pickers and the
strawberry farm), a day nursery room leader (near the registered childminder), a household
switching to a water meter (near the household tracking energy bills), a coasteering instructor
(near the canyoning and sea kayak guides), a cathedral stonemasons' yard (near the headstone letter
cutters) and a chocolate enrobing line (near the artisan chocolatier). The 25 registers below were
then fixed; no list file of them was written, and the sorted order is asserted in this file. The
next command made /tmp/h101/own, copied the five ranges by `sed -n A,Bp` into /tmp/h101/r1.py to
r5.py (not printed), ran a `wc -l` of them, a `grep -nx` for the line that is exactly `from
__future__ import annotations` in r1.py (line 459 of set 100), printed the last line of r1.py and
the first and last lines of the other copies (with a `cat -A` of the end of r2.py) and printed the
Python and ruff versions (3.11.7 and 0.17.6). The next command wrote and ran /tmp/h101/subst.py (a
`cat` heredoc): it cut the first copy at that line (asserted to be the only such whole line), so
set 100's docstring is not part of this file, and substituted this set's OUT
("heldout-2027-03-13.jsonl" -> "heldout-2027-03-14.jsonl") and PREFIX ("ho100-" -> "ho101-", with
"ho100-" asserted absent afterwards), "sets 1-99" -> "sets 1-100" in the comment on EARLIER_DIRS
(asserted to be a comment line; the tuple itself and earlier_path() are kept as they were),
`range(2, 100)` -> `range(2, 101)` in EARLIER and, in REGISTER_CHECK, make_heldout_100.py added
after make_heldout_99.py, all in the first block, and "sets 19 to 99" -> "sets 19 to 100" in one
comment and one message string of main() in the last block (each substitution asserted to apply
once, the last twice; it printed "ok" for each). It wrote the cut first block and the substituted
last block as c1.py and c5.py (the second to fourth copies are used as copied); the same command
ran a `head -3` of c1.py, a `grep -nE` of c1.py for "2027", "ho10", "sets 1-", "range(2" and the
REGISTER_CHECK lines of sets 98 to 100, a `grep -n` of c5.py for "19 to", and a `grep -nE` of
c1.py, r2.py to r4.py and c5.py for PREFIX and for slices. That found PREFIX used only in add()
(f"{PREFIX}{kind}-{family}-{n:02d}") and in main() (i.startswith(PREFIX)), so no copied line was
adapted. An `awk` then listed the lines of the five copies over 99 characters (none; the
substituted EARLIER_DIRS comment has 98).

A one-line script then printed the weekdays of 19 candidate dates (among them 14 March 2027, the
date in this file's name, a Sunday, and every date later stated with a weekday; all stated weekdays
are computed by sayw() and sayus() and asserted). Then `cat` heredocs wrote this set's own blocks
under /tmp/h101/own/: a_calc.py (money(), the register constants, REGISTERS and THREE, and the
calculator items), b_units.py (unit constants and their asserts and the unit items), c_dates.py
(hours_between(), the weekday asserts and the date items), d_negs.py (the ORDINARY table),
e_near.py (the near() helper and the NEAR list, with a `grep -c` of its lines holding "near-", 66:
the 65 entries and the helper's own test); an inline script (each edit asserted to apply once) then
replaced two NEAR entries of the ski family (French diesel prices and a Lyon low-emission sticker)
by a generator's fuel use over a festival and a live football score, so that the generator hire and
the match reporter have near-positives too; then f_convs.py (the convo() helper, the CONVS list and
this set's own structural asserts, with a `grep -c` of its lines holding "conv-", 38: the 35
entries, the helper's test and two asserts). The next command ran a `grep -c` for backslashes in
the own blocks (one, in a regular expression) and a two-line test that Python's syntax tree of an
implicitly concatenated f-string equals that of the joined one. The next command wrote a one-line
placeholder docstring to /tmp/h101/doc.txt (by `echo`), /tmp/h101/assemble.py (it builds this file
from doc.txt and the blocks in order: c1.py, the own a_calc.py, r2.py, the own b_units.py, r3.py,
the own c_dates.py, r4.py, the own d_negs.py, e_near.py and f_convs.py, and c5.py, checks that the
result compiles and prints its line count; given a path it writes there instead),
/tmp/h101/longlines.py (it lists the lines of a file over 99 characters), /tmp/h101/fixlong.py (it
splits every string or f-string literal of 40 or more characters that lies on a line over 99
characters, at spaces outside braces, into pieces of about 64 characters, giving an f prefix only
to pieces that hold a brace and wrapping the pieces in parentheses when the literal is an element
of a tuple, list, set or dict (ISC004), working on UTF-8 bytes for ast's column offsets, and
asserting that the file's syntax tree is unchanged) and a helper /tmp/h101/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` on
this file, then three passes of fixlong.py and ruff format, then `.venv/bin/ruff check --no-cache`
on it, writing the latter's output to /tmp/h101/ruff.txt and printing the exit codes and its `tail
-3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h101/out.txt, and prints its exit code and the `tail -6` of it, and last the list of long
lines), made run.sh executable and ran it. The runs and the fixes between them are listed under
"Checks that failed along the way". After the third run, which passed every check with no line over
99 characters, the next command ran a `head -4` of out.txt and the `grep` of its negative and plain
family lines, and ran this generator with --show from /tmp (its output written to
/tmp/h101/show.txt); the listing of ids, expected values and tolerances (a `grep` of show.txt laid
out by `column -t`) was read, and this writer checked every expected value against the stories by
hand; no change was needed. The next command kept a copy of that listing and ran an inline script
confirming that each copied block (c1.py, r2.py to r4.py and c5.py) appears verbatim in this file,
once, with a `grep -c .` and a `wc -l` of this file. A `grep -noiE` of the own positive blocks
followed, for words that could make a positive contested, relative or vague (tonne, ounce, oz,
month, a year, per year, year, working day, business day, today, now, cup, knot, gallon, hp, about,
roughly, approx, within, tomorrow, yesterday, tonight, around, reckon and estimate), with a `sed
-n` of its seven hits: "four-year-old" is a child's age, "One-year term" is the kind of policy,
"now" in "Counting the buckets now" does not touch the answer, "This year's rape" names the crop of
a unit item, "each month" in a date item is a stated October, and "day of the year" in two date
items is the question; none of them is a length to convert or an estimate. To confirm that the
layout changes altered no text, the next command built a second copy of the generator straight from
the own blocks, without ruff format or fixlong.py (assemble.py writing /tmp/h101/alt.py), and ran
it and this file with --digest (this file also with PYTHONHASHSEED=7): all three gave the same
sha256, equal to the one in out.txt; alt.py was then deleted, and an `ls` of /tmp/h101 and an `ls
-la` of /work/sealed101 followed (only the two given files, this file and its JSONL). A count
command then took `grep -o -F` counts over the own positive blocks (of money(, whole_up(, unit_r(,
EXACT, clock_span(, nth_weekday(, age(, days(, TD(days, weeks(, TD(weeks, sayw(, sayus(,
hours_between(, weekday(, SQFT, CUFT, YD, KMH, MPH, HA, ACRE, c_to_f(, f_to_c(, PSI, LB, GIB, MM,
CM, KM, MINUTE, LITRE and HOUR), a `wc -w` of the own blocks, and `sha256sum` and `wc -l` of the
JSONL. Rereading set 100's docstring's disclosures against this set's items led to the last change
to the items (see below), after a `grep -noE` of the own blocks for the figures named there (its
hits were 1,350 in a unit item and the 18.50 of two prices in pounds, a different figure from a
percentage of 18.5); run.sh was then run again, this generator with --show again, and a `diff` of
the two listings showed only the changed unit item. A `grep` of this file's first calculator items
and of its first conversation, by `sed -n`, showed the layout, and a `grep` of out.txt's sha256
line with `sha256sum` and `wc -l` of the JSONL followed. This docstring was written last over the
placeholder: its source text, /tmp/h101/doc/doc_src.txt, was written by a `cat` heredoc (with a `wc
-w`); an inline script then made two corrections to it after rereading it against what was done
(each asserted to apply once); /tmp/h101/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps
the indented lines as they are and asserts that the words are unchanged, that no line exceeds 99
characters, that every register value is named and that the text holds no three quotes of its own)
filled it to 99 columns into /tmp/h101/doc.txt and printed its line count, with a `head -3` and a
`tail -3` of doc.txt; then run.sh was run again, with the sha256 line of out.txt and the verbatim
check of the copied blocks again, the second copy with its three digests again, a count of three
quotes in this file, a `head -2` and a `wc -l` of it and a check that doc.txt begins this file
unchanged by ruff format (an inline script then added this account of those, asserted once, and
run.sh, the verbatim check and the digests were run once more); and then, in one command, `ruff
format --no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two runs of
this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf
/tmp/h101`, an `ls` of /tmp/h101 (gone) and an `ls -la` of /work/sealed101. Writes: only this file
and its JSONL in /work/sealed101/ (earlier_registers.txt and make_heldout_100.py left as they
were); temporary blocks, scripts and output under /tmp/h101/ were deleted afterwards. Nothing was
written into /work/main. Every script and every run of this generator used
/work/main/.venv/bin/python. The JSONL's sha256 from the last edit of the items on was
1ca7f542a55852ec949fbde37dc9777296d301d57369adea809814bd9d367dbb (335 lines); the docstring does
not enter the output.

Changes to set 100's main() and checks: only the substitutions listed above (file names, the
prefix, sets 1-100 for the duplicate check, sets 19-100 for the register check); no copied check
needed adapting. Set 100 lies next to this file in /work/sealed101, and EARLIER_DIRS and
earlier_path() are kept as set 100 has them: each earlier generator is looked up first next to this
file (HERE), then in /work/main/tests/data/router_heldout (not listed here); this works now
(make_heldout_100.py is found next to this file and, as no other generator lies here, sets 1-99 in
router_heldout, as the passing runs show) and after this file is copied there. The copied helpers,
unit factors, checks and main() are otherwise set 100's as copied; ruff format left the copied
blocks as they were (the inline check named above found each verbatim). All of set 100's checks are
kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for positives, the
answers' consistency (calculator and exact unit answers are numbers with at most three decimals,
every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user turn,
the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check (the
file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give the
same sha256). Kept outside main(), as copied: weeks() (once: a plain weeks one-liner between two
stated Mondays), clock_span() (once, in minutes, a plain one-liner to the next morning),
nth_weekday() (five times), age() (four times), days() (eight times), whole_up() (once: classes of
at most 14), unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 33), sayw()
(fourteen times) and sayus() (once), so the weekdays stated next to dates are computed, and are
also checked by the copied stated-weekday check and by this set's own asserts; SQFT and CUFT are
used, SQYD, STONE and OZ are not (fourteen cubic yards are taken as YD cubed, and stones are
written out as 14 LB). Added, newly written: money() (asserts whole pence, with an assert of its
own; every calculator money answer passes through it, 21 of them: 19 register word problems in
pounds or euros and two plain items; the other 12 register word problems are passengers screened,
kilograms of bitumen, classes, an ABV, pence per bottle, cylinders passed, an actual-to-expected
percentage, kilograms of film, kilograms of oil, seconds of corrected time, good pans and signal
cycles in an hour); MM, CM, KM, HA, LITRE, MINUTE and HOUR, with asserts on IN/MM, CM/MM, MI/KM,
HA/ACRE, SQFT, CUFT/LITRE, MPH/KMH, c_to_f(165), c_to_f(72), f_to_c(152.6), c_to_f(22),
c_to_f(-13.5) and HOUR; the register constants and the REGISTERS tuple (asserted 25, distinct and
sorted); an assert that the square-root one-liner's radicand is a perfect square and the cube-root
one-liner's a perfect cube; hours_between() (hours between two stated date-times, used twice, with
an assert of its own); asserts that the twelve dates stated with a weekday in the register date
items (a roster start, a model delivery, a first fitting, a group's arrival, a family's departure
for the Alps, a brew day, a cream filling day, an open meeting, a glaze trial, an apprenticeship
start, a first weekend with the children and a tour's opening night), the two Mondays of the plain
weeks one-liner and the date of the plain sayus() item fall on the weekday intended; the ORDINARY
table and the near() and convo() helpers with their NEAR and CONVS lists; and this set's own
structural asserts, written from set 100's docstring's description of them (its code was not seen):
the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four distinct questions
each; NEAR has 65 entries and CONVS 35, each with distinct families (and NEAR distinct queries),
all "near-..." and "conv-..." respectively, each with a note (asserted by the helpers and after the
lists); every conversation has at least three turns, opens and ends with a user turn, and its user
and assistant turns alternate (checked with indices; no system turn is used); the positive
registers of each tool are exactly the REGISTERS, with 31 register word problems and 14 plain items
per tool; exactly 18 registers have four positives and 7 have three (these seven named, as THREE);
the ordinary negatives are 100, four per register, with no note and no messages; every negative
outside the registers is a near-... or conv-... family with a note, with messages exactly when it
is a conv-... family; every positive's family is a register or plain; no positive contains an
all-numeric date (NUMERIC_DATE_POS, this set's own pattern; no positive uses one at all).
date_item() refuses leap-day results, and the one weeks() call asserts whole weeks.

Disclosures: the kinds of item and the counts follow set 100's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 100's, copied (P = "plain" is copied too, as the
last line of the first block). Set 100's docstring (everything before line 459) names its 25
registers, its provenance, the generic kinds of its items (including the kinds of its
near-positives and conversations) and the generic subjects and figures of items its duplicate check
once reported or that it reworded (17.5 percent of 5,736, 6.25 GiB in MiB, a poster width "asked
for it in feet", a dog's weight "wants it in pounds", a Santander drive and a paint tank), and
those it repeats from sets 99, 98 and 97 (a van pulling a horsebox, a named car stopping from 47
mph on a wet A-road, 63 km/h in m/s, feet in 1,350 metres, 5 ft 7.5 in in centimetres, a garbled
doorstep item, a walk asked "roughly" then "exactly", a stew "within 90 days", the square root of
66,049, 5.75 GiB, a baby scan item that "only thinks in pounds", a note saying "live flight data",
18.5% of 7,264, 47 miles, 12 st 11 lb, 2.35 bar, 23.4 squared, 2,184 divided by 0.64, a weekday of
19 November 2031, 22:50 to 05:25 the next morning, 6 ft 1.5 in and 365 yards), which were therefore
seen. A `grep` found one of those figures here, 1,350 (a layflat width of 1,350 mm in inches, a
different unit from feet in 1,350 metres); it was changed to 1,320 mm all the same (see below); no
other recurs. This set's cube root was first asked of 103,823 (47 cubed), an echo of nothing seen
but a repeat that the duplicate check reported; it was changed (see below). The layout tools change
only how string literals are laid out in this file, never their text (asserted by syntax trees, and
confirmed by the equal digests above); ruff's own settings were not read, and the limit of 99 was
enforced by this writer's own list of long lines. Some of this set's near-positive and conversation
kinds share generic kinds with set 100's lists, newly worded with new subjects and figures: live or
looked-up data (an exchange rate, a football score, a snow forecast, a rail fare, hop prices, a
mortality improvement rate, a milk price, a resin price, rapeseed futures, a Portsmouth Number,
high water, ball clay prices, an apprentice wage, the weather at a gig, a steam fair's dates, epoxy
prices, a yacht's market value, airport queue times), rules (a season ticket refund, Delay Repay,
cylinder retesting, cylinders in a van, cream pasteurisation, plastic packaging tax, a WC's flush
volume, take-home pay, child maintenance, Gift Aid on buckets, a front-of-house sound limit,
vehicle tax on a traction engine, an intergreen, RCD paperwork, liquids at security, a laying
temperature, a student visitor's visa), estimates with a missing figure or constant (a drive to the
Alps, a generator's fuel, priming sugar, hop bitterness, free gas in a cylinder, a term premium,
butter from milk, sacks from a roll, oil from a field, a course length, a mould's size, a bucket
collection, delay towers, coal on a road run, a queue, resin for a blade, a survey fee, security
lanes, a model's hours, asphalt for a road, cloth for a suit) and code (a Python function, an Excel
formula, a Google Sheets formula), with a translation into Polish, explanations of a negative
reserve, of cold pressing, of spar caps and of a suit's drop, and a judgement on a cost split; and
for conversations writing around earlier figures or text (a complaint to a train company, a beer
label, an NCR, a board note, a letter to a farmer, a shift instruction, an oil label, a results
post, a message about summer dates, a rag week poster, a show report, a programme entry, a
residents' leaflet, a reply to a buyer, a reply to a passenger, a reply to a parent, a match report
intro, a reply to a contractor, a model proposal) and judgements, rules or plans over earlier
options or facts (a two-day drive, three rail tickets, a stuck stout, leak failures by shift, an
off flavour, sell or press, a protest, trapway cracks, two apprenticeships, a weekly rota, a
charity tie, a small venue's spec, steam or low loader, dry spots, a client's weight loss, a stage
load). No item of set 100 was seen, so none was reused verbatim. No conversation here ends in a
user turn that could be answered alone: each last turn either needs figures, rules or text from the
earlier turns or asks for writing, judgement or explanation; none is an earlier misreading
corrected and then a plain question asked again. Some near-positives depend on current figures or
live data; they are negatives, with no "now" field. No positive depends on a looked-up figure:
every rate, price, fee, discount, density, oil content, handicap formula and ABV formula is given
in the text, so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades or situations: the airport security search lanes next to the airport baggage hall
supervisor, the airport de-icing crew, the airport duty free shop, the airport parking shuttle desk
and the security guard patrol rota (which share words); the architectural model making studio next
to the architect practice drawing office and the architectural salvage yard (which share a word),
the ship model maker, the model village attraction and the model railway clubs; the asphalt coating
plant next to the tarmac driveway surfacing crew, the ready mix concrete plant, the road marking
lining crew and the limestone quarry shotfirer; the bespoke suit tailor next to the bridal
alterations tailor (which shares a word), the clothing factory cutting room, the corsetry workroom
and the bespoke shoemaker last room; the English language summer school next to the evening
language classes, the youth theatre summer school (which share words), the exchange student host
family and the international student first term; the event power generator hire next to the plant
hire depot counter, the LED video wall hire, the marquee hire yard and the overhead power line
linesman (which share a word); the family driving to the Alps to ski next to the ski chalet host,
the ski hire shop counter, the couple interrailing across Europe, the family planning a Florida
theme park trip and the alpine hut warden; the freelance sports match reporter next to the local
newspaper sub editor, the basketball league statistician, the grassroots football referee and the
freelance subtitle translator (which shares a word); the home brewer brewing in the garage next to
the craft brewery, the kombucha brewer, the meadery and the sake brewery koji room; the industrial
gas cylinder filling plant next to the dive centre air station, the hydrogen refuelling station
operator, the gas pipeline pigging crew and the LNG import terminal control room; the life
assurance actuarial pricing team next to the marine cargo insurance underwriter, the motor
insurance claims handler and the pension scheme administrator; the milk processing creamery next to
the robotic milking dairy, the goat dairy parlour, the buffalo mozzarella dairy, the farm milk
vending hut and the milkman doorstep round; the polythene film blowing line next to the injection
moulding toolroom, the aluminium extrusion press shop, the paper mill reel shop and the contract
packing copacker line; the rail commuter weighing a season ticket next to the railway revenue
protection inspector, the funicular railway ticket office, the ferry ticket office and the freight
train driver roster; the rapeseed oil cold press farm next to the olive oil mill pressing, the
mustard mill grinding room, the industrial hemp grower and set 100's farm agronomist crop walks;
the sailing club race officer next to the sailing dinghy school (which shares a word), the rowing
regatta, the sand yacht club, the archery club range officer and the tall ship sail training bosun;
the sanitaryware factory casting shop next to the pottery kiln cooperative, the shared kiln
ceramics collective, the brickworks kiln yard, the bathroom fitter jobs and the ceramic tile mosaic
fitter; the school leaver starting an apprenticeship next to the jobcentre work coach, the single
parent returning to work, the teenager saving for a first car and the domestic electrician rewire
jobs; the separated parents sharing childcare next to the family mediation service, the nanny share
employing parents, the grandparents doing summer holiday childcare (which share words) and the
single parent returning to work; the student rag week committee next to the charity street
fundraising team, the student hackathon organiser (which shares a word), the school prom committee
and the charity duck race organiser; the touring live sound engineer next to the stage lighting
rigger, the outside broadcast truck engineer, the mobile DJ gig sheet, the recording studio session
booker and the puppet theatre touring company (which shares a word); the traction engine owner at
steam rallies next to the steam railway, the vintage bus rally committee, the vintage motorcycle
rally marshal and the ploughing match committee; the traffic signal timing engineer next to the
motorway traffic management crew and the road traffic collision investigator (which share a word),
the railway signal box relief signaller, the highway pothole inspection team and the speed camera
van operator; the wind turbine blade factory mould hall next to the wind turbine technician shift
log and the offshore wind turbine crew (which share words), the carbon fibre composites layup shop
and set 100's plasterboard factory board line; the yacht brokerage office next to the yacht
delivery skipper, the superyacht crew placement agency, the marina berth office, the private jet
charter broker and the used car forecourt dealer. Some of this set's registers touch each other
(the family driving to the Alps, the rail commuter, the separated parents, the school leaver and
the home brewer are all household situations; the asphalt plant, the film line, the gas filling
plant, the blade factory, the creamery and the sanitaryware shop are all industry; the sound
engineer and the generator hire both work events; the sailing race officer and the yacht broker
both deal with boats); the judgement that they are different trades or situations is this writer's.
At the edges of the allowed ranges: line 670 is P = "plain", 959, 1234 and 1560 are section
headers, 1019 is the blank line after unit_r(), 1318 is the assert after sayus(), 1567 is the body
of conv(), 3055 opens the stated-weekday check and 3278 is the call of main(). No query text of any
earlier set was seen: main()'s duplicate check names only this set's ids. Every query here was
newly written from imagination of each trade or situation; five items that the duplicate check
reported as exact repeats of earlier queries (their earlier counterparts unseen) were given new
figures or new wording, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt
are not known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of sets 19 to 100 (the near-.../conv-... families are not registers and may coincide with
earlier family names). This set has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format (fixlong.py splitting 160 literals in its first pass and none in the next two) and ruff
check, with no line over 99 characters, but the generator stopped at main()'s contested-unit check
(the copied CONTESTED pattern) on ho101-datetime-freelance_sports_match_reporter-02: "cup" in "the
county cup final" matched the pattern for cups. An inline script (asserted once) made it "the
county senior trophy final", and a `grep -n -i` of the own positive blocks for cup, ton, tons, hp
and kb found nothing else. The second run stopped at main()'s duplicate check, which reported five
items by id as repeats of earlier queries or user turns (ho101-calculator-plain-04,
ho101-negative-home_brewer_brewing_in_the_garage-01, ho101-units-plain-04, ho101-units-plain-12 and
ho101-units-plain-14). An inline script (each edit asserted to apply once) gave the four plain
items new figures (the cube root of 148,877, with its perfect-cube assert changed to 53 cubed; 5 ft
11.5 in in centimetres; 115 km/h in mph; and -13.5 degrees Celsius in Fahrenheit, with the matching
unit assert changed) and reworded the home brewer's first ordinary negative (the same green apple
question, asked of a batch of bitter), without the earlier queries being looked at. The third run
passed every check (fixlong.py splitting 160 literals in its first pass and none after) with no
line over 99 characters. After the checks of the third run's output told above, and after rereading
set 100's docstring's disclosures, an inline script (each edit asserted once) changed the layflat
width of the film line's unit item from 1,350 mm to 1,320 mm, as told above; the fourth run passed
every check (160 literals split) with no line over 99 characters, and its --show listing differed
from the third run's only in that item's expected value. The register check, the stated-weekday
check, the counts, the gradability checks, this set's own structural asserts, money()'s asserts,
the unit asserts and the weekday asserts of the date items passed on every run that reached them.
Before any run, as told above, two NEAR entries of the ski family were replaced.

Registers (families), 25, new: airport_security_search_lanes, architectural_model_making_studio,
asphalt_coating_plant, bespoke_suit_tailor, english_language_summer_school,
event_power_generator_hire, family_driving_to_the_alps_to_ski, freelance_sports_match_reporter,
home_brewer_brewing_in_the_garage, industrial_gas_cylinder_filling_plant,
life_assurance_actuarial_pricing_team, milk_processing_creamery, polythene_film_blowing_line,
rail_commuter_weighing_a_season_ticket, rapeseed_oil_cold_press_farm, sailing_club_race_officer,
sanitaryware_factory_casting_shop, school_leaver_starting_an_apprenticeship,
separated_parents_sharing_childcare, student_rag_week_committee, touring_live_sound_engineer,
traction_engine_owner_steam_rallies, traffic_signal_timing_engineer,
wind_turbine_blade_factory_mould_hall, yacht_brokerage_office. Every register is used by all three
tools (asserted); eighteen distinct registers have one further positive (a second calculator word
problem: bespoke_suit_tailor, home_brewer_brewing_in_the_garage,
life_assurance_actuarial_pricing_team, rail_commuter_weighing_a_season_ticket,
student_rag_week_committee, yacht_brokerage_office; a second unit word problem:
family_driving_to_the_alps_to_ski, industrial_gas_cylinder_filling_plant,
touring_live_sound_engineer, traction_engine_owner_steam_rallies, traffic_signal_timing_engineer,
wind_turbine_blade_factory_mould_hall; a second date word problem: english_language_summer_school,
freelance_sports_match_reporter, milk_processing_creamery, sailing_club_race_officer,
school_leaver_starting_an_apprenticeship, separated_parents_sharing_childcare). The seven registers
with three positives are airport_security_search_lanes, architectural_model_making_studio,
asphalt_coating_plant, event_power_generator_hire, polythene_film_blowing_line,
rapeseed_oil_cold_press_farm and sanitaryware_factory_casting_shop. Positives are one-liners
(family "plain") or word problems of one to three sentences, mostly in UK usage with pounds and
pence (one in euros), with feet, inches, yards, acres, miles, stones and pounds, and with a
US-style written date in one item (a plain sixty-days-after question, with the computed weekday),
and other touches (passengers through search lanes, a model quote with VAT, bitumen in batches, a
suit deposit and a suit's materials, classes of at most 14, a generator invoice, lift passes and
ski hire, a reporter's invoice by the word, an ABV by a given formula and pence per bottle,
cylinders passing a leak check, a loaded risk premium and an actual-to-expected ratio, a milk
cheque, a film roll's weight from a given density, a season ticket against day returns and a flexi
ticket, oil from pressed seed, a corrected time by a given handicap formula, good pans after
rejects, an apprentice's weekly pay, a share of children's extras, a bucket count and Gift Aid, per
diems, steam coal, signal cycles in an hour, a blade's materials, a yacht sale after commission
with VAT and a yard bill); a tray belt's speed, a baseboard, a mix temperature, a chest
measurement, a coach trip, a cable run, a drive to the Alps, an autoroute limit, a try's distance,
a mash temperature, a fill pressure, an oxygen tank, an applicant's weight, a pasteuriser
temperature, a layflat width, a commuter line, a field, a start line, a WC pan's projection, a
conduit run, a child's height, a sponsored walk, delay towers, a multicore, a boiler pressure, an
engine's weight, a design speed, an approach speed, a blade's length, a mould hall temperature and
a yacht's length; Celsius and Fahrenheit both ways, miles to kilometres, kilometres to miles, km/h
to mph, mph to km/h, km/h to metres per second, metres per second to feet per minute, bar to psi,
psi to bar, GiB to MiB, square metres to square feet, hectares to acres, acres to hectares, cubic
metres to cubic feet, cubic yards to cubic metres, stone and pounds to kilograms, pounds to
kilograms, feet and inches to centimetres, inches to centimetres, millimetres to inches, metres to
feet, feet to metres, metres to yards and yards to metres), some chatty, terse or lower-case, with
questions at the start or the end, several terse commands and a few bare expressions to complete.
No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 100: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as units (tonnes are named
only in the text of negatives, as prices per tonne), hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots (knots are named only in one negative), ounces of
any kind, carats, nominal sizes, hands as a height, leap-day results, all-numeric dates (asserted),
time zones and summer time, Easter, working days, "within N days", and anything depending on the
current date (no "now" or "timezone" field; asserted). No calculator, date or exact unit result is
a repeating decimal (asserted); money answers are whole pence (asserted by money()). Week counts
are asserted to be whole weeks; day counts are the difference of the two dates (queries are worded
as N days or weeks after or before a stated date, how many days from one date to another, nights
between two stated dates, a plant shutdown with both days counted, 9, 10, 12, 18, 20, 21, 28, 37,
45, 60, 100, 270, 426 and 500 days after or before a date, 5, 6, 9, 16 and 26 weeks after or before
a date, two weeks then three weeks after a brew day, ten weeks after a first weekend (the sixth of
every other weekend), 2 weeks and 5 days after a date, weeks between two stated Mondays (a plain
one-liner), hours between two stated date-times (one register item and one plain item), the weekday
of a stated date (one register item and one plain item), the second Tuesday, the last Saturday, the
first Sunday, the third Monday and the last Friday of a stated month and year, and a day of the
year counting 1 January as day 1 (one register item and one plain item)); the four ages are in
whole years from a stated date to a stated date, and the one clock span runs from one stated time
to the next occurrence of the other (crossing midnight, saying "the next morning"; in minutes).
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 100):
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

Run: /work/main/.venv/bin/python make_heldout_101.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-14.jsonl"
PREFIX = "ho101-"
# earlier generators: sets 1-100 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 101))
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
    "make_heldout_100.py",
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
    """A sum of money, asserted to be a whole number of pence."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("19.99") * 3) == dec("59.97") and money(F(7, 4)) == dec("1.75")

# the 25 registers of this set (families of its positives and its ordinary negatives)
AIRPORT = "airport_security_search_lanes"
ARCHMODEL = "architectural_model_making_studio"
ASPHALT = "asphalt_coating_plant"
TAILOR = "bespoke_suit_tailor"
EFL = "english_language_summer_school"
GENHIRE = "event_power_generator_hire"
ALPS = "family_driving_to_the_alps_to_ski"
REPORTER = "freelance_sports_match_reporter"
HOMEBREW = "home_brewer_brewing_in_the_garage"
GASFILL = "industrial_gas_cylinder_filling_plant"
ACTUARY = "life_assurance_actuarial_pricing_team"
CREAMERY = "milk_processing_creamery"
FILM = "polythene_film_blowing_line"
COMMUTER = "rail_commuter_weighing_a_season_ticket"
RAPESEED = "rapeseed_oil_cold_press_farm"
SAILING = "sailing_club_race_officer"
SANITARY = "sanitaryware_factory_casting_shop"
APPRENTICE = "school_leaver_starting_an_apprenticeship"
COPARENT = "separated_parents_sharing_childcare"
RAG = "student_rag_week_committee"
SOUND = "touring_live_sound_engineer"
TRACTION = "traction_engine_owner_steam_rallies"
SIGNALS = "traffic_signal_timing_engineer"
BLADE = "wind_turbine_blade_factory_mould_hall"
YACHT = "yacht_brokerage_office"
REGISTERS = (
    AIRPORT,
    ARCHMODEL,
    ASPHALT,
    TAILOR,
    EFL,
    GENHIRE,
    ALPS,
    REPORTER,
    HOMEBREW,
    GASFILL,
    ACTUARY,
    CREAMERY,
    FILM,
    COMMUTER,
    RAPESEED,
    SAILING,
    SANITARY,
    APPRENTICE,
    COPARENT,
    RAG,
    SOUND,
    TRACTION,
    SIGNALS,
    BLADE,
    YACHT,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)
# the seven registers with three positives (one per tool); the other 18 have four
THREE = (AIRPORT, ARCHMODEL, ASPHALT, GENHIRE, FILM, RAPESEED, SANITARY)
assert set(THREE) <= set(REGISTERS) and len(set(THREE)) == 7

calc(
    AIRPORT,
    "On Saturday's early shift nine search lanes ran from 04:30 to "
    "10:30 and each lane averaged 148 passengers an hour. How many "
    "passengers went through security on that shift?",
    9 * 6 * 148,
)
calc(
    ARCHMODEL,
    "quote for a 1:500 masterplan model: 38 hours of laser cutting "
    "at £42 an hour, 61 hours of hand finishing at £35 an hour and "
    "£486.50 of materials, then VAT at 20% on the whole lot. what do "
    "we quote the developer including VAT?",
    money((38 * 42 + 61 * 35 + dec("486.50")) * F(6, 5)),
)
calc(
    ASPHALT,
    "Our dense base mix runs at 4.3% bitumen by mass and every batch "
    "is 4,000 kg. How many kilograms of bitumen went into the 37 "
    "batches we mixed for the bypass job?",
    4000 * pct("4.3") * 37,
)
calc(
    TAILOR,
    "Client wants the two-piece at £3,850 plus a second pair of "
    "trousers (£640) and a waistcoat (£720). We take half up front "
    "at the first fitting. How much is the deposit?",
    money(F(3850 + 640 + 720, 2)),
)
calc(
    TAILOR,
    "Materials for a three-piece: 3.4 m of cloth at £96 a metre, 1.6 "
    "m of Bemberg lining at £18.50 a metre and a card of horn "
    "buttons for £42. What do the materials come to?",
    money(dec("3.4") * 96 + dec("1.6") * dec("18.50") + 42),
)
calc(
    EFL,
    "We've got 148 students arriving for the July fortnight and no "
    "class may have more than 14. What's the smallest number of "
    "classes we can timetable?",
    whole_up(F(148, 14)),
)
calc(
    GENHIRE,
    "Checking the festival invoice: the 100 kVA set at £285 a day "
    "for 4 days, the distro board at £48 a day for the same 4 days, "
    "£360 delivery and collection, and 412 litres of diesel "
    "recharged at £1.32 a litre. What's the total before VAT?",
    money(4 * 285 + 4 * 48 + 360 + 412 * dec("1.32")),
)
calc(
    ALPS,
    "Lift passes for the week are €312 per adult and €249 per child. "
    "Two adults and two children pay, and our four-year-old goes "
    "free. Ski hire is €138 each for the four of us who need it. How "
    "many euros for the passes and hire together?",
    money(2 * 312 + 2 * 249 + 4 * 138),
)
calc(
    REPORTER,
    "The paper pays me 22p a word. I filed 14 match reports of 450 "
    "words each and they've agreed £60 of mileage on top. What "
    "should my invoice come to?",
    money(dec("0.22") * 450 * 14 + 60),
)
calc(
    HOMEBREW,
    "OG was 1.052 and it finished at 1.012. Using ABV = (OG - FG) x "
    "131.25, what's the ABV of my pale ale?",
    (dec("1.052") - dec("1.012")) * dec("131.25"),
)
calc(
    HOMEBREW,
    "The bitter kit cost £27.50 and I added a 500 g bag of brewing "
    "sugar at £2.40. It filled 40 bottles. How many pence is that "
    "per bottle?",
    (dec("27.50") + dec("2.40")) * 100 / 40,
)
calc(
    GASFILL,
    "Days filled 1,296 cylinders and nights filled 904, and 3.5% of "
    "the lot failed the post-fill leak check. How many cylinders "
    "passed?",
    (1296 + 904) * (1 - pct("3.5")),
)
calc(
    ACTUARY,
    "One-year term quote: q is 0.00184 and the sum assured is "
    "£250,000, so the risk premium is q times the sum assured. We "
    "then load it by 35% for expenses and margin. What gross premium "
    "do we charge?",
    money(dec("0.00184") * 250000 * dec("1.35")),
)
calc(
    ACTUARY,
    "The block had 12,500 lives with an expected death rate of "
    "0.0024 each and we actually saw 33 deaths. What is actual over "
    "expected as a percentage?",
    F(33) / (12500 * dec("0.0024")) * 100,
)
calc(
    CREAMERY,
    "Harris Farm sent us 42,600 litres in the last milk period. The "
    "base price is 38.25p a litre and they earned a hygiene bonus of "
    "1.4p a litre. What is their milk cheque in pounds?",
    money(42600 * (dec("38.25") + dec("1.4")) / 100),
)
calc(
    FILM,
    "Layflat tube 600 mm wide, two walls of 40 microns each, film "
    "density 0.92 g/cm3. How many kg does a 1,500 m roll weigh?",
    2 * dec("0.6") * dec("0.00004") * 1500 * 920,
)
calc(
    COMMUTER,
    "The annual season ticket is £4,980. A day return is £26.40 and "
    "I'm only in the office 3 days a week for 46 weeks. How much "
    "would I save buying day returns instead of the season?",
    money(4980 - 3 * 46 * dec("26.40")),
)
calc(
    COMMUTER,
    "A flexi season gives me 8 travel days for £179.52. How much "
    "cheaper per day is that than the £26.40 anytime return?",
    money(dec("26.40") - dec("179.52") / 8),
)
calc(
    RAPESEED,
    "We cold pressed 18,000 kg of seed that tested at 42% oil and "
    "the press got 78% of that oil out. How many kilograms of oil "
    "did we get?",
    18000 * pct(42) * pct(78),
)
calc(
    SAILING,
    "Our handicap formula is corrected time = elapsed x 1000 / PY. "
    "The RS200 sails off PY 1046 and took 52 min 18 s. What's its "
    "corrected time in seconds?",
    F((52 * 60 + 18) * 1000, 1046),
)
calc(
    SANITARY,
    "Casting made 640 WC pans on the shift and 11.25% were rejected "
    "at white inspection. How many good pans went on to the kiln?",
    640 * (1 - pct("11.25")),
)
calc(
    APPRENTICE,
    "my apprenticeship pays £7.60 an hour and I'm contracted for "
    "37.5 hours a week, how much is that a week before tax",
    money(dec("7.60") * dec("37.5")),
)
calc(
    COPARENT,
    "We agreed I pay 60% of the extras. This term it was a school "
    "trip at £85, football club at £144 and new uniform at £96.50. "
    "What's my share?",
    money((85 + 144 + dec("96.50")) * pct(60)),
)
calc(
    RAG,
    "Counting the buckets now: fourteen £20 notes, 37 £10 notes, 58 "
    "£5 notes, 212 pound coins, 340 50p coins and 415 20p coins. "
    "What's the total?",
    money(14 * 20 + 37 * 10 + 58 * 5 + 212 + 340 * dec("0.5") + 415 * dec("0.2")),
)
calc(
    RAG,
    "The sleep-out raised £1,610. £1,120 of that is eligible for "
    "Gift Aid, which adds 25% to eligible donations. What's the "
    "total including Gift Aid?",
    money(1610 + 1120 * pct(25)),
)
calc(
    SOUND,
    "Per diems for the tour: 5 crew at £35 a day for 18 show days, "
    "plus 3 travel days at £25 a day for each of the 5. How big a "
    "per diem float do I need?",
    money(5 * 35 * 18 + 5 * 25 * 3),
)
calc(
    TRACTION,
    "Steam coal is £18.50 for a 25 kg bag and she gets through 9 "
    "bags on a rally weekend. With 6 rallies booked, what will the "
    "coal cost me?",
    money(dec("18.50") * 9 * 6),
)
calc(
    SIGNALS,
    "Stage 1 green is 37 s, stage 2 green is 22 s, the pedestrian "
    "stage is 7 s invitation plus 9 s clearance, and there are three "
    "intergreens of 5 s each. How many complete cycles does the "
    "junction run in an hour?",
    F(3600, 37 + 22 + 7 + 9 + 3 * 5),
)
calc(
    BLADE,
    "One blade shell takes 2,860 kg of glass fabric at £3.20/kg and "
    "1,540 kg of infusion resin at £4.85/kg. What's the material "
    "cost per blade?",
    money(2860 * dec("3.20") + 1540 * dec("4.85")),
)
calc(
    YACHT,
    "She was listed at £248,000 and sold for £231,500. Our "
    "commission is 8% of the sale price, plus VAT at 20% on the "
    "commission. What does the seller receive?",
    money(231500 - 231500 * pct(8) * F(6, 5)),
)
calc(
    YACHT,
    "Yard bill for the 38 ft sloop: lift-out £385, pressure wash at "
    "£2.75 per foot, and hard standing at £4.10 per foot per week "
    "for 12 weeks. What's the total?",
    money(385 + 38 * dec("2.75") + 38 * dec("4.10") * 12),
)

assert 267**2 == 71289 and 53**3 == 148877
calc(P, "what's 13.5% of 8,624?", 8624 * pct("13.5"))
calc(P, "7389 * 46", 7389 * 46)
calc(P, "sqrt 71289", 267)
calc(P, "Cube root of 148,877?", 53)
calc(P, "(418 + 977) / 15 =", F(418 + 977, 15))
calc(P, "Split £2,346.80 equally between 8 people.", money(dec("2346.80") / 8))
calc(P, "38.5^2", dec("38.5") ** 2)
calc(P, "What is 9,152 divided by 0.32?", 9152 / dec("0.32"))
calc(P, "Add 12% to £1,875.", money(1875 * (1 + pct(12))))
calc(P, "17 cubed minus 2,417", 17**3 - 2417)
calc(P, "What is 0.375 of 7,208?", dec("0.375") * 7208)
calc(P, "Take 37.5% off 6,480", 6480 * (1 - pct("37.5")))
calc(P, "average of 14, 29, 37, 52 and 73", F(14 + 29 + 37 + 52 + 73, 5))
calc(P, "2 to the power of 17, minus 31,000", 2**17 - 31000)


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
LITRE = F(1, 1000)  # m^3
MINUTE = 60  # s
HOUR = 3600  # s

assert IN / MM == dec("25.4") and CM / MM == 10 and MI / KM == dec("1.609344")
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and SQFT == dec("0.09290304")
assert CUFT / LITRE == dec("28.316846592") and MPH / KMH == dec("1.609344")
assert c_to_f(165) == 329 and c_to_f(72) == dec("161.6") and f_to_c(dec("152.6")) == 67
assert c_to_f(22) == dec("71.6") and c_to_f(dec("-13.5")) == dec("7.7") and HOUR == 60 * MINUTE

unit_r(
    AIRPORT,
    "The tray return belt on lane 6 runs at 0.4 m/s and the maker's "
    "manual is American. What's 0.4 m/s in feet per minute?",
    dec("0.4") * MINUTE / FT,
)
unit_r(
    ARCHMODEL,
    "Baseboard for the Leeds scheme is 1,200 mm long and the Chicago "
    "architects want it in inches. Convert that for me.",
    1200 * MM / IN,
)
unit(
    ASPHALT,
    "Mix leaves the drum at 165 °C. What's that in Fahrenheit for "
    "the American client's spec sheet?",
    c_to_f(165),
    EXACT,
)
unit(
    TAILOR,
    "chest measures 40 inches, what is that in cm for the Italian mill's order form",
    40 * IN / CM,
    EXACT,
)
unit_r(
    EFL,
    "It's 92 miles from the school to central London by coach. The "
    "Spanish group leaders keep asking in kilometres, so how many km "
    "is it?",
    92 * MI / KM,
)
unit_r(
    GENHIRE,
    "We're laying 85 m of cable from the generator to the stage. How many feet is 85 m?",
    85 / FT,
)
unit_r(
    ALPS,
    "Calais to Val Thorens comes to 1,046 km on the route planner. How many miles is that?",
    1046 * KM / MI,
)
unit_r(ALPS, "French autoroutes are 130 km/h. What's that in mph?", 130 * KMH / MPH)
unit_r(
    REPORTER,
    "The try came from a break that started 62 metres out and my "
    "editor wants yards in the copy. How many yards is 62 m?",
    62 / YD,
)
unit(
    HOMEBREW,
    "My thermometer only does Celsius and the American recipe says "
    "mash at 152.6 °F. What's that in °C?",
    f_to_c(dec("152.6")),
    EXACT,
)
unit_r(
    GASFILL,
    "Our nitrogen cylinders are filled to 300 bar. What is that in psi?",
    300 * BAR / PSI,
)
unit_r(
    GASFILL,
    "The bulk liquid oxygen tank holds 18 cubic metres. How many cubic feet is that?",
    18 / CUFT,
)
unit_r(
    ACTUARY,
    "Applicant declared 15 st 6 lb on the proposal form and the "
    "underwriting manual works in kilograms. What's that in kg?",
    (15 * 14 + 6) * LB,
)
unit(
    CREAMERY,
    "The HTST pasteuriser holds the milk at 72 °C. What is that in degrees Fahrenheit?",
    c_to_f(72),
    EXACT,
)
unit_r(
    FILM,
    "Customer wants the layflat width in inches on the spec: it's 1,320 mm.",
    1320 * MM / IN,
)
unit_r(
    COMMUTER,
    "My line into town is 38.6 miles. How far is that in kilometres?",
    dec("38.6") * MI / KM,
)
unit_r(
    RAPESEED,
    "This year's rape is on a 34 hectare block. How many acres is that?",
    34 * HA / ACRE,
)
unit_r(
    SAILING,
    "I've laid a start line 240 m long. What's that in yards for the visiting American fleet?",
    240 / YD,
)
unit_r(
    SANITARY,
    "Our new close-coupled pan projects 655 mm from the wall. The "
    "export catalogue lists sizes in inches, so what's 655 mm?",
    655 * MM / IN,
)
unit(
    APPRENTICE,
    "The conduit run on my first job is 25 ft. How many metres is that?",
    25 * FT,
    EXACT,
)
unit(
    COPARENT,
    "The passport form wants my son's height in centimetres. He's 4 ft 3 in.",
    (4 * 12 + 3) * IN / CM,
    EXACT,
)
unit_r(
    RAG,
    "The sponsored walk is 26 km and our American sponsors keep asking. How many miles is it?",
    26 * KM / MI,
)
unit_r(
    SOUND,
    "The delay towers sit 42 m from the main hangs. What's 42 m in feet?",
    42 / FT,
)
unit(SOUND, "Multicore from stage left to FOH is 150 ft. In metres?", 150 * FT, EXACT)
unit_r(TRACTION, "Her boiler is plated at 200 psi. What's that in bar?", 200 * PSI / BAR)
unit_r(
    TRACTION,
    "the logbook gives her weight as 28,000 lb and the rally field wants it in kg",
    28000 * LB,
)
unit_r(
    SIGNALS,
    "Design speed on the approach is 40 mph. What's that in km/h?",
    40 * MPH / KMH,
)
unit_r(
    SIGNALS,
    "For the intergreen calc I need 48 km/h in metres per second.",
    48 * KMH,
)
unit_r(BLADE, "Each blade is 81.6 m long. How long is that in feet?", dec("81.6") / FT)
unit(
    BLADE,
    "The mould hall is held at 22 °C. What's that in Fahrenheit?",
    c_to_f(22),
    EXACT,
)
unit_r(
    YACHT,
    "Listing says LOA 38 ft 6 in. What's that in metres?",
    (38 * 12 + 6) * IN,
)

unit_r(P, "37 °F in Celsius", f_to_c(37))
unit_r(P, "convert 84 km to miles", 84 * KM / MI)
unit(P, "How many MiB in 6.75 GiB?", dec("6.75") * GIB / MIB, EXACT)
unit(P, "5 ft 11.5 in in centimetres?", (5 * 12 + dec("11.5")) * IN / CM, EXACT)
unit_r(P, "23 acres to hectares", 23 * ACRE / HA)
unit_r(P, "What is 72 square metres in square feet?", 72 / SQFT)
unit_r(P, "11 st 3 lb in kg", (11 * 14 + 3) * LB)
unit_r(P, "145 lb to kilograms", 145 * LB)
unit_r(P, "2.5 bar in psi?", dec("2.5") * BAR / PSI)
unit(P, "How many metres is 250 yards?", 250 * YD, EXACT)
unit_r(P, "14 cubic yards in cubic metres", 14 * YD**3)
unit_r(P, "115 km/h in mph", 115 * KMH / MPH)
unit_r(P, "Convert 380 mm to inches.", 380 * MM / IN)
unit(P, "-13.5 °C in Fahrenheit", c_to_f(dec("-13.5")), EXACT)


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
    """Hours from one stated date-time to another."""
    return F(int((b - a).total_seconds()), 3600)


assert hours_between(DT(2027, 1, 1, 22, 30), DT(2027, 1, 2, 1, 0)) == F(5, 2)

# the dates stated with a weekday below fall on the weekday intended
assert weekday(D(2027, 3, 28)) == "Sunday" and weekday(D(2027, 5, 14)) == "Friday"
assert weekday(D(2027, 4, 22)) == "Thursday" and weekday(D(2027, 7, 4)) == "Sunday"
assert weekday(D(2028, 2, 12)) == "Saturday" and weekday(D(2027, 4, 10)) == "Saturday"
assert weekday(D(2027, 6, 3)) == "Thursday" and weekday(D(2027, 6, 26)) == "Saturday"
assert weekday(D(2027, 1, 18)) == "Monday" and weekday(D(2027, 9, 13)) == "Monday"
assert weekday(D(2027, 3, 5)) == "Friday" and weekday(D(2027, 10, 2)) == "Saturday"
assert weekday(D(2027, 8, 2)) == "Monday" and weekday(D(2027, 12, 13)) == "Monday"
assert weekday(D(2027, 8, 19)) == "Thursday"

date_item(
    AIRPORT,
    f"The summer roster starts on {sayw(D(2027, 3, 28))}. What date is 26 weeks after the start?",
    D(2027, 3, 28) + TD(weeks=26),
)
date_item(
    ARCHMODEL,
    f"The model has to be with the client on {sayw(D(2027, 5, 14))} "
    "and the build takes 45 days. What's the latest start date, 45 "
    "days before delivery?",
    D(2027, 5, 14) - TD(days=45),
)
date_item(
    ASPHALT,
    "The plant shuts for the drum relining from 12 July 2027 to 3 "
    "August 2027. How many days is that, counting both the first and "
    "the last day?",
    days(D(2027, 7, 12), D(2027, 8, 3)) + 1,
)
date_item(
    TAILOR,
    f"First fitting was on {sayw(D(2027, 4, 22))} and the second "
    "fitting is 5 weeks after that. What date is the second fitting?",
    D(2027, 4, 22) + TD(weeks=5),
)
date_item(
    EFL,
    f"The Italian group arrives on {sayw(D(2027, 7, 4))} and flies "
    "home 20 days after arriving. What date do they fly?",
    D(2027, 7, 4) + TD(days=20),
)
date_item(
    EFL,
    "One of our students was born on 9 August 2011. How old will she "
    "be on 20 July 2027, the day of the Oxford trip?",
    age(D(2011, 8, 9), D(2027, 7, 20)),
)
date_item(
    GENHIRE,
    "The wedding generator goes out on 19 June 2027. What day of the week is that?",
    weekday(D(2027, 6, 19)),
)
date_item(
    ALPS,
    f"We set off from home on {sayw(D(2028, 2, 12))} and get back 9 "
    "days later. What date are we home?",
    D(2028, 2, 12) + TD(days=9),
)
date_item(
    REPORTER,
    "How many days are there from the season opener on 14 August "
    "2027 to the final day of the season on 20 May 2028?",
    days(D(2027, 8, 14), D(2028, 5, 20)),
)
date_item(
    REPORTER,
    "The county senior trophy final is always played on the last "
    "Saturday in May. What's the date of the 2028 final?",
    nth_weekday(2028, 5, SAT, -1),
)
date_item(
    HOMEBREW,
    f"Brewed my oatmeal stout on {sayw(D(2027, 4, 10))}. Two weeks in "
    "the fermenter, then three weeks conditioning in the bottle. "
    "What date will it be ready to drink?",
    D(2027, 4, 10) + TD(weeks=2) + TD(weeks=3),
)
date_item(
    GASFILL,
    "The gas safety audit is on the second Tuesday of November 2027. What's the date?",
    nth_weekday(2027, 11, TUE, 2),
)
date_item(
    ACTUARY,
    "The policy starts on 1 March 2027 and the life assured was born "
    "on 15 June 1988. What is their age last birthday at the start "
    "date?",
    age(D(1988, 6, 15), D(2027, 3, 1)),
)
date_item(
    CREAMERY,
    "Use-by on our double cream is 12 days after filling. What date "
    f"goes on the pots filled on {sayw(D(2027, 6, 3))}?",
    D(2027, 6, 3) + TD(days=12),
)
date_item(
    CREAMERY,
    "A vat of cheddar made on 18 October 2027 is graded for 270 days "
    "of maturing. What date does it come out of store?",
    D(2027, 10, 18) + TD(days=270),
)
date_item(
    FILM,
    "The order for refuse sack film was confirmed on 23 September "
    "2027 with an 18-day lead time. What's the dispatch date, 18 "
    "days after confirmation?",
    D(2027, 9, 23) + TD(days=18),
)
date_item(
    COMMUTER,
    "My season ticket expires on 30 April 2028 and I want to renew "
    "it 10 days before it runs out. What date is that?",
    D(2028, 4, 30) - TD(days=10),
)
date_item(
    RAPESEED,
    "We drilled the rape on 24 August 2027 and plan to combine it on "
    "19 July 2028. How many days is that from drilling to harvest?",
    days(D(2027, 8, 24), D(2028, 7, 19)),
)
date_item(
    SAILING,
    "Our autumn series races on the first Sunday of each month. "
    "What's the date of the October 2027 race?",
    nth_weekday(2027, 10, SUN, 1),
)
date_item(
    SAILING,
    f"The open meeting is on {sayw(D(2027, 6, 26))} and entries close "
    "21 days before. What's the closing date for entries?",
    D(2027, 6, 26) - TD(days=21),
)
date_item(
    SANITARY,
    f"We set the new glaze trial going on {sayw(D(2027, 1, 18))} and "
    "the customer wants results 16 weeks later. What date is that?",
    D(2027, 1, 18) + TD(weeks=16),
)
date_item(
    APPRENTICE,
    f"I start my apprenticeship on {sayw(D(2027, 9, 13))} and my "
    "first block release at college begins 6 weeks later. What date "
    "does college start?",
    D(2027, 9, 13) + TD(weeks=6),
)
date_item(
    APPRENTICE,
    "I was born on 22 March 2011. How old will I be on 13 September 2027 when I start work?",
    age(D(2011, 3, 22), D(2027, 9, 13)),
)
date_item(
    COPARENT,
    "I have the kids every other weekend, starting "
    f"{sayw(D(2027, 3, 5))}. What's the date of the Friday that "
    "starts my sixth weekend with them?",
    D(2027, 3, 5) + TD(weeks=2 * 5),
)
date_item(
    COPARENT,
    "The kids are staying with me from 24 July 2027 until 7 August 2027. How many nights is that?",
    days(D(2027, 7, 24), D(2027, 8, 7)),
)
date_item(
    RAG,
    "Rag week starts on the third Monday of February 2028. What date is that?",
    nth_weekday(2028, 2, MON, 3),
)
date_item(
    SOUND,
    f"The tour opens on {sayw(D(2027, 10, 2))} and the final show is "
    "37 days later. What date is the last show?",
    D(2027, 10, 2) + TD(days=37),
)
date_item(
    TRACTION,
    "Her boiler passed its hydraulic test on 14 April 2027 and the "
    "insurer wants the next exam no later than 426 days after that. "
    "What's the deadline?",
    D(2027, 4, 14) + TD(days=426),
)
date_item(
    SIGNALS,
    "The new timings went live at 06:40 on 3 May 2027 and the "
    "monitoring period ends at 09:10 on 5 May 2027. How many hours "
    "of monitoring is that?",
    hours_between(DT(2027, 5, 3, 6, 40), DT(2027, 5, 5, 9, 10)),
)
date_item(
    BLADE,
    "Blade 120 was demoulded on 3 June 2027. Counting 1 January as "
    "day 1, what day of the year is that?",
    days(D(2027, 1, 1), D(2027, 6, 3)) + 1,
)
date_item(
    YACHT,
    "The survey is booked for 8 June 2027 and completion is 28 days "
    "after the survey. What's the completion date?",
    D(2027, 6, 8) + TD(days=28),
)

date_item(P, "What date is 100 days after 3 January 2028?", D(2028, 1, 3) + TD(days=100))
date_item(
    P,
    "How many days between 17 June 2027 and 2 February 2028?",
    days(D(2027, 6, 17), D(2028, 2, 2)),
)
date_item(P, "What day of the week was 29 October 1987?", weekday(D(1987, 10, 29)))
date_item(P, "What date is 9 weeks before 16 March 2028?", D(2028, 3, 16) - TD(weeks=9))
date_item(
    P,
    f"How many weeks from {sayw(D(2027, 8, 2))} to {sayw(D(2027, 12, 13))}?",
    weeks(D(2027, 8, 2), D(2027, 12, 13)),
)
date_item(P, "last Friday of September 2027?", nth_weekday(2027, 9, FRI, -1))
date_item(P, "date 500 days after 11 May 2027", D(2027, 5, 11) + TD(days=500))
date_item(
    P,
    f"what's the date 60 days after {sayus(D(2027, 8, 19))}",
    D(2027, 8, 19) + TD(days=60),
)
date_item(
    P,
    "How many hours from 21:15 on 30 December 2027 to 07:45 on 2 January 2028?",
    hours_between(DT(2027, 12, 30, 21, 15), DT(2028, 1, 2, 7, 45)),
)
date_item(
    P,
    "How many minutes from 23:35 to 06:10 the next morning?",
    clock_span("23:35", "06:10", 60),
)
date_item(
    P,
    "Which day of the year is 15 October 2027, with 1 January as day 1?",
    days(D(2027, 1, 1), D(2027, 10, 15)) + 1,
)
date_item(
    P,
    "How old is someone born on 4 December 1969 on 1 March 2028?",
    age(D(1969, 12, 4), D(2028, 3, 1)),
)
date_item(
    P,
    "What's the date 2 weeks and 5 days after 26 November 2027?",
    D(2027, 11, 26) + TD(weeks=2, days=5),
)
date_item(
    P,
    "How many days from 1 March 2028 to 1 March 2029?",
    days(D(2028, 3, 1), D(2029, 3, 1)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    AIRPORT: (
        (
            "Write a short briefing for new screeners on staying polite when "
            "a passenger refuses the body scanner."
        ),
        (
            "What are the current rules on carrying power banks in hand "
            "luggage on flights from the UK?"
        ),
        (
            "Why do some airports let you leave laptops in your bag at "
            "security while others still make you take them out?"
        ),
        (
            "Our supervisor wants screeners rotated off the X-ray image "
            "every 20 minutes. Is that a sensible limit, and why?"
        ),
    ),
    ARCHMODEL: (
        (
            "What's the best way to stop laser-cut acrylic edges going "
            "cloudy on a presentation model?"
        ),
        (
            "Draft an email to an architect explaining why a late "
            "landscaping change will push back the model delivery."
        ),
        (
            "Should we 3D print the massing blocks or cut them from foam for "
            "a competition model? Give me the pros and cons."
        ),
        "How do professional model makers get convincing water on a riverside site model?",
    ),
    ASPHALT: (
        "Why does the mix temperature matter so much for compaction once it's on site?",
        (
            "What should a plant operator check when switching the plant "
            "from a dense base to stone mastic asphalt?"
        ),
        "Write a toolbox talk on bitumen burns and first aid for the loading bay crew.",
        "Is it worth putting more reclaimed asphalt into our mixes, and what are the risks?",
    ),
    TAILOR: (
        (
            "How do I explain to a client the difference between a fully "
            "canvassed jacket and a fused one?"
        ),
        (
            "What cloth would you recommend for a suit that will mostly be "
            "worn through hot summers in Rome?"
        ),
        "Write a polite note to a client who has missed three fittings, asking him to rebook.",
        "Why do tailors leave generous inlays in the seams of a bespoke suit?",
    ),
    EFL: (
        (
            "Plan a fun icebreaker for 14-year-olds with mixed levels of "
            "English on their first morning."
        ),
        "What safeguarding checks do we need for homestay hosts in England?",
        "Write a welcome letter to the parents of students coming from Japan for our July course.",
        (
            "How should a teacher handle students who speak only their own "
            "language with friends from home during lessons?"
        ),
    ),
    GENHIRE: (
        (
            "How do I go about sizing a generator for a festival stage with "
            "LED walls and moving lights?"
        ),
        "What earthing arrangements are needed for a temporary generator at an outdoor event?",
        (
            "Write a short hire agreement clause covering fuel charges and "
            "who is responsible for refuelling."
        ),
        "Is HVO a good replacement for diesel across our hire fleet?",
    ),
    ALPS: (
        "What do we have to carry in the car by law when driving through France in winter?",
        (
            "Is it better to drive down overnight or stop halfway when "
            "you've got young kids in the car?"
        ),
        "Which ski schools in Val Thorens are good with nervous beginners?",
        "Write a packing list for a family of five going skiing for a week.",
    ),
    REPORTER: (
        "Give me a punchy intro for a report on a rain-soaked derby won 2-1 with a late comeback.",
        "How do I write a fair match report when I missed the only goal of the game?",
        (
            "What's the difference in style between a running report and a "
            "considered report for a Sunday paper?"
        ),
        "Should freelancers charge extra for photos they take on their phone at a match?",
    ),
    HOMEBREW: (
        "My last batch of bitter has a green apple taste to it. What causes that?",
        "Is it safe to reuse the yeast from the bottom of the fermenter for my next batch?",
        "Can I legally sell my homebrew at a village fete in the UK?",
        "Suggest a recipe idea for a low-alcohol session pale ale with citrusy hops.",
    ),
    GASFILL: (
        "Explain why we insist on a residual pressure being left in returned cylinders.",
        "What are the UK rules for colour coding medical oxygen cylinders?",
        "Write a procedure for quarantining a cylinder that comes back with a damaged valve.",
        "Why is acetylene filled so differently from the other gases we handle?",
    ),
    ACTUARY: (
        "Explain to a non-actuary why smokers pay so much more for life cover.",
        "What's the difference between select and ultimate mortality tables?",
        (
            "How would a severe pandemic hit a book of level term assurance, "
            "and what should we stress test?"
        ),
        (
            "Write a short paragraph for the board on why we reinsure the "
            "top slice of large sums assured."
        ),
    ),
    CREAMERY: (
        "Why does milk sometimes taste cooked after pasteurisation?",
        "What are the rules on selling raw cream direct to the public in England?",
        "Write a letter to our farmers explaining the new butterfat and protein payment scheme.",
        "Is it worth putting in membrane filtration to make a high-protein milk?",
    ),
    FILM: (
        "Why does our blown film keep getting gels and fish eyes?",
        (
            "How does the UK plastic packaging tax work, and does it apply "
            "to the carrier bags we make?"
        ),
        "Explain blow-up ratio to a new operator and how it affects the strength of the film.",
        "Write a notice to customers about our move to 30% recycled content in refuse sacks.",
    ),
    COMMUTER: (
        "Is it worth getting a railcard if I already have a season ticket?",
        "What happens to my annual season ticket if I change jobs halfway through?",
        "Write a complaint to the train company about repeated cancellations on my morning train.",
        "Why do season tickets in Britain cost so much more than monthly passes in Germany?",
    ),
    RAPESEED: (
        "How should we store cold pressed rapeseed oil so it keeps its flavour?",
        "Can rapeseed oil be labelled extra virgin, or is that term only for olive oil?",
        "Write product copy for a farm shop bottle of lemon-infused rapeseed oil.",
        "Should we sell the press cake as cattle feed or use it on our own farm?",
    ),
    SAILING: (
        "How do I decide whether to shorten course when the wind dies halfway through a race?",
        "Explain the difference between an individual recall and a general recall.",
        "Write a notice of race for our autumn dinghy series.",
        "Is it fair to race Lasers and catamarans in the same handicap fleet?",
    ),
    SANITARY: (
        "Why do our WC pans crack around the trapway during firing?",
        "What water efficiency rules apply to dual-flush toilets sold in the UK?",
        "Write a short explanation for customers of why vitreous china basins are so heavy.",
        "Should we move from casting in plaster moulds to pressure casting?",
    ),
    APPRENTICE: (
        "What should I take with me on my first day as an electrical apprentice?",
        "Is it better to do an apprenticeship or go to college full time to learn a trade?",
        "Write a thank-you email to the firm that offered me an apprenticeship.",
        "What can an apprentice do if the employer stops giving them any proper training?",
    ),
    COPARENT: (
        "How do we handle Christmas when both of us want the kids on Christmas Day?",
        "Write a calm message to my ex asking to move the Sunday handover an hour later.",
        "What does a child arrangements order actually cover in England?",
        "Should our 12-year-old get to choose which house he stays at during the week?",
    ),
    RAG: (
        "Give us some fun rag week stunts that won't get us banned by the students' union.",
        "What licence do we need to do a street collection in our city centre?",
        "Write an Instagram caption launching rag week in aid of a mental health charity.",
        "How do we choose fairly between three charities nominated for rag week?",
    ),
    SOUND: (
        "How do I stop the lead vocal wedge feeding back in a small club?",
        "What noise limits do UK outdoor festivals usually have to stick to?",
        "Write an advance email asking a venue about their power supply and rigging points.",
        "Is it worth carrying our own mixing desk on a club tour?",
    ),
    TRACTION: (
        "How should I clean the boiler tubes on a traction engine?",
        "What licence does my son need to drive the engine on the public road?",
        "Write a short history of Burrell traction engines for our rally programme.",
        "Should I convert my engine to oil firing?",
    ),
    SIGNALS: (
        "Why do some junctions run MOVA while others run fixed-time plans?",
        "What guidance is there on pedestrian crossing times for older people?",
        "Write a note to residents explaining why the green man now takes longer to appear.",
        "Should we add a right-turn arrow at this junction given its accident history?",
    ),
    BLADE: (
        "Why do blade makers use balsa in the core of the shell?",
        "What causes dry spots in resin infusion, and how do we avoid them?",
        "Write a safety briefing on handling epoxy resin in the mould hall.",
        "Is it worth switching to carbon spar caps for our longer blades?",
    ),
    YACHT: (
        "What should a buyer look for in a survey of a 1980s GRP yacht?",
        "Write a listing for a 38 ft sloop with a new engine and new sails.",
        "What VAT paperwork does a buyer need when buying a boat from a seller in Spain?",
        "Is it better to sell a boat through a broker or privately?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for _fam, _qs in ORDINARY.items():
    assert len(_qs) == 4 and len(set(_qs)) == 4, _fam
    for _q in _qs:
        neg(_fam, _q)


def near(family, query, note):
    """A hard single-turn negative that looks like a tool question."""
    assert family.startswith("near-") and note, family
    neg(family, query, note)


NEAR = [
    (
        "near-live-euro-rate",
        "How much is €1,674 in pounds at today's exchange rate?",
        "live exchange rate",
    ),
    (
        "near-estimate-generator-fuel",
        "How many litres of diesel will a 100 kVA generator use over a three-day festival?",
        "estimate: load profile and fuel consumption not given",
    ),
    (
        "near-estimate-alps-drive",
        "How long will it take us to drive 1,046 km to the Alps with three kids in the back?",
        "estimate: stops, traffic and speeds are not given",
    ),
    (
        "near-live-snow-depth",
        "How many centimetres of snow are forecast for Val Thorens over the next week?",
        "live weather forecast",
    ),
    (
        "near-live-last-night-score",
        "What was the final score in Leeds United's game last night?",
        "live results",
    ),
    (
        "near-rule-season-refund",
        (
            "How much would I get back on a £4,980 annual season ticket if I "
            "hand it in after 19 weeks?"
        ),
        "refund rules and scale not given",
    ),
    (
        "near-live-anytime-fare",
        "What does an anytime return from Reading to London Paddington cost now?",
        "live fare",
    ),
    (
        "near-rule-delay-repay",
        "How much Delay Repay can I claim for a 35 minute delay on a £26.40 return?",
        "compensation rules vary by operator and are not given",
    ),
    (
        "near-code-abv",
        "Write a Python function that takes original and final gravity and returns the ABV.",
        "code",
    ),
    (
        "near-estimate-priming-sugar",
        "How much sugar should I add to prime 19 litres of stout before bottling?",
        "estimate: target carbonation and beer temperature not given",
    ),
    (
        "near-estimate-ibu",
        (
            "What IBU will I get from 40 g of hops at 12% alpha acid boiled "
            "for 60 minutes in 20 litres?"
        ),
        "needs a hop utilisation model that is not given",
    ),
    (
        "near-live-hop-price",
        "What's the price of 100 g of Citra pellets from UK homebrew shops right now?",
        "live prices",
    ),
    (
        "near-rule-cylinder-retest",
        (
            "How often does a 300 bar aluminium gas cylinder need a periodic "
            "inspection and test under UK rules?"
        ),
        "regulations",
    ),
    (
        "near-estimate-free-gas",
        "How many litres of free nitrogen are in a 50-litre cylinder filled to 300 bar?",
        "needs a compressibility factor that is not given",
    ),
    (
        "near-rule-van-cylinders",
        "How many oxygen cylinders can I carry in a works van before the ADR rules apply?",
        "transport regulations",
    ),
    (
        "near-live-mortality-improvement",
        "What's the latest CMI long-term mortality improvement rate for men aged 60?",
        "looked-up actuarial data",
    ),
    (
        "near-estimate-term-premium",
        (
            "What would a 40-year-old non-smoker pay a month for £250,000 of "
            "level term cover over 25 years?"
        ),
        "estimate: no rates given",
    ),
    (
        "near-code-annuity-due",
        (
            "Write an Excel formula for the present value of an annuity-due "
            "paying 1 a year for n years at rate i."
        ),
        "code",
    ),
    (
        "near-explain-negative-reserve",
        (
            "Why can the reserve for a level term policy go negative in the "
            "early years? Explain it simply."
        ),
        "explanation",
    ),
    (
        "near-live-milk-price",
        "What's the current standard litre price that Arla pays its farmers?",
        "live price",
    ),
    (
        "near-estimate-butter-yield",
        "How much butter can we make from 10,000 litres of milk?",
        "estimate: fat content and losses not given",
    ),
    (
        "near-rule-cream-pasteurisation",
        "What time and temperature does the law require for pasteurising cream in the UK?",
        "regulations",
    ),
    (
        "near-live-ldpe-price",
        "What's LDPE film-grade resin selling for per tonne this month?",
        "live market price",
    ),
    (
        "near-estimate-bags-per-roll",
        "How many refuse sacks can we make from a 1,500 m roll of layflat?",
        "bag length and seal allowance not given",
    ),
    (
        "near-rule-plastic-tax",
        "How much plastic packaging tax do we owe on 8,000 kg of film with 20% recycled content?",
        "tax rate and rules not given",
    ),
    (
        "near-live-osr-futures",
        "What's the price of oilseed rape on the Paris futures market today?",
        "live market price",
    ),
    (
        "near-estimate-field-oil",
        "How many litres of oil will our 34 hectares of rape make once it's pressed?",
        "estimate: yield, oil content and density not given",
    ),
    (
        "near-explain-cold-press-yield",
        "Explain why cold pressing gets less oil out of the seed than solvent extraction.",
        "explanation",
    ),
    (
        "near-live-portsmouth-number",
        "What's the current RYA Portsmouth Number for an RS Aero 7?",
        "looked-up handicap",
    ),
    (
        "near-estimate-course-length",
        (
            "How long should I make the course so the Lasers finish in about "
            "50 minutes in 12 knots of wind?"
        ),
        "estimate: boat speeds not given",
    ),
    (
        "near-live-high-water",
        "What time is high water at Lymington on Saturday?",
        "live tide tables",
    ),
    (
        "near-live-ball-clay",
        "How much does ball clay cost per tonne delivered from Devon?",
        "live prices",
    ),
    (
        "near-estimate-mould-size",
        "If the fired pan is 655 mm long, how long should the plaster mould be?",
        "firing and drying shrinkage not given",
    ),
    (
        "near-rule-flush-volume",
        "What's the maximum flush volume allowed for a new WC installed in England?",
        "regulations",
    ),
    (
        "near-live-apprentice-rate",
        "What's the apprentice minimum wage per hour from this April?",
        "looked-up current rate",
    ),
    (
        "near-estimate-take-home",
        "How much will I take home a month on £285 a week after tax and National Insurance?",
        "needs current tax thresholds and rates",
    ),
    (
        "near-rule-child-maintenance",
        (
            "How much child maintenance should I pay on £38,000 a year with "
            "two kids who stay every other weekend?"
        ),
        "statutory formula not given",
    ),
    (
        "near-judgement-cost-split",
        "Is a 60/40 split of school costs fair if I earn twice what she does?",
        "judgement",
    ),
    (
        "near-translate-handover",
        "Translate 'pick-up is at 5 pm on Friday from school' into Polish for my ex's partner.",
        "translation",
    ),
    (
        "near-rule-gift-aid-buckets",
        "Can we claim Gift Aid on money from a bucket collection?",
        "tax rules",
    ),
    (
        "near-estimate-bucket-day",
        "How much will we raise if we put 40 students out with buckets for a Saturday?",
        "estimate with no per-collector figure",
    ),
    (
        "near-code-gift-aid-sheet",
        (
            "Write a Google Sheets formula that adds 25% Gift Aid only on "
            "rows where column D says yes."
        ),
        "code",
    ),
    (
        "near-estimate-delay-ms",
        "How many milliseconds of delay do I need on towers that are 42 m from the PA?",
        "needs the speed of sound, which depends on the air temperature",
    ),
    (
        "near-rule-foh-limit",
        (
            "What's the maximum sound level I'm allowed at front of house "
            "for an outdoor gig in London?"
        ),
        "licence conditions and guidance",
    ),
    (
        "near-live-show-weather",
        "Is it going to rain at the Glasgow outdoor show on Saturday night?",
        "live weather forecast",
    ),
    (
        "near-estimate-coal-road-run",
        "How much coal will she burn on a 20-mile road run to the rally?",
        "burn rate not given",
    ),
    (
        "near-rule-engine-road-tax",
        "Does a traction engine pay vehicle tax, and how much is it?",
        "rules",
    ),
    (
        "near-live-steam-fair-dates",
        "When is the Great Dorset Steam Fair being held in 2027?",
        "looked-up event dates",
    ),
    (
        "near-rule-intergreen",
        "What intergreen do I need for a junction 24 m across with a 40 mph approach?",
        "design tables and guidance not given",
    ),
    (
        "near-estimate-queue-length",
        (
            "How long will the queue get if 1,800 cars an hour arrive and "
            "the approach gets 37 s of green in a 90 s cycle?"
        ),
        "saturation flow not given",
    ),
    (
        "near-estimate-blade-resin",
        "How much resin will a 100 m blade need?",
        "estimate: laminate schedule not given",
    ),
    (
        "near-live-epoxy-price",
        "What does epoxy infusion resin cost per kilo from European suppliers this quarter?",
        "live prices",
    ),
    (
        "near-explain-spar-stiffness",
        "Explain why longer blades need stiffer spar caps, with some rough numbers.",
        "explanation",
    ),
    (
        "near-live-boat-value",
        "What's a 2009 Beneteau Oceanis 37 worth on the UK market at the moment?",
        "live market values",
    ),
    (
        "near-rule-rcd-paperwork",
        "Does a yacht built in 1995 need RCD paperwork before it can be sold into the EU?",
        "regulations",
    ),
    (
        "near-estimate-survey-fee",
        "How much will a full pre-purchase survey on a 38 ft yacht cost?",
        "estimate: surveyor fees not given",
    ),
    (
        "near-rule-liquid-limit",
        "What's the liquids limit in hand luggage at Heathrow now that the new scanners are in?",
        "current rules that change",
    ),
    (
        "near-estimate-lanes-needed",
        "How many lanes do we need open for a peak of 3,000 passengers an hour?",
        "lane throughput not given",
    ),
    (
        "near-live-queue-times",
        "What are the security queue times at Manchester Terminal 2 right now?",
        "live data",
    ),
    (
        "near-estimate-model-hours",
        "How many hours will a 1:200 model of a 30-storey tower take us to build?",
        "estimate",
    ),
    (
        "near-rule-laying-temperature",
        (
            "What's the minimum laying temperature for AC 20 dense base "
            "under the highway works specification?"
        ),
        "specification",
    ),
    (
        "near-estimate-resurfacing-mass",
        "How many kilograms of asphalt do I need to resurface a 400 m stretch of road?",
        "width, depth and density not given",
    ),
    (
        "near-explain-suit-drop",
        "What does a drop 6 mean on a suit, and what drop would suit a rugby player?",
        "explanation and judgement",
    ),
    (
        "near-estimate-cloth-length",
        "How much cloth do I need for a three-piece suit for a man who's 6 ft 4 in?",
        "estimate: cloth width and pattern not given",
    ),
    (
        "near-rule-student-visitor",
        (
            "Can a 16-year-old from Brazil come to England for a 4-week "
            "English course without a visa?"
        ),
        "immigration rules",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES
assert len({f for f, _, _ in NEAR}) == len(NEAR) and len({q for _, q, _ in NEAR}) == len(NEAR)
for _f, _q, _n in NEAR:
    near(_f, _q, _n)


def convo(family, turns, note):
    """A conversation negative: its last user turn needs the earlier turns or the model."""
    assert family.startswith("conv-") and note, family
    conv(family, turns, note)


CONVS = [
    (
        "conv-alps-two-day-drive",
        [
            (
                U,
                (
                    "We're driving from Leeds to Val Thorens in February with three "
                    "kids and we're on the 08:20 Eurotunnel from Folkestone."
                ),
            ),
            (
                A,
                (
                    "That's a long way with children. Most families split it into "
                    "two days, with an overnight stop somewhere around Reims or "
                    "Dijon so the second day is shorter and includes the mountain "
                    "roads in daylight."
                ),
            ),
            (U, "OK, plan the two days around that crossing with sensible stops for the kids."),
        ],
        "planning around the earlier crossing and family",
    ),
    (
        "conv-commuter-which-ticket",
        [
            (
                U,
                (
                    "I'm in the office Tuesdays and Thursdays and some Wednesdays. "
                    "The annual season is £4,980, an 8-day flexi is £179.52 and an "
                    "anytime return is £26.40."
                ),
            ),
            (
                A,
                (
                    "So the choice depends on how many Wednesdays you actually go in "
                    "and whether you ever travel at weekends on the season. Flexi "
                    "tickets also expire after a set period, so unused days are lost."
                ),
            ),
            (U, "Which of those three would you pick for me, then, and why?"),
        ],
        "judgement over the earlier figures",
    ),
    (
        "conv-commuter-complaint-letter",
        [
            (
                U,
                (
                    "My 07:12 from Didcot was cancelled four times in three weeks "
                    "and twice I missed client meetings."
                ),
            ),
            (
                A,
                (
                    "That's frustrating. You can claim Delay Repay for each "
                    "cancelled journey and also make a formal complaint; keep the "
                    "dates and any emails showing the missed meetings."
                ),
            ),
            (U, "Turn all that into a formal complaint I can send them."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-homebrew-stuck-stout",
        [
            (
                U,
                (
                    "My stout started at 1.068 and has sat at 1.024 for five days "
                    "now. It's been at 17 °C the whole time."
                ),
            ),
            (
                A,
                (
                    "That's an apparent attenuation of about 65%, which is low but "
                    "not unheard of for a malty stout. Possible causes are a yeast "
                    "that has dropped out in the cool garage, a high mash "
                    "temperature, or lots of unfermentable crystal malt."
                ),
            ),
            (U, "So what should I try first with this batch?"),
        ],
        "judgement over the earlier causes",
    ),
    (
        "conv-homebrew-back-label",
        [
            (
                U,
                (
                    "I'm calling my stout 'Garage Door'. It's 5.9%, brewed with oats "
                    "and cold brew coffee from a roaster in town."
                ),
            ),
            (
                A,
                (
                    "Nice name. A back label usually has a line or two of story, "
                    "tasting notes, the strength and a serving suggestion."
                ),
            ),
            (U, "Write the back label with those details."),
        ],
        "writing from earlier details",
    ),
    (
        "conv-gasfill-ncr",
        [
            (
                U,
                (
                    "Cylinder 40712 came back from a customer with a dented shoulder "
                    "and the test stamp ground off."
                ),
            ),
            (
                A,
                (
                    "It should go straight to quarantine with a red tag. It can't be "
                    "refilled until it's been inspected, and with no legible test "
                    "mark it will probably have to be condemned."
                ),
            ),
            (U, "Write that up as a non-conformance report."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-gasfill-shift-failures",
        [
            (
                U,
                (
                    "Leak test failures were 3.5% on nights last week but only 1.2% "
                    "on days. Nights use the older filling manifold and have two new "
                    "starters."
                ),
            ),
            (
                A,
                (
                    "Both of those could matter. A worn manifold seal could cause "
                    "leaks at the valve connection, and new starters may "
                    "over-tighten or under-tighten valves."
                ),
            ),
            (U, "From what I've told you, which would you look into first and how?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-actuary-board-note",
        [
            (
                U,
                (
                    "Actual over expected deaths for the 2026 block came out at "
                    "110%, against 96% the year before. Most of the extra claims "
                    "were in the over-55s."
                ),
            ),
            (
                A,
                (
                    "One year of experience on a block that size can swing quite a "
                    "lot by chance, so it may not mean the basis is wrong; but the "
                    "concentration in older ages is worth watching."
                ),
            ),
            (U, "Draft two paragraphs for the board explaining that change."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-creamery-farmer-letter",
        [
            (
                U,
                (
                    "Harris Farm failed the Bactoscan twice this month and they're "
                    "normally one of our best suppliers."
                ),
            ),
            (
                A,
                (
                    "A polite but firm letter usually works: note the results, the "
                    "penalty under the contract and offer a visit from the field "
                    "team to help find the cause."
                ),
            ),
            (U, "Write that letter to them."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-creamery-off-flavour",
        [
            (
                U,
                (
                    "A shop says our semi-skimmed tastes of cardboard. It was batch "
                    "4471, bottled in our new clear PET bottles and kept in a "
                    "brightly lit chiller."
                ),
            ),
            (
                A,
                (
                    "Cardboard or oxidised flavours can come from light exposure, "
                    "copper contamination or old milk being held too long before "
                    "processing."
                ),
            ),
            (U, "Which of those fits best with what I told you, and what should we change?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-film-operator-instruction",
        [
            (
                U,
                (
                    "Gels started appearing as soon as we went to 30% recycled blend "
                    "on line 3. They clear when we drop back to 15%."
                ),
            ),
            (
                A,
                (
                    "That points at contamination or unmelted material in the "
                    "recycled pellets. A finer screen pack and a slightly higher "
                    "melt temperature often help."
                ),
            ),
            (U, "Write a short shift instruction for the line 3 operators based on that."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-rapeseed-bottle-label",
        [
            (
                U,
                (
                    "Our oil is pressed below 40 °C, filtered once, and the seed is "
                    "grown and pressed on our farm in Lincolnshire."
                ),
            ),
            (
                A,
                (
                    "Those are all good selling points. Farm-shop labels tend to "
                    "lead with provenance and then the cold-pressed process."
                ),
            ),
            (U, "Write the front and back label text using those facts."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-rapeseed-sell-or-press",
        [
            (
                U,
                (
                    "We can sell our seed to the merchant at £410 a tonne, or press "
                    "it ourselves and sell the oil through three farm shops. "
                    "Pressing ties me up two days a week."
                ),
            ),
            (
                A,
                (
                    "Pressing usually brings much more money per tonne, but the "
                    "time, bottling and the risk of unsold stock eat into it."
                ),
            ),
            (U, "Given all that, which would you do in my shoes?"),
        ],
        "judgement",
    ),
    (
        "conv-sailing-protest",
        [
            (
                U,
                (
                    "At the windward mark, 2214 on port tacked right in front of "
                    "1890 on starboard, and 1890 had to bear away hard to avoid her."
                ),
            ),
            (
                A,
                (
                    "Rule 10 and rule 13 are the ones to look at: a boat tacking "
                    "must keep clear until she's on a close-hauled course."
                ),
            ),
            (U, "Based on what I described, who broke a rule, and what should happen?"),
        ],
        "rules applied to earlier facts",
    ),
    (
        "conv-sailing-results-post",
        [
            (
                U,
                (
                    "Sunday's corrected times: Laser 3,102 s, RS200 3,000 s, "
                    "Wayfarer 3,050 s. Wind was light and shifty."
                ),
            ),
            (A, "So the RS200 won, the Wayfarer was second and the Laser third."),
            (U, "Write the results post for the club Facebook page."),
        ],
        "writing from earlier results",
    ),
    (
        "conv-sanitary-trapway-cracks",
        [
            (
                U,
                (
                    "We're getting cracks at the trapway on pans from mould set 7, "
                    "but only ones demoulded on the night shift."
                ),
            ),
            (
                A,
                (
                    "Cracks there often come from demoulding too early, uneven "
                    "drying or a worn mould. The night shift link suggests something "
                    "about how or when they handle them."
                ),
            ),
            (U, "What would you check first, given that pattern?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-apprentice-two-offers",
        [
            (
                U,
                (
                    "I've got two offers. An electrical firm at £7.60 an hour with "
                    "day release at the local college, or a plumbing firm at £8.10 "
                    "an hour with block release 90 minutes away."
                ),
            ),
            (
                A,
                (
                    "Both are solid trades. The pay gap is small, so travel, the "
                    "type of release and what you enjoy doing might matter more."
                ),
            ),
            (U, "Honestly, which one should I take?"),
        ],
        "judgement over the earlier offers",
    ),
    (
        "conv-coparent-summer-dates",
        [
            (
                U,
                (
                    "My ex wants the kids from 24 July to 7 August, but I'd already "
                    "booked Cornwall for 31 July to 7 August."
                ),
            ),
            (
                A,
                (
                    "Those overlap for the whole Cornwall week. A swap of weeks or "
                    "splitting the fortnight are the usual ways round it."
                ),
            ),
            (U, "Write her a message proposing a compromise on those dates."),
        ],
        "writing from earlier dates",
    ),
    (
        "conv-coparent-weekly-rota",
        [
            (
                U,
                (
                    "The kids are 8 and 12. She works every Saturday and I work "
                    "nights Monday to Wednesday."
                ),
            ),
            (A, "So you're free Thursday to Sunday and she's free most weekdays except Saturday."),
            (U, "Suggest a weekly rota that fits those shifts."),
        ],
        "planning from earlier facts",
    ),
    (
        "conv-rag-charity-tie",
        [
            (
                U,
                (
                    "Three charities were nominated for rag week: the local food "
                    "bank, a student mental health charity and the children's "
                    "hospice. The committee vote split 4, 4 and 3."
                ),
            ),
            (
                A,
                (
                    "A tie like that is common. Some committees hold a run-off, "
                    "others split the money."
                ),
            ),
            (U, "How would you break that tie fairly?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-rag-poster",
        [
            (
                U,
                (
                    "This year's rag week theme is Under the Sea, from 14 to 20 "
                    "February, with a launch party in the union bar on the Monday."
                ),
            ),
            (
                A,
                (
                    "Fun theme. A poster needs the dates, the launch party and what "
                    "the money is for."
                ),
            ),
            (U, "Write the poster text for it."),
        ],
        "writing from earlier details",
    ),
    (
        "conv-sound-venue-spec",
        [
            (
                U,
                (
                    "Next venue is 300 capacity with a single 32 A single-phase "
                    "supply, no rigging points, and the house desk is an old "
                    "24-channel analogue board."
                ),
            ),
            (
                A,
                (
                    "That's a tight spec: you'll be ground-stacking and watching "
                    "your power draw closely."
                ),
            ),
            (U, "Given that spec, what should we bring ourselves?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-sound-show-report",
        [
            (
                U,
                (
                    "At the Leeds show the sub amp tripped twice during the encore. "
                    "It came back after a power cycle each time and the room was "
                    "very hot."
                ),
            ),
            (
                A,
                (
                    "Heat is a likely culprit: amps go into protection when they "
                    "overheat, especially in racks with poor airflow."
                ),
            ),
            (U, "Write that up for the tour manager's show report."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-traction-steam-or-lowloader",
        [
            (
                U,
                (
                    "The rally is 60 miles away, she does about 5 mph on the road "
                    "and needs water every 8 miles or so."
                ),
            ),
            (
                A,
                (
                    "That's a lot of road steaming, and you'd need water stops "
                    "planned along the way."
                ),
            ),
            (U, "Is it realistic to steam her there, or should I hire a low loader?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-traction-programme-entry",
        [
            (
                U,
                (
                    "She's a 1912 Burrell 8 nhp called Lady Margaret, restored by my "
                    "father over eleven winters in his barn."
                ),
            ),
            (
                A,
                (
                    "What a story. Programme entries usually give the builder, the "
                    "year, the name and something personal."
                ),
            ),
            (U, "Write her entry for the rally programme."),
        ],
        "writing from earlier details",
    ),
    (
        "conv-signals-residents-leaflet",
        [
            (
                U,
                (
                    "We've added 4 seconds to the pedestrian stage at the Church "
                    "Street junction after complaints from the care home next door."
                ),
            ),
            (A, "Drivers may notice slightly longer waits, so it helps to explain why."),
            (U, "Write the leaflet text for residents explaining the change."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-blade-dry-spots",
        [
            (
                U,
                (
                    "Dry spots near the root on blades 114 to 118, all infused on "
                    "nights, and all since we fitted the new vacuum pump."
                ),
            ),
            (
                A,
                (
                    "Dry spots usually come from vacuum leaks, resin gelling too "
                    "early or poor flow media placement."
                ),
            ),
            (U, "From those clues, what's the most likely cause?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-yacht-offer-reply",
        [
            (
                U,
                (
                    "A buyer has offered £225,000 subject to survey on a boat listed "
                    "at £248,000. The seller has told me he won't go below £235,000."
                ),
            ),
            (A, "There's room for a counter-offer between the two figures."),
            (U, "Draft my reply to the buyer."),
        ],
        "writing from earlier figures",
    ),
    (
        "conv-airport-complaint-reply",
        [
            (
                U,
                (
                    "A passenger has complained that a screener on lane 6 made her "
                    "remove her insulin pump and then wouldn't let her have a "
                    "private search."
                ),
            ),
            (
                A,
                (
                    "Medical devices shouldn't normally need to be removed, and a "
                    "private search should always be offered."
                ),
            ),
            (U, "Write a reply to her on behalf of the security manager."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-tailor-weight-loss",
        [
            (
                U,
                (
                    "Client has lost 8 kg since his last fitting. The jacket chest "
                    "is now too full and the trousers are loose at the waist."
                ),
            ),
            (
                A,
                (
                    "Trousers are usually easy to take in at the back seam; a jacket "
                    "can be taken in at the side seams, but only so far before the "
                    "balance goes."
                ),
            ),
            (U, "Which alterations would you do, and when would you recut the jacket?"),
        ],
        "judgement over earlier facts",
    ),
    (
        "conv-efl-homesick-reply",
        [
            (
                U,
                (
                    "A mother emailed us: her son is homesick and has been ringing "
                    "home every night crying."
                ),
            ),
            (
                A,
                (
                    "That's common in the first week. Reassure her, explain the "
                    "support you're giving and suggest fewer calls."
                ),
            ),
            (U, "Write my reply to her."),
        ],
        "writing",
    ),
    (
        "conv-genhire-stage-load",
        [
            (
                U,
                (
                    "The stage has 48 LED fixtures at 200 W each, two amp racks "
                    "drawing 10 kW each, and catering wants 3 kW."
                ),
            ),
            (
                A,
                (
                    "That adds up to around 32.6 kW before any inrush or power "
                    "factor is allowed for."
                ),
            ),
            (U, "Given that load, is the 100 kVA set enough or should we send a bigger one?"),
        ],
        "judgement over earlier figures",
    ),
    (
        "conv-reporter-intro",
        [
            (
                U,
                (
                    "Match: Harrogate 2 Spennymoor 1. Both goals came in stoppage "
                    "time and Spennymoor had a man sent off on 61 minutes."
                ),
            ),
            (A, "That's a dramatic finish, and the red card is a big part of the story."),
            (U, "Write a 40-word intro for that report."),
        ],
        "writing from earlier facts",
    ),
    (
        "conv-asphalt-delivery-dispute",
        [
            (
                U,
                (
                    "The contractor says our SMA batch on 12 August arrived at 135 "
                    "°C and wouldn't compact. Our ticket shows 172 °C at dispatch "
                    "and the haul was 70 minutes without sheeting."
                ),
            ),
            (A, "A long haul without sheeting can lose a lot of heat, especially on a windy day."),
            (U, "Draft our response to the contractor, taking those facts into account."),
        ],
        "writing and judgement from earlier facts",
    ),
    (
        "conv-archmodel-proposal",
        [
            (
                U,
                (
                    "The client wants a 1:500 model, 1.2 m by 0.8 m, in four weeks, "
                    "with LED lighting in the towers."
                ),
            ),
            (
                A,
                (
                    "Four weeks is tight with lighting, so it's worth setting out "
                    "stages and sign-off dates."
                ),
            ),
            (U, "Write the proposal email with those terms."),
        ],
        "writing from earlier facts",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
for _f, _turns, _n in CONVS:
    assert len(_turns) >= 3 and _turns[0][0] == U and _turns[-1][0] == U, _f
    assert all(_turns[k][0] == (U if k % 2 == 0 else A) for k in range(len(_turns))), _f
    convo(_f, _turns, _n)

# this set's own structural asserts
_POS = [i for i in items if i["label"] != "negative"]
_NEG = [i for i in items if i["label"] == "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _mine = [i for i in _POS if i["label"] == _label]
    _reg = [i for i in _mine if i["family"] != P]
    assert {i["family"] for i in _reg} == set(REGISTERS), _label
    assert len(_reg) == 31 and len(_mine) - len(_reg) == WANT_PLAIN, _label
_per = {r: sum(1 for i in _POS if i["family"] == r) for r in REGISTERS}
assert sorted(r for r, n in _per.items() if n == 3) == sorted(THREE)
assert sum(1 for n in _per.values() if n == 4) == 18 and set(_per.values()) == {3, 4}
assert all(i["family"] in REGISTERS or i["family"] == P for i in _POS)
_ORD = [i for i in _NEG if i["family"] in REGISTERS]
assert len(_ORD) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ORD if i["family"] == r) == 4 for r in REGISTERS)
assert all("note" not in i and "messages" not in i for i in _ORD)
for _i in _NEG:
    if _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")) and _i.get("note"), _i["id"]
        assert bool(_i.get("messages")) == _i["family"].startswith("conv-"), _i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
assert not any(NUMERIC_DATE_POS.search(i["query"]) for i in _POS)


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
    # no register (family name) of this set is a family name of sets 19 to 100
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 100: {reused}"
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
