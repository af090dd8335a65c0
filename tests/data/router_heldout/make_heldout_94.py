r"""Generate heldout-2027-03-07.jsonl: a ninety-fourth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed94/earlier_registers.txt (in full: a `wc -lc` gave 1625 lines and 38949 characters,
then a `tr` turning its newlines into spaces was printed in two pieces, `head -c 19800` and `tail
-c +19700`, which overlap by 101 characters, so nothing was left out): the register names of
earlier sets, used only to choose this set's 25 registers so that their trades and situations
differ from all of those; and these line ranges of /work/sealed94/make_heldout_93.py (a `wc -l`
gave 3217 lines, as the brief said): lines 1-619 (its docstring, imports, configuration, helpers,
calc() and the line P = "plain"), 998-1058 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
1269-1353 (its datetime section header, date helpers, clock_span(), date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1623-1630 (its negatives section header, neg() and conv()) and
2994-3217 (its stated-weekday check, its checks and main()). None of set 93's query blocks
(620-997, 1059-1268, 1354-1622, 1631-2993) was opened, printed or searched.

The first command made /tmp/h94, ran an `ls -la` of /work/sealed94 (earlier_registers.txt and
make_heldout_93.py only) and a `wc -l` of make_heldout_93.py and earlier_registers.txt (3217 and
1625 lines), copied the five ranges by `sed -n A,Bp` into /tmp/h94/r1.py to r5.py (not printed) and
ran a `wc -l` of the copies (619, 61, 85, 8 and 224); the `cat` of grading.py ran alongside it. The
first copy was then printed by `cat`; the display cut the middle of that output (its lines
163-299), so the next command printed lines 160-300 of the copy by `sed -n`, so all of lines 1-619
were seen. One command then printed the second to fourth copies by `cat -n` and another, alongside
it, the fifth. Nothing outside the allowed ranges was seen. The next command ran the `wc -lc` and
the first `tr` piece of earlier_registers.txt and another the second piece. Nothing under
/work/main was opened or listed apart from grading.py: nothing under router/, tools/, docs/ or
tests/ was opened or listed, nor README or pyproject, and .venv was not listed. The only other use
of /work/main was running /work/main/.venv/bin/python (for every script and every run of this
generator, with a `--version` of it and of ruff once) and /work/main/.venv/bin/ruff (with
/work/main as the working directory, on this file only, always with --no-cache). No other
/work/sealed* directory was listed. The earlier generators (sets 1-93) are only imported, in
memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing make_heldout_93.py runs its
module level, which builds its items, but no earlier query was ever printed. No JSONL file was
opened (not even this set's own output: only this generator's printed summary, its failure
messages, `tail -6` and `head -12` excerpts of the summary, a `grep -c` of its non-empty lines,
ruff's output and its --show listing of ids, expected values and tolerances, picked out by a `grep`
and laid out by `column -t`, were read), no git command was run, no network and no search or fetch
tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command printed the Python and ruff versions (3.11.7 and
0.17.6) and, by a one-line script, the weekday of one date (7 March 2027, the date in this set's
file name). Several candidate registers were judged against earlier_registers.txt by reading it and
dropped before any list was written (among them a salmon river ghillie, near the salmon counting
station and the salmon farm pen site, an estate agent's sales desk, near the letting agent lettings
desk, and a school exams officer, near the exam hall invigilation team). The next command wrote 25
candidate register names to /tmp/h94/regs.txt (a `cat` heredoc, in sorted order; the same command
made /tmp/h94/own) and checked them against earlier_registers.txt: `sort -c` under LC_ALL=C
(sorted), `sort -u | wc -l` (25), a `grep -xFf` (none printed) and one `grep -iE` of keywords and
fragments of the chosen trades and their neighbours (librar, loan, alumin, extru, cohous, communit,
house_share, motor, rewind, electric, carer, care, elder, dementia, glass, recycl, cullet, harbour,
dredg, highway, road, pothole, street, hospital, clinic, coding, jockey, valet, racecourse, weigh,
cycl, bike, john, insur, underwrit, cargo, marine, nanny, childmind, au_pair, new_build, snag,
homebuy, orchestra, instrument, rental, hire_shop, park_home, caravan, mobile_home, track, railway,
permanent, picture, photo, licens, rights, footpath, ramblers, ranger, river, hydro, gaug, sash,
window, joiner, shopping, centre_manag, cctv, control_room, security, accessib, web, canteen,
catering and kitchen), joined onto one line by `tr`. All 25 candidates were kept. The next command
printed, by a one-line script, the weekdays of thirteen candidate dates (the seven dates that date
items state with their weekday, the dates of two plain weekday questions, one of which was later
replaced, and four others), so that stated weekdays are right. Then `cat` heredocs wrote this set's
own blocks under /tmp/h94/own/: a_calc.py (money(), the register constants and REGISTERS, and the
calculator items, with a `grep -cE` of the lines opening a calc( call or naming a register on a
line of its own, 103, that is 45 calls, 31 register lines of word problems, two plain lines of
multi-line calls and 25 lines of the REGISTERS tuple, and a `grep -c` of the plain items, 14),
b_units.py (unit constants and unit items, with a `grep -cE` of the unit( and unit_r( calls, 45,
and of the plain ones, 14), c_dates.py (date items, with a `grep -c` of its date_item( calls, 45,
and a `grep -cE` of the plain ones, 14), d_negs.py (the ORDINARY table; an `echo ok` only) and
e_near.py (near-positive negatives, with a `grep -c` of its near( calls, 66); a short heredoc
script then removed one near-positive (a number-pattern puzzle, judged too close to having one
exact answer), asserting that the removal applied once, and a `grep -c` gave 65. A one-line script
printed the weekdays of two more dates (21 October 2028 and 7 January 2028, stated with their
weekdays in one conversation and one near-positive), and f_convs.py (conversations and this set's
own structural asserts, with a `grep -c` of its convo( calls, 35) was written. The next command
wrote and ran /tmp/h94/subst.py (a `cat` heredoc): it cut the first copy at the line that is
exactly `from __future__ import annotations` (asserted to be the only such whole line; it is line
415 of set 93), so set 93's docstring is not part of this file, and substituted this set's OUT
("heldout-2027-03-06.jsonl" -> "heldout-2027-03-07.jsonl") and PREFIX ("ho93-" -> "ho94-"), "sets
1-92" -> "sets 1-93" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept
as they were), `range(2, 93)` -> `range(2, 94)` in EARLIER and, in REGISTER_CHECK,
make_heldout_93.py added after make_heldout_92.py, all in the first block, and "sets 19 to 92" ->
"sets 19 to 93" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth copies are used
as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "92",
"93", "94", "19 to" and "2027" (with the REGISTER_CHECK lines of sets 19-89 filtered out) and a
`tail -2` of c1.py. The next command wrote a one-line placeholder docstring to /tmp/h94/doc.txt (by
`echo`), /tmp/h94/assemble.py (it builds this file from doc.txt and the blocks in order: c1.py, the
own a_calc.py, r2.py, the own b_units.py, r3.py, the own c_dates.py, r4.py, the own d_negs.py,
e_near.py and f_convs.py, and c5.py, and prints its line count; on the own blocks only, it splits
every string literal that stands on a line over 99 characters at spaces into parenthesised pieces
of at most 76 characters, using Python's tokenize and checking that the block still compiles),
/tmp/h94/unparen.py (it unwraps, after ruff format, a single parenthesised string on any line over
99 characters) and a helper /tmp/h94/run.sh (it runs assemble.py, then from /work/main as the
working directory `.venv/bin/ruff format --no-cache -q` on this file, unparen.py, ruff format a
second time and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h94/ruff.txt and printing the exit codes and its `tail -3`, then this generator from /tmp,
passing on any arguments, writing its output to /tmp/h94/out.txt, and prints its exit code and the
`tail -6` of it, and last a list, by a short inline script, of the lines of this file over 99
characters), made run.sh executable and ran it. After the first run, one command printed `head -20`
of ruff.txt and the two lines over 99 characters by `sed -n Np`. Then /tmp/h94/fix1.py (a `cat`
heredoc) reworded five items in the own blocks (each replacement asserted to apply once; it printed
"ok" for each), a short heredoc script mended assemble.py (asserted to apply once) and run.sh was
run again, all in one command. After the second run one command printed the two lines then over 99
characters by `sed -n`; then /tmp/h94/fix2.py (a `cat` heredoc) made two more edits (each asserted
to apply once) and run.sh was run a third time, with `head -12` of out.txt and a `grep -c` of its
non-empty lines (206). The third run passed every check. The edits are listed under "Checks that
failed along the way". Then this generator was run with --show from /tmp (its output written to
/tmp/h94/show.txt) and the listing of ids, expected values and tolerances (a `grep` of show.txt
laid out by `column -t`) was read; this writer checked every expected value against the stories,
and no change was needed. The next command took `grep -o -F` counts over the own positive blocks
(of money(, unit_r(, EXACT, clock_span(, nth_weekday(, age(, days(, weeks(, sayw(, sayus(, say(,
hours_between(, STONE, whole_up(, SQFT, CUFT, SQYD, OZ, GIB, MIB, MPH, KMH, HA, ACRE, weekday(,
pct(, the euro sign, the dollar sign, f_to_c(, c_to_f(, PSI and LB) and a `wc -w` of the own
blocks; another ran a `grep -n` of r1.py for the `from __future__` line (415), a `grep -c` of the
lines of c1.py (206) and a `wc -l` of this file. This docstring was written last over the
placeholder: its source text, /tmp/h94/doc/doc_src.txt, was written by a `cat` heredoc (with a `wc
-w`); then /tmp/h94/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented lines as
they are and asserts that the words are unchanged, that no line exceeds 99 characters, that every
register value is named and that the text holds no three quotes or backslashes of its own) filled
it to 99 columns into /tmp/h94/doc.txt and printed its line count, with a `head -3` and a `tail -3`
of doc.txt (its first run stopped at the assert on line length, nothing having been written: the
last line with the closing quotes came to 102 characters; a `sed -i` made that assert name the long
line, with a `grep -n` of it, and a second run named it; a short heredoc script, asserted to apply
once, then made the last paragraph fill to 96 columns, and the third run passed; this account was
then added to the source by /tmp/h94/doc/fixsrc.py, a `cat` heredoc asserted to apply once, and
make_doc.py run again); then run.sh was run again, with a `cat` of ruff.txt and a `sed -n 1,3p` of
out.txt, and a short inline script confirmed that each copied block (c1.py, r2.py to r4.py and
c5.py) appears verbatim in this file; and then, in one command, `ruff format --no-cache --check`
and `ruff check --no-cache` of this file (from /work/main), two runs of this file with --digest
(one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h94`, an `ls` of
/tmp/h94 (gone) and an `ls` of /work/sealed94. Writes: only this file and its JSONL in
/work/sealed94/ (earlier_registers.txt and make_heldout_93.py left as they were); temporary blocks,
scripts and output under /tmp/h94/ were deleted afterwards. Nothing was written into /work/main.
Every script and every run of this generator used /work/main/.venv/bin/python. The JSONL's sha256
from the last edit of the items on was
d073d305374ab936d7c347f96a78951b5d5bf0b960a9466c02dfd4b885cd9fc8 (335 lines); the docstring does
not enter the output.

Changes to set 93's main() and checks: only the substitutions listed above (file names, sets 1-93
for the duplicate check, sets 19-93 for the register check). Set 93 lies next to this file in
/work/sealed94, and EARLIER_DIRS and earlier_path() are kept as set 93 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_93.py is found next to this file and, as no other
generator lies here, sets 1-92 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 93's as copied;
ruff format may have changed layout only (as run here it left the copied blocks as they were: the
inline check named above found each verbatim). All of set 93's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used once, by a plain weeks one-liner), clock_span()
(used four times: a plain one-liner crossing midnight, a coding shift, the time from the first race
to the last and a night possession crossing midnight), nth_weekday() (used four times), age()
(twice), days() (seven times), unit_r() with close_enough_at_2dp() (used by every rounded unit
answer, 29), say(), sayw() and sayus() (not used here: the dates stated with a weekday are written
out in the text and checked by the copied stated-weekday check and by this set's own asserts), and
OZ, SQYD and STONE (not used here: stone-and-pounds weights are computed as pounds times LB), SQFT
and CUFT. Added, newly written: money() (asserts whole pence or cents, with an assert of its own;
every calculator money answer passes through it, 28 of them, all register word problems, in pounds,
euros or dollars; the other three word problems are a count of episodes, a count of sleepers and a
discharge in cumecs); MM, CM, KM and HA, with asserts on IN/MM, CM/MM, MI/KM, HA/ACRE, SQFT, CUFT,
MPH/KMH, f_to_c(68) and c_to_f(-18); the register constants and the REGISTERS tuple (asserted 25,
distinct and sorted); an assert that the square-root one-liner's radicand is a perfect square;
pothole_visit() (a visit's bill in the pothole story); an assert that the 390 m of plain line
divides into whole 650 mm sleeper spaces; hours_between() (hours between two stated date-times,
used twice); asserts that the dates stated with a weekday in the date items (the motor's arrival,
the furnace rebuild, the start of the ride, the first possession, the start of the menu cycle and
the two Mondays of the plain weeks one-liner) fall on the weekday intended; the ORDINARY table and
the near() and convo() helpers with their NEAR and CONVS lists; and this set's own structural
asserts, rewritten from set 93's docstring's description of them (its code was not seen): the
ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four distinct questions each;
NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and "conv-..."
respectively, each with a note (asserted by the helpers and after each list); every conversation
has at least three turns, opens and ends with a user turn, and its user and assistant turns
alternate (no system turn is used); the positive registers of each tool are exactly the REGISTERS,
with 31 register word problems per tool; exactly 18 registers have four positives and 7 have three;
the ordinary negatives are 100, four per register; every negative outside the registers is a
near-... or conv-... family with a note; no positive contains an all-numeric date
(NUMERIC_DATE_POS, this set's own pattern; no positive uses one at all). The date items' weeks()
call asserts whole weeks, and date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 93's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 93's, copied (P = "plain" is copied too, as the
last line of the first block). Set 93's docstring (lines 1-414) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects and new figures of the
five items its duplicate check once reported, which were therefore seen; none of those figures is
reused here. The string splitting done by assemble.py and the unwrapping done by unparen.py (which
found nothing to unwrap on any run) change only how string literals are laid out in this file,
never their text; ruff's own settings were not read, and its line limit of 100 characters was only
inferred from set 93's docstring and from its output. Some of this set's near-positive and
conversation kinds share generic kinds with set 93's lists, newly worded with new subjects and
figures: live or looked-up data (an exchange rate, a cullet price, scrap copper, footfall, pothole
statistics, a site crawl), rules (state pension age, holiday entitlement, an apprentice's
allowance, a bridleway's width, hot holding of food, Incoterms cover, copyright term, a park home
commission), estimates and missing figures or constants (the density of silt and of an alloy, rail
expansion, a roughness coefficient, glass for sash weights, press cycle time, camera bitrate, a
portion size, a mileage rate, lamp post spacing, a wheel size for gear inches, a siltation rate,
general average values, warranty terms), judgements (a colour limit for cullet, an efficiency class
after a rewind, a floor tolerance, baroque pitch, a maximum heart rate), another calendar (the
Hebrew one), anything depending on the current date (a loan overdue now, a fee in today's money)
and a group's own unstated rules; and for conversations figures or rules given earlier (a valet's
terms, a pricing rule, pane sizes, a recipe), writing around earlier figures or text (a limerick,
subject lines, a social media post, a reply to a complaint, a letter, a summary), judgements over
earlier options (a counter-offer, a decision memo, a ranking, a choice of candidate), code from
earlier details (SQL, tests for earlier code) and structured data from earlier details (a JSON
record). No item of set 93 was seen, so none was reused verbatim. New kinds here (not in set 93's
lists as far as its docstring shows): tide predictions, the time of dusk at a place, a moon phase,
a road distance between postcodes, a wire gauge table, an ISBN check digit, the racing convention
for a horse's age, a clinical classification code, percentage points against percent, the WCAG
contrast formula, the readability score of a text not given, the ambiguity of bi-weekly, an
all-numeric date of unstated order, nominal against planed timber sizes, a dew point formula, equal
temperament, the Ordnance Survey grid convention, a flood return period, a council tax bill, a
pitch fee index, a fact of track gauge, print resolution, a Dewey classification, library filing
rules for Mc and Mac, school term dates, climbing on a route and stopping distances; and these
conversation kinds: checking the assistant's earlier list against the user's own figure, a
plain-English rewrite of a quoted clause, a rota under stated constraints, log entries put in time
order across midnight, a quiz from earlier notes, an inspection handover note, a Mermaid flowchart
of an earlier process, fixing quoted markup for the problems the assistant named, the assistant's
explanation rewritten for children, a blog continued in the same voice, a choice of candidate under
a new constraint, a risk register table from earlier hazards, a comparison of two drafts, trend or
noise in earlier readings, arrangements worked out from quoted messages, a spreadsheet formula for
an earlier layout with a floor at zero, a reply in the user's own style and names for a room
described earlier. No conversation here ends in a user turn that could be answered alone: each last
turn either needs figures, rules or text from the earlier turns or asks for writing, judgement or
explanation; none is an earlier misreading corrected and then a plain question asked again. Some
near-positives depend on current figures or live data; they are negatives, with no "now" field. No
positive depends on a looked-up figure: every rate, price, fee and discount is given in the text,
so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the academic library interlibrary loans desk next to the bookmobile route librarian, the
mobile library van route, the orchestra librarian parts desk and the museum conservator loan
register (the seed, toy and open source libraries share only a word); the aluminium extrusion press
shop next to the sheet metal fabrication shop, the steel stockholder, the injection moulding
toolroom and the powder coating line; the cohousing community common house next to the house share
bills kitty, the tenants and residents association, the coworking space community desk and the
sheltered housing warden; the electric motor rewind workshop next to the mobile auto electrician,
the outboard motor repair shop, the ebike conversion workshop and the domestic electrician rewire
jobs (which share a word); the family carer of an elderly parent next to the domiciliary care rota
planner, the care home activities coordinator and the foster carer household notes (which share a
word); the glass cullet recycling plant next to the household recycling centre, the scrap metal
yard weighbridge and the glassblowing studios (which share a word); the harbour dredging contractor
next to the aggregates barge wharf, the harbour pilot boat roster, the tugboat harbour towage desk
and the hydrographic survey launch crew; the highway pothole inspection team next to the road
marking lining crew, the winter road gritting depot, the street lighting maintenance crew and the
motorway traffic management crew; the hospital clinical coding office next to the clinical trial
site coordinator, the hospital night porter log, the hospital sterile services unit and the gp
surgery reception; the jockeys valet weighing room next to the racecourse clerk of the course, the
on course bookmaker and the polo club grooms (the car valeting hand wash bay and the slimming club
weigh in share only a word); the Land's End to John o' Groats cyclist next to the cycling sportive
organiser, the camino pilgrim walker, the bikeability cycle instructor and the mountain bike trail
centre; the marine cargo insurance underwriter next to the motor insurance claims handler, the
property loss adjuster and the freight forwarder customs desk; the nanny share employing parents
next to the registered childminder, the au pair placement agency, the parents of newborn twins and
the payroll bureau bookkeeper; the new build homebuyer snagging next to the building control
inspector, the timber frame house builder and the conveyancing solicitor desk; the orchestral
instrument rental shop next to the brass instrument repair bench, the orchestra librarian parts
desk, the ski hire shop counter and the fancy dress hire shop; the park home estate site office
next to the caravan dealer, the yurt campsite, the glamping pod site office and the leasehold block
management office; the permanent way track renewal gang next to the railway signal box relief
signaller, the freight train driver roster, the steam railway and the tunnel boring machine crew;
the picture library licensing desk next to the picture framing workshop and the school picture day
photographer (which share a word), the music royalties collection desk and the portrait photography
studio sittings; the public rights of way officer next to the ramblers walking group leader, the
country park ranger, the parish council clerk and the hedge laying contractor; the river flow
gauging hydrologist next to the salmon counting station, the hydrographic survey launch crew, the
micro hydro scheme operator and the community flood warden; the sash window restoration joiner next
to the double glazing fitter, the leaded window glazier, the staircase joinery workshop and the
french polisher workshop; the shopping centre management office next to the multi storey car park
operator, the motorway services duty manager and the leasehold block management office; the town
centre cctv control room next to the security guard patrol rota, the ambulance control room
dispatcher (which shares words) and the parking enforcement officer beat; the web accessibility
audit consultancy next to the freelance web designer, the penetration testing consultancy and the
braille transcription service; the workplace staff canteen manager next to the school dinner
kitchen cook, the airline catering unit, the oil rig catering crew and the meal prep delivery
kitchen; the judgement of "different topic" is this writer's. Some of this set's registers touch
each other (the harbour dredging contractor and the river flow gauging hydrologist both work on
water; the new build homebuyer and the sash window joiner both deal with windows and building work;
the park home estate site office and the cohousing community both manage shared residential sites);
the judgement that they are different trades or situations is this writer's. At the edges of the
allowed ranges: line 619 is P = "plain", 998, 1269 and 1623 are section headers, 2994 opens the
stated-weekday check and 3217 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; five items that the duplicate check reported as exact
repeats of earlier queries (their earlier counterparts unseen) were reworded, see below. Registers
of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an overlap in TOPIC
with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 93 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format, but ruff check reported one UP034 finding (extraneous parentheses): assemble.py had wrapped
in parentheses every string literal on a line over 99 characters, including short ones that were
not split at all (here the "0.15" of a dec() call), so it was mended to leave a literal unchanged
when it makes only one piece; the generator passed every check up to main()'s duplicate check,
which reported five items by id as repeats of earlier queries or user turns, all plain one-liners:
the weekday of a date in 2041, a miles to kilometres conversion, a bar to psi conversion, a square
metres to square feet conversion and a feet and inches to centimetres conversion; and the list of
lines over 99 characters named two lines of exactly 100 characters, both made so by the same
parentheses. fix1.py reworded the five items with new figures without the earlier queries being
looked at (the weekday of 19 February 2043, 137 miles, 3.15 bar, 23.7 square metres, and a height
of 5 ft 11 in). The second run passed ruff check and every check of the generator, but the list of
lines over 99 characters named two one-line calls of exactly 100 characters, which ruff format
leaves on one line (the height item and the park home pitch item); fix2.py shortened the first (its
opening words) and lengthened the second (adding "is that"), so that ruff format splits it over
several lines. The third run passed every check, and the list of lines over 99 characters was
empty; so did every later run. The register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts, money()'s asserts and the weekday asserts of
the date items passed on every run that reached them.

Registers (families), 25, new: academic_library_interlibrary_loans_desk,
aluminium_extrusion_press_shop, cohousing_community_common_house, electric_motor_rewind_workshop,
family_carer_of_elderly_parent, glass_cullet_recycling_plant, harbour_dredging_contractor,
highway_pothole_inspection_team, hospital_clinical_coding_office, jockeys_valet_weighing_room,
lands_end_to_john_o_groats_cyclist, marine_cargo_insurance_underwriter,
nanny_share_employing_parents, new_build_homebuyer_snagging, orchestral_instrument_rental_shop,
park_home_estate_site_office, permanent_way_track_renewal_gang, picture_library_licensing_desk,
public_rights_of_way_officer, river_flow_gauging_hydrologist, sash_window_restoration_joiner,
shopping_centre_management_office, town_centre_cctv_control_room,
web_accessibility_audit_consultancy, workplace_staff_canteen_manager. Every register is used by all
three tools (asserted); eighteen distinct registers have one further positive (a second calculator
word problem: cohousing_community_common_house, marine_cargo_insurance_underwriter,
nanny_share_employing_parents, orchestral_instrument_rental_shop,
shopping_centre_management_office, workplace_staff_canteen_manager; a second unit word problem:
aluminium_extrusion_press_shop, glass_cullet_recycling_plant, harbour_dredging_contractor,
lands_end_to_john_o_groats_cyclist, river_flow_gauging_hydrologist, sash_window_restoration_joiner;
a second date word problem: family_carer_of_elderly_parent, hospital_clinical_coding_office,
jockeys_valet_weighing_room, new_build_homebuyer_snagging, park_home_estate_site_office,
permanent_way_track_renewal_gang). The seven registers with three positives are
academic_library_interlibrary_loans_desk, electric_motor_rewind_workshop,
highway_pothole_inspection_team, picture_library_licensing_desk, public_rights_of_way_officer,
town_centre_cctv_control_room and web_accessibility_audit_consultancy. Positives are one-liners
(family "plain") or word problems of one to three sentences, in UK usage with £ and pence, pounds,
stone, feet, inches, yards, acres and miles, some in euros, two in US dollars, with a US-style
written date in three items, and other touches (a library's subsidy of loan requests, billet with
scrap sold back in euros, a heating bill split partly by bedrooms, guest room takings, a rewind
quote with VAT, carers' hours less a council contribution, a load of glass with a rejected share,
pothole rates in two bands with a charge per visit, a coding target, a valet's fees with a share of
prize money, a ride's budget, a cargo premium on CIF plus 10%, a damaged-cargo claim after a
deductible, a nanny's pay with pension split between families, a split by hours, a completion
balance with credits, rent-to-buy, a second-instrument discount, a park home sale less commission
and arrears, sleepers at set centres, licence fees with a volume discount, kissing gates with a
grant, a velocity-area gauging, a sash quote, a service charge by floor area, a turnover rent, a
CCTV scheme's funding, an audit quote with a retest uplift, a meal subsidy, a price from a target
margin and a dredging invoice with an early-payment discount); a scan's size, a profile width and a
billet temperature, a hall's floor area, an insulation class, a weight for a care plan, a cullet
bay and a bulk bag, an inspection route, a records store, a jockey's weight, a route and a descent
speed, a reefer set point, a thermostat, a living room, a cello case, a pitch, a rail temperature,
a print width, a footpath diversion, a peak flow and a gauge reading, a sash width and a pane, an
atrium, a car's speed, test recordings, a cold room, a dredged depth and a pump pressure; Celsius
and Fahrenheit both ways, miles to kilometres, km/h to mph and mph to km/h, m/s to km/h, bar to
psi, GiB to MiB and MiB to GiB, square metres to square feet and square feet to square metres,
acres to square metres, hectares to acres, cubic metres to cubic feet, kilograms to pounds and
pounds to kilograms, stone and pounds to kilograms, feet and inches to centimetres and to
millimetres, inches to millimetres, millimetres and centimetres to inches, metres to feet, feet to
metres and yards to metres), some chatty, terse or lower-case, with questions at the start or the
end, several terse commands and one statement to complete. No positive conversations. No dosing in
positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 93: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, how many nights away between two stated dates, a ban counting its first
day as day 1, a ride of 14 days counting the first as day 1, the last of 14 weekly possessions, the
fourth start of a three-week menu cycle, 15, 16, 17, 21, 28, 42, 45, 47, 90, 120, 250, 500 and
1,500 days after or before a date, 6, 9 and 13 weeks after or before a date, weeks between two
stated dates (a plain one-liner), hours between two stated date-times (two items), the weekday of a
stated date (two plain items and one 15 days after a stated date), the fourth Tuesday, the last
Monday, the second Sunday and the day after the fourth Thursday of a stated month and year, and a
day of the year counting 1 January as day 1); the two ages are in whole years from a stated date to
a stated date, and the four clock spans run from one stated time to the next occurrence of the
other (two cross midnight, saying "the next morning"; all are in minutes). Every rounded unit
result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 93):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square feet and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: /work/main/.venv/bin/python make_heldout_94.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-07.jsonl"
PREFIX = "ho94-"
# earlier generators: sets 1-93 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 94))
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
    """A money amount, asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(617, 50) and money(3) == 3

