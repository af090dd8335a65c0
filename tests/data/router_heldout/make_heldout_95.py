r"""Generate heldout-2027-03-08.jsonl: a ninety-fifth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed95/earlier_registers.txt (in full: a `wc -lc` gave 1650 lines and 39744 characters,
then a `tr` turning its newlines into spaces was printed in two pieces, `head -c 20000` and `tail
-c +19900`, which overlap by 101 characters, so nothing was left out): the register names of
earlier sets, used only to choose this set's 25 registers so that their trades and situations
differ from all of those; and these line ranges of /work/sealed95/make_heldout_94.py (a `wc -l`
gave 3119 lines, as the brief said): lines 1-624 (its docstring, imports, configuration, helpers,
calc() and the line P = "plain"), 1008-1068 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
1267-1351 (its datetime section header, date helpers, clock_span(), date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1624-1631 (its negatives section header, neg() and conv()) and
2896-3119 (its stated-weekday check, its checks and main()). None of set 94's query blocks
(625-1007, 1069-1266, 1352-1623, 1632-2895) was opened, printed or searched.

The first command made /tmp/h95, ran an `ls -la` of /work/sealed95 (earlier_registers.txt and
make_heldout_94.py only) and a `wc -l` of make_heldout_94.py and earlier_registers.txt (3119 and
1650 lines), copied the five ranges by `sed -n A,Bp` into /tmp/h95/r1.py to r5.py (not printed) and
ran a `wc -l` of the copies (624, 61, 85, 8 and 224); the `cat` of grading.py ran alongside it. The
first copy was then printed by `cat -n` piped into `sed -n 1,420p`, and alongside it lines 420-624
by `cat -n` and `sed -n 420,624p`; the display cut the middle of the first of these outputs (its
lines 152-259), so the next command printed lines 150-260 of the copy by `sed -n`, so all of lines
1-624 were seen. One command printed the second to fourth copies by `cat -n` and another, alongside
it, the fifth. Nothing outside the allowed ranges was seen. The next command ran the `wc -lc` and
the first `tr` piece of earlier_registers.txt and another the second piece. Nothing under
/work/main was opened or listed apart from grading.py: nothing under router/, tools/, docs/ or
tests/ was opened or listed, nor README or pyproject, and .venv was not listed. The only other use
of /work/main was running /work/main/.venv/bin/python (for every script and every run of this
generator, with a `--version` of it and of ruff once) and /work/main/.venv/bin/ruff (with
/work/main as the working directory, on this file only, always with --no-cache). No other
/work/sealed* directory was listed. The earlier generators (sets 1-94) are only imported, in
memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing make_heldout_94.py runs its
module level, which builds its items, but no earlier query was ever printed. No JSONL file was
opened (not even this set's own output: only this generator's printed summary, its failure
messages, `tail -6`, `head -12` and `sed -n 1,3p` excerpts of the summary, a `grep -c` of its
non-empty lines, ruff's output and its --show listing of ids, expected values and tolerances,
picked out by a `grep` and laid out by `column -t`, were read), no git command was run, no network
and no search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: the next command wrote 25 candidate register names to
/tmp/h95/regs.txt (a `cat` heredoc, in sorted order; the same command made /tmp/h95/own) and
checked them against earlier_registers.txt: `sort -c` under LC_ALL=C (sorted), `sort -u | wc -l`
(25), a `grep -xFf` (none printed) and one `grep -iE` of keywords and fragments of the chosen
trades and their neighbours (angl, fishing, match, gift, charit, coffin, funeral, mailroom, frank,
postal, post_, cosmetic, skincare, formul, soap, taxi, licens, emigra, portug, reloca, wardrobe,
fitted, patholog, specimen, hotel, revenue, livestock, haul, lorry, magistrat, court, fines,
refiner, oil, broadcast, outside, governor, downsiz, retire, slurry, tanker, spread, speedway,
market, quartet, string, steel, erect, substation, teen, saving, first_car, grandstand, seating,
stand, cooking, grease and biodiesel), joined onto one line by `tr`. All 25 candidates were kept;
candidates dropped while choosing, before any list was written (judged too near an earlier name or
another candidate), included an estate agent, a hospital pharmacy, a heating oil delivery round, a
milk tanker collection driver, a riding school, a nightclub door team and a conference interpreting
booth. One command then printed the Python and ruff versions (3.11.7 and 0.17.6) and, by a one-line
script, the weekday of 8 March 2027 (the date in this set's file name), and the next, by a one-line
script, the weekdays of ten candidate dates (six dates later stated with their weekday in date
items, the two ends of the Saturday market run and the dates of the two plain weekday questions),
so that stated weekdays are right. Then `cat` heredocs wrote this set's own blocks under
/tmp/h95/own/: a_calc.py (money(), the register constants and REGISTERS, and the calculator items,
with a `grep -cE` of the lines opening a calc( call or naming a register on a line of its own, 101,
that is 14 one-line plain calls, 31 multi-line calls, 31 register lines and 25 lines of the
REGISTERS tuple, and a `grep -c` of the plain items, 14), b_units.py (unit constants and unit
items, with a `grep -cE` of the unit( and unit_r( calls, 45, and of the plain ones, 14) and
c_dates.py (hours_between() and the date items, with a `grep -c` of its date_item( calls, 45, a
`grep -cE` meant for the plain ones that matched every call, 45, and a `grep -c` of the plain items
written over several lines, 6, which with the 8 one-line plain calls makes 14); a short heredoc
script then reworded two date items (the teenager's item to end on the 17th birthday, and the
stability pull to drop a repeated phrase), each replacement asserted to apply once. Then d_negs.py
(the ORDINARY table; a parse by Python's ast printed "ok"), e_near.py (near-positive negatives; an
ast count gave 71 entries; a short heredoc script removed six of them, a parcel postage price,
competitor hotel rates, stamp duty on a bungalow, a removal cost estimate, a first car's running
costs and a quantity of intumescent paint, asserting each removal applied once, and a `grep -c`
gave 66, the 65 entries and the helper's own line) and f_convs.py (conversations and this set's own
structural asserts; an ast count gave 35) were written. The next command wrote and ran
/tmp/h95/subst.py (a `cat` heredoc): it cut the first copy at the line that is exactly `from
__future__ import annotations` (asserted to be the only such whole line; it is line 419 of set 94),
so set 94's docstring is not part of this file, and substituted this set's OUT
("heldout-2027-03-07.jsonl" -> "heldout-2027-03-08.jsonl") and PREFIX ("ho94-" -> "ho95-"), "sets
1-93" -> "sets 1-94" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept
as they were), `range(2, 94)` -> `range(2, 95)` in EARLIER and, in REGISTER_CHECK,
make_heldout_94.py added after make_heldout_93.py, all in the first block, and "sets 19 to 93" ->
"sets 19 to 94" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth copies are used
as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "93",
"94", "95", "19 to" and "2027" (with the REGISTER_CHECK lines of sets 19-89 filtered out) and a
`tail -2` of c1.py. The next command wrote a one-line placeholder docstring to /tmp/h95/doc.txt (by
`echo`), /tmp/h95/assemble.py (it builds this file from doc.txt and the blocks in order: c1.py, the
own a_calc.py, r2.py, the own b_units.py, r3.py, the own c_dates.py, r4.py, the own d_negs.py,
e_near.py and f_convs.py, and c5.py, and prints its line count; on the own blocks only, it splits
every string literal that stands on a line over 99 characters at spaces outside braces into
parenthesised pieces of at most 72 characters, giving the f prefix only to pieces that hold a
brace, leaving a literal unchanged when it makes only one piece, using Python's tokenize and
checking that the block still compiles) and a helper /tmp/h95/run.sh (it runs assemble.py, then
from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` on this file and
`.venv/bin/ruff check --no-cache` on this file, writing the latter's output to /tmp/h95/ruff.txt
and printing the exit codes and its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h95/out.txt, and prints its exit code and the `tail -6` of
it, and last a list, by a short inline script, of the lines of this file over 99 characters), made
run.sh executable and ran it. After the first run one command printed `head -20` of ruff.txt. Then
/tmp/h95/fix1.py (a `cat` heredoc) made two edits (each asserted to apply once; it printed "ok" for
each) and run.sh was run again, in one command; /tmp/h95/fix2.py and /tmp/h95/fix3.py were made and
run the same way, each followed by run.sh; the fourth run passed every check, and its command also
printed `head -12` of out.txt and a `grep -c` of its non-empty lines (206). The edits are listed
under "Checks that failed along the way". Then this generator was run with --show from /tmp (its
output written to /tmp/h95/show.txt) and the listing of ids, expected values and tolerances (a
`grep` of show.txt laid out by `column -t`) was read; this writer checked every expected value
against the stories, and no change was needed. The next command took `grep -o -F` counts over the
own positive blocks (of money(, unit_r(, EXACT, clock_span(, nth_weekday(, age(, days(, weeks(,
sayw(, sayus(, say(, hours_between(, whole_up(, STONE, SQFT, CUFT, SQYD, GIB, MIB, MPH, KMH, HA,
ACRE, weekday(, pct(, the euro sign, the dollar sign, f_to_c(, c_to_f(, PSI, LB, LITRE and MS), a
`wc -w` of the own blocks, a `wc -l` of this file and a `grep -n` of r1.py for the `from
__future__` line (419). For more variety of currency (no check had failed), /tmp/h95/fix4.py then
moved the outside broadcast calculator item to euros (a final in Dublin) and the skincare
calculator item to dollars (a client in New Jersey), and wrote the skincare stability date the
American way with its computed weekday (each edit asserted to apply once); run.sh was run a fifth
time, with a `sed -n 1,3p` of out.txt cut to 60 columns, and passed every check; the --show listing
was made again and the lines of those three items were picked out by a `grep` and read (unchanged
values), with the sha256 line of out.txt; and a last count command repeated the `grep -o -F` counts
of the euro sign, the dollar sign, "cents", sayus( and money(, a `grep -c` of the lines of
a_calc.py with a euro or dollar sign and a `wc -w` of the own blocks. This docstring was written
last over the placeholder: its source text, /tmp/h95/doc/doc_src.txt, was written by a `cat`
heredoc (with a `wc -w`), and /tmp/h95/doc/fixsrc.py (a `cat` heredoc) then made eight corrections
to it after rereading it against what was done (each asserted to apply once; this sentence was
added by a short heredoc script, asserted to apply once); then /tmp/h95/doc/make_doc.py (a `cat`
heredoc; it uses textwrap, keeps the indented lines as they are and asserts that the words are
unchanged, that no line exceeds 99 characters, that every register value is named and that the text
holds no three quotes or backslashes of its own) filled it to 99 columns into /tmp/h95/doc.txt and
printed its line count, with a `head -3` and a `tail -3` of doc.txt; then run.sh was run again,
with a `cat` of ruff.txt, a `sed -n 1,3p` of out.txt cut to 80 columns and a `grep` of its sha256
line, and a short inline script confirmed that each copied block (c1.py, r2.py to r4.py and c5.py)
appears verbatim in this file (a short heredoc script, asserted to apply once, then made this
account of that run exact, make_doc.py was run again, and run.sh, the same excerpts and the inline
script were run once more); and then, in one command, `ruff format --no-cache --check` and `ruff
check --no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h95`, an `ls` of /tmp/h95
(gone) and an `ls` of /work/sealed95. Writes: only this file and its JSONL in /work/sealed95/
(earlier_registers.txt and make_heldout_94.py left as they were); temporary blocks, scripts and
output under /tmp/h95/ were deleted afterwards. Nothing was written into /work/main. Every script
and every run of this generator used /work/main/.venv/bin/python. The JSONL's sha256 from the last
edit of the items on was 3eace277eefb3dc03ed9b7aedc20a96436038b3136a72ea87145e992c00620c1 (335
lines); the docstring does not enter the output.

Changes to set 94's main() and checks: only the substitutions listed above (file names, sets 1-94
for the duplicate check, sets 19-94 for the register check). Set 94 lies next to this file in
/work/sealed95, and EARLIER_DIRS and earlier_path() are kept as set 94 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_94.py is found next to this file and, as no other
generator lies here, sets 1-93 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 94's as copied;
ruff format may have changed layout only (as run here it left the copied blocks as they were: the
inline check named above found each verbatim). All of set 94's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (used twice: payments to clear a fine, and Saturdays of saving), weeks() (used
twice: a plain weeks one-liner and the Saturdays of a Christmas market), clock_span() (used five
times: a plain one-liner crossing midnight, a sample spun late and analysed the next morning, a
livestock journey, an outside broadcast day and a quartet's playing time), nth_weekday() (five
times), age() (twice), days() (nine times), unit_r() with close_enough_at_2dp() (used by every
rounded unit answer, 30), say(), sayw() (seven times) and sayus() (twice), so the weekdays stated
next to dates are computed, and are also checked by the copied stated-weekday check and by this
set's own asserts; STONE (once), SQYD (once), SQFT and CUFT; OZ is not used. Added, newly written:
money() (asserts whole pence or cents, with an assert of its own; every calculator money answer
passes through it, 25 of them, all register word problems, in pounds, euros or dollars; the other
six word problems are a count of coagulation samples, a count of fortnightly payments, a count of
weeks, a refinery throughput in cubic metres, a team's points and a count of Saturdays); MM, CM,
KM, HA, LITRE and MS, with asserts on IN/MM, CM/MM, MI/KM, HA/ACRE, SQFT, CUFT, MPH/KMH,
f_to_c(104) and c_to_f(75); the register constants and the REGISTERS tuple (asserted 25, distinct
and sorted); an assert that the square-root one-liner's radicand is a perfect square;
hours_between() (hours between two stated date-times, used once, with an assert of its own);
asserts that the dates stated with a weekday in the date items (the first winter league match, the
wardrobe fitting start, the collection order, the wedding, the first steel delivery, the first oil
collection, the two Saturdays of the market run, stated without their weekday, and the two Mondays
of the plain weeks one-liner) fall on the weekday intended (the skincare date written the American
way takes its weekday from sayus(), without an assert of its own); the ORDINARY table and the
near() and convo() helpers with their NEAR and CONVS lists; and this set's own structural asserts,
rewritten from set 94's docstring's description of them (its code was not seen): the ORDINARY table
is keyed by exactly the REGISTERS, in REGISTERS order, four distinct questions each; NEAR has 65
entries and CONVS 35, each with distinct families, all "near-..." and "conv-..." respectively, each
with a note (asserted by the helpers and after each list); every conversation has at least three
turns, opens and ends with a user turn, and its user and assistant turns alternate (no system turn
is used); the positive registers of each tool are exactly the REGISTERS, with 31 register word
problems per tool; exactly 18 registers have four positives and 7 have three; the ordinary
negatives are 100, four per register; every negative outside the registers is a near-... or
conv-... family with a note; no positive contains an all-numeric date (NUMERIC_DATE_POS, this set's
own pattern; no positive uses one at all). The date items' weeks() calls assert whole weeks, and
date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 94's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 94's, copied (P = "plain" is copied too, as the
last line of the first block). Set 94's docstring (lines 1-418) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects and new figures of the
five items its duplicate check once reported, which were therefore seen; none of those figures is
reused here. The string splitting done by assemble.py changes only how string literals are laid out
in this file, never their text; ruff's own settings were not read, and its line limit of 100
characters was only inferred from set 94's docstring and from its output. Some of this set's
near-positive and conversation kinds share generic kinds with set 94's lists, newly worded with new
subjects and figures: live or looked-up data (a used cooking oil price, a carp record), rules
(donor benefits for Gift Aid, a foreign property transfer tax, livestock journey times, a
sentencing band, a cosmetic preservative limit, closed periods for slurry, high voltage safety
distances, supervising a learner driver, infant class sizes, spent convictions, a licensing policy
on vehicle age, drivers' hours, benefit deductions, a local fare table, postal size limits and
weight bands, a tax residence test, pupil premium), estimates and missing figures or constants (a
rotor radius, slurry nutrient content, seat spacing, exit numbers, biodiesel yield, sheet sizes,
door overlap, board size, a frame rate, a crude assay, stocking densities, network impedances, a
snow load, the API gravity formula, an insulation ageing model, an uplink budget), judgements (a
haemolysed result, a lift in wind, a coffin's width, cancelling a market, overbooking, a
container's fit, a period-after-opening symbol), anything depending on the current date (the oil
price "at the moment") and code (a spreadsheet formula, a Python function, a regular expression);
and for conversations figures or rules given earlier (a coffin's cost breakdown, a rate ladder, a
nitrogen limit, a team points limit, a savings sum), writing around earlier figures or text (a
result line, a thank-you letter, a decision notice, a letter on a pitch, a handover note, minutes,
a request for information, a method statement, a reply to a complaint, a less defensive rewrite, a
card for a coffin), judgements over earlier options (a bungalow, contractors' bids, alarms to
demote) and code from earlier details (a regular expression). No item of set 94 was seen, so none
was reused verbatim. New kinds here (not in set 94's lists as far as its docstring shows): pH that
does not average, flash points that do not blend linearly, an average of averages without the
weights, a cheque amount in words, a date written in words for a deed, a translation of a meter
reading, rounding of VAT line by line or on the total, a laboratory's reporting precision, the
order of draw of blood tubes, a 4-4-5 retail calendar, a transposition and an instrument's range, a
weight estimated from a fish's length, a foreign country's public holidays, a sport's match average
convention and market charter distances; and these conversation kinds: a notice cut to one text
message, a translation of the assistant's earlier letter, an ASCII plan from earlier positions, a
label ingredient order from earlier percentages, a cutting list from earlier dimensions, a team
picked under a points limit, a set list to fill a reception ending on a chosen piece, a review of a
quoted permit before signing, a club rule applied to a borderline fish, an AGM script from an
earlier explanation, the largest percentage fall across earlier figures in two currencies, a
savings sum redone with a new income, an instalment table with a running balance from a stated
start, a break planned along a route, a route order under a time restriction, a laminated checklist
and a fault diagnosis after a step already tried. No conversation here ends in a user turn that
could be answered alone: each last turn either needs figures, rules or text from the earlier turns
or asks for writing, judgement or explanation; none is an earlier misreading corrected and then a
plain question asked again. Some near-positives depend on current figures or live data; they are
negatives, with no "now" field. No positive depends on a looked-up figure: every rate, price, fee
and discount is given in the text, so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the angling club match secretary next to the fishing tackle shop, the sea fishing charter
boat, the trout lake and the ice fishing derby (the ploughing match committee and the matchmaking
agency share only a word); the charity Gift Aid claims officer next to the charity street
fundraising team, the hospice charity shop, the charity run and the charity duck race organiser;
the coffin maker workshop next to the funeral director arrangements office, the woodland burial
ground, the pet crematorium office and the gravestone letter cutter; the corporate mailroom
franking desk next to the village post office counter, the multi drop parcel driver and the print
and copy shop counter; the cosmetic skincare formulation lab next to the handmade soap workshop and
the perfumer fragrance studio; the council taxi licensing office next to the minicab office
dispatcher and the trading standards officer (the picture library licensing desk shares only a
word); the family emigrating to Portugal next to the pet relocation agent, the removal van firm,
the exchange student host family and the visa application centre; the fitted wardrobe installer
next to the kitchen fitter worktop jobs, the flat pack assembly service and the staircase joinery
workshop (the amateur dramatics wardrobe shares only a word); the hospital pathology specimen
reception next to the clinical trial site coordinator, the DNA sequencing core facility, the blood
donor session team and the hospital sterile services unit (the herbarium specimen curator shares
only a word); the hotel revenue management desk next to the hotel night auditor, the hotel
housekeeping linen room, the youth hostel reception and the seaside bed and breakfast (the railway
revenue protection inspector shares only a word); the livestock haulage lorry driver next to the
livestock auction mart clerk, the long haul trucker logbook and dispatch texts and the horsebox
hire; the magistrates court fines office next to the bailiff enforcement agent visits, the court
stenographer office, the paralegal court filing desk and the jury summoning office; the oil
refinery shift controller next to the gas pipeline pigging crew and the desalination plant
operators (the oil rig catering crew and the olive oil mill share only a word); the outside
broadcast truck engineer next to the TV studio floor manager, the satellite ground station, the LED
video wall hire and the community radio station; the primary school governors finance committee
next to the school admissions appeal clerk, the school trip organiser and the university research
grants office; the retired couple downsizing home next to the professional declutter organiser, the
house clearance firm, the removal van firm and the sheltered housing warden; the slurry tanker
spreading contractor next to the septic tank emptying tanker, the crop spraying contractor, the
combine harvester contractor and the anaerobic digester plant; the speedway team manager next to
the motocross practice track, the stock car racing promoter, the drag racing strip officials and
the velodrome; the street market superintendent next to the greengrocer market stall, the farmers
market cheesemonger, the Christmas market chalet trader, the night market ramen stall, the
wholesale flower market trader and the car boot sale field organiser (all traders or organisers
rather than the council's market officer); the string quartet function bookings next to the ceilidh
band, the touring chamber choir manager and the music exam accompanist (the harp string maker
shares only a word); the structural steel erection gang next to the scaffolding erection gang
(which shares a word), the tower crane operator site log, the piling rig crew and the steel
stockholder; the substation maintenance engineer next to the overhead power line linesman, the
battery storage site operator and the smart meter installer round; the teenager saving for a first
car next to the driving instructor lesson book, the used car forecourt dealer, the gap year
backpacker budget and the pardner savings hand organiser (which shares a word); the temporary
grandstand seating contractor next to the marquee hire yard, the stadium matchday safety officer
and the portable toilet hire depot (the trade show stand builder shares a word); the used cooking
oil collection round next to the kitchen extract duct cleaner, the clothing bank collection round,
the coal merchant round, the wood pellet delivery round and the household recycling centre; the
judgement of "different topic" is this writer's. Some of this set's registers touch each other (the
livestock haulage lorry driver and the slurry tanker spreading contractor both drive farm vehicles;
the used cooking oil collection round and the oil refinery shift controller both handle oil; the
council taxi licensing office and the magistrates court fines office are both public offices; the
retired couple downsizing home and the family emigrating to Portugal are both households on the
move); the judgement that they are different trades or situations is this writer's. At the edges of
the allowed ranges: line 624 is P = "plain", 1008, 1267 and 1624 are section headers, 2896 opens
the stated-weekday check and 3119 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; seven plain items that the duplicate check reported as
exact repeats of earlier queries (their earlier counterparts unseen) were reworded, see below.
Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an overlap
in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled
out by main(), and main() asserts that no register is a family name of sets 19 to 94 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format, but ruff check reported one RUF007 finding (prefer itertools.pairwise over zip for
successive pairs) in this set's own assert that conversation turns alternate, and the generator
stopped at main()'s check for contested units: the outside broadcast calculator item spoke of a
"cup final", and "cup" is a contested unit word; fix1.py rewrote that assert with indices (no new
import) and made the item a "county final" (later moved to Dublin by fix4.py). The second run
passed ruff check and every check up to main()'s duplicate check, which reported six items by id as
repeats of earlier queries or user turns, all plain one-liners: a percentage of a number, a square
root, an increase by a percentage, what percentage one number is of another, a miles to kilometres
conversion and a Celsius to Fahrenheit conversion; fix2.py reworded the six with new figures
without the earlier queries being looked at (17.5% of 3,176, the square root of 11,449 with the
radicand assert changed to match, 1,736 increased by 12.5%, 259 as a percentage of 1,480, 83.6
miles and -23.5 degrees Celsius). The third run reported the new Celsius item again as a repeat;
fix3.py reworded it once more (minus 31.5 degrees Celsius, worded as a question on the Fahrenheit
scale). The fourth run passed every check, and the list of lines over 99 characters was empty, as
on every run. The register check, the stated-weekday check, the counts, the gradability checks,
this set's own structural asserts, money()'s asserts and the weekday asserts of the date items
passed on every run that reached them.

Registers (families), 25, new: angling_club_match_secretary, charity_gift_aid_claims_officer,
coffin_maker_workshop, corporate_mailroom_franking_desk, cosmetic_skincare_formulation_lab,
council_taxi_licensing_office, family_emigrating_to_portugal, fitted_wardrobe_installer,
hospital_pathology_specimen_reception, hotel_revenue_management_desk,
livestock_haulage_lorry_driver, magistrates_court_fines_office, oil_refinery_shift_controller,
outside_broadcast_truck_engineer, primary_school_governors_finance_committee,
retired_couple_downsizing_home, slurry_tanker_spreading_contractor, speedway_team_manager,
street_market_superintendent, string_quartet_function_bookings, structural_steel_erection_gang,
substation_maintenance_engineer, teenager_saving_for_first_car,
temporary_grandstand_seating_contractor, used_cooking_oil_collection_round. Every register is used
by all three tools (asserted); eighteen distinct registers have one further positive (a second
calculator word problem: angling_club_match_secretary, charity_gift_aid_claims_officer,
hotel_revenue_management_desk, magistrates_court_fines_office, street_market_superintendent,
teenager_saving_for_first_car; a second unit word problem: cosmetic_skincare_formulation_lab,
oil_refinery_shift_controller, outside_broadcast_truck_engineer,
slurry_tanker_spreading_contractor, structural_steel_erection_gang,
substation_maintenance_engineer; a second date word problem: council_taxi_licensing_office,
family_emigrating_to_portugal, hospital_pathology_specimen_reception,
livestock_haulage_lorry_driver, primary_school_governors_finance_committee,
string_quartet_function_bookings). The seven registers with three positives are
coffin_maker_workshop, corporate_mailroom_franking_desk, fitted_wardrobe_installer,
retired_couple_downsizing_home, speedway_team_manager, temporary_grandstand_seating_contractor and
used_cooking_oil_collection_round. Positives are one-liners (family "plain") or word problems of
one to three sentences, in UK usage with £ and pence, pounds, stone, feet, inches, yards, acres and
miles, two in euros (a removal to Porto and a broadcast in Dublin), two in US dollars (one with
cents), with a US-style written date in three items, and other touches (a prize pot split three
ways, section pools less a trophy fund, a donation grossed up by Gift Aid, Gift Aid on the share of
a sponsored walk from declared donors, a coffin priced with VAT, franked post with a rebate, a
serum batch costed by percentages, a taxi fare with an extra for passengers, storage charged with
IVA, a wardrobe quote with a trade discount on materials, coagulation samples among blood tubes,
room revenue spread over available rooms, a group booking, a haulage invoice with a fuel surcharge,
fine payments with a smaller last one, a refinery's throughput, broadcast kit hire, a school budget
after staff costs, house sale proceeds, a spreading bill with a discount, heat points, pitch fees
by frontage, a cleaning contractor's share, a quartet's deposit, an erection package less
retention, a night outage with an uplift, a teenager's Saturdays of saving, instalments against
paying up front, grandstand hire less a deposit and an oil collection round's margin); a carp's
weight, a database backup, a coffin's length, a parcel's weight, emulsion and stability chamber
temperatures, a meter test course, a Lisbon flat, an alcove, a sample fridge, a function room, a
lorry deck, a speed camera's reading, a column pressure and a heater temperature, camera recordings
and a cable run, a school field, a bungalow lounge, a slurry lagoon and a field, a speedway lap, a
market square, a cello case, a column's height and a gust speed, an SF6 pressure and a
transformer's oil temperature, an import car's mileage, a seating deck's height and an oil drum;
Celsius and Fahrenheit both ways, miles to kilometres and kilometres to miles, mph to km/h, km/h to
mph, mph to m/s, m/s to km/h, bar to psi, GiB to MiB and MiB to GiB, square metres to square feet
and square feet to square metres, square yards to square metres, acres to square metres, acres to
hectares, hectares to acres, cubic metres to cubic feet, litres to cubic feet, pounds to kilograms
and kilograms to pounds, stone to kilograms, feet and inches to centimetres and to metres, inches
to centimetres, millimetres and centimetres to inches, metres to feet, metres to yards, feet to
metres and miles to metres), some chatty, terse or lower-case, with questions at the start or the
end, several terse commands and three statements to complete. No positive conversations. No dosing
in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 94: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, how many nights a stay lasts between two stated dates, how many days old
someone is on a stated date, a fitting of 4 days counting the start as day 1, a turnaround of 45
days counting the first day as day 1, the last of 8 matches one every 14 days, the weekday of the
sixth of collections every 10 days, the Saturdays of a market run inclusive, 21, 28, 42, 53, 90,
100, 180, 250, 730 and 1,000 days after or before a date, 6, 8, 9, 12 and 13 weeks after or before
a date, weeks between two stated Mondays (a plain one-liner), hours between two stated date-times
(one plain item), the weekday of a stated date (two plain items, one written the American way, and
one licensing hearing), the third Wednesday, the last Friday, the fourth Thursday, the last
Thursday and the second Saturday of a stated month and year, and a day of the year counting 1
January as day 1); the two ages are in whole years from a stated date to a stated date, and the
five clock spans run from one stated time to the next occurrence of the other (two cross midnight,
saying "the next morning"; all are in minutes). Every rounded unit result stays within its 1e-3
tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 94):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square feet and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: /work/main/.venv/bin/python make_heldout_95.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-08.jsonl"
PREFIX = "ho95-"
# earlier generators: sets 1-94 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 95))
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
    """An amount of money: asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(617, 50)


