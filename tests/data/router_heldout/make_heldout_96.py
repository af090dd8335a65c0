r"""Generate heldout-2027-03-09.jsonl: a ninety-sixth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed96/earlier_registers.txt (in full: a `wc -lc` gave 1675 lines and 40533 characters,
then a `tr` turning its newlines into spaces was printed in two pieces, `head -c 20000` and `tail
-c +19900`, which overlap by 101 characters, so nothing was left out): the register names of
earlier sets, used only to choose this set's 25 registers so that their trades and situations
differ from all of those; and these line ranges of /work/sealed96/make_heldout_95.py (a `wc -l`
gave 3336 lines, as the brief said): lines 1-641 (its docstring, imports, configuration, helpers,
calc() and the line P = "plain"), 1010-1070 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
1295-1379 (its datetime section header, date helpers, clock_span(), date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1683-1690 (its negatives section header, neg() and conv()) and
3113-3336 (its stated-weekday check, its checks and main()). None of set 95's query blocks
(642-1009, 1071-1294, 1380-1682, 1691-3112) was opened, printed or searched.

The first command made /tmp/h96, ran an `ls -la` of /work/sealed96 (earlier_registers.txt and
make_heldout_95.py only) and a `wc -l` of make_heldout_95.py and earlier_registers.txt (3336 and
1675 lines), copied the five ranges by `sed -n A,Bp` into /tmp/h96/r1.py to r5.py (not printed) and
ran an `ls -la` of /tmp/h96; the `cat` of grading.py ran alongside it. The first copy was then
printed by `sed -n 1,250p` and, alongside it, `sed -n 250,641p` (the two overlap at line 250), so
all of lines 1-641 were seen. One command printed the second to fourth copies by `cat -n` and
another, alongside it, the fifth. Nothing outside the allowed ranges was seen. The next command ran
the `wc -lc` and the first `tr` piece of earlier_registers.txt and another the second piece.
Nothing under /work/main was opened or listed apart from grading.py: nothing under router/, tools/,
docs/ or tests/ was opened or listed, nor README or pyproject, and .venv was not listed. The only
other use of /work/main was running /work/main/.venv/bin/python (for every script and every run of
this generator, with a `--version` of it and of ruff once) and /work/main/.venv/bin/ruff (with
/work/main as the working directory, on this file only, always with --no-cache). No other
/work/sealed* directory was listed. The earlier generators (sets 1-95) are only imported, in
memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing make_heldout_95.py runs its
module level, which builds its items, but no earlier query was ever printed. No JSONL file was
opened (not even this set's own output: only this generator's printed summary, its failure
messages, `tail -6`, `head -12` and `grep` excerpts of the summary, a `grep -c` of its non-empty
lines, ruff's output and its --show listing of ids, expected values and tolerances, picked out by a
`grep` and laid out by `column -t`, were read; `sha256sum` and `wc -l` were run on it at the end),
no git command was run, no network and no search or fetch tool was used, and neither the router nor
the bench nor the tests were run.

What was run, after the reads above: the next command wrote 25 candidate register names to
/tmp/h96/regs.txt (a `cat` heredoc, in sorted order; the same command made /tmp/h96/own) and
checked them against earlier_registers.txt: `sort -c` under LC_ALL=C (sorted), `sort -u | wc -l`
(25), a `grep -xFf` (none printed) and one `grep -iE` of keywords and fragments of the chosen
trades and their neighbours (agritur, farm_stay, cabin, crew_base, duty, airport, fraud, card,
cement, kiln, coconut, copra, dry, car_scheme, volunteer_driv, secretar, compliance, emergency,
planning, council, tax, renovat, victorian, terrace, dressage, eventing, horse, electric_car, ev_,
sprinkler, fire, screed, floor, holiday, camp, entertain, galvan, coating, student, bunker, fuel,
marine, app_, release, tissue, culture, potash, mine, cannery, sardine, canning, hr_, human, speed
and camera), joined onto one line by `tr`. All 25 candidates were kept; candidates dropped while
choosing, before any list was written (judged too near an earlier name or another candidate, or
hard to fill with exact questions), included a coffee farm, a floorball league, a yoga retreat
abroad, a rainscreen cladding installer, a crofter, a council housing allocations team, a trade
publisher's production desk, a touring musical's company manager, a racehorse trainer's yard, a
food delivery rider and a radiotherapy planning room. One command then printed the Python and ruff
versions (3.11.7 and 0.17.6) and, by a one-line script, the weekdays of fifteen dates: 9 March 2027
(the date in this set's file name), the eight dates later stated with their weekday in date items
(the two Mondays of the plain weeks one-liner among them), and six candidate dates for other items
(a carnival night, the plain weekday questions, two ends of a season not used in the end and a last
Friday), so that stated weekdays are right. Then `cat` heredocs wrote this set's own blocks under
/tmp/h96/own/: a_calc.py (money(), the register constants and REGISTERS, and the calculator items,
with a `grep -cE` of the plain one-line calls, 14, and of the lines opening a multi-line call, 31)
and b_units.py (unit constants and unit items, with the same two counts, 14 and 31); before any
run, a short heredoc script moved the electric car's tyre pressure from 42 to 38 psi (three
replacements, each asserted to apply once), because 42 psi in bar rounded to two decimals would
fall outside the 1e-3 tolerance that unit_r() asserts. Then c_dates.py (hours_between(), the
weekday asserts and the date items, with a `grep -c` of its date_item( calls, 45), d_negs.py (the
ORDINARY table), e_near.py (near-positive negatives, with a `grep -c` of its near( calls, 65) and
f_convs.py (conversations and this set's own structural asserts, with a `grep -c` of its convo(
calls, 35) were written. A script /tmp/h96/wrap.py (a `cat` heredoc) then put parentheses around
the strings written over several lines inside tuples (24 in d_negs.py and 55 conversation turns in
f_convs.py), and the same command printed a few lines of each. The next command wrote and ran
/tmp/h96/subst.py (a `cat` heredoc): it cut the first copy at the line that is exactly `from
__future__ import annotations` (asserted to be the only such whole line; it is line 435 of set 95),
so set 95's docstring is not part of this file, and substituted this set's OUT
("heldout-2027-03-08.jsonl" -> "heldout-2027-03-09.jsonl") and PREFIX ("ho95-" -> "ho96-"), "sets
1-94" -> "sets 1-95" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept
as they were), `range(2, 95)` -> `range(2, 96)` in EARLIER and, in REGISTER_CHECK,
make_heldout_95.py added after make_heldout_94.py, all in the first block, and "sets 19 to 94" ->
"sets 19 to 95" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth copies are used
as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "93" to
"96", "19 to" and "2027" (with the REGISTER_CHECK lines of sets 10-93 filtered out) and a `tail -2`
of c1.py. The next command wrote a one-line placeholder docstring to /tmp/h96/doc.txt (by `echo`),
/tmp/h96/assemble.py (it builds this file from doc.txt and the blocks in order: c1.py, the own
a_calc.py, r2.py, the own b_units.py, r3.py, the own c_dates.py, r4.py, the own d_negs.py,
e_near.py and f_convs.py, and c5.py, checks that the result compiles and prints its line count) and
a helper /tmp/h96/run.sh (it runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing
the latter's output to /tmp/h96/ruff.txt and printing the exit codes and its `tail -3`, then this
generator from /tmp, passing on any arguments, writing its output to /tmp/h96/out.txt, and prints
its exit code and the `tail -6` of it, and last a list, by a short inline script, of the lines of
this file over 99 characters), made run.sh executable and ran it. The runs and the fixes between
them are listed under "Checks that failed along the way". In short: /tmp/h96/fix1.py (a `cat`
heredoc) reworded four plain items (each edit asserted to apply once), and /tmp/h96/fixlong.py (a
`cat` heredoc) was written: run after ruff format, it splits every string literal standing on a
line over 99 characters, at spaces outside braces, into pieces on lines of their own, putting
parentheses around it when it was not already part of a concatenation, giving the f prefix only to
pieces that hold a brace, asserting that the pieces join back to the same text and that the result
compiles; run.sh was rewritten (a `cat` heredoc) to run fixlong.py and ruff format again after the
first ruff format, then the rest as before. A short heredoc script later added to fixlong.py a
first step (asserted to apply once): a line over 99 characters followed by a lone closing
parenthesis gets a trailing comma, so that ruff format puts one argument per line; the same command
rewrote run.sh (a `cat` heredoc) to run fixlong.py and ruff format in three passes. After the copy
/tmp/h96/own_bak1 of the own blocks was made, /tmp/h96/normalise.py (a `cat` heredoc) merged every
implicit string concatenation in the own blocks into one literal (dropping parentheses that held
only that concatenation, which undid wrap.py's), asserting that every block still compiles; a `grep
-c` and a `sed` excerpt of d_negs.py followed, a short heredoc script narrowed fixlong.py's pieces
(asserted to apply once) and a `sed` made run.sh run five passes. The run after that passed every
check, with no line over 99 characters, and printed the sha256 below. To confirm that the merging
and splitting changed no text, the next command built a second copy of the generator from own_bak1
(by a `sed` of assemble.py into /tmp/h96/alt_assemble.py, writing /tmp/h96/alt.py; the same command
ran an empty heredoc script that did nothing) and ran it and this file with --digest: both gave the
same sha256; the same command printed the sha256 line, `head -12` of out.txt and a `grep -c` of its
non-empty lines (206), and alt.py and alt_assemble.py were then deleted. Then this generator was
run with --show from /tmp (its output written to /tmp/h96/show.txt) and the listing of ids,
expected values and tolerances (a `grep` of show.txt laid out by `column -t`) was read; this writer
checked every expected value against the stories, and no change was needed. The next command ran a
`grep -noiE` of the own positive blocks for words that could make a positive contested or relative
(tonne, ounce, month, a year, working day, business day, today, now): its four hits (the word
"announced", the word "know" twice, and a holiday allowance given per year) were printed with `sed`
and judged harmless. A count command then took `grep -o -F` counts over the own positive blocks (of
money(, whole_up(, pct(, unit_r(, EXACT, clock_span(, nth_weekday(, age(, days(, weeks(, TD(weeks,
sayw(, sayus(, say(, hours_between(, weekday(, STONE, SQFT, CUFT, SQYD, GIB, MIB, KIB, MPH, KMH,
HA, ACRE, f_to_c(, c_to_f(, PSI, LB, LITRE, MS, the euro sign, the dollar sign, "cents" and "p a
"), a `wc -w` of the own blocks and a `wc -l` of this file. This docstring was written last over
the placeholder: its source text, /tmp/h96/doc/doc_src.txt, was written by a `cat` heredoc (with a
`wc -w`), and /tmp/h96/doc/fixsrc.py (a `cat` heredoc) then made ten corrections to it after
rereading it against what was done (each asserted to apply once; this sentence was added by a short
heredoc script, asserted to apply once); then /tmp/h96/doc/make_doc.py (a `cat` heredoc; it uses
textwrap, keeps the indented lines as they are and asserts that the words are unchanged, that no
line exceeds 99 characters, that every register value is named and that the text holds no three
quotes or backslashes of its own) filled it to 99 columns into /tmp/h96/doc.txt and printed its
line count, with a `head -3` and a `tail -3` of doc.txt (its first run stopped at its own
line-length assert, as the closing quotes made the last line too long; a short heredoc script, with
two edits each asserted to apply once, put them into the filled text; this account was added by a
short heredoc script, asserted to apply once, and make_doc.py was run again); then run.sh was run
again (twice, the second time after one more correction of this docstring by a short heredoc
script, with two edits each asserted to apply once, and a rerun of make_doc.py), with a `cat` of
ruff.txt, the sha256 line of out.txt, and a short inline script confirming that each copied block
(c1.py, r2.py to r4.py and c5.py) appears verbatim in this file; and then, in one command, `ruff
format --no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two runs of
this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf
/tmp/h96`, an `ls` of /tmp/h96 (gone) and an `ls` of /work/sealed96. Writes: only this file and its
JSONL in /work/sealed96/ (earlier_registers.txt and make_heldout_95.py left as they were);
temporary blocks, scripts and output under /tmp/h96/ were deleted afterwards. Nothing was written
into /work/main. Every script and every run of this generator used /work/main/.venv/bin/python. The
JSONL's sha256 from the last edit of the items on was
3370f0144a28d64538a59f4cb652565f08b4430ebba814c3b8be094bbdf2b225 (335 lines); the docstring does
not enter the output.

Changes to set 95's main() and checks: only the substitutions listed above (file names, sets 1-95
for the duplicate check, sets 19-95 for the register check). Set 95 lies next to this file in
/work/sealed96, and EARLIER_DIRS and earlier_path() are kept as set 95 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_95.py is found next to this file and, as no other
generator lies here, sets 1-94 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 95's as copied;
ruff format may have changed layout only (as run here it left the copied blocks as they were: the
inline check named above found each verbatim). All of set 95's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (used twice: bales of blankets for a rest centre, and tiles with a breakage
allowance), weeks() (once: a plain weeks one-liner between two Mondays), clock_span() (three times:
a plain one-liner and a kiln's reduced feed, both to the next morning, and a flood warning to the
river's peak the next morning; all in minutes), nth_weekday() (six times), age() (twice), days()
(seven times), unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 28), say()
(once), sayw() (seven times) and sayus() (once), so the weekdays stated next to dates are computed,
and are also checked by the copied stated-weekday check and by this set's own asserts; STONE
(once), SQYD (once), SQFT and CUFT; OZ is not used. Added, newly written: money() (asserts whole
pence or cents, with an assert of its own; every calculator money answer passes through it, 27 of
them, all register word problems, in pounds, euros or dollars; the other four word problems are a
count of bales, a dressage percentage, a count of tins left over and a number of holiday days); MM,
CM, KM, HA, LITRE and MS, with asserts on IN/MM, CM/MM, MI/KM, HA/ACRE, SQFT, CUFT, MPH/KMH,
c_to_f(1450) and f_to_c(80); the register constants and the REGISTERS tuple (asserted 25, distinct
and sorted); asserts that the square-root one-liner's radicand is a perfect square and the
cube-root one-liner's a perfect cube; hours_between() (hours between two stated date-times, used
once, with an assert of its own); asserts that the dates stated with a weekday in the date items
(the farm stay arrival, the two Mondays of the plain weeks one-liner, the first physio session, the
dressage championship, the screed pour, the start of term and the start of a beta, the last written
the American way by sayus()) fall on the weekday intended; the ORDINARY table and the near() and
convo() helpers with their NEAR and CONVS lists; and this set's own structural asserts, rewritten
from set 95's docstring's description of them (its code was not seen): the ORDINARY table is keyed
by exactly the REGISTERS, in REGISTERS order, four distinct questions each; NEAR has 65 entries and
CONVS 35, each with distinct families, all "near-..." and "conv-..." respectively, each with a note
(asserted by the helpers and after each list); every conversation has at least three turns, opens
and ends with a user turn, and its user and assistant turns alternate (checked with indices; no
system turn is used); the positive registers of each tool are exactly the REGISTERS, with 31
register word problems per tool; exactly 18 registers have four positives and 7 have three; the
ordinary negatives are 100, four per register; every negative outside the registers is a near-...
or conv-... family with a note; no positive contains an all-numeric date (NUMERIC_DATE_POS, this
set's own pattern; no positive uses one at all). The date items' weeks() call asserts whole weeks,
and date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 95's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 95's, copied (P = "plain" is copied too, as the
last line of the first block). Set 95's docstring (lines 1-434) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects and new figures of the
items its duplicate check once reported, which were therefore seen; none of those figures is reused
here. The merging and string splitting done by normalise.py and fixlong.py change only how string
literals are laid out in this file, never their text (asserted, and confirmed by the equal digests
above); ruff's own settings were not read: ruff check passed lines of up to 104 characters, so the
limit of 99 was enforced by this writer's own list of long lines. Some of this set's near-positive
and conversation kinds share generic kinds with set 95's lists, newly worded with new subjects and
figures: live or looked-up data (an exchange rate, a copra price, a zinc price, a song's tempo, a
fish quota), rules (a spirits allowance, flight duty limits, interchange caps, mileage tax, a
quorum in the articles, backdating a discount, vehicle tax, a student visa's work hours, statutory
redundancy and sick pay, a histamine limit, a speed awareness threshold, a tourist tax, a
ballroom's capacity), estimates and missing figures or constants (a company's accounts date, a
part-year charge, a screed's drying time, kiln coal, copra oil yield, repointing materials, charge
time, winter range, screed bag yield, zinc pick-up, MS salts, rock temperature, ventilation,
sterilisation time, an olive harvest, the spacing of road markings, a stopping distance),
judgements (a wheelchair in a boot, a house's age, a grade equivalence, a forecast of crash-free
sessions) and code (a regular expression); and for conversations writing around earlier figures or
text (a briefing line, a police timeline, a phone script, a speech, a minute, a letter to the
Valuation Office, an email to a rider, a snag email, a quiz, a reply to a complaint, a note of
protest, release notes, a toolbox talk, an outcome letter, a risk assessment, a review reply), a
translation (a copra notice, a tin label with its legal wording), a simpler rewrite (a flood
warning for a reading age of nine) and judgements over earlier options (Christmas leave, priorities
among quotes, rooms in a rest centre). No item of set 95 was seen, so none was reused verbatim. New
kinds here (not in set 95's lists as far as its docstring shows): a landing time across time zones
on the night the clocks change, a card number's Luhn check, an IBAN's mod-97 check, the
significance of a change in two rates, the lime saturation factor's formula, the clear-days
convention for notices, an empirical wind chill formula, sunset at a place, high water at a port, a
fuel volume corrected to 15 degrees, a council tax band from a recent sale price, a price in
today's money from an index, a dressage test's coefficients and its tie-break rule, pipe friction
by Hazen-Williams, a sprinkler hazard class, a coating standard's table, a UCAS tariff, the
semantic versioning convention, a store's target API level and download limit, a cumulative
binomial probability, molar masses for a KCl to K2O grade, and overtime in holiday pay; and these
conversation kinds: an allowance check of an earlier basket, a falling spend per passenger
explained, a kiln alarm pattern read, a compliance calendar laid out from earlier dates, an
exemption after a death applied to earlier facts, an error found in the user's own earlier working,
a results board with ties from earlier scores, two tariffs compared on earlier usage, a charging
stop planned on earlier distances, a flooring decision from earlier moisture readings, a late-show
rota under earlier rules, a weekly budget from earlier figures and a medium recipe scaled to a new
volume. No conversation here ends in a user turn that could be answered alone: each last turn
either needs figures, rules or text from the earlier turns or asks for writing, judgement or
explanation; none is an earlier misreading corrected and then a plain question asked again. Some
near-positives depend on current figures or live data; they are negatives, with no "now" field. No
positive depends on a looked-up figure: every rate, price, fee and discount is given in the text,
so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the agriturismo farm stay host next to the seaside bed and breakfast, the glamping pod site
office, the farm park and the olive oil mill pressing; the airline cabin crew base next to the
airline catering unit, the sleeper train cabin attendant, the airport baggage hall supervisor and
the private jet charter broker; the airport duty free shop next to the airport parking shuttle
desk, the bureau de change kiosk and the motorway services duty manager (which shares a word); the
card fraud investigation desk next to the motor insurance claims handler, the private investigator
agency and the building society branch counter (the trading card game shop shares only a word); the
cement works kiln control room next to the ready mix concrete plant, the lime burner, the
brickworks kiln yard and the pottery kilns; the coconut copra drying cooperative next to the date
palm plantation, the cocoa bean fermentary and the noodle factory drying room (which shares a
word); the community car scheme volunteer driver next to the patient transport service planner, the
blood bike volunteer rider and the minicab office dispatcher; the company secretarial compliance
desk next to the patent attorney renewals desk, the paralegal court filing desk and the startup
founder cap table (the allotment and club secretaries share only a word); the council emergency
planning officer next to the community flood warden, the coastguard rescue team and the other
council registers (dog warden, refuse collection crew, taxi licensing office, parish council clerk;
the emergency plumber and locksmith share only a word); the council tax billing office next to the
district heating billing office, the business rates appeal consultant, the sole trader tax
accountant and the magistrates court fines office; the couple renovating a Victorian terrace next
to the new build homebuyer snagging, the sash window restoration joiner, the loft conversion
builder and the plastering contractor; the dressage competition scorer next to the eventing cross
country course builder, the horse livery, the polo club grooms and the horticultural and sheepdog
trial secretaries; the family switching to an electric car next to the EV charge point installer,
the car leasing broker and the hydrogen refuelling station operator; the fire sprinkler installer
next to the fire door inspector, the fire extinguisher servicing round and the fire station watch
manager; the floor screed contractor next to the vinyl flooring fitter, the hardwood floor sander,
the ready mix concrete plant and the plastering contractor (the maltings floor and TV studio floor
share only a word); the holiday camp entertainment team next to the youth theatre summer school,
the scout troop summer camp leader, the music festival campsite steward and the children's party
magician; the hot dip galvanising works next to the powder coating line, the sheet metal
fabrication shop and the bronze and bell foundries; the international student in a first term next
to the exchange student host family, the student halls accommodation office, the university
admissions office and the gap year backpacker budget; the marine fuel bunkering barge next to the
airfield fuel bowser operator, the aggregates barge wharf, the harbour dredging contractor and the
dry bulk shipbroker desk; the mobile app release manager next to the indie game studio producer,
the open source library maintainer and the office IT helpdesk; the plant tissue culture lab next to
the bonsai and penjing nurseries, the seed bank and the microgreens grower; the potash mine shift
engineer next to the salt mine tour guide, the china clay pit foreman and the slate quarry; the
sardine cannery line next to the contract packing copacker line, the tortilla factory line, the
smokehouse and the fish auction market clerk; the small firm HR adviser next to the payroll bureau
bookkeeper, the temp recruitment agency desk and the trade union branch secretary; the speed camera
van operator next to the parking enforcement officer beat, the town centre CCTV control room and
the motorway traffic management crew (the speedway team manager shares only a word). Some of this
set's registers touch each other (the airline cabin crew base and the airport duty free shop both
work at airports; the council emergency planning officer and the council tax billing office are
both council offices; the cement works kiln control room, the hot dip galvanising works and the
potash mine shift engineer are all heavy industry; the couple renovating a Victorian terrace, the
floor screed contractor and the fire sprinkler installer all touch building work); the judgement
that they are different trades or situations is this writer's. At the edges of the allowed ranges:
line 641 is P = "plain", 1010, 1295 and 1683 are section headers, 3113 opens the stated-weekday
check and 3336 is the call of main(). No query text of any earlier set was seen: main()'s duplicate
check names only this set's ids. Every query here was newly written from imagination of each trade
or situation; four plain items that the duplicate check reported as exact repeats of earlier
queries (their earlier counterparts unseen) were reworded, see below. Registers of sets 1 to 18
that are not in earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot
be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 95 (the near-.../conv-... families are not
registers and may coincide with earlier family names). This set has no algebra or calculus
question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format and ruff check, but the generator stopped at main()'s duplicate check, which reported four
plain one-liners by id as repeats of earlier queries or user turns: a weekday of a stated date,
minutes from an evening time to the next morning, a feet and inches to centimetres conversion and a
yards to metres conversion; and the list of lines over 99 characters named 44 lines (strings
hand-split into pieces that ruff format had indented deeper). fix1.py reworded the four with new
figures without the earlier queries being looked at (the weekday of 19 November 2031, 22:50 to
05:25 the next morning, 6 ft 1.5 in and 365 yards), and fixlong.py was written for the long lines.
The second run stopped in fixlong.py at its own assert: a line of 100 characters held a whole
one-line call whose string could not usefully be split; its context was printed with `grep -n -B2
-A3`, and the trailing comma step named above was added. The third run passed every check of the
generator, but the list of long lines still named three lines of 100 characters: conversation turns
where ruff format had joined wrap.py's parenthesised pieces back into one literal inside the
parentheses (the three were printed by `sed`, cut to 110 columns); normalise.py merged all the
concatenations in the own blocks and fixlong.py's pieces were narrowed, and the fourth run passed
every check with no line over 99 characters. ruff format and ruff check passed on every run. The
register check, the stated-weekday check, the counts, the gradability checks, this set's own
structural asserts, money()'s asserts and the weekday asserts of the date items passed on every run
that reached them.

Registers (families), 25, new: agriturismo_farm_stay_host, airline_cabin_crew_base,
airport_duty_free_shop, card_fraud_investigation_desk, cement_works_kiln_control_room,
coconut_copra_drying_cooperative, community_car_scheme_volunteer_driver,
company_secretarial_compliance_desk, council_emergency_planning_officer,
council_tax_billing_office, couple_renovating_victorian_terrace, dressage_competition_scorer,
family_switching_to_electric_car, fire_sprinkler_installer, floor_screed_contractor,
holiday_camp_entertainment_team, hot_dip_galvanising_works, international_student_first_term,
marine_fuel_bunkering_barge, mobile_app_release_manager, plant_tissue_culture_lab,
potash_mine_shift_engineer, sardine_cannery_line, small_firm_hr_adviser, speed_camera_van_operator.
Every register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: agriturismo_farm_stay_host, airport_duty_free_shop,
card_fraud_investigation_desk, council_tax_billing_office, sardine_cannery_line,
small_firm_hr_adviser; a second unit word problem: cement_works_kiln_control_room,
couple_renovating_victorian_terrace, floor_screed_contractor, marine_fuel_bunkering_barge,
plant_tissue_culture_lab, speed_camera_van_operator; a second date word problem:
airline_cabin_crew_base, company_secretarial_compliance_desk, council_emergency_planning_officer,
dressage_competition_scorer, international_student_first_term, mobile_app_release_manager). The
seven registers with three positives are coconut_copra_drying_cooperative,
community_car_scheme_volunteer_driver, family_switching_to_electric_car, fire_sprinkler_installer,
holiday_camp_entertainment_team, hot_dip_galvanising_works and potash_mine_shift_engineer.
Positives are one-liners (family "plain") or word problems of one to three sentences, in UK usage
with £ and pence, pounds, stone, feet, inches, yards, acres and miles, three in euros (a farm stay
bill, olive oil by the box and cleaned sardines), three in US dollars, all with cents (copra by the
kilo, marine gas oil and an app's price), with a US-style written date in three items (one plain
weekday question, a copra batch and a beta period, the last with its computed weekday), and other
touches (half board with children and a tourist tax, crew allowances, a gin discount with a
promotion, a till reconciliation with refunds, a refund less the customer's liability, fraud
handling costs, refractory bricks with a trade discount and VAT, copra docked for moisture, a
volunteer mileage claim with parking, a dividend less treasury shares, bales of blankets, a single
person discount, a first instalment taking the odd amount, tiles with a breakage allowance, a
dressage score after an error of course, charging costs from miles per kWh, a sprinkler quote with
VAT, screed by volume with a pump charge, bingo takings shared after prizes, galvanising with a
minimum charge per order, halls rent less a deposit in instalments, a bunker invoice, an app's
proceeds after the store's cut, culture medium by the jar, underground allowance and overtime, tins
left over after full cases, pro rata holiday and capped redundancy pay, and speed awareness course
fees); a farm stay pool, a cruising altitude, shopping weights, stolen data in MiB, a burning zone,
a kiln shell, a drying yard, a hospital journey, scanned minute books, a flood gauge, an annex,
skirting boards and a back reception, a dressage arena, tyre pressures, sprinkler bulbs, screed
depth and volume, a pool temperature, a zinc bath, a student's height, a pumping rate and a barge,
a release build, a growth room and an autoclave, a cage hoist, a cold store, an office and a
camera's reading and check distance; Celsius and Fahrenheit both ways, miles to kilometres, km/h to
mph, mph to km/h, m/s to km/h, m/s to mph, bar to psi and psi to bar, GiB to MiB, MiB to GiB and
MiB to KiB, square metres to square feet and square feet to square metres, square metres to square
yards, acres to square metres, hectares to acres, cubic metres to cubic feet, cubic metres an hour
to litres a minute, kilograms to pounds, stone and pounds to kilograms, feet and inches to
centimetres, inches to millimetres, millimetres to inches, feet to metres, metres to feet and yards
to metres), some chatty, terse or lower-case, with questions at the start or the end, several terse
commands and a few statements or bare expressions to complete. No positive conversations. No dosing
in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 95: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary KiB/MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, how many nights between two stated dates, a promotion with both days
included, days off counting the landing day as day 1, a turnaround of 12 days counting the day of
receipt as day 1, the 6th of sessions every 14 days, the 10th of releases every 14 days, the third
of inspections every 13 weeks, week 6 of a term, 6, 9, 11, 18, 28, 35, 50, 90, 120, 250, 400 and
1,000 days after or before a date, 8, 12 and 13 weeks after or before a date, weeks between two
stated Mondays (a plain one-liner), hours between two stated date-times (one plain item), the
weekday of a stated date (two plain items, one written the American way, and a carnival night), the
second Tuesday, the last Monday, the fourth Thursday, the third Wednesday, the second Saturday and
the last Friday of a stated month and year, and a day of the year counting 1 January as day 1); the
two ages are in whole years from a stated date to a stated date, and the three clock spans run from
one stated time to the next occurrence of the other (all cross midnight, saying "the next morning";
all are in minutes). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 95):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square feet and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 bytes, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: /work/main/.venv/bin/python make_heldout_96.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-09.jsonl"
PREFIX = "ho96-"
# earlier generators: sets 1-95 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 96))
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
    """A sum of money in whole pence or cents, as an exact Fraction."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("21.68")) == F(2168, 100)