# the 25 registers (families) of this set
LIB = "academic_library_interlibrary_loans_desk"
ALU = "aluminium_extrusion_press_shop"
COHO = "cohousing_community_common_house"
MOTOR = "electric_motor_rewind_workshop"
CARER = "family_carer_of_elderly_parent"
GLASS = "glass_cullet_recycling_plant"
DREDGE = "harbour_dredging_contractor"
ROADS = "highway_pothole_inspection_team"
CODING = "hospital_clinical_coding_office"
VALET = "jockeys_valet_weighing_room"
LEJOG = "lands_end_to_john_o_groats_cyclist"
CARGO = "marine_cargo_insurance_underwriter"
NANNY = "nanny_share_employing_parents"
SNAG = "new_build_homebuyer_snagging"
ORCH = "orchestral_instrument_rental_shop"
PARKH = "park_home_estate_site_office"
PWAY = "permanent_way_track_renewal_gang"
PICS = "picture_library_licensing_desk"
ROW = "public_rights_of_way_officer"
GAUGE = "river_flow_gauging_hydrologist"
SASH = "sash_window_restoration_joiner"
MALL = "shopping_centre_management_office"
CCTV = "town_centre_cctv_control_room"
A11Y = "web_accessibility_audit_consultancy"
CANTEEN = "workplace_staff_canteen_manager"
REGISTERS = (
    LIB,
    ALU,
    COHO,
    MOTOR,
    CARER,
    GLASS,
    DREDGE,
    ROADS,
    CODING,
    VALET,
    LEJOG,
    CARGO,
    NANNY,
    SNAG,
    ORCH,
    PARKH,
    PWAY,
    PICS,
    ROW,
    GAUGE,
    SASH,
    MALL,
    CCTV,
    A11Y,
    CANTEEN,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "what's 17.5% of 3,648?", pct("17.5") * 3648)