ANG = "angling_club_match_secretary"
GIFT = "charity_gift_aid_claims_officer"
COF = "coffin_maker_workshop"
MAIL = "corporate_mailroom_franking_desk"
SKIN = "cosmetic_skincare_formulation_lab"
TAXI = "council_taxi_licensing_office"
EMIG = "family_emigrating_to_portugal"
WARD = "fitted_wardrobe_installer"
PATHO = "hospital_pathology_specimen_reception"
HOTEL = "hotel_revenue_management_desk"
HAUL = "livestock_haulage_lorry_driver"
FINES = "magistrates_court_fines_office"
REFI = "oil_refinery_shift_controller"
OB = "outside_broadcast_truck_engineer"
GOV = "primary_school_governors_finance_committee"
DOWN = "retired_couple_downsizing_home"
SLURRY = "slurry_tanker_spreading_contractor"
SPEED = "speedway_team_manager"
MARKET = "street_market_superintendent"
QUART = "string_quartet_function_bookings"
STEEL = "structural_steel_erection_gang"
SUB = "substation_maintenance_engineer"
TEEN = "teenager_saving_for_first_car"
STAND = "temporary_grandstand_seating_contractor"
UCO = "used_cooking_oil_collection_round"
REGISTERS = (
    ANG,
    GIFT,
    COF,
    MAIL,
    SKIN,
    TAXI,
    EMIG,
    WARD,
    PATHO,
    HOTEL,
    HAUL,
    FINES,
    REFI,
    OB,
    GOV,
    DOWN,
    SLURRY,
    SPEED,
    MARKET,
    QUART,
    STEEL,
    SUB,
    TEEN,
    STAND,
    UCO,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "what is 17.5% of 3,176?", pct("17.5") * 3176)