AGRI = "agriturismo_farm_stay_host"
CREW = "airline_cabin_crew_base"
DUTY = "airport_duty_free_shop"
FRAUD = "card_fraud_investigation_desk"
CEMENT = "cement_works_kiln_control_room"
COPRA = "coconut_copra_drying_cooperative"
CARS = "community_car_scheme_volunteer_driver"
COSEC = "company_secretarial_compliance_desk"
EMERG = "council_emergency_planning_officer"
CTAX = "council_tax_billing_office"
RENO = "couple_renovating_victorian_terrace"
DRESS = "dressage_competition_scorer"
EV = "family_switching_to_electric_car"
SPRINK = "fire_sprinkler_installer"
SCREED = "floor_screed_contractor"
CAMP = "holiday_camp_entertainment_team"
GALV = "hot_dip_galvanising_works"
STUDENT = "international_student_first_term"
BUNKER = "marine_fuel_bunkering_barge"
APP = "mobile_app_release_manager"
TISSUE = "plant_tissue_culture_lab"
POTASH = "potash_mine_shift_engineer"
SARDINE = "sardine_cannery_line"
HR = "small_firm_hr_adviser"
CAMERA = "speed_camera_van_operator"
REGISTERS = (
    AGRI,
    CREW,
    DUTY,
    FRAUD,
    CEMENT,
    COPRA,
    CARS,
    COSEC,
    EMERG,
    CTAX,
    RENO,
    DRESS,
    EV,
    SPRINK,
    SCREED,
    CAMP,
    GALV,
    STUDENT,
    BUNKER,
    APP,
    TISSUE,
    POTASH,
    SARDINE,
    HR,
    CAMERA,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "what's 18.5% of 4,372?", 4372 * pct("18.5"))