calc(P, "Work out 2,385 × 46 − 9,117.", 2385 * 46 - 9117)
ROOT = 437
assert ROOT * ROOT == 190969  # the radicand is a perfect square
calc(P, "Square root of 190,969, please.", ROOT)
calc(P, "7,413.6 divided by 24 =", dec("7413.6") / 24)
calc(P, "(48.25 + 19.75) x 3.6", (dec("48.25") + dec("19.75")) * dec("3.6"))
calc(P, "What is three eighths of 1,756?", F(3, 8) * 1756)
calc(P, "Increase 865 by 12 per cent.", 865 * (1 + pct(12)))
calc(P, "eighteen cubed minus seventeen cubed", 18**3 - 17**3)
calc(
    P,
    "After a 35% reduction a figure stands at 1,443. What was it before the reduction?",
    F(1443) / (1 - pct(35)),
)
calc(P, "2^13 + 500 = ?", 2**13 + 500)
calc(P, "Mean of 41, 58, 73, 66 and 92?", F(41 + 58 + 73 + 66 + 92, 5))
calc(P, "273 is what percentage of 1,050?", F(273, 1050) * 100)
calc(P, "Calculate 0.045 times 7,260.", dec("0.045") * 7260)
calc(
    P,
    "If 14,400 is cut by 15% and the result is then cut by a further 10%, what is left?",
    14400 * (1 - pct(15)) * (1 - pct(10)),
)

# register word problems
calc(
    LIB,
    (
        "ILL desk question: we charge postgraduates £4.50 per inter-library loan "
        "request, but each British Library loan costs us £13.95. Across 38 requests "
        "this term, how much has the library subsidised?"
    ),
    money(38 * (dec("13.95") - dec("4.50"))),
)
ALU_FINISHED = 1450 * dec("3.2")  # kg of finished profiles
ALU_BILLET = ALU_FINISHED * (1 + pct(16))
calc(
    ALU,
    (
        "Billet is €2.85 per kg. For 1,450 profiles at 3.2 kg each we need billet "
        "weighing 16% more than the finished profiles, and the scrap (that extra "
        "16%) sells back at €1.90 per kg. What's the net metal cost in euros?"
    ),
    money(ALU_BILLET * dec("2.85") - (ALU_BILLET - ALU_FINISHED) * dec("1.90")),
)
calc(
    COHO,
    (
        "Heating bill for the common house this quarter is £1,431. We split 40% of "
        "it equally between the 18 households and the other 60% by bedrooms (54 "
        "bedrooms across the site). How much does a three-bedroom household pay?"
    ),
    money(1431 * pct(40) / 18 + 1431 * pct(60) * 3 / 54),
)
calc(
    COHO,
    (
        "guest room takings for march: members' guests pay £18 a night, outside "
        "guests £25, plus a £10 cleaning charge per stay. we had 9 member-guest "
        "stays of 2 nights and 4 outside stays of 3 nights. total?"
    ),
    money(9 * (2 * 18 + 10) + 4 * (3 * 25 + 10)),
)
calc(
    MOTOR,
    (
        "Quote for rewinding a 45 kW pump motor: 38 kg of winding wire at £11.40/kg, "
        "14 hours' labour at £52/hour and new bearings at £186, then VAT at 20%. "
        "Total including VAT?"
    ),
    money((38 * dec("11.40") + 14 * 52 + 186) * (1 + pct(20))),
)
calc(
    CARER,
    (
        "Mum's carers: 1.5 hours every morning, 7 days a week, at £24.50 an hour, "
        "and 45 minutes on 3 evenings at £26 an hour. The council pays £210 a week. "
        "What's our weekly top-up?"
    ),
    money(7 * dec("1.5") * dec("24.50") + 3 * F(45, 60) * 26 - 210),
)
GLASS_ACCEPTED = 12500 * (1 - pct(8))  # kg
calc(
    GLASS,
    (
        "A council load of 12,500 kg of bottle glass comes in and 8% of it is "
        "rejected as contamination. We pay 2.6p per kg for the accepted glass and "
        "deduct 8.5p per kg for the rejected glass. What do we pay the council for "
        "the load, in pounds?"
    ),
    money(GLASS_ACCEPTED * dec("0.026") - (12500 - GLASS_ACCEPTED) * dec("0.085")),
)


def pothole_visit(n):
    """First 5 potholes of a visit at £68, the rest at £52, plus £95 traffic management."""
    return 68 * min(n, 5) + 52 * max(n - 5, 0) + 95