calc(P, "Work out 3,645 ÷ 27.", F(3645, 27))
calc(P, "1,284 times 0.35", 1284 * dec("0.35"))
_RADICAND = 11449
assert math.isqrt(_RADICAND) ** 2 == _RADICAND
calc(P, "√ of 11,449 please", math.isqrt(_RADICAND))
calc(P, "What's 12 cubed minus 9 squared?", 12**3 - 9**2)
calc(P, "Add up 14.6, 23.85 and 9.075 for me", dec("14.6") + dec("23.85") + dec("9.075"))
calc(P, "Calculate (48 + 72) × 1.15", (48 + 72) * dec("1.15"))
calc(P, "how much is 2 to the power of 13", 2**13)
calc(P, "What's seven eighths of 1,360?", F(7, 8) * 1360)
calc(P, "Increase 1,736 by 12.5%.", 1736 * (1 + pct("12.5")))
calc(P, "What percentage of 1,480 is 259?", F(259, 1480) * 100)
calc(P, "Divide 9,999 by 0.25", 9999 / dec("0.25"))
calc(P, "subtract 1,847.36 from 5,002", 5002 - dec("1847.36"))
calc(P, "The mean of 46, 58, 71 and 85 is?", F(46 + 58 + 71 + 85, 4))

# register word problems
calc(
    ANG,
    (
        "Our open match had 38 anglers paying a £12 peg fee. £2 a head goes to "
        "club funds and the rest makes the prize pot, paid out 50% / 30% / 20% "
        "to first, second and third. What does second place take home?"
    ),
    money(38 * (12 - 2) * pct(30)),
)
calc(
    ANG,
    (
        "section pools: 24 anglers put in £5 each, the club keeps 10% for the "
        "trophy fund and the remainder is shared equally between the 4 section "
        "winners. how much does each winner get"
    ),
    money(24 * 5 * (1 - pct(10)) / 4),
)
calc(
    GIFT,
    (
        "A regular donor gave £1,840 this tax year and signed a Gift Aid "
        "declaration. We reclaim 25p for every £1 donated. What's the total "
        "worth to the charity, donation plus reclaim?"
    ),
    money(1840 * (1 + pct(25))),
)
calc(
    GIFT,
    (
        "The sponsored walk brought in £3,412.80. 85% of that came from donors "
        "who ticked the Gift Aid box, and we reclaim 25p per £1 on those. How "
        "much Gift Aid can we claim for the walk?"
    ),
    money(dec("3412.80") * pct(85) * pct(25)),
)
calc(
    COF,
    (
        "Pricing a solid oak coffin: timber £385, six brass handles at £14.50 "
        "each, lining and pillow £62, and 9.5 hours of workshop time at £28 an "
        "hour. Add 20% VAT to the lot — what's the price to the funeral director?"
    ),
    money((385 + 6 * dec("14.50") + 62 + dec("9.5") * 28) * (1 + pct(20))),
)
calc(
    MAIL,
    (
        "Mailroom month end: 1,200 letters franked at 85p, 340 large letters at "
        "£1.45 and 60 parcels at £4.45. The franking account gives a 3% rebate "
        "on the total. What do we actually pay?"
    ),
    money((1200 * dec("0.85") + 340 * dec("1.45") + 60 * dec("4.45")) * (1 - pct(3))),
)
calc(
    SKIN,
    (
        "Costing a 25 kg serum batch for our client in New Jersey: 80% "
        "hyaluronic base at $3.20/kg, 5% niacinamide at $42/kg and the remaining "
        "15% glycerin at $2.60/kg. Total ingredient cost for the batch in "
        "dollars?"
    ),
    money(25 * (pct(80) * dec("3.20") + pct(5) * 42 + pct(15) * dec("2.60"))),
)
calc(
    TAXI,
    (
        "Tariff 1 on the council's fare table is £3.40 for the first mile and "
        "£2.10 for each mile after that, plus 25p for every passenger over two. "
        "What's the fare for a 7.5 mile trip with 4 passengers?"
    ),
    money(dec("3.40") + (dec("7.5") - 1) * dec("2.10") + (4 - 2) * dec("0.25")),
)
calc(
    EMIG,
    (
        "Removal quote for our move to Porto: €4,600 for the container, plus "
        "storage for 18 m³ at €38 per cubic metre per week for 3 weeks, with 23% "
        "IVA charged on the storage only. What's the total in euros?"
    ),
    money(4600 + 18 * 38 * 3 * (1 + pct(23))),
)
calc(
    WARD,
    (
        "Quote for a fitted wardrobe run: 3 carcass units at £265, 4 sliding "
        "door panels at £148.50, interior fittings kit £212, and 2 days of "
        "fitting at £240 a day. The customer gets 10% trade discount on "
        "materials only. Total?"
    ),
    money((3 * 265 + 4 * dec("148.50") + 212) * (1 - pct(10)) + 2 * 240),
)
calc(
    PATHO,
    (
        "Specimen reception logged 1,920 samples on Monday. 62.5% were blood "
        "tubes, and one in eight of the blood tubes was a coagulation sample. "
        "How many coagulation samples came in?"
    ),
    1920 * pct("62.5") / 8,
)
calc(
    HOTEL,
    (
        "Saturday we sold 96 of our 120 rooms at an average rate of £142.50. "
        "Room revenue divided across all 120 available rooms comes to how much "
        "per room?"
    ),
    money(96 * dec("142.50") / 120),
)
calc(
    HOTEL,
    (
        "corporate group: 14 room-nights at our best available rate of £168, "
        "less 15% corporate discount, plus breakfast at £16.50 per room-night "
        "added after the discount. what's the invoice?"
    ),
    money(14 * 168 * (1 - pct(15)) + 14 * dec("16.50")),
)
calc(
    HAUL,
    (
        "Haulage job: £2.35 per loaded mile for 150 loaded miles to the "
        "abattoir, a fuel surcharge of 8% on the mileage charge, and a £45 lorry "
        "washout fee. What's the invoice total?"
    ),
    money(dec("2.35") * 150 * (1 + pct(8)) + 45),
)
calc(
    FINES,
    (
        "He owes a £660 fine, a £66 victim surcharge and £85 prosecution costs, "
        "and he's agreed to pay £45 a fortnight. How many fortnightly payments "
        "will it take, counting a smaller final one?"
    ),
    whole_up(F(660 + 66 + 85, 45)),
)
calc(
    FINES,
    (
        "A defendant has paid £240 off a total of £1,020. At £30 a week from "
        "here on, how many more weeks until the account is cleared?"
    ),
    F(1020 - 240, 30),
)
calc(
    REFI,
    (
        "The crude unit ran at 92% of its 8,500 m³ per day capacity for 6 days, "
        "then 75% for 1 day. Total throughput for the 7 days in cubic metres?"
    ),
    8500 * pct(92) * 6 + 8500 * pct(75),
)
calc(
    OB,
    (
        "Kit for the hurling final in Dublin: OB truck €3,800 a day for 2 days, "
        "6 cameras at €420 per camera per day for the same 2 days with 12% off "
        "the camera hire, and a flat €1,150 for the satellite uplink. Total hire "
        "in euros?"
    ),
    money(3800 * 2 + 6 * 420 * 2 * (1 - pct(12)) + 1150),
)
calc(
    GOV,
    (
        "Budget question for the finance committee. We get £5,120 per pupil for "
        "212 pupils plus a lump sum of £145,000. If staff costs take 82% of that "
        "total, how much is left for everything else?"
    ),
    money((5120 * 212 + 145000) * (1 - pct(82))),
)
calc(
    DOWN,
    (
        "We've sold the house for £485,000. The estate agent charges 1.2% plus "
        "20% VAT on the fee, the solicitor is £1,450 and the remaining mortgage "
        "is £62,300. How much do we walk away with?"
    ),
    money(485000 - 485000 * pct("1.2") * (1 + pct(20)) - 1450 - 62300),
)
calc(
    SLURRY,
    (
        "Dribble bar spreading at £2.80 per cubic metre, 640 m³ across the farm, "
        "plus £180 to move the tanker between holdings. Knock 10% off the whole "
        "bill for paying on the day — what does the farmer pay?"
    ),
    money((dec("2.80") * 640 + 180) * (1 - pct(10))),
)
calc(
    SPEED,
    (
        "Heat points are 3 for a win, 2 for second and 1 for third. Tonight "
        "rider A had 3 wins and 2 seconds, rider B had 2 wins, 2 seconds and a "
        "third, and rider C had 4 thirds. What did the three of them score "
        "between them?"
    ),
    (3 * 3 + 2 * 2) + (2 * 3 + 2 * 2 + 1) + 4 * 1,
)
calc(
    MARKET,
    (
        "Pitch fees are £1.80 per foot of frontage per day. A trader with a 14 "
        "ft pitch stands 3 days a week for 4 weeks and pays £5 a week for "
        "electricity. What does he owe for the 4 weeks?"
    ),
    money(dec("1.80") * 14 * 3 * 4 + 5 * 4),
)
calc(
    MARKET,
    (
        "Saturday's market: 40 standard stalls at £28, 16 hot food stalls at £42 "
        "and 8 casual stalls at £35. The cleaning contractor is paid 18% of the "
        "day's pitch takings. What's the contractor's share?"
    ),
    money((40 * 28 + 16 * 42 + 8 * 35) * pct(18)),
)
calc(
    QUART,
    (
        "For a wedding in Connecticut we quote $780 for the ceremony and "
        "cocktail hour, 45 cents a mile for one car on a 126 mile round trip, "
        "and $95 per specially learned request; the couple want two. The deposit "
        "is 30% of the total. How much is the deposit?"
    ),
    money((780 + dec("0.45") * 126 + 2 * 95) * pct(30)),
)
calc(
    STEEL,
    (
        "Erection package: 186 steel members at £48 per member, crane hire at "
        "£1,250 a day for 4 days, and the main contractor holds back 5% "
        "retention on the lot. What's paid to us now?"
    ),
    money((186 * 48 + 1250 * 4) * (1 - pct(5))),
)
calc(
    SUB,
    (
        "Night outage at the substation: 3 engineers for 12 hours at £52.50 an "
        "hour each, a 15% night uplift on the labour, and £640 for the SF6 gas "
        "top-up. Total cost of the job?"
    ),
    money(3 * 12 * dec("52.50") * (1 + pct(15)) + 640),
)
calc(
    TEEN,
    (
        "i earn £9.60 an hour and do 7 hours every saturday. i've saved £1,150 "
        "and the car i want is £2,950. how many saturdays until i can afford it "
        "if i save all of it"
    ),
    whole_up((2950 - 1150) / (dec("9.60") * 7)),
)
calc(
    TEEN,
    (
        "Insurance is £1,840 paid up front, or a 20% deposit followed by 10 "
        "instalments of £152. How much extra does paying in instalments cost?"
    ),
    money(1840 * pct(20) + 10 * 152 - 1840),
)
calc(
    STAND,
    (
        "Grandstand hire for the show: 1,200 seats at £6.75 per seat per event "
        "day for 3 event days, plus £4,800 for build and strip. The client has "
        "already paid a £2,900 deposit. What's the balance?"
    ),
    money(1200 * dec("6.75") * 3 + 4800 - 2900),
)
calc(
    UCO,
    (
        "We pay restaurants 28p a litre for their used cooking oil and sell it "
        "to the biodiesel plant at 61p a litre. One round collected 4,350 litres "
        "and the diesel for the van cost £186. What did we make on the round?"
    ),
    money((dec("0.61") - dec("0.28")) * 4350 - 186),
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
LITRE = F(1, 1000)  # m^3
MS = 1  # m/s

assert IN / MM == dec("25.4") and CM / MM == 10 and MI / KM == dec("1.609344")
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and SQFT == dec("0.09290304")
assert CUFT == dec("0.028316846592") and MPH / KMH == dec("1.609344")
assert f_to_c(104) == 40 and c_to_f(75) == 167

# plain one-liners
unit(P, "Convert 72 inches to centimetres.", 72 * IN / CM, EXACT)
unit_r(P, "how many km are 83.6 miles", dec("83.6") * MI / KM)
unit_r(P, "What is 350 °F in Celsius?", f_to_c(350))
unit(P, "Minus 31.5 °C on the Fahrenheit scale is?", c_to_f(dec("-31.5")), EXACT)
unit(P, "Convert 5.5 GiB to MiB.", dec("5.5") * GIB / MIB, EXACT)
unit(P, "3,584 MiB is how many GiB?", 3584 * MIB / GIB, EXACT)
unit_r(P, "how many square feet in 42 square metres", 42 / SQFT)
unit_r(P, "1,500 sq ft to square metres", 1500 * SQFT)
unit_r(P, "Convert 3.2 hectares into acres.", dec("3.2") * HA / ACRE)
unit_r(P, "What's 2.4 bar in psi?", dec("2.4") * BAR / PSI)
unit_r(P, "65 mph in km/h please", 65 * MPH / KMH)
unit(P, "A wind of 12.5 m/s is how many km/h?", dec("12.5") * MS / KMH, EXACT)
unit_r(P, "Convert 15 stone to kilograms", 15 * STONE)
unit_r(P, "12 cubic metres expressed in cubic feet", 12 / CUFT)

# register word problems
unit_r(
    ANG,
    (
        "The biggest carp of the match went 23 lb on the club scales. What's "
        "that in kilograms for the national results sheet?"
    ),
    23 * LB,
)
unit(
    GIFT,
    "Our donor database backup comes to 3,328 MiB. What's that in GiB?",
    3328 * MIB / GIB,
    EXACT,
)
unit(
    COF,
    "The family want an internal length of 6 ft 4 in for the coffin. What's that in centimetres?",
    (6 * FT + 4 * IN) / CM,
    EXACT,
)
unit_r(
    MAIL,
    (
        "A parcel for the Chicago office weighs 4.6 kg and the US courier's form "
        "asks for pounds. What do I put?"
    ),
    dec("4.6") / LB,
)
unit(
    SKIN,
    (
        "We heat the oil phase to 75 °C before emulsifying. The American "
        "homogeniser displays Fahrenheit, so what should it read?"
    ),
    c_to_f(75),
    EXACT,
)
unit(
    SKIN,
    (
        "stability chamber is set to 104 °F on the US unit — what's that in "
        "celsius for the test report"
    ),
    f_to_c(104),
    EXACT,
)
unit(
    TAXI,
    "Meters are tested over a measured course of 1.5 miles. How long is that course in metres?",
    dec("1.5") * MI,
    EXACT,
)
unit_r(
    EMIG,
    "The flat we like in Lisbon is listed at 118 m². How many square feet is that?",
    118 / SQFT,
)
unit_r(
    WARD,
    (
        "Alcove measures 2,235 mm wide; the imported door system is sized in "
        "inches. Convert 2,235 mm to inches."
    ),
    2235 * MM / IN,
)
unit(
    PATHO,
    "The sample fridge should hold at 4 °C. What is that in Fahrenheit?",
    c_to_f(4),
    EXACT,
)
unit_r(
    HOTEL,
    (
        "Our function room is 64 ft by 38 ft. For the conference brochure I need "
        "the floor area in square metres."
    ),
    64 * 38 * SQFT,
)
unit_r(
    HAUL,
    "My trailer deck is 13.6 metres long. What is that in feet?",
    dec("13.6") / FT,
)
unit_r(
    FINES,
    "The speed camera record shows 112 km/h. What's that in mph for the court register?",
    112 * KMH / MPH,
)
unit_r(
    REFI,
    (
        "Column overhead pressure reads 14.5 bar on the DCS; the old field gauge "
        "is in psi. Convert 14.5 bar to psi."
    ),
    dec("14.5") * BAR / PSI,
)
unit(
    REFI,
    "Heater outlet temperature on the licensor's sheet is 680 °F. In Celsius that's?",
    f_to_c(680),
    EXACT,
)
unit(
    OB,
    "Each ISO camera records about 148 GiB over the match. How many MiB is that?",
    148 * GIB / MIB,
    EXACT,
)
unit(
    OB,
    (
        "The triax run from the truck to the gantry camera is 820 ft. How many "
        "metres of cable is that?"
    ),
    820 * FT,
    EXACT,
)
unit_r(
    GOV,
    "Our school field is 1.8 acres. What is that in square metres?",
    dec("1.8") * ACRE,
)
unit_r(
    DOWN,
    "The lounge in the bungalow we're buying is 18 ft by 14 ft. What's that in square metres?",
    18 * 14 * SQFT,
)
unit_r(
    SLURRY,
    "The lagoon holds 1,200 cubic metres. How many cubic feet is that?",
    1200 / CUFT,
)
unit_r(
    SLURRY,
    "Next block to spread is 34 acres. Convert that to hectares for the spreading record.",
    34 * ACRE / HA,
)
unit_r(
    SPEED,
    "Our track is 342 metres a lap. In yards that's how many?",
    342 / YD,
)
unit_r(
    MARKET,
    "The market square is 2,400 square yards. How many square metres is that?",
    2400 * SQYD,
)
unit_r(
    QUART,
    "The cello case stands 135 cm tall — how many inches is that for the airline form?",
    135 * CM / IN,
)
unit_r(
    STEEL,
    "The gable columns are 28 ft 6 in tall. What's that in metres?",
    28 * FT + 6 * IN,
)
unit_r(
    STEEL,
    "Gusts of 38 mph are forecast; our crane's wind limit is given in m/s. Convert 38 mph to m/s.",
    38 * MPH / MS,
)
unit_r(
    SUB,
    "SF6 density gauge on the breaker shows 6.2 bar. Convert 6.2 bar to psi.",
    dec("6.2") * BAR / PSI,
)
unit(
    SUB,
    "top oil temperature on the transformer read 185 °F on the old dial. celsius?",
    f_to_c(185),
    EXACT,
)
unit_r(
    TEEN,
    "The car I want is a Japanese import showing 58,400 km on the clock. How many miles is that?",
    58400 * KM / MI,
)
unit_r(
    STAND,
    (
        "Our top seating deck is 4.2 m above ground. The US manufacturer's "
        "drawings are in feet — convert 4.2 m to feet."
    ),
    dec("4.2") / FT,
)
unit_r(
    UCO,
    "Our collection drums hold 205 litres each. How many cubic feet is one drum?",
    205 * LITRE / CUFT,
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
    """Whole or fractional hours from one stated date-time to a later one."""
    return F(int((b - a).total_seconds()), 3600)


assert hours_between(DT(2030, 5, 3, 8, 0), DT(2030, 5, 6, 20, 0)) == 84

# plain one-liners
date_item(P, f"What day of the week is {say(D(2031, 11, 19))}?", weekday(D(2031, 11, 19)))
date_item(
    P,
    f"How many days from {say(D(2028, 4, 3))} to {say(D(2028, 9, 21))}?",
    days(D(2028, 4, 3), D(2028, 9, 21)),
)
date_item(P, f"what date is 100 days after {say(D(2030, 1, 14))}", D(2030, 1, 14) + TD(days=100))
date_item(P, f"Give me the date 9 weeks before {say(D(2029, 6, 2))}.", D(2029, 6, 2) - TD(weeks=9))
_W1, _W2 = D(2031, 2, 3), D(2031, 6, 23)
assert _W1.weekday() == MON and _W2.weekday() == MON
date_item(P, f"How many weeks are there from {sayw(_W1)} to {sayw(_W2)}?", weeks(_W1, _W2))
date_item(P, "When is the third Wednesday of October 2030?", nth_weekday(2030, 10, WED, 3))
date_item(P, "date of the last Friday in August 2031", nth_weekday(2031, 8, FRI, -1))
date_item(
    P,
    f"How old is someone born on {say(D(1988, 6, 30))} on {say(D(2031, 5, 12))}, in whole years?",
    age(D(1988, 6, 30), D(2031, 5, 12)),
)
date_item(
    P,
    "How many minutes from 21:45 to 06:15 the next morning?",
    clock_span("21:45", "06:15", 60),
)
date_item(
    P,
    f"Counting 1 January as day 1, what day of the year is {say(D(2029, 8, 17))}?",
    days(D(2029, 1, 1), D(2029, 8, 17)) + 1,
)
date_item(
    P,
    f"hours between 08:00 on {say(D(2030, 5, 3))} and 20:00 on {say(D(2030, 5, 6))}",
    hours_between(DT(2030, 5, 3, 8, 0), DT(2030, 5, 6, 20, 0)),
)
date_item(P, "What weekday was July 4, 2026?", weekday(D(2026, 7, 4)))
date_item(
    P,
    "How many days is it from Christmas Day 2029 to 14 February 2030?",
    days(D(2029, 12, 25), D(2030, 2, 14)),
)
date_item(P, f"{say(D(2032, 10, 9))} minus 250 days is which date?", D(2032, 10, 9) - TD(days=250))

# register word problems
_ANG1 = D(2028, 11, 5)
assert _ANG1.weekday() == SUN
date_item(
    ANG,
    (
        "The winter league is 8 matches, one every 14 days, starting "
        f"{sayw(_ANG1)}. What's the date of the final match?"
    ),
    _ANG1 + TD(days=7 * 14),
)
date_item(
    GIFT,
    (
        f"We submitted our last Gift Aid claim on {say(D(2029, 3, 9))} and claim "
        "every 13 weeks. When is the next claim due?"
    ),
    D(2029, 3, 9) + TD(weeks=13),
)
date_item(
    COF,
    (
        f"The order for a wicker coffin came in on {say(D(2030, 1, 22))} and the "
        f"funeral is on {say(D(2030, 2, 8))}. How many days is that?"
    ),
    days(D(2030, 1, 22), D(2030, 2, 8)),
)
date_item(
    MAIL,
    (
        f"The franking machine lease started on {say(D(2027, 10, 1))}. What date "
        "is 1,000 days after that?"
    ),
    D(2027, 10, 1) + TD(days=1000),
)
date_item(
    SKIN,
    (
        f"Stability samples went into the chamber on {sayus(D(2030, 4, 15))} and "
        "are pulled at 12 weeks. Pull date?"
    ),
    D(2030, 4, 15) + TD(weeks=12),
)
date_item(
    TAXI,
    (
        f"A hackney carriage licence expires on {say(D(2029, 8, 31))} and we send "
        "the renewal reminder 42 days before expiry. What date does the reminder "
        "go out?"
    ),
    D(2029, 8, 31) - TD(days=42),
)
date_item(
    TAXI,
    (
        f"The licensing sub-committee hearing is on {say(D(2030, 1, 17))}. What "
        "day of the week is that?"
    ),
    weekday(D(2030, 1, 17)),
)
date_item(
    EMIG,
    (
        f"We fly into Faro on {say(D(2029, 6, 28))} and our residency appointment "
        f"is on {say(D(2029, 10, 16))}. How many days apart are they?"
    ),
    days(D(2029, 6, 28), D(2029, 10, 16)),
)
date_item(
    EMIG,
    (
        f"our youngest was born on {say(D(2021, 2, 3))}. how old will she be on "
        f"moving day, {say(D(2029, 9, 1))}?"
    ),
    age(D(2021, 2, 3), D(2029, 9, 1)),
)
_WARD1 = D(2029, 5, 8)
assert _WARD1.weekday() == TUE
date_item(
    WARD,
    (
        f"Fitting starts {sayw(_WARD1)} and the job takes 4 days, counting the "
        "start as day 1. Which date is day 4?"
    ),
    _WARD1 + TD(days=4 - 1),
)
date_item(
    PATHO,
    (
        "A sample was centrifuged at 22:40 and analysed at 03:15 the next "
        "morning. How many minutes passed in between?"
    ),
    clock_span("22:40", "03:15", 60),
)
date_item(
    PATHO,
    (
        "Frozen serum is kept for 90 days from the collection date. Collected "
        f"{say(D(2029, 11, 6))} — discard date?"
    ),
    D(2029, 11, 6) + TD(days=90),
)
date_item(
    HOTEL,
    (
        f"Guest arrives {say(D(2029, 12, 27))} and checks out "
        f"{say(D(2030, 1, 3))}. How many nights is the stay?"
    ),
    days(D(2029, 12, 27), D(2030, 1, 3)),
)
date_item(
    HAUL,
    "Lambs were loaded at 05:50 and unloaded at 14:05. How long was the journey in minutes?",
    clock_span("05:50", "14:05", 60),
)
date_item(
    HAUL,
    (
        f"What date falls 730 days after {say(D(2029, 3, 19))}? That's when my "
        "operator licence review is."
    ),
    D(2029, 3, 19) + TD(days=730),
)
_FINES1 = D(2029, 11, 14)
assert _FINES1.weekday() == WED
date_item(
    FINES,
    (
        f"A collection order made on {sayw(_FINES1)} allows 28 days to pay. What "
        "is the last day for payment?"
    ),
    _FINES1 + TD(days=28),
)
date_item(
    REFI,
    (
        f"Turnaround begins {say(D(2030, 9, 2))} and lasts 45 days, counting the "
        "first day as day 1. What's the last day of the turnaround?"
    ),
    D(2030, 9, 2) + TD(days=45 - 1),
)
date_item(
    OB,
    "Rigging starts at 06:30 and the programme comes off air at 22:10. How many minutes is that?",
    clock_span("06:30", "22:10", 60),
)
date_item(
    GOV,
    (
        "The budget has to be approved at a full governing body meeting on the "
        "fourth Thursday of April 2030. What date is that?"
    ),
    nth_weekday(2030, 4, THU, 4),
)
date_item(
    GOV,
    (
        f"Our head started on {say(D(2014, 9, 1))} and retires on "
        f"{say(D(2031, 8, 31))}. How many days is that from start date to "
        "retirement date?"
    ),
    days(D(2014, 9, 1), D(2031, 8, 31)),
)
date_item(
    DOWN,
    (
        f"We exchanged contracts on {say(D(2029, 10, 11))} and complete 6 weeks "
        "later. Completion date?"
    ),
    D(2029, 10, 11) + TD(weeks=6),
)
date_item(
    SLURRY,
    (
        f"Last spread the silage ground on {say(D(2030, 3, 14))}; the farmer "
        "wants the next pass 21 days on. What date?"
    ),
    D(2030, 3, 14) + TD(days=21),
)
date_item(
    SPEED,
    "The league season opens on the last Thursday of March 2030. What's the date?",
    nth_weekday(2030, 3, THU, -1),
)
_MK1, _MK2 = D(2029, 11, 24), D(2029, 12, 22)
assert _MK1.weekday() == SAT and _MK2.weekday() == SAT
date_item(
    MARKET,
    (
        f"The Christmas market runs every Saturday from {say(_MK1)} to "
        f"{say(_MK2)} inclusive. How many Saturdays is that?"
    ),
    weeks(_MK1, _MK2) + 1,
)
_QU1 = D(2030, 6, 15)
assert _QU1.weekday() == SAT
date_item(
    QUART,
    f"Wedding is on {sayus(_QU1)}. Our balance is due 8 weeks before. What date is that?",
    _QU1 - TD(weeks=8),
)
date_item(
    QUART,
    "We start playing at 14:30 and finish at 18:05 — how many minutes is that in total?",
    clock_span("14:30", "18:05", 60),
)
_ST1 = D(2030, 1, 7)
assert _ST1.weekday() == MON
date_item(
    STEEL,
    (
        f"First steel was delivered {sayw(_ST1)} and the frame topped out 53 days "
        "later. What date was topping out?"
    ),
    _ST1 + TD(days=53),
)
date_item(
    SUB,
    (
        f"Annual inspection was on {say(D(2029, 5, 23))}. The follow-up thermal "
        "survey is 180 days after. Date?"
    ),
    D(2029, 5, 23) + TD(days=180),
)
date_item(
    TEEN,
    (
        f"I was born on {say(D(2012, 5, 22))}. How many days old will I be on "
        f"{say(D(2029, 5, 22))}, my 17th birthday?"
    ),
    days(D(2012, 5, 22), D(2029, 5, 22)),
)
date_item(
    STAND,
    (
        f"Build starts {say(D(2030, 5, 20))} and the show is on the second "
        "Saturday of June 2030. How many days from build start to show day?"
    ),
    days(D(2030, 5, 20), nth_weekday(2030, 6, SAT, 2)),
)
_UCO1 = D(2030, 1, 3)
assert _UCO1.weekday() == THU
date_item(
    UCO,
    (
        "We collect from the chip shop every 10 days; the first collection was "
        f"{sayw(_UCO1)}. What day of the week is the 6th collection?"
    ),
    weekday(_UCO1 + TD(days=10 * (6 - 1))),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    ANG: (
        "How should I draw pegs fairly for an open match when some anglers turn up late?",
        (
            "Write a short match report for the club newsletter about a windy day on "
            "the canal where bream won it."
        ),
        (
            "What's a sensible rule for dealing with a fish that drops off the hook "
            "while being netted at the weigh-in?"
        ),
        "Can you suggest ways to get more juniors fishing our Sunday matches?",
    ),
    GIFT: (
        "Explain in plain English what a Gift Aid declaration has to say to be valid.",
        (
            "How should we handle a donor who tells us they no longer pay enough "
            "income tax to cover Gift Aid?"
        ),
        (
            "Draft a friendly thank-you email to donors that also asks them to tick "
            "the Gift Aid box next time."
        ),
        "What records should a small charity keep so a Gift Aid audit goes smoothly?",
    ),
    COF: (
        "What are the pros and cons of wicker versus solid pine for a woodland burial coffin?",
        (
            "How do I talk to a grieving family about the choice of coffin without "
            "sounding like a salesman?"
        ),
        (
            "Suggest wording for our website explaining that we make coffins to "
            "order in our own workshop."
        ),
        "Which finishes are safest to use on a coffin that's going to be cremated?",
    ),
    MAIL: (
        (
            "How can we persuade departments to stop sending first class post when "
            "second class would do?"
        ),
        (
            "Write a short notice for the staff intranet about the new cut-off time "
            "for outgoing post."
        ),
        (
            "What's a good way to organise a mailroom so internal mail and external "
            "mail don't get mixed up?"
        ),
        (
            "Should a mid-sized office keep its franking machine or switch to buying "
            "postage online? Give me the arguments."
        ),
    ),
    SKIN: (
        "Why might an oil-in-water cream separate a few weeks after manufacture?",
        "How should I structure a stability testing plan for a new face serum?",
        (
            "Write a short, honest product description for a fragrance-free "
            "moisturiser for sensitive skin."
        ),
        (
            "What are the usual reasons a preservative efficacy test fails, and what "
            "would you try first?"
        ),
    ),
    TAXI: (
        (
            "How should a council balance passenger safety against driver costs when "
            "setting the age limit for licensed vehicles?"
        ),
        "Draft a letter reminding private hire drivers that their DBS checks are due for renewal.",
        "What makes a good knowledge test for new taxi drivers in a small town?",
        (
            "Explain the difference between a hackney carriage and a private hire "
            "vehicle to a member of the public."
        ),
    ),
    EMIG: (
        (
            "What should we think about when choosing between the Algarve and the "
            "Lisbon area for a family with two young children?"
        ),
        "How can we help our kids keep in touch with their friends after we move to Portugal?",
        "Write a short message to our neighbours in the UK letting them know we're emigrating.",
        "What are the practical things people often forget when moving abroad with a dog?",
    ),
    WARD: (
        "How do I explain to a customer why sliding doors are a bad idea on a very uneven floor?",
        "What's the best way to fit a wardrobe into a room with a sloping ceiling?",
        (
            "Write a short Instagram caption for photos of a walnut-finish wardrobe "
            "we've just fitted."
        ),
        "What should I check on a first site visit before quoting for fitted bedroom furniture?",
    ),
    PATHO: (
        "What are the most common reasons a blood sample gets rejected at specimen reception?",
        (
            "Write a polite email to a GP surgery about the number of unlabelled "
            "samples we've been receiving."
        ),
        "How should we prioritise samples when the porters deliver a big batch all at once?",
        "Explain to a new starter why we check two patient identifiers on every request form.",
    ),
    HOTEL: (
        "How should a small hotel decide whether to accept a big group booking at a discount?",
        (
            "What's the difference between occupancy-led and rate-led pricing, and "
            "when is each better?"
        ),
        (
            "Write a short reply to a guest complaining that our prices went up for "
            "a local festival weekend."
        ),
        "How would you set up a cancellation policy that's fair but protects us from no-shows?",
    ),
    HAUL: (
        "What are good habits for keeping cattle calm while loading a lorry?",
        "How should I plan my route for a long livestock run on a hot summer day?",
        "Write a short checklist for cleaning and disinfecting the trailer between loads.",
        "How do I explain to a farmer that I won't load a lame ewe?",
    ),
    FINES: (
        (
            "How should we word a letter to someone who has missed two instalments "
            "but says they've lost their job?"
        ),
        "What's the purpose of a collection order, in plain terms?",
        "Suggest ways our office could reduce the number of people who miss their first payment.",
        "Explain to a worried caller what happens if they can't pay a fine on time.",
    ),
    REFI: (
        "What makes a good shift handover on a refinery control panel?",
        "How do I stay alert on the fourth night of a run of night shifts?",
        "Explain why a crude unit might need to cut throughput when the crude slate changes.",
        "Write a brief safety message for the morning meeting about permit-to-work discipline.",
    ),
    OB: (
        "How should I lay out cables at a football ground so the crowd can't trip over them?",
        "What's a sensible backup plan if the satellite uplink fails during a live broadcast?",
        "Write a short brief for a new camera operator joining us at a rugby match.",
        (
            "Why do some directors prefer more ISO recordings and others fewer? "
            "Explain the trade-offs."
        ),
    ),
    GOV: (
        (
            "How should governors challenge the head over a budget deficit without "
            "damaging the relationship?"
        ),
        (
            "Write a paragraph for the parents' newsletter explaining why we're "
            "asking for voluntary contributions."
        ),
        (
            "What questions should the finance committee ask before agreeing to a "
            "new catering contract?"
        ),
        (
            "How can a small primary school make the case for keeping a teaching "
            "assistant in every class?"
        ),
    ),
    DOWN: (
        (
            "How do we decide which furniture to keep when moving from a four-bed "
            "house into a two-bed bungalow?"
        ),
        (
            "Should retired people downsize before or after the grandchildren are "
            "grown? Give us both sides."
        ),
        "Write a short note to our children explaining why we've decided to sell the family home.",
        "What should we look for in a bungalow so it suits us as we get older?",
    ),
    SLURRY: (
        "How can I reduce the smell complaints when spreading slurry near a village?",
        "What's the advantage of a trailing shoe over a splash plate, in simple terms?",
        (
            "Write a polite text to a neighbour letting them know we'll be spreading "
            "on the field next to their house."
        ),
        "How should I decide whether ground is too wet to take the tanker?",
    ),
    SPEED: (
        "How should I pick the reserve riders for a meeting on a tight, slick track?",
        "Write a short preview for the club programme about our first home meeting of the season.",
        "What are fair ways to deal with a rider who keeps missing the start tapes in practice?",
        "How can a speedway club attract younger fans to meetings?",
    ),
    MARKET: (
        (
            "How should we allocate the best pitches fairly between long-standing "
            "traders and newcomers?"
        ),
        "Write a notice for traders about new rules on keeping the fire lanes clear.",
        "What can a council do to bring life back to a Tuesday market that's losing stalls?",
        "How do I handle an argument between two traders over who owns a corner pitch?",
    ),
    QUART: (
        "What are good pieces for a string quartet to play while guests sign the register?",
        (
            "Write a friendly reply to a couple asking whether we can play a pop "
            "song we've never arranged."
        ),
        "How should a quartet handle playing outdoors if the weather turns?",
        "What should go in our contract about meal breaks and parking at venues?",
    ),
    STEEL: (
        (
            "How should we plan the erection sequence for a portal frame so it stays "
            "stable at every stage?"
        ),
        "Write a short toolbox talk about working at height from a mobile elevating platform.",
        "What should I check before signing for a steel delivery on site?",
        "How do I deal with a main contractor who keeps changing the programme without notice?",
    ),
    SUB: (
        (
            "What are the main hazards when working in an outdoor substation, and "
            "how do we control them?"
        ),
        "Explain to an apprentice why we earth equipment before working on it.",
        (
            "Write a short message to a landowner asking for access to the "
            "substation site for maintenance."
        ),
        "How should we prioritise defects found during a routine substation inspection?",
    ),
    TEEN: (
        "What should I look out for when buying my first used car from a private seller?",
        "How can I persuade my parents to let me put them on my insurance as named drivers?",
        (
            "Is it better to save for a cheaper car now or wait and buy something "
            "more reliable later?"
        ),
        "Write a short advert for my old bike so I can put the money towards a car.",
    ),
    STAND: (
        (
            "What are the key things to check when a temporary grandstand is built "
            "on a sloping field?"
        ),
        (
            "Write a short safety briefing for stewards working on a temporary stand "
            "at a county show."
        ),
        "How should we plan the build if the ground is waterlogged the week before an event?",
        (
            "How would you explain to a client why the stand has to close if the "
            "wind gets too strong?"
        ),
    ),
    UCO: (
        "How can we persuade takeaway owners to stop pouring used oil down the drain?",
        "Write a short flyer offering free used cooking oil collection to local restaurants.",
        "What are good practices for storing collected oil at our depot?",
        "How should we plan collection rounds so the van isn't running half empty?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for _reg, _qs in ORDINARY.items():
    assert len(_qs) == 4 and len(set(_qs)) == 4, _reg
    for _q in _qs:
        neg(_reg, _q)


def near(family, query, note):
    assert family.startswith("near-") and note, family
    neg(family, query, note)


NEAR = [
    (
        "near-gift-aid-donor-benefit",
        (
            "A donor gave us £500 and we gave her two tickets to the gala dinner "
            "worth £60 each. How much Gift Aid can we claim on the £500?"
        ),
        (
            "Whether any Gift Aid is due depends on the donor benefit limits, which "
            "the text does not give."
        ),
    ),
    (
        "near-portugal-property-transfer-tax",
        (
            "We're buying a €310,000 flat in Porto as our permanent home. How much "
            "IMT will we have to pay?"
        ),
        (
            "Needs Portugal's current IMT bands and deductions, which are not stated "
            "and change yearly."
        ),
    ),
    (
        "near-livestock-journey-time-limit",
        (
            "I'm taking 180 lambs to a market 9 hours' drive away. How long can they "
            "stay on the lorry before they need a rest?"
        ),
        (
            "Depends on the welfare-in-transport rules for the species and vehicle, "
            "which are not given."
        ),
    ),
    (
        "near-sentencing-fine-band",
        (
            "A man earning £480 a week pleads guilty at the first opportunity to a "
            "Band C speeding offence. What will his fine be?"
        ),
        (
            "Needs the sentencing guideline's band range, the plea reduction and the "
            "bench's discretion."
        ),
    ),
    (
        "near-large-letter-thickness",
        (
            "An envelope is 2.6 cm thick and weighs 400 g. Does it go as a large "
            "letter or as a small parcel?"
        ),
        "Depends on the postal size and weight limits, which the text does not state.",
    ),
    (
        "near-centrifuge-rpm-to-g",
        "Our centrifuge runs at 3,500 rpm. What relative centrifugal force is that?",
        "Converting rpm to g needs the rotor radius, which is missing.",
    ),
    (
        "near-haemolysed-potassium-call",
        (
            "A potassium came back at 5.9 mmol/L on a slightly haemolysed sample. Do "
            "we phone it through as a critical result?"
        ),
        (
            "Needs the laboratory's critical-value policy and a clinical judgement "
            "about the haemolysis."
        ),
    ),
    (
        "near-api-gravity-density",
        "The crude we're running is 34 degrees API. What's its density in kg/m³?",
        (
            "Needs the API gravity formula and the reference density of water, which "
            "are conventions not given."
        ),
    ),
    (
        "near-preservative-legal-limit",
        (
            "What's the highest percentage of phenoxyethanol I'm allowed to put in a "
            "leave-on face cream sold in the UK?"
        ),
        "A regulatory limit that is not stated in the question.",
    ),
    (
        "near-mixed-ph-not-average",
        "If I mix equal volumes of a pH 4 toner and a pH 6 toner, what's the pH of the mix?",
        (
            "pH is logarithmic and the result depends on buffering; it is not the "
            "average of the two and cannot be computed from the text."
        ),
    ),
    (
        "near-market-charter-distance",
        "Can a private company run a Sunday car boot sale 5 miles from our chartered market?",
        "Depends on market rights law and the charter's terms, not on any figure in the text.",
    ),
    (
        "near-local-taxi-fare-table",
        "What's the most a Leeds hackney carriage can charge for a 4 mile daytime journey?",
        "Needs that council's current fare table, which is not given.",
    ),
    (
        "near-speedway-match-average",
        (
            "Our number one scored 9, 11, 7 and 12 points from 5, 5, 4 and 5 rides. "
            "What's his calculated match average?"
        ),
        (
            "The calculated match average is a sport convention (including how bonus "
            "points count) that the text does not define."
        ),
    ),
    (
        "near-nvz-closed-period",
        (
            "Can I spread cattle slurry on grassland on sandy soil on 20 October if "
            "the farm is in an NVZ?"
        ),
        "Depends on the closed-period rules for the soil type and land use, which are not given.",
    ),
    (
        "near-slurry-nitrogen-supply",
        "How much nitrogen am I putting on if I spread 35 m³ per hectare of dairy slurry?",
        "Needs the slurry's nutrient content (a table value or an analysis), which is missing.",
    ),
    (
        "near-steel-lift-wind-judgement",
        "Is it safe to lift a 9 m rafter with gusts of 20 mph?",
        "A safety judgement depending on the crane, the load's sail area and the lift plan.",
    ),
    (
        "near-bolt-group-design",
        "How many M20 bolts do I need in a beam-to-column connection carrying 180 kN?",
        (
            "Needs a design check: bolt grade, shear plane, plate thickness and code "
            "factors are not given."
        ),
    ),
    (
        "near-hv-safety-clearance",
        (
            "What's the minimum safety distance from live 33 kV conductors for "
            "someone working in the compound?"
        ),
        "Set by the network operator's safety rules, which the text does not give.",
    ),
    (
        "near-transformer-insulation-ageing",
        (
            "The transformer hot spot sat at 110 °C for six hours. How much "
            "insulation life did that use up?"
        ),
        "Needs an ageing model and its reference temperature, a convention not stated.",
    ),
    (
        "near-young-driver-insurance-quote",
        "How much will insurance be for a 17-year-old driving a 1.2 litre Fiesta in Bristol?",
        "Needs live quotes from insurers; no figure in the text decides it.",
    ),
    (
        "near-learner-supervisor-rules",
        (
            "Can I practise driving my own car with my brother, who's 20 and passed "
            "his test two years ago?"
        ),
        "Depends on the rules for supervising learners, which the text does not give.",
    ),
    (
        "near-seats-per-row-spacing",
        "How many seats can we fit in a grandstand row 30 m long?",
        "Needs the seat width or spacing standard, which is missing.",
    ),
    (
        "near-grandstand-exit-capacity",
        "Our temporary stand holds 2,400 people. How many exits does it need?",
        "Depends on safety guidance, exit widths and a local risk assessment, none of them given.",
    ),
    (
        "near-biodiesel-yield",
        "How many litres of biodiesel will 4,000 litres of used cooking oil make?",
        "Needs the process yield, which is not given.",
    ),
    (
        "near-uco-market-price",
        "What's the going rate per litre for used cooking oil in the UK at the moment?",
        "A live market price, not in the text.",
    ),
    (
        "near-coffin-width-judgement",
        "What internal width of coffin should I make for a man who weighed 24 stone?",
        "A judgement on body proportions; weight alone does not fix the width.",
    ),
    (
        "near-crematorium-materials",
        "Can a coffin made from MDF with a melamine finish go to the crematorium?",
        "Depends on the crematorium's and the industry's rules on materials.",
    ),
    (
        "near-retail-445-calendar",
        "Which period of our 4-4-5 trading year does 18 June fall in?",
        (
            "Depends on when the company's trading year starts and its week "
            "convention, which are not stated."
        ),
    ),
    (
        "near-piece-duration-tempo",
        "How long will Pachelbel's Canon last if we play it for the bride's entrance?",
        "Depends on tempo, arrangement and repeats; the text gives none of them.",
    ),
    (
        "near-transposition-range",
        (
            "Our arrangement is in B flat; the singer wants it a minor third lower. "
            "What key is that, and will the cello line go below its bottom string?"
        ),
        "Needs music theory and the arrangement's lowest notes, which are not given.",
    ),
    (
        "near-carp-record-comparison",
        "What's the British record common carp, and how far short of it is our club's 41 lb fish?",
        "Needs a record figure that is not given and can change.",
    ),
    (
        "near-pike-weight-from-length",
        (
            "I caught a 78 cm pike but didn't get it on the scales. Roughly what "
            "would it have weighed?"
        ),
        (
            "An estimate from a length-weight relationship that depends on "
            "condition; not computable from the text."
        ),
    ),
    (
        "near-portugal-public-holidays",
        (
            "Which days in June 2030 are public holidays in Portugal, so we can "
            "avoid them for the move?"
        ),
        (
            "Needs Portugal's holiday calendar, including municipal holidays, which "
            "the text does not give."
        ),
    ),
    (
        "near-uk-tax-residence-days",
        (
            "After we emigrate, how many days a year can I spend back in the UK "
            "without becoming UK tax resident?"
        ),
        "Depends on the statutory residence test and personal ties; no fixed figure is given.",
    ),
    (
        "near-pupil-premium-allocation",
        (
            "We have 38 pupils eligible for free school meals. How much pupil "
            "premium will that bring in?"
        ),
        "Needs the current per-pupil rate and eligibility rules, not stated.",
    ),
    (
        "near-infant-class-size-law",
        "We've got 64 children starting in reception. Can we put them into two classes?",
        "Depends on the infant class size rules and their exceptions, not given in the text.",
    ),
    (
        "near-leaflet-imposition",
        "How many A5 leaflets can we print from a box of 500 SRA3 sheets?",
        "Needs the sheet sizes, bleed and layout, which are not stated.",
    ),
    (
        "near-letter-weight-band",
        "With a ten-page letter inside, our envelopes weigh 68 g. Which price band is that?",
        "Needs the carrier's weight bands and prices, not given.",
    ),
    (
        "near-sliding-door-overlap",
        "For a 2.4 m opening with three sliding doors, how wide should each door be?",
        "Depends on the overlap required by the track system, which is not stated.",
    ),
    (
        "near-shelves-from-a-sheet",
        "How many 600 mm deep shelves can I cut from one sheet of MDF?",
        "Needs the sheet size, shelf width and saw kerf, none of them given.",
    ),
    (
        "near-order-of-draw",
        "In what order should the lilac, light blue and gold top tubes be filled?",
        "A phlebotomy convention, not a computation.",
    ),
    (
        "near-revpar-spreadsheet-formula",
        (
            "Write an Excel formula that works out RevPAR from room revenue in "
            "column B and rooms available in column C, showing a dash when C is "
            "blank."
        ),
        "Asks for a formula to be written, which needs the language model.",
    ),
    (
        "near-peg-draw-code",
        (
            "Write a Python function that draws pegs 1 to 40 at random for a list of "
            "anglers so nobody gets the same peg as last week."
        ),
        "Asks for code to be written.",
    ),
    (
        "near-number-plate-regex",
        "Give me a regular expression that matches current-style UK number plates like AB12 CDE.",
        "Asks for a pattern to be written from a format convention that is not spelled out.",
    ),
    (
        "near-cheque-amount-in-words",
        "Write £1,247.50 in words for the cheque to the crematorium.",
        "Needs writing in the conventions of cheque wording, not a calculation.",
    ),
    (
        "near-meter-reading-translation",
        "How do I say 'the electricity meter reading is 45,120' in European Portuguese?",
        "A translation, which needs the language model.",
    ),
    (
        "near-deed-date-in-words",
        "How should 14 March 2030 be written out in words on a deed of gift?",
        "A legal drafting convention, not a date computation.",
    ),
    (
        "near-vat-rounding-rule",
        (
            "Our postage invoice has 1,000 lines each with 0.8745p of VAT. Do we "
            "round the VAT line by line or on the total?"
        ),
        "Asks for the tax authority's rounding rules, which the text does not give.",
    ),
    (
        "near-reporting-precision",
        (
            "The analyser gives creatinine as 87.46 µmol/L. How many figures should "
            "we put on the report?"
        ),
        "A laboratory reporting convention, not a computation.",
    ),
    (
        "near-average-of-averages",
        "Rider A's average is 8.2 and rider B's is 6.4. What's their combined average?",
        "Averages cannot be combined without the number of rides behind each, which is missing.",
    ),
    (
        "near-crude-product-yield",
        "How much diesel will 50,000 m³ of Brent crude give us?",
        "Depends on the crude assay and the unit's cut points, not given.",
    ),
    (
        "near-flash-point-blending",
        (
            "If we blend kerosene with a flash point of 42 °C and diesel at 62 °C "
            "half and half, what's the flash point of the blend?"
        ),
        "Flash points do not blend linearly; needs an empirical correlation not given.",
    ),
    (
        "near-uplink-dish-size",
        "Will a 1.2 m dish be big enough for our uplink from the ground to the satellite?",
        (
            "Needs a link budget with satellite and transmitter figures that are "
            "missing, and a judgement."
        ),
    ),
    (
        "near-lip-sync-frame-delay",
        (
            "The audio is arriving 3 frames ahead of the pictures. How many "
            "milliseconds of delay should I add?"
        ),
        "Depends on the frame rate of the format, which is not stated.",
    ),
    (
        "near-spent-conviction-fine",
        "When does a fine given at the magistrates' court on 3 May 2027 become spent?",
        "Depends on the rehabilitation periods in law and the offender's age, not given.",
    ),
    (
        "near-private-hire-vehicle-age",
        "Can a nine-year-old Skoda Octavia be licensed as a private hire car in our district?",
        "Depends on the local licensing policy, which is not stated.",
    ),
    (
        "near-drivers-hours-break",
        (
            "I've driven 4 hours 20 minutes since my last break. How much longer can "
            "I drive before I have to stop?"
        ),
        "Needs the drivers' hours rules, which the question does not state.",
    ),
    (
        "near-market-wind-cancel",
        "The forecast says gusts of 45 mph on Saturday. Should we cancel the market?",
        "A judgement depending on a live forecast and the gazebos in use.",
    ),
    (
        "near-container-fit-judgement",
        "Will a three-piece suite, a double bed and 40 boxes fit in a 20 ft container?",
        "Needs the items' volumes and a judgement on packing; not computable from the text.",
    ),
    (
        "near-overbooking-level",
        "We have 120 rooms and a no-show rate of about 6%. How many rooms should we overbook by?",
        (
            "A judgement needing a probability model and the costs of walking a "
            "guest, which are not given."
        ),
    ),
    (
        "near-stand-roof-snow-load",
        "What snow load does the roof of a temporary stand in Aviemore have to be designed for?",
        "A design code value for the site, not given.",
    ),
    (
        "near-period-after-opening",
        "Which period-after-opening symbol should go on our vitamin C serum?",
        "A judgement based on stability data that the text does not give.",
    ),
    (
        "near-benefit-deduction-rate",
        "How much can be taken from someone's Universal Credit each week towards an unpaid fine?",
        "Needs the current fixed deduction rate, which is not stated.",
    ),
    (
        "near-busbar-fault-current",
        "What current would a three-phase fault on our 11 kV busbar draw?",
        "Needs the network's source and transformer impedances, which are missing.",
    ),
    (
        "near-lamb-stocking-density",
        "How many finished lambs can I legally carry on a three-deck trailer?",
        "Depends on space allowances by weight and fleece and on the deck size, not given.",
    ),
]
assert len(NEAR) == 65, len(NEAR)
assert len({f for f, _, _ in NEAR}) == len(NEAR)
for _fam, _q, _note in NEAR:
    near(_fam, _q, _note)


def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    conv(family, turns, note)


CONVS = [
    (
        "conv-match-result-line",
        [
            (
                U,
                (
                    "Weigh-in sheet from Sunday: peg 4 Gary 18 lb 6 oz, peg 11 Sue 21 lb 2 "
                    "oz, peg 17 Mick 14 lb, peg 23 Raj 21 lb 10 oz, peg 30 Tom 9 lb 8 oz."
                ),
            ),
            (
                A,
                (
                    "Got it — five weights from Sunday's match. Do you want them ranked, or "
                    "a write-up for the website?"
                ),
            ),
            (
                U,
                (
                    "Both please: rank them, say who won and by how much, and give me a "
                    "one-line result for the website."
                ),
            ),
        ],
        "Needs the weights from the first turn and asks for writing.",
    ),
    (
        "conv-gift-aid-thank-you-letter",
        [
            (
                U,
                (
                    "Mrs Patel gave us £50 a month all year and signed a Gift Aid "
                    "declaration. Our claim for her came to £150."
                ),
            ),
            (A, "Thank you — that's a generous supporter. How can I help with her record?"),
            (
                U,
                (
                    "Write her a warm thank-you letter that mentions what her Gift Aid added "
                    "to her giving."
                ),
            ),
        ],
        "Writing that uses the earlier figures.",
    ),
    (
        "conv-coffin-quote-material-swap",
        [
            (
                U,
                (
                    "My standard oak coffin price is built from timber £385, handles £87, "
                    "lining £62 and labour £266, then 20% VAT."
                ),
            ),
            (A, "That gives a price of £960 including VAT."),
            (
                U,
                (
                    "Now a family wants ash instead, which costs me £240 in timber. Same "
                    "everything else — what's the new price?"
                ),
            ),
        ],
        "The last turn needs the earlier cost breakdown and pricing rule.",
    ),
    (
        "conv-post-notice-to-sms",
        [
            (
                U,
                (
                    "Write a staff notice saying outgoing post now closes at 3.30pm, not "
                    "4pm, because the collection van comes earlier."
                ),
            ),
            (
                A,
                (
                    "Notice: From Monday, the mailroom's cut-off for outgoing post moves "
                    "from 4pm to 3.30pm, as Royal Mail will now collect earlier in the "
                    "afternoon. Please make sure items are in the out tray by 3.30pm to go "
                    "the same day. Thank you for your help."
                ),
            ),
            (U, "Cut that down to a single text message under 160 characters."),
        ],
        "Rewrites the assistant's earlier text under a length limit.",
    ),
    (
        "conv-inci-label-order",
        [
            (
                U,
                (
                    "Our night cream formula: aqua 64%, caprylic/capric triglyceride 12%, "
                    "glycerin 6%, cetearyl alcohol 5%, butyrospermum parkii butter 8%, "
                    "tocopherol 0.5%, phenoxyethanol 0.9%, niacinamide 3.6%."
                ),
            ),
            (A, "Thanks. That adds up to 100%. What do you need next?"),
            (U, "Write out the ingredient list for the label in the right order."),
        ],
        "Needs the earlier percentages and the labelling convention.",
    ),
    (
        "conv-licence-suspension-notice",
        [
            (
                U,
                (
                    "Driver Mr K. Osei refused a guide dog owner on 2 May and didn't report "
                    "a minor collision on 9 May. He's apologised and done disability "
                    "awareness training since."
                ),
            ),
            (A, "Those are both serious matters. Has the committee decided on an outcome?"),
            (
                U,
                (
                    "Yes, a 14-day suspension. Draft the decision notice giving the reasons "
                    "I've described and the mitigation."
                ),
            ),
        ],
        "Writing a notice from details given earlier.",
    ),
    (
        "conv-landlord-letter-portuguese",
        [
            (
                U,
                (
                    "Draft a short letter to our new landlord in Lisbon asking when the "
                    "boiler service was last done and whether the deposit can be paid in two "
                    "parts."
                ),
            ),
            (
                A,
                (
                    "Dear Senhor Almeida, Thank you for agreeing to let the flat to us. "
                    "Could you tell us when the boiler was last serviced? We would also like "
                    "to ask whether the deposit could be paid in two instalments. Kind "
                    "regards, the Wilson family"
                ),
            ),
            (U, "Great — now put that into European Portuguese."),
        ],
        "Translation of the assistant's earlier text.",
    ),
    (
        "conv-wardrobe-cutting-list",
        [
            (
                U,
                (
                    "Alcove is 1,180 mm wide, 2,390 mm high and 610 mm deep. I'm using 18 mm "
                    "board, one hanging section and one section of shelves."
                ),
            ),
            (A, "Understood. Do you want a plinth and a top filler, or full height carcasses?"),
            (U, "50 mm plinth, no filler. Give me a cutting list for the carcass."),
        ],
        "Needs the earlier dimensions and design choices, and judgement on construction.",
    ),
    (
        "conv-gp-complaint-reply",
        [
            (
                U,
                (
                    "GP practice manager emailed: 'Three of our urgent INR samples last week "
                    "weren't reported until the next day. This is not acceptable.'"
                ),
            ),
            (A, "That's understandable frustration. Do you know why those samples were delayed?"),
            (
                U,
                (
                    "They arrived after the courier cut-off. Reply to her in under 150 "
                    "words, apologise for the delay but explain the cut-off."
                ),
            ),
        ],
        "Writing a reply to the quoted email within a limit.",
    ),
    (
        "conv-rate-ladder-rule",
        [
            (
                U,
                (
                    "My rule: under 60% occupancy sell at £119, 60 to 75% at £139, over 75% "
                    "at £159, and never drop a rate within 7 days of arrival."
                ),
            ),
            (A, "Clear. That's a three-step ladder with a no-drop rule near arrival."),
            (
                U,
                (
                    "We're at 78% for the 14th and were selling at £139. Which rate should "
                    "we be on now?"
                ),
            ),
        ],
        "Needs the pricing rule given in the first turn.",
    ),
    (
        "conv-haulage-break-plan",
        [
            (
                U,
                (
                    "I load at 04:30 near Oban and have to be at the abattoir near Carlisle. "
                    "My firm's rule is a 45-minute break after no more than 4 hours at the "
                    "wheel."
                ),
            ),
            (A, "That's a long run. Roughly how long does the drive usually take you?"),
            (U, "About six and a half hours. Where along the route should I plan my break?"),
        ],
        "Needs the earlier times and rule plus geographical judgement.",
    ),
    (
        "conv-fine-instalment-table",
        [
            (
                U,
                (
                    "Balance is £726. He'll pay £40 every Friday starting on the first "
                    "Friday in February 2030, and a final smaller payment."
                ),
            ),
            (A, "So that's a weekly plan of £40 with a smaller last instalment."),
            (U, "Lay the schedule out as a table with each date and the running balance."),
        ],
        "Needs the earlier balance, amount and start rule; asks for a table.",
    ),
    (
        "conv-panel-handover-note",
        [
            (
                U,
                (
                    "Night log: 23:10 feed pump B tripped, switched to A. 01:40 furnace pass "
                    "3 temp swinging, put on manual. 03:25 maintenance called for A pump "
                    "seal weep. 05:50 pass 3 back on auto."
                ),
            ),
            (A, "Thanks — a busy night. Is anything still outstanding?"),
            (
                U,
                (
                    "A pump seal is still weeping. Write the handover note for the day shift "
                    "from that."
                ),
            ),
        ],
        "Writing a handover from the earlier log entries.",
    ),
    (
        "conv-camera-plan-ascii",
        [
            (
                U,
                (
                    "Camera plan: 1 and 2 on the main gantry at the halfway line, 3 high "
                    "behind the north goal, 4 low at the south goal, 5 handheld on the east "
                    "touchline, 6 on a hoist in the south-west corner."
                ),
            ),
            (A, "That's a standard six-camera football plan. Anything else to note?"),
            (U, "Draw it as a simple ASCII plan of the pitch with the camera numbers in place."),
        ],
        "Needs the earlier positions and asks for a drawing.",
    ),
    (
        "conv-governors-formal-minutes",
        [
            (
                U,
                (
                    "Rough notes: budget deficit £18k forecast; head proposes not replacing "
                    "retiring TA; Cllr Burns against; agreed to get quote for cheaper "
                    "cleaning contract; Mrs Ahmed to contact LA about falling rolls."
                ),
            ),
            (A, "Thanks — those cover the main finance points. Do you want them tidied up?"),
            (U, "Yes, write them up as formal minutes with numbered action points and owners."),
        ],
        "Writing minutes from earlier notes.",
    ),
    (
        "conv-bungalow-choice",
        [
            (
                U,
                (
                    "Option one: bungalow on a hill, £290k, big garden, 15 minutes' walk to "
                    "the shops. Option two: £305k, small garden, flat walk to shops and the "
                    "surgery."
                ),
            ),
            (A, "Both sound appealing in different ways. What matters most to you?"),
            (U, "My husband's knees are getting worse and I don't drive. Which would you go for?"),
        ],
        "A judgement over the earlier options.",
    ),
    (
        "conv-nitrogen-limit-check",
        [
            (
                U,
                (
                    "Our limit is 170 kg of nitrogen per hectare from manure. Long Field got "
                    "42 m³/ha at 2.6 kg N per m³; Top Meadow 70 m³/ha at 2.6; Brook 55 m³/ha "
                    "at 3.4."
                ),
            ),
            (A, "Noted — three fields with different rates and slurry strengths."),
            (U, "Did any of them go over the limit?"),
        ],
        "Needs the earlier limit, rates and nutrient figures.",
    ),
    (
        "conv-team-pick-points-limit",
        [
            (
                U,
                (
                    "Team limit is 42 points total for seven riders. Averages: Holt 9.1, "
                    "Vance 7.8, Kerr 6.9, Lind 6.2, Moss 5.5, Price 4.8, Ruiz 4.1, Shaw 3.6, "
                    "Tait 2.9."
                ),
            ),
            (A, "That's nine riders to choose seven from. Any other constraints?"),
            (U, "Holt must ride. Which seven should I pick to use as much of the limit as I can?"),
        ],
        "Needs the earlier limit and averages; a choice to make.",
    ),
    (
        "conv-pitch-decision-letter",
        [
            (
                U,
                (
                    "Mr Hughes has held the corner pitch for ten years but missed 14 market "
                    "days this year without notice; the new trader Ms Dutta has attended "
                    "every week."
                ),
            ),
            (
                A,
                (
                    "So the allocation rule on attendance would favour Ms Dutta for the "
                    "corner pitch."
                ),
            ),
            (
                U,
                (
                    "Write to Mr Hughes explaining why he's lost the corner, using those "
                    "reasons, and offer him the pitch by the fountain."
                ),
            ),
        ],
        "Writing a letter from the earlier reasons.",
    ),
    (
        "conv-drinks-reception-set",
        [
            (
                U,
                (
                    "Pieces and lengths: Vivaldi Spring 3:30, Canon in D 5:00, Air on the G "
                    "String 4:30, Clair de Lune 5:00, A Thousand Years 4:00, Eine kleine "
                    "Nachtmusik 5:30, Libertango 3:30, Shake It Off 3:00."
                ),
            ),
            (A, "Thanks — that's eight pieces ready to go."),
            (
                U,
                (
                    "Put together a running order for the 25-minute drinks reception that "
                    "finishes on the Vivaldi and doesn't repeat anything."
                ),
            ),
        ],
        "Needs the earlier durations and a choice of order.",
    ),
    (
        "conv-steel-clash-rfi",
        [
            (
                U,
                (
                    "On gridline C/4 the new drainage run clashes with the baseplate of "
                    "column C4 — the pipe is 150 mm higher than shown on the drawing."
                ),
            ),
            (A, "That needs the engineer's input before the column goes up."),
            (U, "Write the RFI to the structural engineer for me."),
        ],
        "Writing a request for information from earlier details.",
    ),
    (
        "conv-permit-review",
        [
            (
                U,
                (
                    "Permit text: 'Work: replace CT on feeder 3. Isolation: CB3 open. "
                    "Earths: applied at CB3 feeder side. Precautions: none. Issued to: J. "
                    "Park.'"
                ),
            ),
            (A, "Thanks. Do you want me to check anything in particular?"),
            (U, "Is anything missing from that permit before I sign to accept it?"),
        ],
        "A safety judgement over the quoted permit.",
    ),
    (
        "conv-savings-redo-with-gift",
        [
            (U, "I earn £67.20 every Saturday and need another £1,800 for the car."),
            (A, "At £67.20 a week it would take 27 Saturdays to save £1,800."),
            (U, "I forgot my nan gives me £20 a week as well. Redo it with that."),
        ],
        "Needs the earlier earnings and target to redo the sum.",
    ),
    (
        "conv-stand-method-statement",
        [
            (
                U,
                (
                    "Our build steps: set out and level base plates, erect frames, fit "
                    "bracing, lay deck units, fit seating, fit handrails and guarding, final "
                    "inspection."
                ),
            ),
            (A, "That's a logical sequence for a demountable stand."),
            (
                U,
                (
                    "Turn those steps into a numbered method statement with the main hazard "
                    "and control for each."
                ),
            ),
        ],
        "Writing from the earlier steps with judgement on hazards.",
    ),
    (
        "conv-collection-route-order",
        [
            (
                U,
                (
                    "Depot is at the north end of the ring road. Stops: Golden Fry (east "
                    "side), Lucky Star (town centre), Bella Napoli (west side), Spice Garden "
                    "(south end), The Anchor (next to the depot)."
                ),
            ),
            (A, "Five stops around the town — do any have time restrictions?"),
            (
                U,
                (
                    "Lucky Star only before 11am. Put them in a sensible order starting from "
                    "the depot."
                ),
            ),
        ],
        "Needs the earlier locations and constraint; a judgement on routing.",
    ),
    (
        "conv-keepnet-rule-dispute",
        [
            (
                U,
                (
                    "Club rule 9: 'Only fish landed and placed in the keepnet before the "
                    "final whistle count towards the weight.'"
                ),
            ),
            (A, "That's a common rule wording."),
            (
                U,
                (
                    "Dave's bream was in the landing net when the whistle went and in the "
                    "keepnet ten seconds later. By that rule, does it count?"
                ),
            ),
        ],
        "Interpreting the quoted rule.",
    ),
    (
        "conv-gift-aid-agm-script",
        [
            (U, "Can you explain Gift Aid simply?"),
            (
                A,
                (
                    "Gift Aid lets a charity claim back the basic rate tax a UK taxpayer has "
                    "already paid on a donation, so every £1 given becomes £1.25, as long as "
                    "the donor has made a declaration and paid enough tax."
                ),
            ),
            (U, "Turn that into a two-minute spoken script for me to read out at our AGM."),
        ],
        "Rewriting the earlier explanation as a spoken script.",
    ),
    (
        "conv-cost-rise-comparison",
        [
            (
                U,
                (
                    "Monthly costs in Leeds vs what we expect in Braga: rent £1,150 vs €900, "
                    "electricity £140 vs €95, childcare £820 vs €380, car insurance £75 vs "
                    "€60."
                ),
            ),
            (A, "Thanks — four categories in two currencies."),
            (
                U,
                (
                    "Ignoring exchange rates, which of those falls most in percentage terms "
                    "when we move?"
                ),
            ),
        ],
        "Needs the earlier figures for all four categories.",
    ),
    (
        "conv-review-reply-tone",
        [
            (U, "Write a reply to a review saying our breakfast was cold and the room was noisy."),
            (
                A,
                (
                    "Thank you for your review. Our breakfast is served hot from 7am and all "
                    "our rooms meet noise standards, so we're surprised by your comments."
                ),
            ),
            (U, "Make that sound less defensive and offer them something."),
        ],
        "Rewriting the assistant's earlier text.",
    ),
    (
        "conv-bench-checklist",
        [
            (
                U,
                (
                    "Our booking-in steps: check two identifiers match form and tube, check "
                    "the sample type matches the test, check it's in date and not "
                    "haemolysed, scan, then rack by department."
                ),
            ),
            (A, "That covers the essentials of booking in."),
            (
                U,
                (
                    "Make that into a one-page checklist we can laminate for the bench, with "
                    "tick boxes."
                ),
            ),
        ],
        "Writing from the earlier steps.",
    ),
    (
        "conv-alarm-rationalisation",
        [
            (
                U,
                (
                    "Alarms that fired most last month: LAH-101 tank high level (212 times), "
                    "TAL-305 furnace low (3), PDAH-220 filter diff pressure (480), FAL-402 "
                    "cooling water low flow (9)."
                ),
            ),
            (A, "PDAH-220 and LAH-101 are clearly the noisiest."),
            (
                U,
                (
                    "Which of these would you demote to alerts and which must stay as "
                    "alarms? Give reasons."
                ),
            ),
        ],
        "A judgement over the earlier list.",
    ),
    (
        "conv-intermittent-video-fault",
        [
            (
                U,
                (
                    "Camera 3's picture drops out for a second every few minutes. It's on a "
                    "200 m triax run and the CCU shows the cable alarm flashing."
                ),
            ),
            (A, "Cable faults are the usual suspect. Have you tried a different drum?"),
            (U, "Already swapped the drum and it's still happening. What should I try next?"),
        ],
        "Needs the earlier symptoms and steps; diagnostic judgement.",
    ),
    (
        "conv-contractor-bids-ranking",
        [
            (
                U,
                (
                    "Cleaning bids: Sparkle £21,400, two references, no green policy; "
                    "BrightWay £23,100, five local schools as references; CleanCo £19,800, "
                    "new firm, no schools."
                ),
            ),
            (A, "Three quite different bids."),
            (U, "Rank them on value for money, not just price, for the governors' report."),
        ],
        "A judgement over the earlier options and writing.",
    ),
    (
        "conv-coffin-lid-card",
        [
            (
                U,
                (
                    "The family told me their dad, Eric, was a postman for 40 years, loved "
                    "his allotment and never missed a Saturday at the football."
                ),
            ),
            (A, "He sounds like a much-loved man."),
            (
                U,
                (
                    "Write a short message for the card that goes on his coffin, using what "
                    "I've told you."
                ),
            ),
        ],
        "Writing that uses the earlier details.",
    ),
    (
        "conv-mail-code-regex",
        [
            (
                U,
                (
                    "Internal mail codes look like FIN-204, HR-017, OPS-330. Bad ones we've "
                    "seen: FIN204, hr-17, OPS-33A."
                ),
            ),
            (A, "So a department code in capitals, a hyphen, then three digits."),
            (U, "Write a regex that accepts the good ones and rejects those bad examples."),
        ],
        "Code written from the earlier examples.",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES, len(CONVS)
assert len({f for f, _, _ in CONVS}) == len(CONVS)
for _fam, _turns, _note in CONVS:
    assert len(_turns) >= 3 and _turns[0][0] == U and _turns[-1][0] == U, _fam
    assert all(r != S for r, _ in _turns), _fam
    assert all(_turns[k][0] != _turns[k + 1][0] for k in range(len(_turns) - 1)), _fam
    convo(_fam, _turns, _note)

# this set's own structural asserts
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _label
_per_reg = {
    r: sum(1 for i in items if i["label"] != "negative" and i["family"] == r) for r in REGISTERS
}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == 100 and all(sum(1 for i in _ord if i["family"] == r) == 4 for r in REGISTERS)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")) and _i.get("note"), _i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
for _i in items:
    if _i["label"] != "negative":
        assert not NUMERIC_DATE_POS.search(_i["query"]), _i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 94
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 94: {reused}"
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