calc(P, "Work out 7,913 minus 2,468.75", 7913 - dec("2468.75"))
ROOT = 17689
assert math.isqrt(ROOT) ** 2 == ROOT
calc(P, "square root of 17,689", math.isqrt(ROOT))
calc(P, "483 × 27 = ?", 483 * 27)
calc(P, "Divide 9,741 by 12.", F(9741, 12))
calc(P, "If I increase 2,840 by 17.5%, what do I get?", 2840 * (1 + pct("17.5")))
calc(P, "611 is what percentage of 3,250?", F(611, 3250) * 100)
calc(P, "(46.2 + 38.9) × 4", (dec("46.2") + dec("38.9")) * 4)
calc(P, "decrease 6,480 by 22.5 percent", 6480 * (1 - pct("22.5")))
calc(P, "What is three eighths of 2,196?", F(3, 8) * 2196)
calc(P, "13.7 squared", dec("13.7") ** 2)
calc(
    P,
    "mean of 14.2, 17.9, 22.6 and 19.3",
    (dec("14.2") + dec("17.9") + dec("22.6") + dec("19.3")) / 4,
)
CUBE = 2744
assert round(CUBE ** (1 / 3)) ** 3 == CUBE
calc(P, "Cube root of 2,744, please", round(CUBE ** (1 / 3)))
calc(P, "2 to the power 13, minus 1,000 =", 2**13 - 1000)