calc(
    ROADS,
    (
        "Our pothole contractor charges £68 each for the first 5 potholes on a visit "
        "and £52 for each one after that, plus £95 traffic management per visit. "
        "Three visits fixed 4, 9 and 12 potholes. What's the bill?"
    ),
    money(pothole_visit(4) + pothole_visit(9) + pothole_visit(12)),
)
calc(
    CODING,
    (
        "Target: 95% of the month's 4,620 finished consultant episodes coded before "
        "the submission deadline. We've coded 3,911 so far. How many more do we need "
        "to code?"
    ),
    4620 * pct(95) - 3911,
)
calc(
    VALET,
    (
        "As her valet I get £21.40 per ride plus 2% of her prize money. At the "
        "meeting she had six rides and one win, her share of the prize being £8,950. "
        "What does she owe me?"
    ),
    money(6 * dec("21.40") + pct(2) * 8950),
)
calc(
    LEJOG,
    (
        "Budget check for my End to End ride: 13 nights, 9 in B&Bs at £68 and the "
        "rest in hostels at £27, food at £32 a day for 14 days, plus £118 for the "
        "train home. Total?"
    ),
    money(9 * 68 + (13 - 9) * 27 + 14 * 32 + 118),
)
calc(
    CARGO,
    (
        "Insured value = CIF + 10%. CIF value is $186,500 and the rate is 0.18%. "
        "What's the premium in dollars?"
    ),
    money(186500 * (1 + pct(10)) * pct("0.18")),
)
calc(
    CARGO,
    (
        "A shipment of 2,400 cartons is insured for €312,000 in total, the value "
        "spread evenly. 85 cartons arrive water-damaged and the surveyor puts the "
        "loss at 60% of their value. What's payable after the €500 deductible?"
    ),
    money(85 * F(312000, 2400) * pct(60) - 500),
)
calc(
    NANNY,
    (
        "Our nanny's gross pay is £16.80 an hour for 50 hours a week, plus employer "
        "pension contributions of 3% of gross. We pay 55% of the total and the other "
        "family 45%. What's our weekly share?"
    ),
    money(dec("16.80") * 50 * (1 + pct(3)) * pct(55)),
)
calc(
    NANNY,
    (
        "Splitting the nanny's £4,160 gross for the month by hours of care, our son "
        "38 hours a week and their daughter 26, how much falls to the other family?"
    ),
    money(4160 * F(26, 38 + 26)),
)
calc(
    SNAG,
    (
        "Purchase price £318,500, with a 5% deposit already paid. The developer is "
        "knocking £1,750 off for snags and covering our £420 surveyor's fee as a "
        "credit. How much do we pay on completion?"
    ),
    money(318500 * (1 - pct(5)) - 1750 - 420),
)
calc(
    ORCH,
    (
        "Rent-to-buy on a cello: £34 a month, with 80% of the rent paid counting "
        "towards the £1,450 price. After 22 monthly payments, how much would it cost "
        "to buy it outright?"
    ),
    money(1450 - pct(80) * 34 * 22),
)
calc(
    ORCH,
    (
        "Term hire: violin £58, viola £64. The cheaper instrument gets 10% off when "
        "a family hires two, and insurance is £6 per instrument. What does a family "
        "hiring one of each pay for the term?"
    ),
    money(64 + 58 * (1 - pct(10)) + 2 * 6),
)
calc(
    PARKH,
    (
        "A park home on our site has sold for £148,500. The site owner's commission "
        "is 10% of the price, and the seller also owes two unpaid pitch fees of "
        "£187.40. What does the seller get?"
    ),
    money(148500 * (1 - pct(10)) - 2 * dec("187.40")),
)
SLEEPER_GAPS = F(390) / dec("0.65")
assert SLEEPER_GAPS.denominator == 1  # the 390 m run divides into whole 650 mm spaces
calc(
    PWAY,
    (
        "How many sleepers do we need to relay 390 m of plain line at 650 mm "
        "centres, with a sleeper at each end?"
    ),
    SLEEPER_GAPS + 1,
)
calc(
    PICS,
    (
        "Licence fees: £240 for a quarter-page image, 1.5 times that for half a page "
        "and 2.25 times for a full page, with 15% off orders of five images or more. "
        "A textbook publisher wants three quarter-page, two half-page and one "
        "full-page images. Fee?"
    ),
    money((3 * 240 + 2 * 240 * dec("1.5") + 240 * dec("2.25")) * (1 - pct(15))),
)
calc(
    ROW,
    (
        "Replacing 14 stiles on the network with kissing gates: £385 per gate plus "
        "£120 fitting each, and a landowner grant covers 25% of the cost. What's the "
        "council's share?"
    ),
    money(14 * (385 + 120) * (1 - pct(25))),
)
GAUGE_DEPTHS = [dec(x) for x in ("0.4", "0.9", "1.3", "1.1", "0.5")]
GAUGE_VELOCITIES = [dec(x) for x in ("0.2", "0.5", "0.6", "0.5", "0.3")]
calc(
    GAUGE,
    (
        "Velocity-area gauging, five panels each 1.2 m wide: depths 0.4, 0.9, 1.3, "
        "1.1 and 0.5 m; mean velocities 0.2, 0.5, 0.6, 0.5 and 0.3 m/s. What's the "
        "discharge in cumecs?"
    ),
    dec("1.2") * sum(d * v for d, v in zip(GAUGE_DEPTHS, GAUGE_VELOCITIES)),
)
calc(
    SASH,
    (
        "Quote for six sashes: each one gets two new cords at £3.20 a cord, a £46 "
        "draught-proofing kit and 3.5 hours at £38 an hour; two of them also need a "
        "new bottom rail at £95 each. Total?"
    ),
    money(6 * (2 * dec("3.20") + 46 + dec("3.5") * 38) + 2 * 95),
)
calc(
    MALL,
    (
        "Service charge budget is £1,260,000 across 180,000 sq ft of lettable space, "
        "apportioned by floor area. What does a 2,150 sq ft unit pay for the year?"
    ),
    money(F(1260000 * 2150, 180000)),
)
calc(
    MALL,
    (
        "turnover rent = £42,000 base plus 8% of turnover over £600,000. the tenant "
        "took £735,400. rent due?"
    ),
    money(42000 + pct(8) * (735400 - 600000)),
)
calc(
    CCTV,
    (
        "The CCTV scheme costs £38,400 a year to run. 23 shops pay £480 each and 11 "
        "larger stores £1,150 each; the council covers the rest. How much is the "
        "council's share?"
    ),
    money(38400 - 23 * 480 - 11 * 1150),
)
calc(
    A11Y,
    (
        "We charge $650 per page template audited and $95 per spot-check page, then "
        "add 12% for the retest. Quote for 7 templates and 18 spot-check pages?"
    ),
    money((7 * 650 + 18 * 95) * (1 + pct(12))),
)
calc(
    CANTEEN,
    (
        "Staff meals are subsidised at 30%: a hot lunch is £6.40 full price. We "
        "served 312 hot lunches over the week. What did the subsidy cost the company?"
    ),
    money(312 * dec("6.40") * pct(30)),
)
calc(
    CANTEEN,
    (
        "Four trays of flapjack, 24 portions a tray, ingredients £48 in total. I "
        "want a 60% gross margin on the selling price. What should I charge per "
        "portion?"
    ),
    money(F(48, 4 * 24) / (1 - pct(60))),
)
calc(
    DREDGE,
    (
        "42,000 cubic metres of maintenance dredging at £6.85 per cubic metre plus "
        "£38,500 mobilisation, less a 2.5% early-payment discount on the total. "
        "What's the invoice?"
    ),
    money((42000 * dec("6.85") + 38500) * (1 - pct("2.5"))),
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
assert CUFT == dec("0.028316846592") and abs(MPH / KMH - dec("1.609344")) < dec("1e-12")
assert f_to_c(68) == 20 and c_to_f(-18) == dec("-0.4")

# plain one-liners
unit_r(P, "Convert 137 miles into kilometres, please.", 137 * MI / KM)
unit_r(P, "how many feet is 2,450 metres", 2450 / FT)
unit_r(P, "58 °F in Celsius?", f_to_c(58))
unit(P, "Convert -7 °C to Fahrenheit.", c_to_f(-7), EXACT)
unit(P, "3.5 GiB in MiB?", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "What's 165 lb in kilograms?", 165 * LB)
unit_r(P, "Convert 2.75 hectares to acres.", dec("2.75") * HA / ACRE)
unit_r(P, "120 km/h is how many mph?", 120 * KMH / MPH)
unit_r(P, "what is 3.15 bar in psi", dec("3.15") * BAR / PSI)
unit_r(P, "How many square feet are there in 23.7 square metres?", dec("23.7") / SQFT)
unit(P, "She's 5 ft 11 in tall. How many centimetres is that?", (5 * 12 + 11) * IN / CM, EXACT)
unit_r(P, "12.5 cubic metres to cubic feet", dec("12.5") / CUFT)
unit(P, "How many metres are there in 880 yards?", 880 * YD, EXACT)
unit(P, "Convert 25 m/s to km/h.", 25 / KMH, EXACT)

# register word problems
unit(
    LIB,
    (
        "An inter-library request came back as a 1.6 GiB scan of three chapters. Our "
        "delivery system counts in MiB: how many is that?"
    ),
    dec("1.6") * GIB / MIB,
    EXACT,
)
unit(
    ALU,
    (
        "The American customer's drawing gives the profile width as 3.75 inches. "
        "What is that in millimetres?"
    ),
    dec("3.75") * IN / MM,
    EXACT,
)
unit(
    ALU,
    "Billets go into the press at 480 °C; what's that in Fahrenheit for the US spec sheet?",
    c_to_f(480),
    EXACT,
)
unit_r(
    COHO,
    (
        "The common house dining hall measures 42 ft by 28 ft. What's its floor area "
        "in square metres?"
    ),
    42 * 28 * SQFT,
)
unit(
    MOTOR,
    (
        "Class F insulation is rated to 155 °C. Convert that to °F for the "
        "customer's American manual."
    ),
    c_to_f(155),
    EXACT,
)
unit_r(
    CARER,
    (
        "Dad's weight has dropped to 9 st 6 lb and the care plan form asks for "
        "kilograms. What do I put?"
    ),
    (9 * 14 + 6) * LB,
)
unit(GLASS, "Our cullet bay is 60 ft long. How long is that in metres?", 60 * FT, EXACT)
unit_r(
    GLASS,
    (
        "A bulk bag of cullet weighs 1,150 kg and the US buyer wants the weight in "
        "pounds. What is it?"
    ),
    1150 / LB,
)
unit_r(
    ROADS,
    "My inspection route is 26.4 miles of B-road. How many kilometres is that?",
    dec("26.4") * MI / KM,
)
unit_r(
    CODING,
    (
        "The records store must stay below 25 °C and the old thermometer reads 71 "
        "°F. What's that in °C?"
    ),
    f_to_c(71),
)
unit_r(
    VALET,
    (
        "My jockey weighs out at 9 st 3 lb with the saddle and the French racecourse "
        "wants it in kilos. What is it?"
    ),
    (9 * 14 + 3) * LB,
)
unit_r(
    LEJOG, "My End to End route comes out at 874 miles. What's that in kilometres?", 874 * MI / KM
)
unit_r(LEJOG, "Hit 38 mph on the descent off Shap. what's that in km/h?", 38 * MPH / KMH)
unit(
    CARGO,
    (
        "The reefer's set point is -18 °C and the US shipper's certificate shows "
        "Fahrenheit. What should it read?"
    ),
    c_to_f(-18),
    EXACT,
)
unit(
    NANNY,
    (
        "The playroom thermostat in the other family's house is set to 68 °F. What "
        "is that in Celsius?"
    ),
    f_to_c(68),
    EXACT,
)
unit_r(
    SNAG,
    "The plans show the living room as 5.2 m by 3.9 m. What's that in square feet?",
    dec("5.2") * dec("3.9") / SQFT,
)
unit_r(ORCH, "A full-size cello case is 135 cm long. How long is that in inches?", 135 * CM / IN)
unit_r(
    PARKH,
    "Each pitch on the estate is 0.15 acres. How many square metres is that?",
    dec("0.15") * ACRE,
)
unit(
    PWAY,
    (
        "The stress-free temperature for CWR here is 27 °C; the old BR manual works "
        "in Fahrenheit. Convert it."
    ),
    c_to_f(27),
    EXACT,
)
unit_r(PICS, "Minimum print width for this image is 300 mm. What's that in inches?", 300 * MM / IN)
unit(
    ROW,
    "The proposed footpath diversion is 1,850 yards long. How many metres is that?",
    1850 * YD,
    EXACT,
)
unit_r(
    GAUGE,
    (
        "Peak flow was 148 cubic metres per second; the visiting engineer wants "
        "cubic feet per second."
    ),
    148 / CUFT,
)
unit_r(GAUGE, "staff gauge reads 2.35 m. in feet?", dec("2.35") / FT)
unit(SASH, "The sash is 2 ft 11 in wide. How many millimetres is that?", 35 * IN / MM, EXACT)
unit_r(
    SASH,
    "Each pane is 610 mm by 455 mm. What's the area of one pane in square feet?",
    610 * 455 * MM * MM / SQFT,
)
unit_r(MALL, "The atrium floor is 1,420 m². Square feet?", 1420 / SQFT)
unit_r(
    CCTV,
    (
        "Going by the footage, we put the car at 55 km/h through a 20 mph zone. What "
        "is 55 km/h in mph?"
    ),
    55 * KMH / MPH,
)
unit(
    A11Y,
    "Our screen reader test recordings come to 7,424 MiB. How many GiB is that?",
    7424 * MIB / GIB,
    EXACT,
)
unit_r(
    CANTEEN,
    "The walk-in cold room is 3.2 m by 2.4 m by 2.5 m high. What's its volume in cubic feet?",
    dec("3.2") * dec("2.4") * dec("2.5") / CUFT,
)
unit_r(
    DREDGE,
    "The channel is dredged to 4.5 m below chart datum. How many feet is that?",
    dec("4.5") / FT,
)
unit_r(DREDGE, "The cutter suction pump runs at 12 bar. Convert to psi.", 12 * BAR / PSI)


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
    """Hours from one stated date-time to another, as an exact Fraction."""
    return F(int((b - a).total_seconds()), 3600)


# dates stated with their weekday in this set's date items fall on the weekday intended
assert weekday(D(2027, 10, 12)) == "Tuesday" and weekday(D(2027, 12, 3)) == "Friday"
assert weekday(D(2028, 6, 10)) == "Saturday" and weekday(D(2028, 3, 4)) == "Saturday"
assert weekday(D(2028, 1, 3)) == "Monday"
assert weekday(D(2032, 1, 5)) == "Monday" and weekday(D(2032, 3, 29)) == "Monday"

# plain one-liners
date_item(P, "What day of the week will 19 February 2043 be?", weekday(D(2043, 2, 19)))
date_item(P, "Which date is 250 days after 14 January 2028?", D(2028, 1, 14) + TD(days=250))
date_item(
    P,
    "How many days are there from 3 March 2026 to 19 November 2026?",
    days(D(2026, 3, 3), D(2026, 11, 19)),
)
date_item(P, "9 weeks before 2 June 2029: what date is that?", D(2029, 6, 2) - TD(weeks=9))
date_item(P, "fourth Tuesday of October 2031?", nth_weekday(2031, 10, TUE, 4))
date_item(
    P, "How many minutes from 21:50 to 06:15 the next morning?", clock_span("21:50", "06:15", 60)
)
date_item(P, "Give me the date 1,500 days after 1 July 2025.", D(2025, 7, 1) + TD(days=1500))
date_item(
    P,
    "Someone born on 30 September 1961: how old are they, in whole years, on 12 May 2030?",
    age(D(1961, 9, 30), D(2030, 5, 12)),
)
date_item(
    P,
    "Counting 1 January as day 1, what day of the year is 17 October 2029?",
    days(D(2029, 1, 1), D(2029, 10, 17)) + 1,
)
date_item(P, "Which day of the week does July 4, 2035 fall on?", weekday(D(2035, 7, 4)))
date_item(
    P,
    "How many weeks are there between Monday 5 January 2032 and Monday 29 March 2032?",
    weeks(D(2032, 1, 5), D(2032, 3, 29)),
)
date_item(P, "Last Monday in May 2033?", nth_weekday(2033, 5, MON, -1))
date_item(P, "what's 45 days before 11 March 2030", D(2030, 3, 11) - TD(days=45))
date_item(
    P,
    "Hours between 06:00 on 3 April 2027 and 18:00 on 9 April 2027?",
    hours_between(DT(2027, 4, 3, 6, 0), DT(2027, 4, 9, 18, 0)),
)

# register word problems
date_item(
    LIB,
    (
        "A British Library loan arrived on 18 February 2027 and is due back 42 days "
        "after arrival. What's the due date?"
    ),
    D(2027, 2, 18) + TD(days=42),
)
date_item(
    ALU,
    "New die ordered 6 September 2027 with a lead time of 9 weeks. When should it arrive?",
    D(2027, 9, 6) + TD(weeks=9),
)
date_item(
    COHO,
    (
        "Our common meal is on the second Sunday of every month. What's the date of "
        "it in November 2027?"
    ),
    nth_weekday(2027, 11, SUN, 2),
)
date_item(
    MOTOR,
    (
        "The motor came in on Tuesday 12 October 2027 and we promised it back 15 "
        "days later. What day of the week is that?"
    ),
    weekday(D(2027, 10, 12) + TD(days=15)),
)
date_item(
    CARER,
    (
        "Dad goes into respite on 14 March 2028 and comes home on 2 April 2028. How "
        "many nights is he away?"
    ),
    days(D(2028, 3, 14), D(2028, 4, 2)),
)
date_item(
    CARER,
    "Mum was born on 27 June 1938. How old will she be on 1 December 2027?",
    age(D(1938, 6, 27), D(2027, 12, 1)),
)
date_item(
    GLASS,
    (
        "The furnace rebuild starts on Friday 3 December 2027 and the restart is "
        "planned 17 days after that. What's the restart date?"
    ),
    D(2027, 12, 3) + TD(days=17),
)
date_item(
    ROADS,
    (
        "A category 2 defect was logged on 29 October 2027 and must be repaired no "
        "later than 28 days after logging. What's the deadline?"
    ),
    D(2027, 10, 29) + TD(days=28),
)
date_item(
    CODING,
    (
        "Episodes discharged on 31 January 2028 have to be coded by 21 days after "
        "discharge. Which date is that?"
    ),
    D(2028, 1, 31) + TD(days=21),
)
date_item(
    CODING,
    "how many minutes is a coding shift from 07:30 to 15:45?",
    clock_span("07:30", "15:45", 60),
)
date_item(
    VALET,
    (
        "Her 12-day suspension starts on 9 May 2028, counting that as day 1. What's "
        "the last day of the ban?"
    ),
    D(2028, 5, 9) + TD(days=12 - 1),
)
date_item(
    VALET,
    "First race 13:50, last race 17:35: how many minutes apart are they?",
    clock_span("13:50", "17:35", 60),
)
date_item(
    LEJOG,
    (
        "I leave Land's End on Saturday 10 June 2028 and plan 14 days of riding, "
        "counting the first day as day 1. What date do I reach John o' Groats?"
    ),
    D(2028, 6, 10) + TD(days=14 - 1),
)
date_item(
    CARGO,
    (
        "Cover incepted on August 15, 2027 and runs for 120 days. What date does it "
        "expire, 120 days after inception?"
    ),
    D(2027, 8, 15) + TD(days=120),
)
date_item(
    NANNY,
    (
        "Our nanny starts on 4 September 2028 with a 13-week probation. What date is "
        "13 weeks after her start?"
    ),
    D(2028, 9, 4) + TD(weeks=13),
)
date_item(
    SNAG,
    (
        "We completed on 28 July 2028 and the developer will fix snags reported up "
        "to 90 days after completion. What's the last date we can report one?"
    ),
    D(2028, 7, 28) + TD(days=90),
)
date_item(
    SNAG,
    "How many days from exchange on 6 June 2028 to completion on 28 July 2028?",
    days(D(2028, 6, 6), D(2028, 7, 28)),
)
date_item(
    ORCH,
    "How many days from 17 July 2028 to 8 September 2028 is the summer hire?",
    days(D(2028, 7, 17), D(2028, 9, 8)),
)
date_item(
    PARKH,
    (
        "A resident bought her home on 13 November 2027 and the pitch fee review "
        "falls on 1 April 2028. How many days is it from the purchase to the review?"
    ),
    days(D(2027, 11, 13), D(2028, 4, 1)),
)
date_item(
    PARKH,
    "We served a 28-day notice on 21 February 2028. What date is 28 days after service?",
    D(2028, 2, 21) + TD(days=28),
)
date_item(
    PWAY,
    (
        "Possession from 23:30 until 05:45 the next morning: how many minutes of "
        "track time do we get?"
    ),
    clock_span("23:30", "05:45", 60),
)
date_item(
    PWAY,
    (
        "We have 14 weekend possessions, one every 7 days, the first on Saturday 4 "
        "March 2028. What's the date of the last one?"
    ),
    D(2028, 3, 4) + TD(days=7 * (14 - 1)),
)
date_item(
    PICS,
    "The licence runs for 500 days from 12 January 2027. What date is 500 days after that?",
    D(2027, 1, 12) + TD(days=500),
)
date_item(
    ROW,
    (
        "The notice has to go up at least 28 days before the closure starts on 3 "
        "October 2028. What's the latest date to post it?"
    ),
    D(2028, 10, 3) - TD(days=28),
)
date_item(
    GAUGE,
    (
        "The flood peaked at 02:40 on 19 December 2027 and the river dropped below "
        "the warning level at 19:10 on 21 December 2027. How many hours was that?"
    ),
    hours_between(DT(2027, 12, 19, 2, 40), DT(2027, 12, 21, 19, 10)),
)
date_item(
    SASH,
    (
        "Painted the sashes on 27 September 2028; they need 16 days to harden before "
        "re-hanging. Earliest re-hang date?"
    ),
    D(2028, 9, 27) + TD(days=16),
)
date_item(
    MALL,
    (
        "Black Friday is the day after the fourth Thursday of November. What date is "
        "Black Friday in 2028?"
    ),
    nth_weekday(2028, 11, THU, 4) + TD(days=1),
)
date_item(
    CCTV,
    "The camera went live on 2 August 2027. How many days is it from then to 1 March 2028?",
    days(D(2027, 8, 2), D(2028, 3, 1)),
)
date_item(
    A11Y,
    "Audit done February 14, 2028; retest booked for 6 weeks later. What date is the retest?",
    D(2028, 2, 14) + TD(weeks=6),
)
date_item(
    CANTEEN,
    (
        "Our menu runs on a three-week cycle starting Monday 3 January 2028. On what "
        "date does week 1 of the menu start for the fourth time?"
    ),
    D(2028, 1, 3) + TD(weeks=3 * (4 - 1)),
)
date_item(
    DREDGE,
    (
        "We start dredging on 21 January 2028 and the job needs 47 days. What date "
        "is 47 days after the start?"
    ),
    D(2028, 1, 21) + TD(days=47),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, asking for advice, explanation, judgement or writing
ORDINARY = {
    LIB: (
        (
            "How should we word a policy on whether undergraduates may request "
            "inter-library loans, given what each one costs us?"
        ),
        (
            "What's a good way to explain copyright declarations to students who want "
            "chapter scans supplied through inter-library loan?"
        ),
        (
            "A lending library sent a rare book on a 'library use only' condition and "
            "the requester is furious. How do I handle it diplomatically?"
        ),
        (
            "Can you suggest ways to speed up our turnaround on article requests to "
            "libraries overseas?"
        ),
    ),
    ALU: (
        (
            "Why do we get die lines on the surface of some extrusions, and what can the "
            "press crew do about them?"
        ),
        (
            "What should a die setter look for when a new die gives twisted profiles on "
            "the first push?"
        ),
        (
            "Write a short safety briefing for agency staff working near the billet "
            "furnace and the puller."
        ),
        (
            "Is it worth moving a customer from 6063 to 6082 when they say the profiles "
            "bend in service? What are the trade-offs?"
        ),
    ),
    COHO: (
        "How can we make the common house cooking rota fairer to members who work shifts?",
        (
            "Draft a friendly note asking households to clear their belongings out of "
            "the common house laundry."
        ),
        (
            "What are the pros and cons of consensus against majority voting for a "
            "cohousing community of 18 households?"
        ),
        (
            "One neighbour keeps booking the guest room for long stays. How should the "
            "community raise it without a row?"
        ),
    ),
    MOTOR: (
        (
            "Why might a motor run hot after a rewind even though the winding "
            "resistances measure the same as before?"
        ),
        (
            "Should we advise rewinding or replacing a 15-year-old 22 kW motor? Which "
            "factors matter most?"
        ),
        "How do I describe a surge test result to a customer who isn't technical?",
        "What are good practices for storing varnished stators before they go back into service?",
    ),
    CARER: (
        (
            "Mum keeps asking where her late husband is. How can I respond kindly now "
            "that she has dementia?"
        ),
        "What should I ask the council about a carer's assessment for myself?",
        "How do I start a conversation with my brother about sharing Dad's care more evenly?",
        "Help me write a one-page 'about me' sheet for Dad to take to the respite home.",
    ),
    GLASS: (
        "Why does ceramic contamination matter so much in cullet going back into a glass furnace?",
        (
            "Write a leaflet for households explaining which kinds of glass must not go "
            "in the bottle bank."
        ),
        "How can we cut dust exposure for the staff on the cullet crushing line?",
        (
            "Should we keep brown and green glass separate even if the price for mixed "
            "cullet improves? Talk me through it."
        ),
    ),
    DREDGE: (
        "How do we explain to the local fishermen why we have to dredge during their season?",
        "What's the difference between maintenance dredging and capital dredging?",
        (
            "Write a notice to mariners about the dredger working in the approach "
            "channel over the coming fortnight."
        ),
        (
            "How should we monitor turbidity to keep the harbour authority and the "
            "environmental regulator happy?"
        ),
    ),
    ROADS: (
        (
            "How should I decide whether a pothole on a quiet lane counts as a safety "
            "defect or can wait for routine repair?"
        ),
        "Draft a reply to a cyclist who says a pothole we left unrepaired caused his fall.",
        "What makes a permanent pothole repair outlast a temporary throw-and-go patch?",
        "How do I prioritise a backlog of inspections after a week of hard frost?",
    ),
    CODING: (
        (
            "Explain the difference between a primary and a secondary diagnosis in "
            "clinical coding for a new trainee."
        ),
        (
            "How should a coder query a consultant when the discharge summary "
            "contradicts the case notes?"
        ),
        "Suggest ways to keep coders' concentration up during a month-end backlog.",
        "Is it better for coders to specialise by specialty or to rotate? What do you think?",
    ),
    VALET: (
        (
            "What's a good routine for keeping silks and saddles organised across a busy "
            "card with twelve jockeys?"
        ),
        "How do I deal politely with a jockey who keeps leaving his kit on the wrong peg?",
        "Explain to a new apprentice valet what happens at the scales before and after a race.",
        "Write a short thank-you message from me to the jockeys at the end of the jumps season.",
    ),
    LEJOG: (
        (
            "Should I ride Land's End to John o' Groats carrying a tent or book B&Bs all "
            "the way? Help me weigh it up."
        ),
        "How do I train for two weeks of back-to-back long days in the saddle?",
        "What's the safest way to handle the A9 on a bicycle, or should I avoid it altogether?",
        "Suggest some ways to raise money for a hospice from my End to End ride.",
    ),
    CARGO: (
        (
            "Explain the difference between all risks and named perils cover for a "
            "container of furniture."
        ),
        (
            "How should I judge whether a shipper's packing was adequate when the goods "
            "arrive crushed?"
        ),
        (
            "Write a polite decline to a broker whose client wants cover for a cargo "
            "that may already be lost."
        ),
        "What questions should I ask before underwriting a one-off shipment of antiques?",
    ),
    NANNY: (
        (
            "How do we agree with the other family on what happens when one child is ill "
            "and stays at home?"
        ),
        (
            "Draft a clause for our nanny share agreement about holidays when the two "
            "families go away at different times."
        ),
        "What should we think about when choosing which house the nanny works from?",
        "Our nanny seems to favour the other family's child. How do we bring it up?",
    ),
    SNAG: (
        "How do I write a snagging list so the developer can't argue about what I meant?",
        (
            "Is a hairline crack in new plaster something to worry about or just the "
            "house drying out?"
        ),
        "The developer keeps missing appointments to fix our snags. What are my options?",
        "What should I check in the loft of a new-build house before the warranty inspection?",
    ),
    ORCH: (
        (
            "How do I help a parent choose between renting and buying a violin for a "
            "child who has just started?"
        ),
        (
            "Write a friendly reminder to families that hired instruments must come back "
            "for servicing over the summer."
        ),
        (
            "What's the best way to clean rosin build-up off a hire cello without "
            "harming the varnish?"
        ),
        (
            "A returned clarinet has a cracked joint. How should I handle the "
            "conversation about a damage charge?"
        ),
    ),
    PARKH: (
        "How should the site office deal with a resident who has built a porch without asking?",
        "Explain to a new resident what the pitch fee covers and what it doesn't.",
        "Write a notice about the new rules for parking visitors' cars on the estate.",
        (
            "What's a fair way to handle complaints about a neighbour's barking dog on a "
            "park home estate?"
        ),
    ),
    PWAY: (
        (
            "What should the briefing cover before a night possession next to a line "
            "that stays open to traffic?"
        ),
        (
            "Why do we stress continuous welded rail to a set temperature rather than "
            "just clipping it in?"
        ),
        "How do I explain to a new trackman why the ballast shoulder profile matters?",
        "Write a short toolbox talk about working near the ballast regulator.",
    ),
    PICS: (
        (
            "How do I explain to a client why editorial and advertising licences are "
            "priced so differently?"
        ),
        (
            "What should we do when a model release can't be found for an image a client "
            "wants for an advert?"
        ),
        "Draft a polite letter to a website that used one of our images without a licence.",
        "How should we keyword historic photographs so that researchers can actually find them?",
    ),
    ROW: (
        (
            "A landowner has padlocked a gate across a public footpath. How should I "
            "approach him first?"
        ),
        "Explain the difference between a footpath, a bridleway and a byway to a new volunteer.",
        "Write a sign asking walkers to keep dogs on leads through the lambing field.",
        "How should we prioritise a backlog of reported path obstructions on a small budget?",
    ),
    GAUGE: (
        "Why might a rating curve drift after a big flood, and how would I check it?",
        (
            "Explain to a parish council why one gauge reading doesn't tell them "
            "everything about flood risk."
        ),
        "What precautions should I take before wading in to gauge a river that's rising?",
        "How do I choose a site for a new gauging station on a braided gravel river?",
    ),
    SASH: (
        (
            "Should I repair or replace rotten sills on the sash windows of a listed "
            "house? What do conservation officers usually want?"
        ),
        "How can I stop sashes rattling without spoiling the look of the windows?",
        "Write a short explanation for a customer of why we use linseed oil paint on old sashes.",
        "What's the safest way to strip old paint from sash boxes when it may contain lead?",
    ),
    MALL: (
        (
            "How should we handle tenants who complain that the service charge went up "
            "without explanation?"
        ),
        (
            "Suggest events that would bring more families into the shopping centre on "
            "weekday afternoons."
        ),
        "Write a memo to tenants about the changes to the bin store rules.",
        "A unit has stood empty for a long time. What could we do with it in the meantime?",
    ),
    CCTV: (
        (
            "What should an operator do on spotting someone who looks vulnerable in the "
            "town centre late at night?"
        ),
        "Write a handover note template for the night shift in the control room.",
        "Explain to a councillor why we can't just hand footage to anyone who asks for it.",
        "How do we keep operators alert through long, quiet night shifts?",
    ),
    A11Y: (
        "Explain why 'click here' as link text is a problem for screen reader users.",
        "How should we report a colour contrast failure so that the designer actually fixes it?",
        (
            "Is an accessibility overlay widget a fair substitute for fixing the site "
            "itself? Give me your view."
        ),
        "Write a short summary of our audit findings for a board that isn't technical.",
    ),
    CANTEEN: (
        "How can I cut food waste in the staff canteen without running out of the popular dishes?",
        (
            "Suggest some vegan hot lunches that would still appeal to the night shift "
            "on the factory floor."
        ),
        "Write a friendly notice asking staff to put their trays back on the racks.",
        "How should we answer complaints that the salad bar is too expensive?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for _register, _questions in ORDINARY.items():
    assert len(_questions) == 4 and len(set(_questions)) == 4, _register
    for _q in _questions:
        neg(_register, _q)


# hard single-turn near-positives: they look exact but need something the text does not give
NEAR: list[tuple[str, str, str]] = []


def near(family, query, note):
    assert family.startswith("near-") and note, family
    NEAR.append((family, query, note))


near(
    "near-unstated-exchange-rate",
    "The cargo premium came to $369.27. How much is that in sterling?",
    "no exchange rate is given, and the rate changes from day to day",
)
near(
    "near-tide-table",
    "What time is high water at Harwich on 12 May 2028?",
    "needs tide predictions for a port; no tool here computes them from the text",
)
near(
    "near-sunset-at-place",
    "What time does it get dark in Thurso on 20 June 2028?",
    "needs an ephemeris for the place and a definition of dark (sunset or a twilight)",
)
near(
    "near-moon-phase",
    "Will there be a full moon on the night of 14 October 2028 for our night possession?",
    "needs lunar ephemeris data; a date calculator cannot say",
)
near(
    "near-postcode-road-distance",
    "How far is it by road from postcode TR19 7AA to KW1 4YR?",
    "needs a road network and postcode locations",
)
near(
    "near-silt-density",
    "How much does 42,000 cubic metres of harbour silt weigh?",
    "the density of the silt is not given and varies with its water content",
)
near(
    "near-wire-gauge-table",
    "What's 14 SWG winding wire in millimetres?",
    "needs the standard wire gauge table, which is not a unit conversion",
)
near(
    "near-isbn-check-digit",
    "What check digit goes on the end of an ISBN that starts 978-0-19-953556?",
    "needs the ISBN-13 weighting convention, which the text does not state",
)
near(
    "near-copyright-term",
    (
        "A photographer whose work we license died in 1957. When does copyright in "
        "her photographs run out?"
    ),
    "needs copyright law (and its jurisdiction and end-of-year rule), not given",
)
near(
    "near-racing-age-convention",
    "How old is a horse foaled on 20 May 2024, for racing purposes, on 1 March 2027?",
    "turns on the racing convention of a common official birthday, which is not stated",
)
near(
    "near-apprentice-allowance",
    "My apprentice has ridden 12 winners. How much weight can she claim?",
    "needs the current apprentice allowance rules of the racing authority",
)
near(
    "near-icd-code-lookup",
    "What's the ICD-10 code for a fractured neck of femur on the left side?",
    "a lookup in a clinical classification, not a calculation",
)
near(
    "near-points-or-percent",
    "Our coding accuracy went up from 92% to 95%. How big an improvement is that?",
    "ambiguous between percentage points and a relative change; needs judgement",
)
near(
    "near-wcag-contrast-formula",
    "What's the contrast ratio between #767676 text and a white background?",
    "needs the WCAG relative luminance formula with its gamma correction, not given",
)
near(
    "near-readability-of-unseen-text",
    "What's the Flesch reading ease score of our client's homepage introduction?",
    "the text is not given, and the score needs syllable counting",
)
near(
    "near-state-pension-age",
    "When can Dad claim his state pension? He was born on 3 March 1961.",
    "needs the state pension age rules, which are not given and have changed over time",
)
near(
    "near-holiday-entitlement",
    "Our nanny works 3 days a week. How many days of paid holiday is she entitled to?",
    "needs the statutory entitlement rule and how bank holidays are treated",
)
near(
    "near-biweekly-ambiguity",
    "We pay the nanny bi-weekly, first payday Friday 7 January 2028. When is the fifth payday?",
    "bi-weekly can mean twice a week or every two weeks; the answer depends on which",
)
near(
    "near-ambiguous-date-order",
    "How many days from 03/04/2028 to 10/05/2028?",
    "all-numeric dates with no stated order: day/month or month/day give different answers",
)
near(
    "near-floor-tolerance-standard",
    "Is a 6 mm dip over 2 m of our new kitchen floor within tolerance?",
    "needs the warranty provider's construction standards and a judgement",
)
near(
    "near-planed-timber-size",
    "What's the actual planed size in millimetres of a 4x2 for a sash box lining?",
    "nominal against planed sizes is a trade convention with no fixed conversion",
)
near(
    "near-sash-counterweight",
    "How heavy should the weights be for a sash with a 900 by 600 mm pane of 4 mm glass?",
    "glass density and the frame's weight are not given; balancing is trade practice",
)
near(
    "near-dew-point-formula",
    (
        "At 21 °C and 65% relative humidity indoors, at what surface temperature "
        "will the sash glass start to mist?"
    ),
    "needs an empirical dew point formula with its constants; not a conversion",
)
near(
    "near-baroque-pitch",
    "What frequency should A be tuned to for the baroque group's hire instruments?",
    "a performance convention that varies; needs judgement, not a calculation",
)
near(
    "near-equal-temperament",
    "What's the frequency of the C above middle C?",
    "needs a reference pitch and the equal temperament formula; the result is irrational",
)
near(
    "near-grid-reference-distance",
    "How far is it in a straight line from SU 412 563 to SU 436 581?",
    "needs the Ordnance Survey grid reference convention (100 m units), not stated",
)
near(
    "near-bridleway-width-rule",
    "How wide must a bridleway be when a landowner applies to divert it?",
    "a legal and policy question; the width is not given",
)
near(
    "near-flood-return-period",
    "How often should we expect a flood as big as 148 cumecs on this river?",
    "needs flood frequency analysis of the river's record, which is not given",
)
near(
    "near-manning-roughness",
    "What's the flow in a 3 m wide channel running 0.8 m deep on a slope of 1 in 500?",
    "needs Manning's roughness coefficient for the channel, which is not given",
)
near(
    "near-footfall-count",
    "How many people came through the shopping centre last Saturday?",
    "needs the centre's live counter data and the current date",
)
near(
    "near-stopping-distance",
    "What's the stopping distance at 30 mph on a wet road?",
    "needs the Highway Code's convention and conditions that the text does not give",
)
near(
    "near-footage-bitrate",
    "How many days of footage will a 16 TB drive hold for our 64 cameras?",
    "the cameras' bitrate is not given, and TB may be decimal or binary",
)
near(
    "near-pothole-statistics",
    "How many potholes did councils in England fill last year?",
    "needs current published figures and the current date",
)
near(
    "near-box-section-weight",
    "What does a 50 by 50 by 3 mm aluminium box section weigh per metre?",
    "the alloy's density and the corner radii are not given",
)
near(
    "near-press-cycle-time",
    "How long will it take to push 1,450 profiles on press 2?",
    "press speed, billet length and dead cycle time are not given",
)
near(
    "near-cullet-colour-limit",
    "How much amber cullet can we add to a flint batch before the colour goes off-spec?",
    "depends on the furnace and the customer's specification; judgement",
)
near(
    "near-cullet-market-price",
    "What's the going rate for mixed cullet at the moment?",
    "live market data",
)
near(
    "near-scrap-copper-value",
    "How much is the scrap copper from yesterday's rewind worth?",
    "the weight is not given and scrap prices are live",
)
near(
    "near-efficiency-class-after-rewind",
    "Does a rewound 11 kW motor still meet IE3?",
    "needs test data and the standard's efficiency tables; a judgement",
)
near(
    "near-portion-yield",
    "How many portions will I get out of a 4 kg tray of lasagne?",
    "the portion size is not given; a judgement",
)
near(
    "near-hot-holding-rule",
    "How long can the soup stay on the hot counter before I have to throw it away?",
    "needs food safety rules and guidance, not given in the text",
)
near(
    "near-siltation-rate",
    "How many weeks before the approach channel silts back up to 3.5 m?",
    "the siltation rate is not given; an estimate",
)
near(
    "near-incoterms-minimum-cover",
    "Under CIF terms, what minimum cover does the seller have to buy on a $186,500 shipment?",
    "needs the Incoterms rule on minimum cover, which the text does not state",
)
near(
    "near-general-average-share",
    "The ship has declared general average. What's our contribution for a $186,500 container?",
    "needs the total contributory values and the size of the general average loss",
)
near(
    "near-house-rules-unstated",
    "How many blocks does it take to stop a proposal at our cohousing meeting?",
    "depends on the community's own decision rules, not given",
)
near(
    "near-council-tax-bill",
    "What council tax will we pay on our new-build house?",
    "the band and the council's current charges are not given",
)
near(
    "near-warranty-end-date",
    "When does our new-build warranty run out? We completed in July 2028.",
    "the day of completion and the warranty's terms are not given",
)
near(
    "near-pitch-fee-index",
    "What will my pitch fee be after the April review?",
    "needs the current fee and the latest price index figure",
)
near(
    "near-commission-rate-unstated",
    "I'm selling my park home for £148,500. How much will the site owner take?",
    "the commission rate is not given; it depends on the law where the site is",
)
near(
    "near-track-gauge-fact",
    "What's standard gauge in millimetres?",
    "a fact that the text does not give; a converter needs the gauge in feet and inches",
)
near(
    "near-rail-expansion",
    "How much will 390 m of rail expand between 10 °C and 35 °C?",
    "the rail steel's expansion coefficient is not given, and welded rail is restrained",
)
near(
    "near-print-resolution",
    "How big can I print an image that's 4,000 pixels wide?",
    "the print resolution is not given; depends on quality and viewing distance",
)
near(
    "near-inflation-adjusted-fee",
    "What would a £240 licence fee from 1995 be in today's money?",
    "needs a price index and the current date",
)
near(
    "near-overdue-now",
    "A loan that was due back on 1 April 2027 still hasn't come in. How many days overdue is it?",
    "depends on the current date",
)
near(
    "near-dewey-classification",
    "What Dewey number should a book on canal engineering history go under?",
    "a classification lookup and a judgement",
)
near(
    "near-filing-order-rules",
    "In what order do these go on the shelf: McAllister, MacBride, Mackay, M'Kenzie?",
    "library filing rules for Mc and Mac are a convention not given",
)
near(
    "near-hebrew-calendar-date",
    "What's the Gregorian date of Rosh Hashanah in 2029?",
    "needs the Hebrew calendar's rules",
)
near(
    "near-school-term-dates",
    "When do schools go back after the October half term in 2028 round here?",
    "local term dates, set by each authority; the place is not given",
)
near(
    "near-max-heart-rate",
    "I'm 52. What's my maximum heart rate for training zones?",
    "rules of thumb disagree; needs judgement, not a calculation",
)
near(
    "near-gear-inches",
    "What gear inches do I get with a 34-tooth chainring and a 32 sprocket?",
    "the wheel and tyre diameter is not given",
)
near(
    "near-route-climbing",
    "How much climbing is there on the End to End route via Shap and Drumochter?",
    "needs route and elevation data",
)
near(
    "near-speed-from-footage",
    "The car passes two lamp posts in 1.6 seconds of footage. How fast was it going?",
    "the spacing of the lamp posts is not given",
)
near(
    "near-site-crawl",
    "How many images on the client's website are missing alt text?",
    "needs the site crawled; live data",
)
near(
    "near-nanny-payroll-deductions",
    "How much income tax and National Insurance do we take off our nanny's £840 a week?",
    "needs current thresholds and rates and her tax code, none given",
)
near(
    "near-mileage-rate-unstated",
    "Our nanny drove the children 64 miles this week in her own car. What do we owe her?",
    "no mileage rate is given",
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
for _family, _query, _note in NEAR:
    neg(_family, _query, _note)


# conversations: the last user turn needs the earlier turns, or asks for writing or judgement
CONVS: list[tuple[str, tuple[tuple[str, str], ...], str]] = []


def convo(family, note, *turns):
    assert family.startswith("conv-") and note, family
    CONVS.append((family, turns, note))


convo(
    "conv-rate-given-earlier",
    "the rate and the percentage are only in the first turn",
    (
        U,
        (
            "I'm a jockeys' valet. My terms are £21.40 a ride plus 2% of whatever prize "
            "money the jockey takes home."
        ),
    ),
    (A, "Understood: £21.40 for each ride, plus 2% of the jockey's share of prize money."),
    (
        U,
        (
            "Right, so at Fontwell one of my lads had four rides and took £3,200 in "
            "prizes. What does he owe me on those terms?"
        ),
    ),
)
convo(
    "conv-which-row-wrong",
    "checking the assistant's earlier list against the user's earlier weight per metre",
    (
        U,
        (
            "Our 40 by 20 mm channel weighs 1.35 kg per metre. Can you list the weights "
            "for cut lengths of 2, 3.5, 5 and 6.5 m?"
        ),
    ),
    (A, "Here you go: 2 m is 2.70 kg, 3.5 m is 4.725 kg, 5 m is 6.57 kg and 6.5 m is 8.775 kg."),
    (
        U,
        (
            "One of those rows doesn't square with the weight per metre I gave you. "
            "Which one is it and what should it say?"
        ),
    ),
)
convo(
    "conv-plain-english-clause",
    "a rewrite of a clause quoted in the first turn",
    (
        U,
        (
            "Here's the exclusion in the policy: 'This insurance does not cover loss, "
            "damage or expense caused by packing that is insufficient or unsuitable, "
            "where the packing was done by the Assured or their employees, or before "
            "this insurance attached.'"
        ),
    ),
    (
        A,
        (
            "That excludes losses caused by poor or unsuitable packing, if the packing "
            "was done by the insured or their staff, or before the cover started."
        ),
    ),
    (
        U,
        (
            "Good. Now rewrite it as two short sentences that the shipper's warehouse "
            "team will understand, keeping both conditions."
        ),
    ),
)
convo(
    "conv-retirement-limerick",
    "creative writing from details given earlier",
    (
        U,
        (
            "Our foreman Terry is retiring after 41 years. He's famous for his flask of "
            "stewed tea and for rewinding a ship's bow thruster motor in one night."
        ),
    ),
    (
        A,
        (
            "What a send-off that deserves! Would you like a speech, a card message or "
            "something lighter?"
        ),
    ),
    (U, "Something lighter, please: a limerick for his card using those two details."),
)
convo(
    "conv-rota-from-constraints",
    "a rota that must satisfy constraints stated earlier",
    (
        U,
        (
            "Cooking teams for our common meals: Aisha can only do Sundays, Ben and "
            "Chloe can do any day but not together, and Dev can do Tuesdays and "
            "Thursdays."
        ),
    ),
    (A, "Noted. With meals on Sunday, Tuesday and Thursday, each team needs two cooks."),
    (
        U,
        (
            "Make me a rota for the three meals that keeps to those constraints and "
            "gives everyone at least one slot."
        ),
    ),
)
convo(
    "conv-log-in-time-order",
    "ordering earlier log entries across midnight",
    (
        U,
        (
            "Log entries from the night shift, in the order I wrote them up: fight "
            "outside the kebab shop at 01:40; police asked us to track a grey hatchback "
            "at 00:55; ambulance arrived 01:52; hatchback lost near the station at "
            "01:10; door staff reported a lost child at 23:20."
        ),
    ),
    (A, "Thanks. Do you want them tidied up or kept as they are?"),
    (
        U,
        (
            "Put them in time order for the incident report, bearing in mind the lost "
            "child call came before midnight."
        ),
    ),
)
convo(
    "conv-quiz-from-notes",
    "questions written from notes given earlier",
    (
        U,
        (
            "Notes for new desk staff: requests from staff are free; postgraduates pay "
            "£4.50; undergraduates need a supervisor's signature; articles come as "
            "secure PDFs that expire after 30 days; books are collected from the issue "
            "desk with a yellow band."
        ),
    ),
    (A, "Those are clear. Would you like them turned into anything?"),
    (
        U,
        (
            "Yes, write five multiple-choice questions that test new staff on those "
            "notes, with the answers."
        ),
    ),
)
convo(
    "conv-inspection-handover",
    "a handover note from the earlier inspection results",
    (
        U,
        (
            "Today's inspections: Mill Lane, two category 1 potholes made safe with "
            "cones; B1145 by the school, one category 2, repair ordered; Church Street, "
            "the reported pothole not found; Fen Road, verge subsidence that needs a "
            "structures engineer."
        ),
    ),
    (A, "Got it: four sites, two of them needing follow-up beyond routine orders."),
    (
        U,
        (
            "Write the handover note for tomorrow's inspector, with the sites that need "
            "action first."
        ),
    ),
)
convo(
    "conv-flowchart-code",
    "Mermaid code for a process described earlier",
    (
        U,
        (
            "Our query process: the coder spots a gap; if it's minor they check the "
            "notes; if the notes answer it they code it; otherwise they email the "
            "consultant; no reply after 3 days and it goes to the coding manager."
        ),
    ),
    (A, "That's a clear escalation path with two decision points."),
    (U, "Turn it into a Mermaid flowchart I can paste into our wiki."),
)
convo(
    "conv-sql-from-schema",
    "SQL written against a table described earlier",
    (
        U,
        (
            "Our licences table has the columns image_id, client, use_type, start_date "
            "and days_granted."
        ),
    ),
    (A, "OK. I take days_granted to be the length of each licence in days from start_date."),
    (
        U,
        (
            "Write the SQL to list the clients whose licences end in March 2028, using "
            "those columns."
        ),
    ),
)
convo(
    "conv-booking-as-json",
    "structured data from details given earlier",
    (
        U,
        (
            "New hire: Maya Patel, aged 11, three-quarter violin, serial VN-3318, term "
            "hire starting 12 September 2027, insurance taken."
        ),
    ),
    (A, "Thanks, I have everything for Maya's hire."),
    (U, "Give me that as a JSON object for the booking system, with the date in ISO form."),
)
convo(
    "conv-fix-earlier-markup",
    "rewriting markup quoted earlier to fix the problems named earlier",
    (
        U,
        (
            "Here's a snippet from the client's site: <div onclick='go()'><img "
            "src='cart.png'></div> <input placeholder='Email'>"
        ),
    ),
    (
        A,
        (
            "I can see three problems: a clickable div, an image with no alt text and an "
            "input with no label."
        ),
    ),
    (U, "Rewrite the snippet so that it fixes all three problems you listed."),
)
convo(
    "conv-counter-offer",
    "a negotiating judgement over figures given earlier",
    (
        U,
        (
            "The developer has offered £900 to settle our snag list. Our surveyor costed "
            "the repairs at £2,300, and the worst item is the cracked shower tray at "
            "£650."
        ),
    ),
    (A, "So the offer covers under 40% of the surveyor's estimate."),
    (U, "What counter-offer should we make, and how should we word it so they take it seriously?"),
)
convo(
    "conv-decision-memo",
    "a recommendation written from options given earlier",
    (
        U,
        (
            "Option A: trailing suction hopper dredger, 6 weeks, £410,000, more "
            "turbidity. Option B: backhoe dredger, 10 weeks, £365,000, less turbidity "
            "but it blocks the ferry berth for longer."
        ),
    ),
    (A, "Both are workable; the trade-off is cost and time against turbidity and berth access."),
    (
        U,
        (
            "Write a one-page decision memo for the harbour board recommending one of "
            "them, using those figures."
        ),
    ),
)
convo(
    "conv-rewrite-for-children",
    "rewriting the assistant's earlier explanation for another audience",
    (U, "Can you explain what a rating curve is?"),
    (
        A,
        (
            "A rating curve relates the water level at a gauging station to the flow. It "
            "is built from many flow measurements taken at different levels, so that any "
            "level reading can be turned into a flow."
        ),
    ),
    (U, "Rewrite that for a class of eight-year-olds visiting the gauging station."),
)
convo(
    "conv-event-post",
    "a social media post from event details given earlier",
    (
        U,
        (
            "Event details: free family craft morning, Saturday 21 October 2028, 10:00 "
            "to 13:00, by the fountain in the lower mall, run by the library, no booking "
            "needed."
        ),
    ),
    (A, "That sounds like a lovely event. How can I help?"),
    (U, "Write an Instagram post for it with those details and a few hashtags."),
)
convo(
    "conv-reply-to-resident",
    "a reply drafted to a complaint quoted earlier",
    (
        U,
        (
            "A resident wrote: 'The road outside number 14 has flooded three times since "
            "August and nobody from the office has come to look. I pay my pitch fee like "
            "everyone else.'"
        ),
    ),
    (A, "That's a fair grievance. Do you know what's causing the flooding?"),
    (U, "A blocked gully; the contractor is booked for Tuesday. Draft our reply to her."),
)
convo(
    "conv-continue-blog",
    "continuing text given earlier in the same voice",
    (
        U,
        (
            "My blog so far: 'Day 1. Land's End in a sideways drizzle, the signpost lost "
            "in fog, and a man charging me to be photographed beside it. By Penzance my "
            "shoes were squelching.'"
        ),
    ),
    (A, "It has a good wry tone. Where do you want it to go next?"),
    (
        U,
        (
            "Carry on for another paragraph in the same voice, ending with me reaching "
            "the B&B in Truro."
        ),
    ),
)
convo(
    "conv-candidate-after-new-constraint",
    "a choice among candidates described earlier under a new constraint",
    (
        U,
        (
            "Three nanny candidates: Jo can start in September and drives; Sam can start "
            "in August but doesn't drive; Priya can start in October, drives and speaks "
            "Polish."
        ),
    ),
    (A, "All three sound promising; it depends what matters most to both families."),
    (
        U,
        (
            "The other family now say they need a driver from the first week of "
            "September. Who does that leave, and is she the best fit?"
        ),
    ),
)
convo(
    "conv-risk-register",
    "a table built from hazards listed earlier",
    (
        U,
        (
            "Hazards we listed for the renewal: the adjacent line open to traffic, hot "
            "work on the welds, heavy on-track plant reversing, night working and "
            "fatigue, and ballast dust."
        ),
    ),
    (A, "Those cover the main risk areas for a possession like this."),
    (U, "Put them into a risk register table with likelihood, severity and one control for each."),
)
convo(
    "conv-compare-two-drafts",
    "comparing a new draft with the one given in the first turn",
    (
        U,
        (
            "Draft one of the closure notice: 'Footpath 12 will be closed from 3 October "
            "for 21 days for bridge repairs. Diversion via Mill Lane.'"
        ),
    ),
    (A, "That reads clearly."),
    (
        U,
        (
            "Here's the contractor's version: 'Footpath 12 will be closed from 10 "
            "October for 28 days for bridge replacement. Diversion via Church Walk.' "
            "What has changed between the two drafts?"
        ),
    ),
)
convo(
    "conv-trend-or-noise",
    "a judgement about figures given earlier",
    (
        U,
        (
            "Contamination in council loads over the past five weeks: 6.1%, 6.8%, 7.4%, "
            "8.9% and 9.2%."
        ),
    ),
    (A, "Those readings have risen every week."),
    (U, "Is that a real trend or just noise, and what should we say to the council about it?"),
)
convo(
    "conv-who-does-what",
    "working out arrangements from messages quoted earlier",
    (
        U,
        (
            "Texts from my brothers. Mark: 'I can take Dad to the memory clinic but not "
            "to the Tuesday lunches.' Paul: 'I'll do Tuesdays if someone covers my "
            "Friday shopping run.'"
        ),
    ),
    (A, "So Mark offers the clinic visits and Paul offers Tuesdays, on a condition."),
    (U, "If I take on Paul's condition myself, what does each of the three of us end up doing?"),
)
convo(
    "conv-convert-earlier-sizes",
    "the sizes to convert are only in the first turn",
    (U, "The two panes in the landing window are 610 by 455 mm and 584 by 432 mm."),
    (A, "Noted: two pane sizes for the landing window."),
    (U, "What are both of those in inches? The glazier works in imperial."),
)
convo(
    "conv-house-pricing-rule",
    "applying a pricing rule stated earlier",
    (
        U,
        (
            "Our pricing rule: the selling price is the ingredient cost divided by 0.35, "
            "then rounded up to the next 5p."
        ),
    ),
    (A, "So a dish costing £1.00 in ingredients would come to £2.857..., rounded up to £2.90."),
    (U, "Apply that to the new jacket potato at £1.12 in ingredients and the soup at £0.64."),
)
convo(
    "conv-subject-lines",
    "writing around an email given earlier",
    (
        U,
        (
            "Email body: 'Your 30 kW fan motor has been rewound and tested. The "
            "insulation resistance and surge test results are attached. It is ready for "
            "collection from Thursday; please bring your job number.'"
        ),
    ),
    (A, "That's a clear collection email."),
    (U, "Give me three possible subject lines for it."),
)
convo(
    "conv-interview-questions",
    "questions written to test qualities listed earlier",
    (
        U,
        (
            "We're hiring a trainee clinical coder who must be accurate, comfortable "
            "learning medical terminology, able to query consultants politely and able "
            "to work to a monthly deadline."
        ),
    ),
    (A, "That's a good summary of what the role demands."),
    (U, "Write six interview questions that test those four qualities."),
)
convo(
    "conv-letter-from-facts",
    "a persuasive letter built from facts given earlier",
    (
        U,
        (
            "Facts: our cohousing site has 18 households and 11 children under 10, and "
            "drivers cut through the lane at 40 mph to avoid the lights."
        ),
    ),
    (A, "Those are strong points for traffic calming."),
    (
        U,
        (
            "Draft a letter to our county councillor asking for a 20 mph limit and speed "
            "humps, using those facts."
        ),
    ),
)
convo(
    "conv-reply-in-my-style",
    "writing in the style of an example given earlier",
    (
        U,
        (
            "Here's how I usually answer price queries: 'Hi Sam, thanks for getting in "
            "touch! For a half-page editorial use that's £360, so just say the word and "
            "I'll send the licence over. Best, Ruth'"
        ),
    ),
    (A, "That's warm and concise."),
    (
        U,
        (
            "A client called Leon wants a full page for a magazine cover at £540. Write "
            "my reply in the same style."
        ),
    ),
)
convo(
    "conv-summary-for-partner",
    "a summary of the state of things given earlier",
    (
        U,
        (
            "The other family's latest: they want to cut to 4 days a week from January, "
            "keep the pension split as it is, and move the nanny's base to their house "
            "in the spring."
        ),
    ),
    (A, "That's three points: fewer days, no change to the pension split, and a new location."),
    (
        U,
        (
            "My partner missed all this. Summarise where things stand in three bullet "
            "points he can read on his phone."
        ),
    ),
)
convo(
    "conv-scale-earlier-recipe",
    "scaling quantities given only in the first turn",
    (
        U,
        (
            "Our chilli for 40 portions: 4.5 kg mince, 3 kg chopped tomatoes, 1.2 kg "
            "onions and 2 kg kidney beans."
        ),
    ),
    (A, "Noted, a 40-portion batch."),
    (U, "Scale it up for 130 portions, rounding each ingredient to the nearest 100 g."),
)
convo(
    "conv-rank-defects",
    "a judgement ranking defects listed earlier",
    (
        U,
        (
            "Defects reported this week: a 60 mm pothole on a bus route; a rocking drain "
            "cover on the footway outside a care home; a 30 mm pothole in a cul-de-sac; "
            "a missing give way sign at a junction."
        ),
    ),
    (A, "Those vary a lot in risk."),
    (U, "Rank them by urgency and give one line of reasoning for each."),
)
convo(
    "conv-tests-for-earlier-code",
    "tests written for code and weaknesses given earlier",
    (U, "Here's my function: def has_alt(tag): return 'alt=' in tag"),
    (
        A,
        (
            "That will miss some cases, such as spaces around the equals sign, and it "
            "treats an empty alt the same as a real one."
        ),
    ),
    (U, "Write pytest tests for it that would catch the weaknesses you mentioned."),
)
convo(
    "conv-formula-from-layout",
    "a spreadsheet formula for a layout described earlier",
    (
        U,
        (
            "My claims sheet has the insured value in column B, the percentage loss in "
            "column C and the deductible in cell F1."
        ),
    ),
    (A, "So each row's claim is the value times the loss, less the deductible."),
    (U, "Write the formula for D2 that gives the claim payable but never goes below zero."),
)
convo(
    "conv-names-for-room",
    "names suggested for a room described earlier",
    (
        U,
        (
            "We've turned the old boiler room in the common house into a quiet reading "
            "and craft space with a big window onto the orchard."
        ),
    ),
    (A, "That sounds lovely."),
    (U, "Suggest five names for it that fit what I described."),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
for _family, _turns, _note in CONVS:
    assert len(_turns) >= 3 and _turns[0][0] == U and _turns[-1][0] == U, _family
    assert all(r in (U, A) for r, _ in _turns), _family
    assert all(_turns[k][0] != _turns[k + 1][0] for k in range(len(_turns) - 1)), _family
    conv(_family, list(_turns), _note)

# this set's own structural asserts
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_word_problems: dict[str, list[str]] = {}
for _i in items:
    if _i["label"] != "negative":
        assert not NUMERIC_DATE_POS.search(_i["query"]), _i["id"]
        if _i["family"] != P:
            _word_problems.setdefault(_i["label"], []).append(_i["family"])
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    assert set(_word_problems[_label]) == set(REGISTERS), _label
    assert len(_word_problems[_label]) == 31, _label
_positives_of = {r: sum(f == r for fs in _word_problems.values() for f in fs) for r in REGISTERS}
assert sorted(_positives_of.values()) == [3] * 7 + [4] * 18, _positives_of
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == WANT_ORDINARY_NEGATIVES
assert all(sum(i["family"] == r for i in _ordinary) == 4 for r in REGISTERS)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")) and _i.get("note"), _i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 93
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 93: {reused}"
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