# register word problems
calc(
    AGRI,
    (
        "Half board at our agriturismo is €95 per room per night, and children sleeping on "
        "the sofa bed pay €30 a night each. A couple with two children books one room for "
        "6 nights, and the comune adds a tourist tax of €2 per adult per night. What do I "
        "put on their bill?"
    ),
    money(95 * 6 + 2 * 30 * 6 + 2 * 2 * 6),
)
calc(
    AGRI,
    (
        "We sell our own olive oil to guests at €14.50 a bottle or €78 for a box of six. "
        "Someone wants 14 bottles and we use as many boxes of six as we can — how much do "
        "I charge?"
    ),
    money(2 * 78 + 2 * dec("14.50")),
)
calc(
    CREW,
    (
        "allowances check: £42.80 for each night stop plus £9.60 for every day away from "
        "base. my March roster has 5 night stops and 8 days away. total?"
    ),
    money(dec("42.80") * 5 + dec("9.60") * 8),
)
calc(
    DUTY,
    (
        "A litre of gin is £31.00 on the high street. We sell it 22% cheaper airside and "
        "the boarding-pass promotion takes a further £2.50 off. What does the passenger "
        "pay?"
    ),
    money(31 * (1 - pct(22)) - dec("2.50")),
)
calc(
    DUTY,
    (
        "Till 4 at close: opening float £350, cash sales £1,263.75, card sales £4,182.40 "
        "(not in the drawer) and two cash refunds of £18.99 each. How much cash should be "
        "in the drawer?"
    ),
    money(350 + dec("1263.75") - 2 * dec("18.99")),
)
calc(
    FRAUD,
    (
        "The cloned card was used for 9 payments of £48.75 and one of £212.30. We refund "
        "the lot except the £35 the customer is liable for. Refund amount?"
    ),
    money(9 * dec("48.75") + dec("212.30") - 35),
)
calc(
    FRAUD,
    (
        "Work out our handling cost: 2,450 transactions flagged in the quarter, 18% "
        "confirmed as fraud, and each confirmed case costs £64 to handle."
    ),
    money(2450 * pct(18) * 64),
)
calc(
    CEMENT,
    (
        "We're relining the kiln with 1,250 refractory bricks at £18.40 each. The supplier "
        "gives 5% trade discount on the net price, then VAT at 20% goes on. What's the "
        "total?"
    ),
    money(1250 * dec("18.40") * (1 - pct(5)) * (1 + pct(20))),
)
calc(
    COPRA,
    (
        "We pay members $0.62 a kilo for copra. Mrs Reyes brought in 1,375 kg but we knock "
        "4% off the weight for excess moisture. How much do we pay her?"
    ),
    money(1375 * (1 - pct(4)) * dec("0.62")),
)
calc(
    CARS,
    (
        "Mileage claim for the week: 86 miles on Monday, 112 on Wednesday and 47 on Friday "
        "at 45p a mile, plus £6.40 hospital parking. What do I claim altogether?"
    ),
    money((86 + 112 + 47) * dec("0.45") + dec("6.40")),
)
calc(
    COSEC,
    (
        "The board declared a final dividend of 7.35p per share. There are 284,000 shares "
        "in issue of which 12,500 are held in treasury and get nothing. Total dividend "
        "payable?"
    ),
    money((284000 - 12500) * dec("0.0735")),
)
calc(
    EMERG,
    (
        "Rest centre planning: 3 blankets per evacuee for 145 evacuees, and blankets come "
        "in bales of 20. How many bales do we need to draw from the store?"
    ),
    whole_up(F(3 * 145, 20)),
)
calc(
    CTAX,
    (
        "Band D here is £2,186.40 for the year; the single person discount is 25%. What's "
        "the annual bill for someone living alone in a Band D house?"
    ),
    money(dec("2186.40") * (1 - pct(25))),
)
CTAX_BILL = dec("1948.50")
CTAX_LATER = math.floor(CTAX_BILL / 10)
calc(
    CTAX,
    (
        "A bill of £1,948.50 is paid in 10 instalments. Instalments 2 to 10 are each the "
        "even tenth rounded down to whole pounds, and the first instalment takes whatever "
        "is left. How much is the first instalment?"
    ),
    money(CTAX_BILL - 9 * CTAX_LATER),
)
TILES = whole_up(46 * dec("5.5") * (1 + pct(10)))
calc(
    RENO,
    (
        "the reclaimed encaustic tiles are £3.85 each and we need 46 per square metre for "
        "the 5.5 m² hallway, plus 10% extra for breakages rounded up to whole tiles. what "
        "will they cost us?"
    ),
    money(TILES * dec("3.85")),
)
calc(
    DRESS,
    (
        "Judge's sheet totals 287 marks out of a possible 400, and there was one error of "
        "course costing 2 marks. What percentage does the rider score?"
    ),
    F(287 - 2, 400) * 100,
)
calc(
    EV,
    (
        "Our off-peak home tariff is 8.5p per kWh and the car averages 3.6 miles per kWh. "
        "What did the 1,080 miles we drove in March cost us in electricity?"
    ),
    money(F(1080) / dec("3.6") * dec("0.085")),
)
calc(
    SPRINK,
    (
        "Pricing a retail unit: 64 sprinkler heads at £27.40 each, 180 metres of pipe at "
        "£11.25 a metre and £3,150 labour, then VAT at 20% on the lot. Quote total?"
    ),
    money((64 * dec("27.40") + 180 * dec("11.25") + 3150) * (1 + pct(20))),
)
calc(
    SCREED,
    (
        "Liquid screed is £118 per cubic metre delivered and the pump is £95 on top. The "
        "floor is 64 square metres poured 50 mm deep. What's the cost?"
    ),
    money(64 * dec("0.05") * 118 + 95),
)
calc(
    CAMP,
    (
        "Bingo takings were £1,284. 55% goes back out as prizes and the rest is shared "
        "equally between the 6 redcoats running it. What's each redcoat's share?"
    ),
    money(1284 * (1 - pct(55)) / 6),
)
GALV_RATE = dec("0.38")
calc(
    GALV,
    (
        "We charge 38p a kilo to galvanise with a minimum of £120 per order. Three orders "
        "in: 280 kg, 1,150 kg and 340 kg. What do they come to in total?"
    ),
    money(sum(max(kg * GALV_RATE, 120) for kg in (280, 1150, 340))),
)
calc(
    STUDENT,
    (
        "my halls rent is £168 a week on a 43-week contract and the £300 deposit i already "
        "paid comes off. the rest is split into 3 equal instalments, how much is each one?"
    ),
    money(F(168 * 43 - 300, 3)),
)
calc(
    BUNKER,
    (
        "Invoice please: 146.4 cubic metres of marine gas oil at $812.50 per cubic metre, "
        "plus a $1,250 barge delivery fee."
    ),
    money(dec("146.4") * dec("812.50") + 1250),
)
calc(
    APP,
    (
        "The app sells for $4.99 and the store keeps 15% on the small business programme. "
        "We sold 12,600 copies — what do we get paid?"
    ),
    money(12600 * dec("4.99") * (1 - pct(15))),
)
calc(
    TISSUE,
    (
        "Medium costs £46.80 a litre to make up. Each culture jar takes 40 ml and we're "
        "setting up 1,150 jars. What's the medium going to cost?"
    ),
    money(1150 * dec("0.040") * dec("46.80")),
)
calc(
    POTASH,
    (
        "On top of base pay I get a £14.75 underground allowance per shift and overtime at "
        "£27.60 an hour. I did 19 shifts and 11.5 hours of overtime — how much extra is "
        "that?"
    ),
    money(19 * dec("14.75") + dec("11.5") * dec("27.60")),
)
calc(
    SARDINE,
    (
        "The line filled 2,975 tins and a case holds 48. After packing as many full cases "
        "as possible, how many tins are left over?"
    ),
    2975 % 48,
)
calc(
    SARDINE,
    (
        "Fresh sardines cost €1.85 a kilo at the lota and 26% of the weight goes in "
        "heading and gutting. What does a kilo of cleaned fish cost us?"
    ),
    money(dec("1.85") / (1 - pct(26))),
)
calc(
    HR,
    (
        "Full-timers here get 28 days' holiday a year including bank holidays. A "
        "part-timer works 3 days of our 5-day week — how many days does she get, pro rata?"
    ),
    F(28 * 3, 5),
)
calc(
    HR,
    (
        "Our enhanced redundancy scheme pays 1.5 weeks' pay for each complete year of "
        "service, with a week's pay capped at £700. She earns £812 a week and has 9 "
        "complete years. What is her payment?"
    ),
    money(F(3, 2) * min(812, 700) * 9),
)
calc(
    CAMERA,
    (
        "Of 3,600 vehicles logged at the site, 7.5% were over the limit and 40% of those "
        "were offered a speed awareness course at £97 each. What do the course fees add up "
        "to?"
    ),
    money(3600 * pct("7.5") * pct(40) * 97),
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
assert CUFT == dec("0.028316846592") and abs(MPH / KMH - dec("1.609344")) < dec("1e-12")
assert c_to_f(1450) == 2642 and f_to_c(80) == F(80, 3)

# plain one-liners
unit_r(P, "Convert 37.5 miles to km", dec("37.5") * MI / KM)
unit_r(P, "How many pounds is 68.4 kg?", dec("68.4") / LB)
unit_r(P, "-12 °F in Celsius?", f_to_c(-12))
unit(P, "what's 41.5 °C in fahrenheit", c_to_f(dec("41.5")), EXACT)
unit(P, "Give 6 ft 1.5 in in centimetres", (6 * FT + dec("1.5") * IN) / CM, EXACT)
unit_r(P, "3.25 acres = how many square metres?", dec("3.25") * ACRE)
unit(P, "12.5 GiB in MiB", dec("12.5") * GIB / MIB, EXACT)
unit_r(P, "Please convert 72 km/h into miles per hour.", 72 * KMH / MPH)
unit_r(P, "2.4 bar to psi", dec("2.4") * BAR / PSI)
unit_r(P, "450 square feet in square metres?", 450 * SQFT)
unit(P, "How many metres are there in 365 yards?", 365 * YD, EXACT)
unit_r(P, "18 stone 3 lb is how many kilograms", 18 * STONE + 3 * LB)
unit(P, "60 m/s expressed in km/h", 60 * MS / KMH, EXACT)
unit_r(P, "14 hectares → acres", 14 * HA / ACRE)

# register word problems
unit_r(
    AGRI,
    (
        "Our pool is 12 m by 6 m. An American guest asked how big that is in square feet — "
        "what do I tell him?"
    ),
    12 * 6 / SQFT,
)
unit(
    CREW,
    (
        "A passenger asked me what 37,000 feet is in metres when the captain announced our "
        "cruising altitude. What is it?"
    ),
    37000 * FT,
    EXACT,
)
unit_r(
    DUTY,
    (
        "A customer's bags of shopping weigh 7.5 kg and she wants to know the weight in "
        "pounds before she checks in."
    ),
    dec("7.5") / LB,
)
unit(
    FRAUD,
    (
        "The logs show 3.5 GiB of stolen card data was downloaded. How many MiB is that "
        "for the report?"
    ),
    dec("3.5") * GIB / MIB,
    EXACT,
)
unit(
    CEMENT,
    (
        "The burning zone is holding at 1,450 °C. The visiting American process engineer "
        "wants it in Fahrenheit."
    ),
    c_to_f(1450),
    EXACT,
)
unit_r(
    CEMENT,
    "kiln shell length is 72 m. in feet?",
    72 / FT,
)
unit_r(
    COPRA,
    "The co-operative's drying yard covers 2.5 hectares. How many acres is that?",
    dec("2.5") * HA / ACRE,
)
unit_r(
    CARS,
    (
        "It's 23 miles each way to the hospital for Mr Dunn's appointments — how far is "
        "that in kilometres?"
    ),
    23 * MI / KM,
)
unit(
    COSEC,
    "The scanned minute books and board packs come to 2,560 MiB. Converting to GiB, that is",
    2560 * MIB / GIB,
    EXACT,
)
unit_r(
    EMERG,
    (
        "The gauge at the bridge reads 1.35 m of floodwater. What's that in feet for the "
        "parish flood volunteers?"
    ),
    dec("1.35") / FT,
)
unit_r(
    CTAX,
    "The annex has a floor area of 58 square metres; the form wants square feet. How many?",
    58 / SQFT,
)
unit(
    RENO,
    "The original skirting boards are 9 inches tall. How many millimetres is that?",
    9 * IN / MM,
    EXACT,
)
unit_r(
    RENO,
    "back reception is 14 ft by 12 ft 6 in, what's the floor area in square metres?",
    14 * FT * (12 * FT + 6 * IN),
)
unit_r(
    DRESS,
    "How many square yards is a 20 m by 60 m dressage arena?",
    20 * 60 / SQYD,
)
unit_r(
    EV,
    (
        "The door sticker says 38 psi for the tyres but our new pump only shows bar. "
        "What's 38 psi in bar?"
    ),
    38 * PSI / BAR,
)
unit(
    SPRINK,
    "These sprinkler bulbs are rated to burst at 68 °C. What is that in Fahrenheit?",
    c_to_f(68),
    EXACT,
)
unit_r(
    SCREED,
    "Spec says 65 mm of screed over the insulation. How many inches is that?",
    65 * MM / IN,
)
unit_r(
    SCREED,
    (
        "We need 3.6 cubic metres of screed; the American supplier's pump sheet works in "
        "cubic feet. Convert it for me."
    ),
    dec("3.6") / CUFT,
)
unit_r(
    CAMP,
    "A guest says the outdoor pool should be 80 °F. What is that in Celsius?",
    f_to_c(80),
)
unit_r(
    GALV,
    "Our zinc bath is 14 metres long — what's that in feet for the US customer's drawings?",
    14 / FT,
)
unit(
    STUDENT,
    "the visa form wants my height in cm and I only know it's 5 foot 4, what is it in cm?",
    (5 * FT + 4 * IN) / CM,
    EXACT,
)
unit(
    BUNKER,
    "We pump at 180 cubic metres an hour. How many litres per minute is that?",
    180 / LITRE / 60,
    EXACT,
)
unit_r(
    BUNKER,
    "the barge is 62 m long, how many feet",
    62 / FT,
)
unit(
    APP,
    "The release build is 186.5 MiB. How many KiB does the store listing need to show?",
    dec("186.5") * MIB / KIB,
    EXACT,
)
unit(
    TISSUE,
    "Growth room set point is 24 °C; the visiting US grower asks what that is in °F.",
    c_to_f(24),
    EXACT,
)
unit_r(
    TISSUE,
    "The autoclave runs at 2.1 bar. What's that in psi?",
    dec("2.1") * BAR / PSI,
)
unit_r(
    POTASH,
    "The cage hoists at 18 m/s. In miles per hour?",
    18 * MS / MPH,
)
unit(
    SARDINE,
    (
        "Cold store for the finished fish is set to -25 °C; the American buyer wants the "
        "Fahrenheit figure."
    ),
    c_to_f(-25),
    EXACT,
)
unit_r(
    HR,
    "We're moving to an office of 1,200 sq ft. How many square metres is that?",
    1200 * SQFT,
)
unit_r(
    CAMERA,
    "The van clocked a car at 47 mph in the 30 zone. What's 47 mph in km/h?",
    47 * MPH / KMH,
)
unit(
    CAMERA,
    "Convert the 200 ft check distance painted on the road into metres.",
    200 * FT,
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
    """Hours from one stated date-time to a later one, exactly."""
    assert b > a, (a, b)
    return F(int((b - a).total_seconds()), 3600)


assert hours_between(DT(2030, 1, 1, 22), DT(2030, 1, 2, 1, 30)) == F(7, 2)

# dates stated with their weekday below fall on the weekday intended
STAY = D(2027, 7, 17)
WEEKS_A, WEEKS_B = D(2027, 4, 5), D(2027, 12, 6)
PHYSIO = D(2028, 1, 6)
CHAMPS = D(2028, 6, 11)
POUR = D(2027, 9, 6)
TERM = D(2027, 9, 27)
BETA = D(2028, 3, 8)
assert weekday(STAY) == "Saturday" and weekday(PHYSIO) == "Thursday"
assert weekday(WEEKS_A) == weekday(WEEKS_B) == "Monday"
assert weekday(CHAMPS) == "Sunday" and weekday(POUR) == weekday(TERM) == "Monday"
assert weekday(BETA) == "Wednesday"

# plain one-liners
date_item(P, f"Which weekday does {say(D(2031, 11, 19))} fall on?", weekday(D(2031, 11, 19)))
date_item(P, "What's the date 90 days after 3 May 2028?", D(2028, 5, 3) + TD(days=90))
date_item(
    P, "How many days from 11 January 2029 to 26 June 2029?", days(D(2029, 1, 11), D(2029, 6, 26))
)
date_item(P, "date 13 weeks before 2 October 2030", D(2030, 10, 2) - TD(weeks=13))
date_item(P, "Which day of the week was July 4, 2026?", weekday(D(2026, 7, 4)))
date_item(
    P,
    f"How many weeks are there between {sayw(WEEKS_A)} and {sayw(WEEKS_B)}?",
    weeks(WEEKS_A, WEEKS_B),
)
date_item(P, "What date is the second Tuesday of November 2029?", nth_weekday(2029, 11, TUE, 2))
date_item(
    P,
    "From 22:50 to 05:25 the next morning is how many minutes?",
    clock_span("22:50", "05:25", 60),
)
date_item(P, "Add 250 days to 18 September 2027.", D(2027, 9, 18) + TD(days=250))
date_item(
    P,
    "Someone born on 23 March 1991 — how old are they on 22 March 2030?",
    age(D(1991, 3, 23), D(2030, 3, 22)),
)
date_item(
    P,
    "What day of the year is 9 October 2027, counting 1 January as day 1?",
    days(D(2027, 1, 1), D(2027, 10, 9)) + 1,
)
date_item(
    P,
    "How many hours from 08:30 on 3 June 2028 to 17:00 on 5 June 2028?",
    hours_between(DT(2028, 6, 3, 8, 30), DT(2028, 6, 5, 17, 0)),
)
date_item(P, "last Monday in May 2032 — which date?", nth_weekday(2032, 5, MON, -1))
date_item(
    P,
    "how many nights between 28 December 2028 and 7 January 2029?",
    days(D(2028, 12, 28), D(2029, 1, 7)),
)

# register word problems
date_item(
    AGRI,
    f"Guests arrive on {sayw(STAY)} and stay 11 nights. What date do they leave?",
    STAY + TD(days=11),
)
date_item(
    CREW,
    (
        "After a long-haul trip I get 4 consecutive days off starting the day I land, "
        "which counts as day 1. I land on 22 September 2027 — what's my last day off?"
    ),
    D(2027, 9, 22) + TD(days=4 - 1),
)
date_item(
    CREW,
    (
        "My recurrent safety training is due 400 days after the last one, which was on 9 "
        "February 2027. What date is it due?"
    ),
    D(2027, 2, 9) + TD(days=400),
)
date_item(
    DUTY,
    (
        "Our summer promotion runs from 1 June 2027 to 31 August 2027, both days included. "
        "How many days does it run?"
    ),
    days(D(2027, 6, 1), D(2027, 8, 31)) + 1,
)
date_item(
    FRAUD,
    (
        "The chargeback deadline is 120 days after the transaction date of 27 October "
        "2027. What's the deadline?"
    ),
    D(2027, 10, 27) + TD(days=120),
)
date_item(
    CEMENT,
    "Kiln was on reduced feed from 18:45 until 07:20 the next morning. How many minutes is that?",
    clock_span("18:45", "07:20", 60),
)
date_item(
    COPRA,
    (
        "A batch of copra laid out on the racks on August 28, 2027 comes off 6 days later. "
        "On what date?"
    ),
    D(2027, 8, 28) + TD(days=6),
)
date_item(
    CARS,
    (
        f"Mrs Okafor's physio is every 14 days, the first on {sayw(PHYSIO)}. I'm driving "
        "her to all of them — what's the date of her 6th session?"
    ),
    PHYSIO + TD(days=14 * (6 - 1)),
)
date_item(
    COSEC,
    "Our AGM is always on the fourth Thursday of June. What date is that in 2028?",
    nth_weekday(2028, 6, THU, 4),
)
date_item(
    COSEC,
    (
        "How many days are there from our year end on 31 December 2027 to the filing "
        "deadline of 30 September 2028?"
    ),
    days(D(2027, 12, 31), D(2028, 9, 30)),
)
date_item(
    EMERG,
    "The county exercise is on the third Wednesday of October 2027. What's the date?",
    nth_weekday(2027, 10, WED, 3),
)
date_item(
    EMERG,
    (
        "The flood warning went out at 14:25 and the river peaked at 03:10 the next "
        "morning. How many minutes between the two?"
    ),
    clock_span("14:25", "03:10", 60),
)
date_item(
    CTAX,
    "An empty-property exemption ends 8 weeks after 19 April 2027. On what date does it end?",
    D(2027, 4, 19) + TD(weeks=8),
)
date_item(
    RENO,
    (
        "the plaster needs 28 days to dry before we paint. we finished skimming on 15 "
        "November 2027, so what's the earliest date we can paint?"
    ),
    D(2027, 11, 15) + TD(days=28),
)
date_item(
    DRESS,
    (
        f"The championship is on {sayw(CHAMPS)} and entries close 35 days before it. What "
        "date do entries close?"
    ),
    CHAMPS - TD(days=35),
)
date_item(
    DRESS,
    "My mare was foaled on 3 May 2014. How old is she on 1 August 2028?",
    age(D(2014, 5, 3), D(2028, 8, 1)),
)
date_item(
    EV,
    (
        "The new car is delivered on 29 November 2027 and the charger fitting is booked 18 "
        "days before that. What date is the fitting?"
    ),
    D(2027, 11, 29) - TD(days=18),
)
date_item(
    SPRINK,
    (
        "Inspections are every 13 weeks from commissioning on 12 March 2027. What's the "
        "date of the third inspection?"
    ),
    D(2027, 3, 12) + TD(weeks=13 * 3),
)
date_item(
    SCREED,
    (
        f"We poured the screed on {sayw(POUR)}; the tiler can't start for 50 days. Which "
        "date is the earliest he can start?"
    ),
    POUR + TD(days=50),
)
date_item(
    CAMP,
    "What day of the week is 1 August 2028? It's our carnival night.",
    weekday(D(2028, 8, 1)),
)
date_item(
    GALV,
    (
        "Order received 26 January 2028 with a 12-day turnaround counting the day it "
        "arrived as day 1. What date is day 12?"
    ),
    D(2028, 1, 26) + TD(days=12 - 1),
)
date_item(
    STUDENT,
    (
        "term starts on 27 September 2027 and I want to arrive 9 days before. what date "
        "should my flight land?"
    ),
    TERM - TD(days=9),
)
date_item(
    STUDENT,
    f"Week 1 of term starts on {sayw(TERM)}. Reading week is week 6 — what date does it start?",
    TERM + TD(weeks=6 - 1),
)
date_item(
    BUNKER,
    "The tanker's due alongside on the second Saturday of December 2027. Which date is that?",
    nth_weekday(2027, 12, SAT, 2),
)
date_item(
    APP,
    (
        "We ship every 14 days. Release 1 went out on 4 January 2028 — what date does "
        "release 10 go out?"
    ),
    D(2028, 1, 4) + TD(days=14 * (10 - 1)),
)
date_item(
    APP,
    (
        f"The beta ran from {sayus(BETA)} through April 19, 2028. How many days is it from "
        "the first date to the second?"
    ),
    days(BETA, D(2028, 4, 19)),
)
date_item(
    TISSUE,
    (
        "How many days were there between initiating the cultures on 2 February 2027 and "
        "moving them to rooting medium on 18 May 2027?"
    ),
    days(D(2027, 2, 2), D(2027, 5, 18)),
)
date_item(
    POTASH,
    "Our safety stand-down is on the last Friday of February 2028. What date is that?",
    nth_weekday(2028, 2, FRI, -1),
)
date_item(
    SARDINE,
    (
        "The best-before date is 1,000 days after canning. Tins canned on 21 June 2027 — "
        "what date goes on them?"
    ),
    D(2027, 6, 21) + TD(days=1000),
)
date_item(
    HR,
    "Her notice was given on 7 February 2028 and runs 12 weeks. What date is 12 weeks after that?",
    D(2028, 2, 7) + TD(weeks=12),
)
date_item(
    CAMERA,
    (
        "Offence recorded on 30 December 2027. The keeper's reply is due 28 days after "
        "that — what date?"
    ),
    D(2027, 12, 30) + TD(days=28),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: advice, explanations, judgements, rules, opinions or writing, four per
# register, in REGISTERS order
ORDINARY = {
    AGRI: (
        (
            "How should I word the house rules for guests so they don't feel told off — "
            "things like no food in the bedrooms and quiet after 11 at night?"
        ),
        (
            "Is it worth offering a pasta-making class with my mother-in-law as an extra "
            "for guests, or will it be more trouble than it's worth?"
        ),
        (
            "What are good ways to get more direct bookings instead of paying commission "
            "to the big booking websites?"
        ),
        (
            "Write a short, warm welcome note in English for guests arriving at our farm "
            "stay in the hills above Montalcino."
        ),
    ),
    CREW: (
        (
            "How do you handle a passenger who refuses to put their bag under the seat in "
            "front without it turning into a scene?"
        ),
        "Any tips for actually sleeping on a layover when your body clock is all over the place?",
        "Why do we arm the doors before pushback — what actually happens if someone forgets?",
        (
            "I'm thinking of applying for a senior cabin crew role. What do the "
            "interviewers usually look for?"
        ),
    ),
    DUTY: (
        (
            "How can I suggest a premium whisky to someone who only came in for a bottle "
            "of water, without sounding pushy?"
        ),
        "Explain to a new starter why we have to scan boarding passes at the till.",
        "What makes a good airside shop display for the Christmas rush?",
        (
            "A customer says the sealed bag we gave him was opened at his transfer airport "
            "and his perfume was taken. What should I tell him?"
        ),
    ),
    FRAUD: (
        (
            "What are the usual signs that a card-not-present payment is fraud rather than "
            "a genuine customer?"
        ),
        (
            "How do I tell an elderly customer, kindly, that she has been the victim of a "
            "romance scam?"
        ),
        (
            "Write a text message warning customers about a fake bank phone call doing the "
            "rounds, without causing panic."
        ),
        "What's the difference between first-party and third-party card fraud?",
    ),
    CEMENT: (
        "Why do kiln rings form, and what can we do about one without stopping the kiln?",
        "How would you explain free lime in clinker to a new control room operator?",
        "What should go in a good shift handover note for the kiln control room?",
        (
            "Is it sensible to burn more refuse-derived fuel when the main burner flame "
            "gets unstable?"
        ),
    ),
    COPRA: (
        "How can our co-op stop copra going mouldy during the rainy season?",
        (
            "Should we invest in a solar dryer or keep using our smoke kilns? What are the "
            "pros and cons?"
        ),
        "Write a notice for members explaining why we take weight off for wet copra.",
        "How do we fairly decide which members get to use the new dryer first?",
    ),
    CARS: (
        (
            "What should I say to a passenger who keeps trying to give me a tip when the "
            "scheme says we can't accept them?"
        ),
        (
            "Is my own car insurance still valid when I drive for the community car "
            "scheme? What should I check?"
        ),
        "How can I help a passenger with dementia who gets anxious during the journey?",
        "Write a short piece for the parish magazine asking for more volunteer drivers.",
    ),
    COSEC: (
        "What's the difference between an ordinary resolution and a special resolution?",
        (
            "How do we keep the register of people with significant control up to date "
            "when ownership keeps changing?"
        ),
        (
            "Draft a polite reminder to the directors that their annual conflict of "
            "interest declarations are overdue."
        ),
        "What are the main duties of a company secretary at a private limited company?",
    ),
    EMERG: (
        (
            "How do we get vulnerable residents to sign up to the priority services "
            "register before winter?"
        ),
        "What should a rest centre manager do in the first hour after opening?",
        (
            "Write a clear social media post telling people to keep away from the flooded "
            "ford, without sounding alarmist."
        ),
        "How do you run a tabletop exercise that people actually take seriously?",
    ),
    CTAX: (
        (
            "How should I explain to a resident why their council tax went up when their "
            "income didn't?"
        ),
        (
            "What's the best way to handle a caller who says they can't afford this "
            "month's instalment?"
        ),
        "Write a friendly reminder letter for someone who has missed their first instalment.",
        "Why are households made up only of full-time students usually exempt?",
    ),
    RENO: (
        "Should we restore the original sash windows or replace them with double-glazed units?",
        "How do we find out whether the old lath and plaster ceilings are safe to keep?",
        (
            "What order should we do the work in — rewiring, plastering, floors — so we "
            "don't undo anything?"
        ),
        "Is lime plaster really necessary on solid brick walls, or is that a myth?",
    ),
    DRESS: (
        (
            "How should a scorer handle a judge's sheet where the marks don't add up to "
            "the total the judge wrote?"
        ),
        "What are collective marks in dressage and why do they matter so much?",
        "Write a short thank-you to the volunteer writers who sat with the judges all day.",
        "Any tips for staying accurate when sheets come in thick and fast at a busy show?",
    ),
    EV: (
        "Is it worth getting a wall charger fitted, or can we manage with a three-pin plug?",
        "How do we stop range anxiety spoiling our first long trip in the electric car?",
        "What should we look out for about the battery when buying a used electric car?",
        "Explain regenerative braking to my kids in simple terms.",
    ),
    SPRINK: (
        "How do I convince a client that sprinklers are worth it in a small care home?",
        "What usually causes a sprinkler head to go off when there's no fire?",
        "Write a handover note for a building manager on what to check every week.",
        "Why do some buildings have dry pipe systems instead of wet pipe?",
    ),
    SCREED: (
        "What's the difference between bonded, unbonded and floating screeds?",
        (
            "A client wants oak flooring laid two weeks after we screed. How do I explain "
            "why that's a bad idea?"
        ),
        "How can we stop cracks forming across doorways in a liquid screed?",
        "Is a calcium sulphate or a cement-based screed better over underfloor heating?",
    ),
    CAMP: (
        "Give me ideas for a rainy-day show for families with children under eight.",
        "How do I keep the team motivated in the last few weeks of a long season?",
        "Write a cheesy but fun welcome speech for Saturday's changeover night.",
        "What's a fair way to share out the late bar shifts among the entertainment team?",
    ),
    GALV: (
        "Why does galvanising sometimes come out dull grey instead of shiny?",
        "How do I explain to a fabricator why hollow sections need vent holes?",
        "What causes white rust on freshly galvanised steel and how can customers avoid it?",
        "Can you paint over hot-dip galvanising, and what preparation does it need?",
    ),
    STUDENT: (
        "How do I make friends in my first week if I'm quite shy?",
        "What should I do if I can't understand my lecturer's accent?",
        "Should I open a UK bank account straight away or use my card from home for a while?",
        "Help me write an email to my personal tutor saying I'm struggling with homesickness.",
    ),
    BUNKER: (
        "What should I do if the ship's crew won't sign the bunker delivery note?",
        "How do we reduce the risk of a spill during a night-time transfer?",
        "Explain why drawing samples at the ship's manifold matters if there's a dispute.",
        "What's the best way to brief a new deckhand on handling the hoses?",
    ),
    APP: (
        "Should we do a staged rollout or release a big redesign to everyone at once?",
        "How do I write release notes that people will actually read?",
        "What's the right way to handle a critical bug found an hour after release?",
        "How do I convince management to leave a full week for beta testing?",
    ),
    TISSUE: (
        "Why do some explants go brown and die in the first week?",
        "How can we cut down on bacterial contamination at the transfer hood?",
        "What's the best way to harden off plantlets when they come out of the jars?",
        "Explain what somaclonal variation is and why growers worry about it.",
    ),
    POTASH: (
        "How should I brief the crew after a near miss with a loader underground?",
        "What are the warning signs that the roof is about to fall in a potash panel?",
        "Write a short toolbox talk about fatigue on night shifts.",
        "How do I handle a miner who keeps skipping the gas check procedure?",
    ),
    SARDINE: (
        "Why do we pack sardines in olive oil rather than brine — does it change shelf life?",
        "How can we cut down on tins rejected for poor seams?",
        "Write a short piece of label copy telling the story of our family cannery.",
        "How do we train seasonal workers to head and gut fish safely and quickly?",
    ),
    HR: (
        "How do I deal with an employee who keeps arriving late but is otherwise excellent?",
        "What should go in a return-to-work meeting after a long sickness absence?",
        "Draft a polite letter inviting an employee to a disciplinary hearing.",
        "Is it ever okay to ask job candidates whether they plan to have children?",
    ),
    CAMERA: (
        "How do I deal with drivers who stop and shout at me while I'm operating the van?",
        "What makes a good site for a mobile safety camera from a road safety point of view?",
        "Write a short explanation for the public of why camera vans have to be clearly visible.",
        "How should I explain to an angry driver that the van isn't there to make money?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for _reg, _qs in ORDINARY.items():
    assert len(_qs) == 4 and len(set(_qs)) == 4, _reg
    for _q in _qs:
        neg(_reg, _q)


# hard single-turn near-positives: they look exact but need facts, rules, conventions, live
# data, judgement or code that the text does not give
NEAR: list[tuple[str, str, str]] = []


def near(family, query, note):
    assert family.startswith("near-") and note, family
    NEAR.append((family, query, note))


near(
    "near-landing-local-time",
    (
        "We leave Heathrow at 21:35 on 26 March 2028 and the flight time is 7 hours 10 "
        "minutes. What local time do we land in Dubai?"
    ),
    "needs the time zone offsets and the date the UK clocks go forward, which fall that night",
)
near(
    "near-flight-duty-limit",
    "I report at 06:30 for a four-sector day. What's my maximum flight duty period?",
    "needs the flight time limitation tables of the regulator and the operator's scheme",
)
near(
    "near-spirits-allowance",
    "How many litres of spirits can a passenger bring into the UK from Dubai without paying duty?",
    "a current customs rule, not given in the text",
)
near(
    "near-exchange-rate-live",
    "A customer wants to pay £68.50 in US dollars. How many dollars is that at the current rate?",
    "needs a live exchange rate",
)
near(
    "near-luhn-check",
    "Does 4539 1488 0343 6467 pass the Luhn check for a card number?",
    "needs the checksum algorithm carried out digit by digit; not arithmetic stated in the text",
)
near(
    "near-iban-mod97",
    "Is GB82 WEST 1234 5698 7654 32 a valid IBAN?",
    "needs the IBAN letter-to-number rules and the mod-97 check, which the text does not state",
)
near(
    "near-interchange-cap",
    "What interchange fee does the card issuer earn on a £250 UK consumer debit payment?",
    "needs the regulated interchange caps, not given",
)
near(
    "near-fraud-rate-significance",
    (
        "We had 47 confirmed frauds out of 5,000 alerts one quarter and 61 out of 5,200 "
        "the next. Is that a significant rise?"
    ),
    "needs a choice of statistical test and a judgement on significance, not a single sum",
)
near(
    "near-lime-saturation-factor",
    (
        "Raw meal is 43.2% CaO, 13.6% SiO2, 3.4% Al2O3 and 2.1% Fe2O3. What's the lime "
        "saturation factor?"
    ),
    "needs the LSF formula and its coefficients, which the text does not give",
)
near(
    "near-kiln-coal-estimate",
    "How much coal will the kiln burn to make 3,000 tonnes of clinker?",
    "needs the kiln's specific heat consumption and the coal's calorific value",
)
near(
    "near-copra-oil-yield",
    "How many litres of coconut oil will 800 kg of copra give us?",
    "needs the oil content, the extraction rate and the oil's density",
)
near(
    "near-copra-world-price",
    "What's copra fetching per tonne on the world market at the moment?",
    "live market data",
)
near(
    "near-mileage-taxable-part",
    "If the scheme pays me 50p a mile, how much of my mileage money is taxable?",
    "needs the approved mileage rates and thresholds and the driver's total miles for the year",
)
near(
    "near-wheelchair-in-boot",
    "Will a folding wheelchair fit in the boot of a 2019 Ford Fiesta?",
    "needs the boot and chair dimensions, and judgement",
)
near(
    "near-clear-days-notice",
    (
        "Our AGM is on 14 June 2028. What's the last date we can post the notice and still "
        "give 21 clear days?"
    ),
    "needs the clear-days convention and the deemed delivery rule for post in the articles",
)
near(
    "near-accounts-due-unknown",
    "When are our next accounts due at Companies House?",
    "needs the company's accounting reference date and filing history, not given",
)
near(
    "near-quorum-articles",
    "There are 7 directors and 4 turned up to the board meeting. Was it quorate?",
    "depends on the quorum in the company's articles",
)
near(
    "near-wind-chill",
    "It's -3 °C with a 30 mph wind at the rest centre car park. What's the wind chill?",
    "needs the empirical wind chill formula, not given",
)
near(
    "near-sunset-location",
    (
        "What time does the sun set in Carlisle on 2 December 2027? We need to plan the "
        "evacuation around daylight."
    ),
    "needs an astronomical calculation for the location",
)
near(
    "near-high-water-time",
    "When is high water at Fawley on 14 January 2028, so we can plan the bunker run?",
    "needs tide predictions for the port",
)
near(
    "near-fuel-volume-correction",
    "We delivered 412.6 m³ of fuel oil at 46 °C. What's that volume at 15 °C?",
    "needs the fuel's density and the standard volume correction tables",
)
near(
    "near-council-tax-band-value",
    "A house on our road sold for £310,000 in 2027. Which council tax band should it be in?",
    "bands go by the Valuation Office's assessment of 1991 values, not a recent sale price",
)
near(
    "near-part-year-charge-missing",
    "A tenant moved out partway through the year. How much council tax does she owe?",
    "the dates and the annual charge are missing",
)
near(
    "near-backdate-discount",
    "Can we backdate a single person discount by three years for a resident who never claimed?",
    "a question of law and the council's own policy",
)
near(
    "near-house-age-clues",
    (
        "Our terrace has two-over-two sashes with horns, a slate roof and a bay at the "
        "front. What year was it most likely built?"
    ),
    "a judgement from architectural clues, not a calculation",
)
near(
    "near-repointing-materials",
    "How many bags of lime and sharp sand do we need to repoint the back wall?",
    "the wall's area, the joint size and the mix are missing",
)
near(
    "near-cost-in-todays-money",
    "Our house cost £185 to build in 1887. What's that in today's money?",
    "needs a historical price index and the current date",
)
near(
    "near-dressage-test-coefficients",
    "Which movements carry a coefficient of 2 in British Dressage Novice 24?",
    "needs the test sheet itself",
)
near(
    "near-dressage-tie-break",
    "Two riders both finished on 68.5% in the same class. Who is placed higher?",
    "needs the tie-break rule and both riders' collective marks",
)
near(
    "near-ev-charge-time",
    "How long will it take to charge from 15% to 80% on our 7 kW wall charger?",
    "needs the battery capacity and the car's charging curve",
)
near(
    "near-ev-vehicle-tax",
    "How much vehicle excise duty will we pay on our new electric car?",
    "current rules that depend on the registration date and list price",
)
near(
    "near-ev-winter-range",
    "The car claims 280 miles of range. What will it really do on a cold January morning?",
    "an estimate that depends on conditions; judgement",
)
near(
    "near-sprinkler-hazard-class",
    "What hazard class is an underground car park for sprinkler design?",
    "needs the design standard",
)
near(
    "near-pipe-friction-loss",
    "What's the pressure loss in 36 m of 50 mm steel pipe carrying 300 litres a minute?",
    "needs the Hazen-Williams formula, a C factor and the actual bore",
)
near(
    "near-screed-drying-time",
    "How long will 75 mm of sand and cement screed take to dry?",
    "a rule of thumb that depends on conditions, not an exact figure from the text",
)
near(
    "near-screed-bag-yield",
    "How many bags of screed mix do I need for a 12 m² floor at 50 mm?",
    "needs the yield of a bag of that product",
)
near(
    "near-ballroom-capacity",
    "How many people are we allowed in the ballroom for the talent show final?",
    "depends on the fire risk assessment and the premises licence",
)
near(
    "near-song-tempo",
    "What's the tempo in beats per minute of the Macarena, for the kids' dance routine?",
    "a fact to look up",
)
near(
    "near-galv-coating-standard",
    "What's the minimum mean coating thickness for 4 mm steel under ISO 1461?",
    "needs the standard's table",
)
near(
    "near-zinc-pickup",
    "How much zinc will we use galvanising 1,200 kg of 6 mm plate?",
    "needs the zinc pick-up rate, which depends on the steel's chemistry and thickness",
)
near(
    "near-zinc-price-lme",
    "What's zinc trading at on the LME this morning?",
    "live market data",
)
near(
    "near-ucas-tariff",
    "How many UCAS points is A*AB at A level?",
    "needs the tariff table",
)
near(
    "near-grade-equivalence",
    "I got 16.5 out of 20 on my French degree. What's that as a UK classification?",
    "a convention that differs between institutions; judgement",
)
near(
    "near-student-visa-hours",
    "How many hours a week can I work during term on a student visa?",
    "a current immigration rule",
)
near(
    "near-semver-bump",
    (
        "We're on version 3.14.7 and this release removes an old API endpoint. What should "
        "the new version number be?"
    ),
    "needs the semantic versioning convention, not arithmetic",
)
near(
    "near-target-api-level",
    "Which Android API level do we have to target to publish updates on Google Play?",
    "a current store policy",
)
near(
    "near-crash-free-forecast",
    (
        "Crash-free sessions were 99.1%, 99.3% and 99.4% for the last three releases. What "
        "will the next release get?"
    ),
    "a forecast; judgement, not a calculation",
)
near(
    "near-cellular-download-limit",
    "Will our 210 MiB app download over mobile data on an iPhone without asking the user?",
    "a current platform policy",
)
near(
    "near-version-regex",
    "Write a regular expression that matches version strings like 2.10.3-beta.1 but not 2.10.",
    "code to write",
)
near(
    "near-ms-salts-recipe",
    "How many grams of MS basal salts go into 5 litres of medium?",
    "needs the recipe's concentration, not given",
)
near(
    "near-contamination-odds",
    (
        "If 3% of jars get contaminated, what's the chance a batch of 200 has no more than "
        "4 contaminated?"
    ),
    "needs a probability model (independence, binomial) and a cumulative sum, not a single sum",
)
near(
    "near-kcl-to-k2o",
    "The ore is 34% KCl. What's that as percent K2O?",
    "needs molar masses, which the text does not give",
)
near(
    "near-rock-temperature-depth",
    "How hot will the rock be at 1,350 m down?",
    "needs the local geothermal gradient and surface temperature",
)
near(
    "near-ventilation-quantity",
    "How much fresh air does the panel need for six diesel loaders?",
    "depends on regulations and the engines' ratings",
)
near(
    "near-sterilisation-f0",
    "How long do we hold 125 g tins at 116 °C to reach an F0 of 5?",
    "needs heat penetration data for the tin and product",
)
near(
    "near-histamine-limit",
    "Is 180 mg/kg of histamine in one sardine sample over the legal limit?",
    "needs the regulation's sampling plan and limits",
)
near(
    "near-sardine-quota-left",
    "How many kilos of sardine can our boats still land under the quota?",
    "current quota data",
)
near(
    "near-overtime-in-holiday-pay",
    (
        "Does regular overtime have to count in holiday pay, and how much would it add for "
        "someone doing 6 extra hours a week?"
    ),
    "a legal rule plus pay figures that are missing",
)
near(
    "near-statutory-redundancy",
    "She's 47 with 12 years' service on £650 a week. What's her statutory redundancy pay?",
    "needs the statutory age bands and the current cap on a week's pay",
)
near(
    "near-sick-pay-rate",
    "How much statutory sick pay do we owe for a week off sick?",
    "needs the current rate and the waiting-day rule",
)
near(
    "near-course-threshold",
    "Would a driver doing 35 in a 30 limit be offered a speed awareness course?",
    "depends on enforcement guidance thresholds and local policy",
)
near(
    "near-road-marking-speed",
    (
        "Two frames 0.5 seconds apart show the car moving from the 3rd to the 11th road "
        "marking. How fast was it going?"
    ),
    "needs the spacing of the markings, which the text does not give",
)
near(
    "near-wet-stopping-distance",
    "What's the stopping distance at 47 mph on a wet road?",
    "needs a model and conditions; no figures are given",
)
near(
    "near-tourist-tax-rate",
    "What's the tourist tax per night in Siena for guests at a farm stay?",
    "a current local rate",
)
near(
    "near-olive-oil-harvest",
    "We have 340 olive trees. How much oil will we get in the autumn?",
    "an estimate of yield; judgement",
)
assert len(NEAR) == WANT_NEAR_NEGATIVES
assert len({f for f, _, _ in NEAR}) == len(NEAR)
for _f, _q, _n in NEAR:
    neg(_f, _q, _n)


# conversations: the last user turn needs the earlier turns' figures, rules or text, or asks
# for writing, judgement or explanation
CONVS: list[tuple[str, list[tuple[str, str]], str]] = []


def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    CONVS.append((family, turns, note))


convo(
    "conv-turnaround-briefing-line",
    [
        (
            U,
            (
                "Our Lisbon turnaround: we depart 07:05, block time is 2 hours 35 each way "
                "and we have 55 minutes on the ground."
            ),
        ),
        (A, "By those figures you'd be back on stand at about 13:10, if you leave on time."),
        (
            U,
            (
                "Write the one-sentence line for the purser's briefing giving the planned "
                "time back and the length of the turnaround."
            ),
        ),
    ],
    "writing that uses the earlier times",
)
convo(
    "conv-crew-christmas-fairness",
    [
        (
            U,
            (
                "Four of us want Christmas Day off and only two can have it. Ana has "
                "worked the last two Christmases, Ben joined in the spring, Cat has two "
                "young children and Dev swapped with Ana last year."
            ),
        ),
        (
            A,
            (
                "That's a tricky one. Does your base have a written rule for festive "
                "leave, or is it down to you?"
            ),
        ),
        (U, "It's down to me. Who should get it, and how do I explain it to the other two?"),
    ],
    "a judgement over the earlier circumstances, plus wording",
)
convo(
    "conv-allowance-basket-check",
    [
        (
            U,
            (
                "A passenger at our Dubai store has 2 litres of vodka, 4 litres of wine "
                "and 300 cigarettes in her basket. She's flying to Manchester."
            ),
        ),
        (A, "Is the UK her final destination, or is she connecting on somewhere else?"),
        (
            U,
            (
                "Final destination. Does that basket go over what she can bring in, and "
                "which item should I warn her about?"
            ),
        ),
    ],
    "applies customs allowances to the earlier basket",
)
convo(
    "conv-spend-per-passenger-drop",
    [
        (
            U,
            (
                "Spend per passenger at our pier shop: January £4.10, February £3.85, "
                "March £3.20. Footfall went up 12% over the same period."
            ),
        ),
        (
            A,
            (
                "So more people are walking through but each is spending less. Did "
                "anything change in the shop or at the gate in those months?"
            ),
        ),
        (
            U,
            (
                "Not that I know of. What could explain that pattern, and what would you "
                "check first?"
            ),
        ),
    ],
    "a judgement on the earlier figures",
)
convo(
    "conv-fraud-police-timeline",
    [
        (
            U,
            (
                "Disputed payments on the customer's card: 3 May 02:14 £48.75 online "
                "electronics, 3 May 02:19 £48.75 same merchant, 3 May 09:40 £212.30 hotel "
                "in Porto, 4 May 11:02 card reported lost."
            ),
        ),
        (A, "Thanks, I have those four events in order."),
        (U, "Turn them into a short timeline paragraph I can paste into the police report."),
    ],
    "writing from the earlier events",
)
convo(
    "conv-refund-phone-script",
    [
        (
            U,
            (
                "A customer lost £2,300 to a safe-account scam. Our policy is to reimburse "
                "in full unless there was gross negligence, and the review found none."
            ),
        ),
        (A, "Then she should be refunded in full. Do you want to tell her by phone or by letter?"),
        (U, "By phone. Write what I should say when I call her."),
    ],
    "writing based on the earlier outcome",
)
convo(
    "conv-kiln-alarm-pattern",
    [
        (
            U,
            (
                "Back-end temperature alarms overnight at 01:12, 01:47, 02:20 and 02:58, "
                "each a few minutes after the ID fan speed was changed."
            ),
        ),
        (A, "Were the fan changes made by the operator or by the control loop?"),
        (
            U,
            (
                "The loop. Given those times, what do you think is going on and what "
                "should the next shift watch?"
            ),
        ),
    ],
    "a judgement on the earlier alarm log",
)
convo(
    "conv-copra-notice-tagalog",
    [
        (
            U,
            (
                "Notice for members: from 1 July we pay $0.62 a kilo for copra, and copra "
                "over 7% moisture has 4% taken off its weight."
            ),
        ),
        (
            A,
            (
                "Here is a plain version: 'From 1 July the co-op pays $0.62 per kilo of "
                "copra. If your copra is wetter than 7% moisture, we take 4% off the "
                "weight before paying.'"
            ),
        ),
        (U, "Now give me that notice in Tagalog for the noticeboard."),
    ],
    "translation of the earlier text",
)
convo(
    "conv-volunteer-awards-speech",
    [
        (
            U,
            (
                "Figures for the awards night: Pam drove 6,840 miles for the scheme and "
                "did 212 trips; Ken drove 4,120 miles and did 158 trips."
            ),
        ),
        (A, "Those are remarkable totals for volunteers."),
        (U, "Write a two-minute speech thanking them both, using those numbers."),
    ],
    "writing with the earlier figures",
)
convo(
    "conv-allotment-minute",
    [
        (
            U,
            (
                "The board agreed to allot 40,000 new ordinary shares at £1.25 each to the "
                "option holders who exercised. Sarah abstained because she holds options "
                "herself."
            ),
        ),
        (
            A,
            (
                "Understood. Was the allotment authorised under the articles or by a "
                "shareholder resolution?"
            ),
        ),
        (U, "Under the articles. Draft the formal minute for that item."),
    ],
    "writing from the earlier facts",
)
convo(
    "conv-compliance-calendar",
    [
        (
            U,
            (
                "Our three subsidiaries have year ends of 31 March, 30 June and 31 "
                "December, and confirmation statement review dates of 4 May, 19 August and "
                "12 November."
            ),
        ),
        (A, "Got it — three year ends and three review dates."),
        (U, "Lay them out as a compliance calendar in date order, with what falls due for each."),
    ],
    "needs the earlier dates and filing rules",
)
convo(
    "conv-rest-centre-room-plan",
    [
        (
            U,
            (
                "The school rest centre has a main hall 18 m by 12 m, two classrooms 7 m "
                "by 8 m and a staff room 5 m by 6 m. We're expecting 40 adults, 15 "
                "children, 3 wheelchair users and 2 dogs."
            ),
        ),
        (A, "Are there accessible toilets near any of those rooms?"),
        (U, "Only by the main hall. How would you allocate people to the rooms, and why?"),
    ],
    "a judgement using the earlier rooms and numbers",
)
convo(
    "conv-reading-age-warning",
    [
        (
            U,
            (
                "The warning says: 'Flooding is expected to affect low-lying properties "
                "adjacent to the watercourse. Residents should activate their flood plans "
                "and relocate valuables to upper floors.'"
            ),
        ),
        (A, "That's the standard wording from the warning service."),
        (U, "Rewrite it for residents with a reading age of about nine."),
    ],
    "rewriting the earlier text",
)
convo(
    "conv-band-challenge-letter",
    [
        (
            U,
            (
                "A resident says her flat is in Band E but the identical flats either side "
                "are Band C, and she has their bills to prove it."
            ),
        ),
        (
            A,
            (
                "She can ask the Valuation Office to review the band, giving the "
                "comparable properties."
            ),
        ),
        (U, "Write the letter she can send them, using those details."),
    ],
    "writing from the earlier facts",
)
convo(
    "conv-exemption-after-death",
    [
        (
            U,
            (
                "Mr Hale died in March. His son is the executor, the house has been empty "
                "and unfurnished since, and probate was granted on 2 August."
            ),
        ),
        (A, "Thanks. Has the house been sold or transferred since probate?"),
        (U, "No. Which exemption applies now, and from when does the charge start again?"),
    ],
    "applies exemption rules to the earlier circumstances",
)
convo(
    "conv-renovation-priorities",
    [
        (
            U,
            (
                "Quotes for our terrace: roof repair £6,800, rewire £5,400, sash "
                "restoration £7,900, new kitchen £12,000. We've got £19,500."
            ),
        ),
        (A, "That's £32,100 of work against £19,500, so £12,600 would have to wait."),
        (U, "Which of those jobs would you do first, and why?"),
    ],
    "a judgement over the earlier quotes",
)
convo(
    "conv-tile-sum-check",
    [
        (
            U,
            (
                "I worked out the hallway tiles: 5.5 m² times 46 a square metre is 253, "
                "plus 10% is 263."
            ),
        ),
        (A, "Happy to check it for you."),
        (U, "Where did I go wrong, and what should the number of tiles be?"),
    ],
    "explains the error in the earlier working",
)
convo(
    "conv-rider-feedback-email",
    [
        (
            U,
            (
                "Judge's comments for rider 14: 'Tense in the walk. Good energy in the "
                "canter but rushed the transitions. Lovely halt. Needs more bend in the "
                "corners.'"
            ),
        ),
        (A, "Those are fairly typical comments for a young horse."),
        (U, "Turn them into an encouraging email to the rider."),
    ],
    "writing from the earlier comments",
)
convo(
    "conv-results-board-order",
    [
        (U, "Class 6 percentages: Amy 66.25, Ben 68.5, Cara 64.0, Dan 68.5, Eve 71.75."),
        (A, "I have the five scores."),
        (
            U,
            (
                "Put them in placing order for the results board and tell me how to deal "
                "with any tie."
            ),
        ),
    ],
    "needs the earlier scores and a tie-break convention",
)
convo(
    "conv-tariff-comparison",
    [
        (
            U,
            (
                "Tariff A: 7.5p a kWh off-peak, 28p peak, 53p a day standing charge. "
                "Tariff B: 24.5p flat, 48p a day standing charge."
            ),
        ),
        (A, "How much do you use, and how much of it is overnight?"),
        (
            U,
            (
                "About 250 kWh a month charging overnight and 270 kWh at peak. Which "
                "tariff works out cheaper for us?"
            ),
        ),
    ],
    "needs the earlier tariff figures",
)
convo(
    "conv-road-trip-charging-plan",
    [
        (
            U,
            (
                "Our route to Penzance is 287 miles. The car does about 240 miles from "
                "full in summer. There are rapid chargers at Exeter services at mile 178 "
                "and at Bodmin at mile 242."
            ),
        ),
        (A, "So you can't do it in one go, but one stop should be enough."),
        (
            U,
            (
                "Where should we stop, for roughly how long, and should we charge to 100% "
                "before we set off?"
            ),
        ),
    ],
    "a judgement using the earlier distances",
)
convo(
    "conv-sprinkler-snag-email",
    [
        (
            U,
            (
                "Snags from the walk-round: two heads painted over in the café, a missing "
                "escutcheon in store 3, the alarm valve room used for storing boxes, and "
                "no spare heads cabinet."
            ),
        ),
        (
            A,
            (
                "Those are all fairly quick fixes apart from the painted heads, which need "
                "replacing."
            ),
        ),
        (
            U,
            (
                "Write a polite email to the main contractor listing those and what we "
                "need from them."
            ),
        ),
    ],
    "writing from the earlier snag list",
)
convo(
    "conv-screed-moisture-decision",
    [
        (
            U,
            (
                "Hygrometer readings: hall 82% RH, kitchen 77%, lounge 71%. The vinyl "
                "tiles need 75% or below."
            ),
        ),
        (A, "Were the readings taken with the hoods sealed for long enough?"),
        (
            U,
            (
                "Yes, 72 hours. Which rooms can the fitter do on Monday, and what do I "
                "tell the client about the rest?"
            ),
        ),
    ],
    "a decision using the earlier readings",
)
convo(
    "conv-theme-quiz",
    [
        (U, "Tonight's quiz theme is the 1980s, teams of six, and the prize is a bottle of fizz."),
        (A, "Sounds fun. How long should the quiz run?"),
        (
            U,
            (
                "About 20 minutes. Write me eight questions for that theme with a "
                "tie-breaker at the end."
            ),
        ),
    ],
    "writing to the earlier brief",
)
convo(
    "conv-late-show-rota",
    [
        (
            U,
            (
                "Rules for the late shows: nobody does more than three a week, Jo and Sam "
                "can't both be off on Friday, and Priya only works weekends. There are six "
                "of us and a late show every night."
            ),
        ),
        (A, "Who are the other three?"),
        (U, "Kit, Lou and Max. Draft a week's late-show rota using those rules."),
    ],
    "planning under the earlier rules",
)
convo(
    "conv-flaking-paint-reply",
    [
        (
            U,
            (
                "A customer's gates came back from us galvanised, he painted them straight "
                "away with gloss, and two weeks later the paint is flaking off in sheets."
            ),
        ),
        (
            A,
            (
                "That sounds like adhesion failure: paint doesn't stick well to fresh "
                "galvanising without the right preparation."
            ),
        ),
        (U, "Write a reply to him explaining that politely, without admitting fault."),
    ],
    "writing from the earlier explanation",
)
convo(
    "conv-weekly-budget-table",
    [
        (
            U,
            (
                "My parents send £1,150 a month. Rent is £168 a week, my phone is £12 a "
                "month and the bus pass is £25 a week."
            ),
        ),
        (A, "OK — do you have any other income, like a part-time job?"),
        (
            U,
            (
                "No. Make me a simple weekly budget from those figures showing what's left "
                "for food and going out."
            ),
        ),
    ],
    "needs the earlier figures",
)
convo(
    "conv-bunker-protest-note",
    [
        (
            U,
            (
                "The bunker delivery note says 412.6 m³ delivered, but the ship's "
                "soundings show 405.9 m³ received, and the chief engineer won't sign."
            ),
        ),
        (A, "Were samples drawn and sealed at the manifold?"),
        (U, "Yes, four, witnessed. Draft a note of protest for the barge master to hand over."),
    ],
    "writing from the earlier figures",
)
convo(
    "conv-friendly-release-notes",
    [
        (
            U,
            (
                "Changelog: fixed race condition in sync worker; migrated auth to OAuth "
                "PKCE; reduced cold start by 400 ms; dark mode contrast tweaks; removed "
                "legacy v1 endpoint."
            ),
        ),
        (A, "That's a solid release with mostly behind-the-scenes changes."),
        (U, "Rewrite it as friendly App Store release notes, under 400 characters."),
    ],
    "rewriting the earlier text",
)
convo(
    "conv-rooting-batch-scale",
    [
        (
            U,
            (
                "Our rooting medium per litre: 2.2 g MS salts, 20 g sucrose, 0.5 mg IBA "
                "and 7 g agar."
            ),
        ),
        (A, "That's a half-strength MS rooting medium."),
        (U, "I need 6.5 litres for Friday's batch. List each ingredient for that volume."),
    ],
    "needs the earlier recipe",
)
convo(
    "conv-near-miss-toolbox-talk",
    [
        (
            U,
            (
                "Incident summary: on night shift a loader reversed towards a fitter "
                "working behind it in panel 14. The reversing alarm was working but the "
                "fitter had ear defenders on. Nobody was hurt."
            ),
        ),
        (A, "A serious near miss. Has the panel's traffic plan been reviewed?"),
        (
            U,
            (
                "It's being reviewed. Turn that summary into a five-minute toolbox talk "
                "for the other shifts."
            ),
        ),
    ],
    "writing from the earlier summary",
)
convo(
    "conv-label-for-portugal",
    [
        (
            U,
            (
                "Our English label reads: 'Sardines in olive oil. Ingredients: sardines "
                "(fish) 70%, olive oil 30%, salt. Net weight 125 g, drained weight 90 g.'"
            ),
        ),
        (A, "That covers the main points for the UK."),
        (U, "Translate it for the Portuguese market and tell me which words must legally appear."),
    ],
    "translation of the earlier label and labelling rules",
)
convo(
    "conv-grievance-outcome-letter",
    [
        (
            U,
            (
                "Grievance facts: Mark says he was left off the overtime rota for two "
                "months. The rota shows he was offered shifts twice and declined both, but "
                "one offer was by text to an old number."
            ),
        ),
        (A, "So the complaint is partly upheld: one offer may not have reached him."),
        (U, "Draft the outcome letter to Mark on that basis."),
    ],
    "writing from the earlier findings",
)
convo(
    "conv-camera-site-risk",
    [
        (
            U,
            (
                "New site: a lay-by on a 40 mph stretch, with a bus stop 30 m ahead, no "
                "footway on our side, and a school 200 m away."
            ),
        ),
        (A, "That has a few hazards worth recording."),
        (U, "Write a short risk assessment for operating the van there."),
    ],
    "writing from the earlier site description",
)
convo(
    "conv-review-reply-two-languages",
    [
        (
            U,
            (
                "Review from last week's guests: 'Beautiful views and amazing breakfast, "
                "but the wifi barely worked and the rooster woke us at 5 every day.'"
            ),
        ),
        (A, "A fair review overall, with two fixable complaints."),
        (U, "Write our reply to it, in Italian and in English."),
    ],
    "writing a reply to the earlier review",
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
for _f, _turns, _n in CONVS:
    assert len(_turns) >= 3 and _turns[0][0] == U and _turns[-1][0] == U, _f
    assert all(r in (U, A) for r, _ in _turns), _f
    for _k in range(len(_turns) - 1):
        assert _turns[_k][0] != _turns[_k + 1][0], _f
    conv(_f, _turns, _n)

# this set's own structural checks
_POS = [i for i in items if i["label"] != "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in _POS if i["label"] == _label and i["family"] != P]
    assert len(_fams) == 31 and set(_fams) == set(REGISTERS), _label
_PER = {r: sum(1 for i in _POS if i["family"] == r) for r in REGISTERS}
assert sorted(_PER.values()) == [3] * 7 + [4] * 18, _PER
_ORD = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ORD) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ORD if i["family"] == r) == 4 for r in REGISTERS)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")) and _i.get("note"), _i["id"]
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
    # no register (family name) of this set is a family name of sets 19 to 95
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 95: {reused}"
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
