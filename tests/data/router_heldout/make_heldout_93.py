r"""Generate heldout-2027-03-06.jsonl: a ninety-third held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed93/earlier_registers.txt (in full: a `wc -lc` gave 1600 lines and 38185 characters,
then a `tr` turning its newlines into spaces was printed in two pieces, `head -c 19500` and `tail
-c +19400`, which overlap by 101 characters, so nothing was left out): the register names of
earlier sets, used only to choose this set's 25 registers so that their trades and situations
differ from all of those; and these line ranges of /work/sealed93/make_heldout_92.py (a `wc -l`
gave 2861 lines, as the brief said): lines 1-629 (its docstring, imports, configuration, helpers,
calc() and the line P = "plain"), 879-939 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
1138-1222 (its datetime section header, date helpers, clock_span(), date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1462-1469 (its negatives section header, neg() and conv()) and
2638-2861 (its stated-weekday check, its checks and main()). None of set 92's query blocks
(630-878, 940-1137, 1223-1461, 1470-2637) was opened, printed or searched.

The first command made /tmp/h93, ran an `ls -la` of /work/sealed93 (earlier_registers.txt and
make_heldout_92.py only) and a `wc -l` of make_heldout_92.py and earlier_registers.txt (2861 and
1600 lines), copied the five ranges by `sed -n A,Bp` into /tmp/h93/r1.py to r5.py (not printed) and
ran a `wc -l` of the copies (629, 61, 85, 8 and 224); the `cat` of grading.py ran alongside it. The
first copy was then printed by `cat -n` piped to `sed -n 1,425p`; the display cut the middle of
that output (its lines 152-266), so the next command printed lines 150-268 of the copy by `sed -n`,
and the one after that lines 425-629, so all of lines 1-629 were seen. One command then printed the
second to fourth copies by `cat -n` and another, alongside it, the fifth. Nothing outside the
allowed ranges was seen. The next command ran the `wc -lc` and the first `tr` piece of
earlier_registers.txt and another the second piece. Nothing under /work/main was opened or listed
apart from grading.py: nothing under router/, tools/, docs/ or tests/ was opened or listed, nor
README or pyproject, and .venv was not listed. The only other use of /work/main was running
/work/main/.venv/bin/python (for every script and every run of this generator, with a `--version`
of it and of ruff once) and /work/main/.venv/bin/ruff (with /work/main as the working directory, on
this file only, always with --no-cache). No other /work/sealed* directory was listed. The earlier
generators (sets 1-92) are only imported, in memory, by this file's main() for the duplicate and
register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); importing make_heldout_92.py runs its module level, which builds its
items, but no earlier query was ever printed. No JSONL file was opened (not even this set's own
output: only this generator's printed summary, its failure messages, `tail -6` and `sed -n`
excerpts of the summary, a `grep -c` of its non-empty lines, ruff's output and its --show listing
of ids, expected values and tolerances, picked out by a `grep` and laid out by `column -t`, were
read), no git command was run, no network and no search or fetch tool was used, and neither the
router nor the bench nor the tests were run.

What was run, after the reads above: one command printed the Python and ruff versions (3.11.7 and
0.17.6) and, by a one-line script, the weekdays of eleven candidate dates (the eight dates that
seven date items state with their weekday, two dates of plain weekday questions, one of which was
later replaced, and the weekday asked for one pre-inquest review), so that stated weekdays are
right. The next command wrote 25 candidate register names to /tmp/h93/regs.txt (a `cat` heredoc, in
sorted order; the same command made /tmp/h93/own) and checked them against earlier_registers.txt:
`sort -c` under LC_ALL=C (sorted), `sort -u | wc -l` (25), a `grep -xFf` (none printed) and one
`grep -iE` of keywords and fragments of the chosen trades and their neighbours (adult, literacy,
quality, monitor, army, reserve, cadet, military, barrister, chambers, court, legal, solicitor,
bonded, excise, warehouse, whisky, carbon, fibre, composit, cattle, insemin, breed, herd, packing,
pack, copack, coroner, inquest, funeral, dog_warden, council, kennel, domain, registrar, hosting,
employment, tribunal, union, gas_, pipeline, galvani, powder, coating, invoice, factoring, finance,
loan, legionella, water_, hygiene, literary, festival, book, mens_, shed, motor_, factor, parts,
parent, twin, baby, port_, ship, marine, portable, appliance, electric, jet, charter, tachograph,
hgv, truck, tenant, resident and housing), joined onto one line by `tr`. Two candidates were judged
too close to earlier registers and replaced in the next command (a `sed -i` on regs.txt, re-sorted,
with a `cat`, a count of 25, a `grep -xFf` that printed nothing and a second `grep -iE` of film,
classif, censor, cinema, spring, coil, wire, industrial, works, metal, forge, foundry and
fabricat): an employment tribunal claimant adviser (too near the trade union branch secretary's
casework and the complaints ombudsman case desk) became the film classification examiner, and a
hot-dip galvanizing plant (too near the powder coating line) became the industrial spring coiling
works. Then `cat` heredocs wrote this set's own blocks under /tmp/h93/own/: a_calc.py (money(), the
register constants and REGISTERS, and the calculator items, with a `grep -cE` of the lines opening
a calc( call or naming a register, 101, that is 45 calls, 31 register lines of word problems and 25
lines of the REGISTERS tuple, and a `grep -c` of the plain items, 14), b_units.py (unit constants
and unit items, with a `grep -cE` of the unit( and unit_r( calls, 45, and of the register word
problems, 31), c_dates.py (date items, with a `grep -c` of its date_item( calls, 45), d_negs.py
(the ORDINARY table; an `echo ok` only), e_near.py (near-positive negatives, with a `grep -c` of
its near( calls, 65) and f_convs.py (conversations and this set's own structural asserts, with a
`grep -c` of its convo( calls, 35). The next command wrote and ran /tmp/h93/subst.py (a `cat`
heredoc): it cut the first copy at the line that is exactly `from __future__ import annotations`
(asserted to be the only such whole line), so set 92's docstring is not part of this file, and
substituted this set's OUT ("heldout-2027-03-05.jsonl" -> "heldout-2027-03-06.jsonl") and PREFIX
("ho92-" -> "ho93-"), "sets 1-91" -> "sets 1-92" in the comment on EARLIER_DIRS (the tuple itself
and earlier_path() are kept as they were), `range(2, 92)` -> `range(2, 93)` in EARLIER and, in
REGISTER_CHECK, make_heldout_92.py added after make_heldout_91.py, all in the first block, and
"sets 19 to 91" -> "sets 19 to 92" in one comment and one message string of main() in the last
block (each substitution asserted to apply once, the last twice; it printed "ok" for each). It
wrote the cut first block and the substituted last block as c1.py and c5.py (the second to fourth
copies are used as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and
c5.py for "91", "92", "93", "19 to" and "2027" (with the REGISTER_CHECK lines of sets 19-89
filtered out) and a `tail -2` of c1.py. The next command wrote a one-line placeholder docstring to
/tmp/h93/doc.txt (by `echo`), /tmp/h93/assemble.py (it builds this file from doc.txt and the blocks
in order: c1.py, the own a_calc.py, r2.py, the own b_units.py, r3.py, the own c_dates.py, r4.py,
the own d_negs.py, e_near.py and f_convs.py, and c5.py, and prints its line count; on the own
blocks only, it splits every string literal longer than 74 characters at spaces into parenthesised
pieces, using Python's tokenize and checking that the block still compiles) and a helper
/tmp/h93/run.sh (it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff
format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing the latter's
output to /tmp/h93/ruff.txt and printing both exit codes and its `tail -3`, then this generator
from /tmp, passing on any arguments, writing its output to /tmp/h93/out.txt, and prints its exit
code and the `tail -6` of it, and last a list, by a short inline script, of the lines of this file
over 99 characters), made run.sh executable and ran it. After the first run, one command printed
`head -20` of ruff.txt and the twelve lines over 99 characters by a loop of `sed -n Np`. Then
/tmp/h93/fix1.py (a `cat` heredoc) made seven replacements in the own blocks (the five rewordings
and the one note listed below, and the alternation assert) (each replacement asserted to apply
once; it printed "ok" for each), /tmp/h93/unparen.py (a `cat` heredoc) was written to unwrap, after
ruff format, a single parenthesised string on any line over 99 characters, and run.sh was rewritten
(a `cat` heredoc) to run unparen.py and then ruff format a second time after the first ruff format,
and run again, all in one command. The second run passed every check. The edits are listed under
"Checks that failed along the way". Then a `sed -n 1,4p` and a `grep -c` of the non-empty lines of
out.txt (206) were read, and this generator was run with --show from /tmp (its output written to
/tmp/h93/show.txt) and the listing of ids, expected values and tolerances (a `grep` of show.txt
laid out by `column -t`) was read, all in one command; this writer checked every expected value
against the stories, and no change was needed. The next command took `grep -o -F` counts over the
own blocks (of money(, unit_r(, EXACT, sayw(, sayus(, clock_span(, nth_weekday(, age(, days(,
weeks(, STONE, SQFT, CUFT, SQYD, OZ, whole_up(, the euro sign, the dollar sign, MPH, KMH, GIB, MIB,
HA, ACRE, weekday( and pct(). This docstring was written last over the placeholder: its source
text, /tmp/h93/doc/doc_src.txt, was written by a `cat` heredoc (with a `wc -w`: 5791 words); the
next command ran a short inline script that confirmed that each copied block (c1.py, r2.py to r4.py
and c5.py) appears verbatim in this file; /tmp/h93/doc/fixsrc.py (a `cat` heredoc) then corrected
the source in twelve places after this writer checked it against the commands actually run (each
replacement asserted to apply once; its first run stopped at the assert on one pattern that did not
match, nothing having been written, and a `sed -i` mended that pattern in fixsrc.py, with a `grep
-n` of it, before it ran again), and /tmp/h93/doc/fixsrc2.py (a `cat` heredoc) in two more, this
account of the docstring's own making; then /tmp/h93/doc/make_doc.py (a `cat` heredoc; it uses
textwrap, keeps the indented lines as they are and asserts that the words are unchanged, that no
line exceeds 99 characters, that every register value is named and that the text holds no three
quotes or backslashes of its own) filled it to 99 columns into /tmp/h93/doc.txt and printed its
line count, with a `head -3` and a `tail -3` of doc.txt; then run.sh was run again, with a `cat` of
ruff.txt and a `sed -n 1,3p` of out.txt; and then, in one command, `ruff format --no-cache --check`
and `ruff check --no-cache` of this file (from /work/main), two runs of this file with --digest
(one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h93`, an `ls` of
/tmp/h93 (gone) and an `ls` of /work/sealed93. Writes: only this file and its JSONL in
/work/sealed93/ (earlier_registers.txt and make_heldout_92.py left as they were); temporary blocks,
scripts and output under /tmp/h93/ were deleted afterwards. Nothing was written into /work/main.
Every script and every run of this generator used /work/main/.venv/bin/python. The JSONL's sha256
from the last edit of the items on was
94d5915dcfaf4a6685f5370d28595b95703608e8501acbdee3e54e43a6c9c655 (335 lines); the docstring does
not enter the output.

Changes to set 92's main() and checks: only the substitutions listed above (file names, sets 1-92
for the duplicate check, sets 19-92 for the register check). Set 92 lies next to this file in
/work/sealed93, and EARLIER_DIRS and earlier_path() are kept as set 92 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_92.py is found next to this file and, as no other
generator lies here, sets 1-91 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 92's as copied;
ruff format may have changed layout only (as run here it left the copied blocks as they were: the
inline check named below found each verbatim). All of set 92's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used once, by a plain weeks one-liner), clock_span()
(used five times: a plain one-liner crossing midnight, a press screening, an oven batch, the twins'
births crossing midnight and a driver's duty span), nth_weekday() (used four times), age() (twice),
days() (four times), unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 27),
say() (used only through sayw()), sayw() (seven calls in six date items for stated weekdays),
sayus() (used once, for a US-style flight date with its weekday), OZ and SQYD (not used here),
STONE (once), SQFT and CUFT. Added, newly written: money() (asserts whole pence or cents, with an
assert of its own; every calculator money answer passes through it, 33 of them: all 31 register
word problems, in pounds, euros or dollars, and two plain one-liners), MM, CM, KM and HA, with
asserts on IN/MM, CM/MM, MI/KM, HA/ACRE, SQFT, CUFT, MPH/KMH, f_to_c(-13) and c_to_f(37.5); the
register constants and the REGISTERS tuple (asserted 25, distinct and sorted); an assert that the
square-root one-liner's radicand is a perfect square; asserts that the order of 1,250 springs falls
in the price band of 1,000 or more, that the twins' four weeks of nappies fill whole boxes and that
the packing run's 48,000 packs fill whole shifts; asserts that the dates stated with a weekday (the
two Mondays of the plain weeks one-liner, the first reading session, the start of camp, the
verdict, the first packing shift, the first sentinel check and the outbound flight) fall on the
weekday intended; the ORDINARY table and the near() and convo() helpers with their NEAR and CONVS
lists; and this set's own structural asserts, rewritten from set 92's docstring's description of
them (its code was not seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS
order, four distinct questions each; NEAR has 65 entries and CONVS 35, each with distinct families,
all "near-..." and "conv-..." respectively, each with a note (asserted by the helpers and after
each list); every conversation has at least three turns, opens and ends with a user turn, and its
user and assistant turns alternate (a system turn aside; none is used); the positive registers of
each tool are exactly the REGISTERS, with 31 register word problems per tool; exactly 18 registers
have four positives and 7 have three; the ordinary negatives are 100, four per register; every
negative outside the registers is a near-... or conv-... family with a note; no positive contains
an all-numeric date (NUMERIC_DATE_POS, this set's own pattern; no positive uses one at all). The
date items' weeks() call asserts whole weeks, and date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 92's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 92's, copied (P = "plain" is copied too, as the
last line of the first block). Set 92's docstring (within lines 1-425) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects and new figures of the
three items its duplicate check once reported, which were therefore seen; none of those figures is
reused here. The string splitting done by assemble.py and the unwrapping done by unparen.py change
only how string literals are laid out in this file, never their text; ruff's own settings were not
read, and its behaviour of joining split pieces onto one line of up to 100 characters was only seen
in its output. Some of this set's near-positive and conversation kinds share generic kinds with set
92's lists, newly worded with new subjects and figures: live or looked-up data (whether a domain is
free, a domain's registration date, a past exchange rate, a film fact, a parts catalogue, current
pay tables), rules (drivers' hours, a PAT test interval, spirits duty, allowable losses in bond, an
inquest's time limit, the nitrogen dioxide objective, parental leave, stamp duty and its devolved
forms), estimates and missing figures or constants (a pig's speed from a standard flow, the wire
for a spring, cure kinetics, timber shrinkage, a breed's gestation, a bias adjustment factor,
flight emissions, an aircraft's cruise speed, the film speed of a print, an hourly rate called
'usual'), judgements (a fair taxi split, a service charge, a dog's type, a film's likely rating, a
sampling plan, a debtor's reliability, cost of living) and code to write (a regular expression);
and for conversations house rules or figures given earlier (a private unit, discount bands),
writing around earlier figures or text (minutes, a warning letter, a headline, a poem, alt text, a
confirmation email, a phone script, directions), judgements over earlier options (a ranking, a
comparison of quotes, a triage) and a translation for other readers. No item of set 92 was seen, so
none was reused verbatim. New kinds here (not in set 92's lists as far as its docstring shows): an
amount to be written in words for a cheque, a sizing chart (shoe sizes), another calendar (the
Hijri date), a list of public holidays, a missing year (Sundays in February), a missing attachment,
an ambiguous unit abbreviation, a letter count, a spreadsheet formula, a traditional quarter day, a
trick riddle, a cultural age convention (Korean age), a cutting-plan optimisation, an unknown usage
behind a tariff choice, a standard sheet size (A1), a pallet loading pattern, a number's name in
Welsh, an English usage question (fewer or less), a significance judgement between two rates, an
inference from a sample to a batch, a tyre's date code, twin biology, a ship's risk profile, a
calendar-reform gap (October 1582 in Rome), an obsolete coin (guineas), ship's time, a grade
boundary and a Roman numeral whose question turns on history; and these conversation kinds: two
earlier lists reconciled, minutes with an action table, a rule changed midway with the earlier
prices, counting mentions in earlier notes, a checklist from an earlier procedure, an FAQ from the
earlier answers, a sum of figures spread over several turns, marking a learner's earlier working, a
calendar (.ics) file from earlier details, a tone check of a quoted email, a timed agenda from
earlier durations, deduplicating an earlier list, the odd one out of an earlier list, a regular
expression from earlier examples, a return to the user's original draft with parts of a later
version, a template given earlier and filled in, a glossary of earlier jargon, telling measured
figures from guesses, duties assigned from earlier skills, an explanation of the assistant's
earlier calculation, a missing step in an earlier procedure, questions for a visit from earlier
background and a review of earlier code. No conversation here ends in a user turn that could be
answered alone: each last turn either needs figures, rules or text from the earlier turns or asks
for writing, judgement or explanation; none is an earlier misreading corrected and then a plain
question asked again. Some near-positives depend on current figures or live data; they are
negatives, with no "now" field. No positive depends on a looked-up figure: every rate, price, fee
and discount is given in the text, so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the adult literacy volunteer scheme next to the prison education tutor, the evening
language classes, the dyslexia assessment practice and the private tuition agency; the air quality
monitoring officer next to the water quality testing lab (which shares a word), the radon gas
testing service, the weather spotter station notes and the acoustic noise consultant; the army
reserve unit pay clerk next to the sea cadets unit, the payroll bureau bookkeeper and the army
surplus store (a word only); the barristers chambers clerk next to the court stenographer office,
the paralegal court filing desk, the conveyancing solicitor desk and the notary public office; the
bonded warehouse excise keeper next to the freight forwarder customs desk, the whisky cask cooper,
the cold storage warehouse and the spice importer warehouse (which share a word); the carbon fibre
composites layup shop next to the bamboo bicycle frame builder, the surfboard shaper workshop and
the injection moulding toolroom (the carbon offset project verifier and the broadband fibre
installer van share only a word); the cattle artificial insemination technician next to the ewe
pregnancy scanning contractor, the rural vet farm visits, the suckler beef herd farmer and the
thoroughbred stud foaling unit; the contract packing copacker line next to the avocado packhouse,
the organic veg box packing shed, the fulfilment centre pick team and the flat pack assembly
service (which share a word); the coroners officer inquest listings next to the funeral director
arrangements office, the jury summoning office and the court stenographer office; the council dog
warden next to the greyhound racing kennels, the kennel club show, the dog walker pack walks and
the search and rescue dog handler (the council refuse collection crew shares only a word); the
domain name registrar support desk next to the freelance web designer, the office it helpdesk, the
penetration testing consultancy and the cloud cost finops analyst; the film classification examiner
next to the film society, the film festival volunteer desk, the film restoration lab, the film
extras casting agency and the pop up cinema projectionist (which share a word); the gas pipeline
pigging crew next to the subsea cable repair ship, the water main leak detection team, the ndt weld
inspection contractor and the gas boiler service engineer (a word only); the industrial spring
coiling works next to the sheet metal fabrication shop, the cnc machining subcontractor, the
injection moulding toolroom and the harp string maker workshop; the invoice factoring finance desk
next to the credit union loan desk, the pawnbroker loan counter, the mortgage broker case desk and
the payroll bureau bookkeeper; the legionella water hygiene assessor next to the water quality
testing lab, the water softener installer, the swimming pool maintenance round and the
environmental health food inspector; the literary festival programme office next to the literary
agent submissions desk (which shares a word), the film festival volunteer desk, the book club host
and the academic conference organiser; the mens shed workshop group next to the repair cafe
volunteers, the woodturning club and the makerspace 3d print bureau (the allotment society shed and
the bike shed maker share only a word); the motor factors trade counter next to the builders
merchant trade counter (which shares words), the mobile auto electrician, the mot garage service
bay and the ironmongers hardware shop; the parents of newborn twins next to the community midwife
caseload, the baby sensory class leader, the registered childminder, the home education parent and
the kindergarten field trip parent chat; the port state control ship inspector next to the harbour
pilot boat roster, the marina berth office, the ship chandlery counter, the dry bulk shipbroker
desk and the container terminal vessel planner; the portable appliance testing round next to the
domestic electrician rewire jobs, the fire extinguisher servicing round and the white goods repair
engineer (the portable toilet hire depot shares only a word); the private jet charter broker next
to the seaplane charter operator, the helicopter pleasure flights, the aircraft maintenance hangar
and the corporate travel expenses desk (the jet ski hire shares only a fragment); the tachograph
analysis bureau next to the long haul trucker logbook, the hgv driver training school, the payroll
bureau bookkeeper and the bus depot scheduler; the tenants and residents association next to the
leasehold block management office, the shared ownership housing officer, the sheltered housing
warden, the parish council clerk and the street party committee; the judgement of "different topic"
is this writer's. Some of this set's registers touch each other (the barristers chambers clerk and
the coroners officer both work around hearings; the legionella water hygiene assessor and the
portable appliance testing round both inspect buildings for compliance; the tachograph analysis
bureau and the motor factors trade counter both serve the motor trade); the judgement that they are
different trades is this writer's. At the edges of the allowed ranges: line 629 is P = "plain",
879, 1138 and 1462 are section headers, 2638 opens the stated-weekday check and 2861 is the call of
main(). No query text of any earlier set was seen: main()'s duplicate check names only this set's
ids. Every query here was newly written from imagination of each trade or situation; five items
that the duplicate check reported as exact repeats of earlier queries (their earlier counterparts
unseen) were reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt
are not known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of sets 19 to 92 (the near-.../conv-... families are not registers and may coincide with
earlier family names). This set has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format, but ruff check reported one RUF007 finding (a zip() of a list with its own tail in this
set's alternation assert, where it preferred itertools.pairwise()); the generator passed every
check up to main()'s duplicate check, which reported five items by id as repeats of earlier queries
or user turns: three plain one-liners (the weekday of a date in 1989, a Celsius to Fahrenheit
conversion and a stone-and-pounds to kilograms conversion) and two near-positives (a number's name
in Welsh and a poster's size in inches); and the list of lines over 99 characters named twelve
lines of exactly 100 characters, where ruff format had joined the pieces that assemble.py had split
back onto one line inside their parentheses (seven ORDINARY questions, one near-positive query and
one note, and three conversation turns). fix1.py reworded the five items with new figures without
the earlier queries being looked at (the weekday of 17 June 1994, bath water at 38.5 °C, 13 stone 9
lb, the Welsh for 4,718 written out in words, and the width of an A1 poster, with that
near-positive's note changed from A3 to A1), and rewrote the alternation assert to compare
neighbouring turns by index (no import added, so the copied imports are unchanged); unparen.py then
unwrapped the twelve single parenthesised strings, so that ruff format kept each on one line of 98
characters. The second run passed every check, and the list of lines over 99 characters was empty;
so did every later run. The register check, the stated-weekday check, the counts, the gradability
checks, this set's own structural asserts, money()'s asserts and the weekday asserts of the date
items passed on every run that reached them.

Registers (families), 25, new: adult_literacy_volunteer_scheme, air_quality_monitoring_officer,
army_reserve_unit_pay_clerk, barristers_chambers_clerk, bonded_warehouse_excise_keeper,
carbon_fibre_composites_layup_shop, cattle_artificial_insemination_technician,
contract_packing_copacker_line, coroners_officer_inquest_listings, council_dog_warden,
domain_name_registrar_support_desk, film_classification_examiner, gas_pipeline_pigging_crew,
industrial_spring_coiling_works, invoice_factoring_finance_desk, legionella_water_hygiene_assessor,
literary_festival_programme_office, mens_shed_workshop_group, motor_factors_trade_counter,
parents_of_newborn_twins, port_state_control_ship_inspector, portable_appliance_testing_round,
private_jet_charter_broker, tachograph_analysis_bureau, tenants_and_residents_association. Every
register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: barristers_chambers_clerk,
contract_packing_copacker_line, invoice_factoring_finance_desk, motor_factors_trade_counter,
private_jet_charter_broker, tenants_and_residents_association; a second unit word problem:
air_quality_monitoring_officer, carbon_fibre_composites_layup_shop, gas_pipeline_pigging_crew,
industrial_spring_coiling_works, legionella_water_hygiene_assessor,
port_state_control_ship_inspector; a second date word problem: army_reserve_unit_pay_clerk,
cattle_artificial_insemination_technician, coroners_officer_inquest_listings,
literary_festival_programme_office, parents_of_newborn_twins, tachograph_analysis_bureau). The
seven registers with three positives are adult_literacy_volunteer_scheme,
bonded_warehouse_excise_keeper, council_dog_warden, domain_name_registrar_support_desk,
film_classification_examiner, mens_shed_workshop_group and portable_appliance_testing_round.
Positives are one-liners (family "plain") or word problems of one to three sentences, in UK usage
with £ and pence, pounds, stone, feet, inches, yards, acres and miles, some in euros, one in US
dollars, with a US-style written date in three items (one with its weekday), and other touches
(graded readers with a sponsor's share, a change of diffusion tubes, a reservist's days and bounty,
a brief fee with refreshers and VAT, chambers rent, bonded storage with pallet movements, a panel
quote with wastage and autoclave time, an insemination bill, a co-packing margin with a set-up fee,
shrink-wrap runs with a minimum charge, jurors' expenses, a stray's release fees, a domain order on
two-year terms, classification fees per minute, a pigging quote in euros, springs priced in two
bands with tooling, a factoring balance and a daily discount charge, a risk assessment priced per
outlet with VAT, an author's fee with a share of ticket income, a shed's shared timber bill, trade
prices with VAT, batteries with a refundable surcharge, nappies by the box, the cost of a detention
in euros, PAT testing with a minimum charge per site and failed plugs, a charter quote with excise
tax on flight hours only, an empty leg shared, a monthly analysis bill with VAT, a residents'
association's income and a service charge split by floor area); a road sign's distance, an
enclosure temperature and a cabin floor, a loaded march, a courtroom floor, a racking run, a cure
temperature and an autoclave pressure, liquid nitrogen, a pallet's weight, a witness's distance, a
kennel run, hosting storage, a film print's length, a pipe's outside diameter and a line pressure,
a wire diameter and an oven temperature, a distribution centre, a hot-water temperature and a
cold-water tank, a marquee, a shelf, a tyre pressure, a birth weight, a ship's draught and an
engine room temperature, a cable reel, a cruising altitude, a speed limiter and an estate's green
spaces; Celsius and Fahrenheit both ways, miles to kilometres and kilometres to miles, km/h to mph
and mph to km/h, bar to psi, GiB to MiB and MiB to GiB, square metres to square feet and square
feet to square metres, acres to square metres, hectares to acres, cubic metres to cubic feet,
kilograms to pounds, stone and pounds to kilograms, feet and inches to centimetres, inches to
millimetres, millimetres to inches, metres to feet, feet to metres and yards to metres), some
chatty, terse or lower-case, with questions at the start or the end, several terse commands and one
statement to complete. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 92: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes (the pipe is given by its outside
diameter), leap-day results, all-numeric dates (asserted), time zones and summer time, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted); money
answers are whole pence or cents (asserted by money()). Week counts are asserted to be whole weeks;
day counts are the difference of the two dates (queries are worded as N days or weeks after or
before a stated date, how many days from one date to another, a camp counting its first day as day
1, a stray's holding period counting the day of seizure as day 1, the last of 12 weekly sessions,
the last of eight daily shifts, the 6th check at four-week intervals, the third heat at 21-day
cycles, the fifth download at 28-day intervals, a gestation of 283 days, 17, 21, 35, 45, 60, 75,
90, 100, 120, 500 and 1,000 days after or before a date, 6, 18, 26 and 52 weeks after a date, weeks
between two stated dates (a plain one-liner), hours between two stated date-times, the weekday of a
stated date (three items), the third Thursday, the last Friday, the second Saturday and the last
Wednesday of a stated month and year, and a day of the year counting 1 January as day 1); the two
ages are in whole years from a stated date to a stated date, and the five clock spans run from one
stated time to the next occurrence of the other (two cross midnight, saying "the next morning"; all
are in minutes). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 92):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: /work/main/.venv/bin/python make_heldout_93.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-06.jsonl"
PREFIX = "ho93-"
# earlier generators: sets 1-92 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 93))
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
    """A money answer: asserted to be a whole number of pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100) and money(7) == 7

# this set's 25 registers (family names), newly chosen
ADULT = "adult_literacy_volunteer_scheme"
AIRQ = "air_quality_monitoring_officer"
ARMY = "army_reserve_unit_pay_clerk"
BARR = "barristers_chambers_clerk"
BOND = "bonded_warehouse_excise_keeper"
CARB = "carbon_fibre_composites_layup_shop"
CATTLE = "cattle_artificial_insemination_technician"
COPACK = "contract_packing_copacker_line"
CORONER = "coroners_officer_inquest_listings"
DOGW = "council_dog_warden"
DOMAIN = "domain_name_registrar_support_desk"
FILMC = "film_classification_examiner"
PIG = "gas_pipeline_pigging_crew"
SPRING = "industrial_spring_coiling_works"
FACTOR = "invoice_factoring_finance_desk"
LEGION = "legionella_water_hygiene_assessor"
LITFEST = "literary_festival_programme_office"
SHED = "mens_shed_workshop_group"
MOTOR = "motor_factors_trade_counter"
TWINS = "parents_of_newborn_twins"
PSC = "port_state_control_ship_inspector"
PAT = "portable_appliance_testing_round"
JET = "private_jet_charter_broker"
TACHO = "tachograph_analysis_bureau"
TRA = "tenants_and_residents_association"
REGISTERS = (
    ADULT,
    AIRQ,
    ARMY,
    BARR,
    BOND,
    CARB,
    CATTLE,
    COPACK,
    CORONER,
    DOGW,
    DOMAIN,
    FILMC,
    PIG,
    SPRING,
    FACTOR,
    LEGION,
    LITFEST,
    SHED,
    MOTOR,
    TWINS,
    PSC,
    PAT,
    JET,
    TACHO,
    TRA,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)

# ---- calculator: plain one-liners
calc(P, "what's 17.5% of £2,384?", money(2384 * pct("17.5")))
calc(P, "3,417 × 28", 3417 * 28)
calc(P, "Divide 9,823.5 by 15.", dec("9823.5") / 15)
ROOT_OF = 17956
assert math.isqrt(ROOT_OF) ** 2 == ROOT_OF  # a perfect square
calc(P, f"square root of {ROOT_OF:,}", math.isqrt(ROOT_OF))
calc(P, "14.5 squared = ?", dec("14.5") ** 2)
calc(P, "(486 + 1,257) ÷ 7", F(486 + 1257, 7))
calc(P, "Work out 12% of 7,450 minus 3% of 2,960.", 7450 * pct(12) - 2960 * pct(3))
calc(
    P,
    "If I split £1,846.20 four ways, how much does each person get?",
    money(dec("1846.20") / 4),
)
calc(P, "what's 6,004 minus 2,879.65", 6004 - dec("2879.65"))
calc(P, "Add up 48.75, 129.4, 6.05 and 311.", dec("48.75") + dec("129.4") + dec("6.05") + 311)
calc(P, "Which number is 35% bigger than 1,840?", 1840 * (1 + pct(35)))
calc(P, "£76.80 is what percentage of £512?", dec("76.80") / 512 * 100)
calc(P, "2 to the power 13, minus 1,000", 2**13 - 1000)
calc(P, "Mean of 82, 97, 64, 73 and 91, please", F(82 + 97 + 64 + 73 + 91, 5))

# ---- calculator: register word problems
calc(
    ADULT,
    (
        "Our adult literacy scheme is buying graded readers at £6.40 each for 23 "
        "learners, plus two sets of phonics flashcards at £18.75 a set. A local "
        "building society has agreed to cover 40% of the bill. How much do we "
        "still have to find?"
    ),
    money((23 * dec("6.40") + 2 * dec("18.75")) * (1 - pct(40))),
)
calc(
    AIRQ,
    (
        "air quality team question: each nitrogen dioxide diffusion tube costs "
        "£4.85 to buy and £7.20 to get analysed, and we have 36 roadside sites "
        "with 3 tubes at each. what does one full change of tubes cost us?"
    ),
    money(36 * 3 * (dec("4.85") + dec("7.20"))),
)
calc(
    ARMY,
    (
        "Reserve pay query. A private's daily rate is £78.60; she did 27 training "
        "days plus a 14-day annual camp, and her £415 bounty is due as well. "
        "What's her total?"
    ),
    money((27 + 14) * dec("78.60") + 415),
)
calc(
    BARR,
    (
        "The brief fee of £3,250 covers the first day of trial and each further "
        "day is a £875 refresher. The trial ran 6 days. With VAT at 20% on top, "
        "what should the fee note come to?"
    ),
    money((3250 + (6 - 1) * 875) * (1 + pct(20))),
)
calc(
    BARR,
    (
        "Chambers rent is 12% of fees received plus a flat £720 per quarter. A "
        "junior tenant received £18,650 in fees over the quarter—what does she owe "
        "chambers for it?"
    ),
    money(18650 * pct(12) + 720),
)
calc(
    BOND,
    (
        "Bonded warehouse billing: storage is £1.35 per pallet per week and every "
        "pallet movement, in or out, costs £3.80. A client brought in 64 pallets, "
        "took 24 out after 9 weeks and the other 40 out after a further 5 weeks. "
        "Total charge?"
    ),
    money(
        (64 * 9 + 40 * 5) * dec("1.35") + (64 + 24 + 40) * dec("3.80"),
    ),
)
calc(
    CARB,
    (
        "Quote for a carbon fibre panel: 8 plies of prepreg at 1.6 m² each, plus a "
        "15% wastage allowance, at £54 per m²; then 3.5 hours of autoclave time at "
        "£95 an hour. What's the total?"
    ),
    money(8 * dec("1.6") * (1 + pct(15)) * 54 + dec("3.5") * 95),
)
calc(
    CATTLE,
    (
        "Bill for Hollins Farm: 18 heifers served with sexed straws at £32 each, "
        "28 cows with conventional straws at £14.50 each, and my insemination fee "
        "of £9.75 per animal on all of them. Total?"
    ),
    money(18 * 32 + 28 * dec("14.50") + (18 + 28) * dec("9.75")),
)
calc(
    COPACK,
    (
        "Gift pack job, 3,600 packs. Our costs are 11.5p per sleeve and 18p of "
        "labour per pack. The client pays 62p a pack plus a one-off £250 line "
        "set-up fee. What's our margin on the job in pounds?"
    ),
    money(3600 * (dec("0.62") - dec("0.115") - dec("0.18")) + 250),
)
RUNS = (6000, 4200, 2280)
calc(
    COPACK,
    (
        "Shrink-wrapping is charged at £85 per thousand packs with a £400 minimum "
        "per run. The job came through in three runs of 6,000, 4,200 and 2,280 "
        "packs. The total shrink-wrap charge is £"
    ),
    money(sum(max(F(n * 85, 1000), 400) for n in RUNS)),
)
calc(
    CORONER,
    (
        "Juror expenses for the inquest: 9 jurors sat for 4 days and each gets "
        "£5.71 a day for food. Six of them drove 22 miles a day at 31p a mile; the "
        "other three came by bus at £6.80 a day. What do we reimburse altogether?"
    ),
    money(9 * 4 * dec("5.71") + 6 * 4 * 22 * dec("0.31") + 3 * 4 * dec("6.80")),
)
calc(
    DOGW,
    (
        "The stray we picked up had no microchip. Before release the owner pays "
        "the £25 statutory fee, our £65 admin charge, kennelling at £18.50 a night "
        "for 5 nights, and £15 to have the dog chipped. How much is that?"
    ),
    money(25 + 65 + 5 * dec("18.50") + 15),
)
calc(
    DOMAIN,
    (
        "order total? customer wants 14 .co.uk names at £7.99 per name per year "
        "and 3 .com names at £11.49 per name per year, all on two-year terms, plus "
        "WHOIS privacy on the .com names at £2.50 per name per year"
    ),
    money(2 * (14 * dec("7.99") + 3 * dec("11.49") + 3 * dec("2.50"))),
)
calc(
    FILMC,
    (
        "Classification fees are £101.50 per submission plus £7.48 per minute of "
        "running time. A distributor submits a 118-minute feature and, as a "
        "separate submission, its 3-minute trailer. What's the combined fee?"
    ),
    money(2 * dec("101.50") + (118 + 3) * dec("7.48")),
)
calc(
    PIG,
    (
        "Pigging quote in euros: €14,500 mobilisation, €2.35 per metre for 11.2 km "
        "of line, and the gauge pig on hire at €680 a day for 4 days. Total?"
    ),
    money(14500 + dec("11.2") * 1000 * dec("2.35") + 4 * 680),
)
ORDER_SPRINGS = 1250
assert ORDER_SPRINGS >= 1000
calc(
    SPRING,
    (
        "Compression springs cost £0.84 each on orders under 1,000 and £0.61 each "
        "on orders of 1,000 or more, plus a £95 tooling charge. What does an order "
        "of 1,250 cost?"
    ),
    money(ORDER_SPRINGS * dec("0.61") + 95),
)
calc(
    FACTOR,
    (
        "We advance 85% of the invoice value up front and charge a service fee of "
        "1.9% of the invoice value. Our client raised a £42,600 invoice and the "
        "customer has paid it in full. How much balance do we release to the "
        "client?"
    ),
    money(42600 - 42600 * pct(85) - 42600 * pct("1.9")),
)
calc(
    FACTOR,
    (
        "Discount charge runs at 0.045% per day on the amount advanced. We "
        "advanced £28,000 and the debtor paid 52 days later. What's the discount "
        "charge?"
    ),
    money(28000 * pct("0.045") * 52),
)
calc(
    LEGION,
    (
        "Legionella risk assessment quote: £180 per building, plus £12.50 for each "
        "outlet beyond the first 20, plus £38 per water sample. The care home has "
        "86 outlets and needs 9 samples. With VAT at 20%, what's the total?"
    ),
    money((180 + (86 - 20) * dec("12.50") + 9 * 38) * (1 + pct(20))),
)
calc(
    LITFEST,
    (
        "Our author fee is £200 plus 10% of the ticket income from their event. "
        "The 180-seat tent sold out at £9.50 a ticket, but 24 of the seats were "
        "complimentary. What is the author paid?"
    ),
    money(200 + (180 - 24) * dec("9.50") * pct(10)),
)
calc(
    SHED,
    (
        "bought for the bird box project: 14 lengths of batten at £3.65, one sheet "
        "of ply at £38.90 and a box of screws for £11.20. eight of us are "
        "splitting it evenly. how much each?"
    ),
    money((14 * dec("3.65") + dec("38.90") + dec("11.20")) / 8),
)
calc(
    MOTOR,
    (
        "Trade price is list less 35%. Brake pad sets list at £52 and the garage "
        "is taking 12 sets, with VAT at 20% on top. What's the invoice total?"
    ),
    money(52 * (1 - pct(35)) * 12 * (1 + pct(20))),
)
calc(
    MOTOR,
    (
        "Batteries are £96 each plus a £15 surcharge, which is refunded for every "
        "old battery brought back. A mechanic buys 7 and returns 5 old ones. What "
        "does he pay in the end?"
    ),
    money(7 * (96 + 15) - 5 * 15),
)
NAPPIES = 18 * 28
assert NAPPIES % 84 == 0  # whole boxes exactly
calc(
    TWINS,
    (
        "Between the twins we go through 18 nappies a day, and they come in boxes "
        "of 84 for £15.75. What do four weeks of nappies cost us?"
    ),
    money(NAPPIES // 84 * dec("15.75")),
)
calc(
    PSC,
    (
        "The detained bulk carrier's owners lose €14,800 a day off-hire. She was "
        "held 3 days and they paid for 2 follow-up inspections at €1,650 each. "
        "What did the detention cost them in total?"
    ),
    money(3 * 14800 + 2 * 1650),
)
calc(
    PAT,
    (
        "PAT testing is 95p per item, and the testing charge is at least £60 per "
        "site; each failed item gets a new plug fitted at £4.50. Site A had 142 "
        "items with 7 fails and site B had 38 items with 2 fails. Total bill for "
        "both sites?"
    ),
    money(
        max(142 * dec("0.95"), 60) + 7 * dec("4.50") + max(38 * dec("0.95"), 60) + 2 * dec("4.50")
    ),
)
calc(
    JET,
    (
        "Charter quote: $6,850 per flight hour at 3.4 hours each way, a crew "
        "overnight fee of $1,200 a night for 2 nights, and 7.5% federal excise tax "
        "on the flight-hour charges only. What's the total in dollars?"
    ),
    money(2 * dec("3.4") * 6850 * (1 + pct("7.5")) + 2 * 1200),
)
calc(
    JET,
    (
        "An empty leg is offered at 40% off the £21,400 one-way price and four "
        "friends are splitting it evenly. How much does each pay?"
    ),
    money(21400 * (1 - pct(40)) / 4),
)
calc(
    TACHO,
    (
        "Our bureau charges £2.95 per driver card analysed and £4.40 per vehicle "
        "unit download, every month. A haulier has 37 drivers and 29 lorries. "
        "What's their monthly bill including VAT at 20%?"
    ),
    money((37 * dec("2.95") + 29 * dec("4.40")) * (1 + pct(20))),
)
calc(
    TRA,
    (
        "Residents' association income: 155 households pay the £6 sub, 38 pay the "
        "£3 concession rate, and the council gives us a £450 grant. What's our "
        "total income?"
    ),
    money(155 * 6 + 38 * 3 + 450),
)
calc(
    TRA,
    (
        "The block's service charge of £18,360 is split by floor area. My flat is "
        "64 m² out of 2,040 m² in total. What's my share?"
    ),
    money(F(18360 * 64, 2040)),
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
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7")
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592")
assert MPH / KMH == dec("1.609344")
assert f_to_c(-13) == -25 and c_to_f(dec("37.5")) == dec("99.5")

# ---- units: plain one-liners
unit(P, "Convert -13 °F to Celsius.", f_to_c(-13), EXACT)
unit(P, "Bath water at 38.5 °C: what is that in Fahrenheit?", c_to_f(dec("38.5")), EXACT)
unit_r(P, "how many km is 43 miles", 43 * MI / KM)
unit(P, "What is 5 ft 9 in in centimetres?", (5 * FT + 9 * IN) / CM, EXACT)
unit_r(P, "2.75 acres = how many square metres?", dec("2.75") * ACRE)
unit_r(P, "What's 63.5 kg in pounds?", dec("63.5") / LB)
unit(P, "3,584 MiB in GiB", F(3584 * MIB, GIB), EXACT)
unit_r(P, "Convert 120 km/h to mph.", 120 * KMH / MPH)
unit_r(P, "2.4 bar → psi", dec("2.4") * BAR / PSI)
unit_r(P, "How many square feet are there in 48 square metres?", 48 / SQFT)
unit_r(P, "850 millimetres in inches, please", 850 * MM / IN)
unit_r(P, "13 stone 9 lb in kg?", 13 * STONE + 9 * LB)
unit_r(P, "convert 6.5 cubic metres into cubic feet", dec("6.5") / CUFT)
unit(P, "1,760 yards is how many metres?", 1760 * YD, EXACT)

# ---- units: register word problems
unit_r(
    ADULT,
    (
        "We're doing reading practice with road signs and one says the next "
        "services are 28 miles away. A learner asked what that is in kilometres—what "
        "should I tell her?"
    ),
    28 * MI / KM,
)
unit(
    AIRQ,
    (
        "The analyser enclosure reached 41 °C in the heatwave, and the "
        "manufacturer quotes its limit in Fahrenheit. What is 41 °C in °F?"
    ),
    c_to_f(41),
    EXACT,
)
unit_r(
    AIRQ, "Monitoring cabin floor is 2.4 m by 1.8 m. Square feet?", dec("2.4") * dec("1.8") / SQFT
)
unit_r(
    ARMY,
    "The loaded march for the reservists is 12.8 km. How far is that in miles?",
    dec("12.8") * KM / MI,
)
unit_r(
    BARR,
    (
        "For a scale model of the courtroom, the well of the court measures 9 m by "
        "6.5 m. What is that in square feet?"
    ),
    9 * dec("6.5") / SQFT,
)
unit(
    BOND,
    ("each racking run in the bonded store is 40 ft long. how many metres is that"),
    40 * FT,
    EXACT,
)
unit(
    CARB,
    (
        "The cure cycle dwells at 121 °C and the US customer's traveller sheet "
        "wants Fahrenheit. What temperature do I write?"
    ),
    c_to_f(121),
    EXACT,
)
unit_r(CARB, "Autoclave set to 6.2 bar: how many psi is that?", dec("6.2") * BAR / PSI)
unit(
    CATTLE,
    ("The straws sit in liquid nitrogen at -196 °C. What's that in degrees Fahrenheit?"),
    c_to_f(-196),
    EXACT,
)
unit_r(
    COPACK,
    ("A finished pallet weighs 465 kg and the US client wants the weight in pounds. Convert it."),
    465 / LB,
)
unit(
    CORONER,
    (
        "The witness says the car stopped 350 yards from the junction. What is "
        "that in metres for the file?"
    ),
    350 * YD,
    EXACT,
)
unit_r(
    DOGW,
    (
        "Each kennel run at the council pound is 10 ft by 6 ft. What's the floor "
        "area in square metres?"
    ),
    10 * 6 * SQFT,
)
unit(
    DOMAIN,
    ("A customer's hosting plan includes 25 GiB of storage. How many MiB is that?"),
    F(25 * GIB, MIB),
    EXACT,
)
unit(
    FILMC,
    ("The 35 mm print of the feature runs to 10,620 feet of film. What's its length in metres?"),
    10620 * FT,
    EXACT,
)
unit(
    PIG,
    "The pipe's outside diameter is 16 inches; give me that in millimetres.",
    16 * IN / MM,
    EXACT,
)
unit_r(PIG, "Line pressure during the pig run was 72 bar. In psi?", 72 * BAR / PSI)
unit(
    SPRING,
    "Wire diameter on the customer's drawing is 0.125 in. What's that in mm?",
    dec("0.125") * IN / MM,
    EXACT,
)
unit(
    SPRING,
    (
        "Our stress-relieving oven runs at 250 °C. Convert that to Fahrenheit for "
        "the customer's process sheet."
    ),
    c_to_f(250),
    EXACT,
)
unit_r(
    FACTOR,
    (
        "The debtor's distribution centre is 42,000 sq ft. What's that in square "
        "metres for our asset report?"
    ),
    42000 * SQFT,
)
unit(
    LEGION,
    (
        "Hot outlets should reach 50 °C, and the US-trained engineer on site wants "
        "that in Fahrenheit. What is it?"
    ),
    c_to_f(50),
    EXACT,
)
unit_r(
    LEGION,
    (
        "The cold water storage tank is 1.8 m long, 1.2 m wide and 1.1 m deep. "
        "What's its volume in cubic feet?"
    ),
    dec("1.8") * dec("1.2") * dec("1.1") / CUFT,
)
unit_r(
    LITFEST,
    (
        "The main marquee is 30 m by 15 m and the hire firm quotes in square feet. "
        "How many square feet is it?"
    ),
    30 * 15 / SQFT,
)
unit_r(
    SHED,
    ("the plan says cut the shelf to 750 mm but my tape's in inches. how many inches is that?"),
    750 * MM / IN,
)
unit_r(
    MOTOR,
    (
        "Customer's handbook says 2.3 bar for the front tyres and the forecourt "
        "gauge reads psi. What's 2.3 bar in psi?"
    ),
    dec("2.3") * BAR / PSI,
)
unit_r(TWINS, "Twin one weighed 2.64 kg at birth. What's that in pounds?", dec("2.64") / LB)
unit_r(PSC, "Her draught aft was 11.6 m. In feet?", dec("11.6") / FT)
unit(
    PSC,
    (
        "The engine room was at 48 °C during the inspection and the flag state "
        "form asks for Fahrenheit. What figure goes on the form?"
    ),
    c_to_f(48),
    EXACT,
)
unit_r(PAT, "The extension reel holds 15 m of cable. How many feet is that?", 15 / FT)
unit(JET, "Cruising altitude for the Geneva leg is 41,000 ft. In metres?", 41000 * FT, EXACT)
unit_r(
    TACHO,
    "The fleet's speed limiters are set at 56 mph. What's that in km/h?",
    56 * MPH / KMH,
)
unit_r(
    TRA,
    "Our estate's green spaces add up to 4.6 hectares—how many acres is that?",
    dec("4.6") * HA / ACRE,
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

# ---- datetime: plain one-liners
date_item(P, "What date is 100 days after 14 March 2029?", D(2029, 3, 14) + TD(days=100))
date_item(
    P,
    "How many days are there from 3 January 2031 to 19 August 2031?",
    days(D(2031, 1, 3), D(2031, 8, 19)),
)
date_item(P, "What weekday did 17 June 1994 fall on?", weekday(D(1994, 6, 17)))
date_item(P, "date 45 days before 2 May 2030?", D(2030, 5, 2) - TD(days=45))
date_item(P, "Which date is the third Thursday of October 2030?", nth_weekday(2030, 10, THU, 3))
date_item(P, "last Friday of January 2032", nth_weekday(2032, 1, FRI, -1))
WK_A, WK_B = D(2030, 5, 6), D(2030, 7, 29)
assert weekday(WK_A) == weekday(WK_B) == "Monday"
date_item(P, f"How many weeks are there between {sayw(WK_A)} and {sayw(WK_B)}?", weeks(WK_A, WK_B))
date_item(
    P,
    "How old is someone born on 23 August 1961 on 5 June 2030?",
    age(D(1961, 8, 23), D(2030, 6, 5)),
)
date_item(P, "Minutes from 21:35 to 06:10 the next morning?", clock_span("21:35", "06:10", 60))
date_item(P, "What weekday will 1 January 2040 be?", weekday(D(2040, 1, 1)))
date_item(P, "18 weeks after 11 September 2028 is what date?", D(2028, 9, 11) + TD(weeks=18))
date_item(
    P,
    ("How many hours are there between 08:00 on 3 June 2030 and 20:00 on 7 June 2030?"),
    F(int((DT(2030, 6, 7, 20, 0) - DT(2030, 6, 3, 8, 0)).total_seconds()), 3600),
)
date_item(
    P,
    "Counting 1 January as day 1, what day of the year is 12 October 2031?",
    D(2031, 10, 12).timetuple().tm_yday,
)
date_item(P, "What's the date 500 days after July 4, 2029?", D(2029, 7, 4) + TD(days=500))

# ---- datetime: register word problems
READING_START = D(2031, 1, 7)
assert weekday(READING_START) == "Tuesday"
date_item(
    ADULT,
    (
        f"Our reading group meets weekly for 12 sessions, the first on {sayw(READING_START)}. "
        "What's the date of the last session?"
    ),
    READING_START + TD(weeks=12 - 1),
)
date_item(
    AIRQ,
    (
        "A diffusion tube went up on 4 March 2030 and was collected on 1 April "
        "2030. How many days was it exposed?"
    ),
    days(D(2030, 3, 4), D(2030, 4, 1)),
)
CAMP = D(2031, 6, 14)
assert weekday(CAMP) == "Saturday"
date_item(
    ARMY,
    (
        f"Annual camp starts on {sayw(CAMP)} and runs for 15 days, counting the "
        "first day as day 1. What date is the last day of camp?"
    ),
    CAMP + TD(days=15 - 1),
)
date_item(
    ARMY,
    ("Corporal Hale enlisted on 19 September 2024. What date falls 1,000 days after that?"),
    D(2024, 9, 19) + TD(days=1000),
)
VERDICT = D(2031, 11, 14)
assert weekday(VERDICT) == "Friday"
date_item(
    BARR,
    (
        f"The verdict came on {sayw(VERDICT)} and written submissions on costs are "
        "due 21 days after the verdict. What's the deadline date?"
    ),
    VERDICT + TD(days=21),
)
date_item(
    BOND,
    (
        "Goods entered bond on 8 February 2030 and their review falls 90 days "
        "after entry. Which date is that?"
    ),
    D(2030, 2, 8) + TD(days=90),
)
date_item(
    CARB,
    ("What date is 21 days after 27 October 2030, when the prepreg roll came out of the freezer?"),
    D(2030, 10, 27) + TD(days=21),
)
date_item(
    CATTLE,
    (
        "Cow 412 was served on 22 April 2030. Taking gestation as 283 days, what's "
        "her expected calving date?"
    ),
    D(2030, 4, 22) + TD(days=283),
)
date_item(
    CATTLE,
    (
        "heifer last seen bulling on 9 July 2030, cycles 21 days apart. date of "
        "the third heat after that one?"
    ),
    D(2030, 7, 9) + TD(days=3 * 21),
)
PACK_RUN = D(2030, 9, 5)
assert weekday(PACK_RUN) == "Thursday" and 48000 % 6000 == 0
date_item(
    COPACK,
    (
        "48,000 packs at 6,000 per shift, one shift a day every day including "
        f"weekends, first shift on {sayw(PACK_RUN)}. On what date is the last "
        "shift?"
    ),
    PACK_RUN + TD(days=48000 // 6000 - 1),
)
date_item(
    CORONER,
    (
        "The inquest was opened on 17 February 2031 and the full hearing is listed "
        "26 weeks later. What's the hearing date?"
    ),
    D(2031, 2, 17) + TD(weeks=26),
)
date_item(
    CORONER,
    "pre-inquest review is on 2 December 2031—which day of the week is that?",
    weekday(D(2031, 12, 2)),
)
date_item(
    DOGW,
    (
        "We keep strays for 7 days, counting the day of seizure as day 1. A dog "
        "was seized on 28 August 2030. What date is day 7?"
    ),
    D(2030, 8, 28) + TD(days=7 - 1),
)
date_item(
    DOMAIN,
    (
        "A customer's domain expired on 11 May 2030 and is released 35 days after "
        "expiry. What's the release date?"
    ),
    D(2030, 5, 11) + TD(days=35),
)
date_item(
    FILMC,
    ("The press screening starts at 19:45 and finishes at 22:58. How many minutes is that?"),
    clock_span("19:45", "22:58", 60),
)
date_item(
    PIG,
    ("Our last pig run was on 6 June 2029 and runs are every 120 days. When is the next one due?"),
    D(2029, 6, 6) + TD(days=120),
)
date_item(
    SPRING,
    (
        "A batch went into the stress-relieving oven at 09:40 and came out at "
        "13:15. How many minutes was it in?"
    ),
    clock_span("09:40", "13:15", 60),
)
date_item(
    FACTOR,
    (
        "Invoice dated March 18, 2030 on 60-day terms (due 60 days after the "
        "invoice date). What's the due date?"
    ),
    D(2030, 3, 18) + TD(days=60),
)
SENTINEL_1 = D(2031, 1, 15)
assert weekday(SENTINEL_1) == "Wednesday"
date_item(
    LEGION,
    (
        "Sentinel outlet temperatures are checked every 4 weeks. The first check "
        f"is on {sayw(SENTINEL_1)}. What's the date of the 6th check?"
    ),
    SENTINEL_1 + TD(weeks=4 * (6 - 1)),
)
date_item(
    LITFEST,
    ("The festival opens on the second Saturday of October 2030. What date is that?"),
    nth_weekday(2030, 10, SAT, 2),
)
date_item(
    LITFEST,
    (
        "Early-bird tickets stop 75 days before the festival's opening day of 17 "
        "May 2031. Which date is 75 days before 17 May 2031?"
    ),
    D(2031, 5, 17) - TD(days=75),
)
date_item(
    SHED,
    ("Our oldest member, Ron, was born on 30 November 1949. How old will he be on 1 March 2031?"),
    age(D(1949, 11, 30), D(2031, 3, 1)),
)
date_item(
    MOTOR,
    (
        "An alternator was sold on 2 August 2030 and brought back on 14 January "
        "2031. How many days after the sale was that?"
    ),
    days(D(2030, 8, 2), D(2031, 1, 14)),
)
date_item(
    TWINS,
    (
        "The twins were born on 16 October 2030 and their check is due 6 weeks "
        "after the birth. What date is that?"
    ),
    D(2030, 10, 16) + TD(weeks=6),
)
date_item(
    TWINS,
    (
        "Twin A arrived at 23:48 and twin B at 00:13 the next morning. How many "
        "minutes apart were they born?"
    ),
    clock_span("23:48", "00:13", 60),
)
date_item(
    PSC,
    (
        "The ship was detained on 21 March 2031 and released on 3 April 2031. How "
        "many days from detention to release?"
    ),
    days(D(2031, 3, 21), D(2031, 4, 3)),
)
date_item(
    PAT,
    (
        "The staff-room kettle was tested on 9 October 2030 and is due again 52 "
        "weeks later. What date is the retest due?"
    ),
    D(2030, 10, 9) + TD(weeks=52),
)
JET_OUT = D(2031, 6, 27)
assert weekday(JET_OUT) == "Friday"
date_item(
    JET,
    (f"Client flies out {sayus(JET_OUT)} and comes back 17 days later. What's the return date?"),
    JET_OUT + TD(days=17),
)
date_item(
    TACHO,
    ("Driver clocked on at 05:50 and off at 19:05. What's the duty span in minutes?"),
    clock_span("05:50", "19:05", 60),
)
date_item(
    TACHO,
    (
        "Driver card downloads are due every 28 days. The last one was on 2 "
        "January 2031. On what date is the fifth download after that one?"
    ),
    D(2031, 1, 2) + TD(days=5 * 28),
)
date_item(
    TRA,
    ("Our AGM is always on the last Wednesday in March. What date will it be in 2031?"),
    nth_weekday(2031, 3, WED, -1),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four per register (advice, explanation, writing, judgement)
ORDINARY = {
    ADULT: (
        (
            "How can I encourage an adult learner who's embarrassed to read aloud in "
            "front of the group?"
        ),
        (
            "What's a good way to explain 'their', 'there' and 'they're' to adults "
            "coming back to learning?"
        ),
        (
            "Write a friendly poster asking for volunteers to help adults with reading "
            "one evening a week."
        ),
        ("Should beginner adult readers use children's books or adult-interest texts, and why?"),
    ),
    AIRQ: (
        ("Why is nitrogen dioxide usually worse in narrow streets lined with tall buildings?"),
        "How should I explain the difference between PM2.5 and PM10 to residents without jargon?",
        (
            "Draft a short letter asking a primary school if we can fix a diffusion "
            "tube to their railings."
        ),
        (
            "What are the pros and cons of low-cost sensors compared with reference "
            "analysers for local monitoring?"
        ),
    ),
    ARMY: (
        "What should a new reservist know about balancing a civilian job with training weekends?",
        (
            "How do I explain to a reservist's employer what happens when the "
            "reservist is mobilised?"
        ),
        "Write a reminder to the unit about getting attendance sheets in before the pay cut-off.",
        (
            "Why might a reservist's pay slip look different from a regular soldier's "
            "at the same rank?"
        ),
    ),
    BARR: (
        "How should a chambers clerk handle a solicitor who keeps disputing counsel's fee notes?",
        ("Explain the difference between a brief fee and a refresher to a new junior clerk."),
        (
            "Write a polite email telling a solicitor that counsel is double-booked "
            "and offering someone else."
        ),
        "What makes a good senior clerk in a busy criminal set?",
    ),
    BOND: (
        (
            "What does it actually mean for goods to be held 'in bond', and why would "
            "a business choose it?"
        ),
        ("How should we train new warehouse staff on the record-keeping a bonded store needs?"),
        (
            "Write a short notice for drivers explaining the seal checks they'll face "
            "when they arrive."
        ),
        ("What are the biggest risks for a bonded warehouse keeper if stock goes missing?"),
    ),
    CARB: (
        ("Why does prepreg have to be kept frozen, and what happens if it's left out too long?"),
        "What are good habits for avoiding voids when laying up carbon fibre plies?",
        ("Explain to a customer why a carbon panel costs so much more than an aluminium one."),
        (
            "Should a small composites shop buy an autoclave or stick with "
            "out-of-autoclave prepregs?"
        ),
    ),
    CATTLE: (
        ("What signs of heat should farmers look out for so they call me at the right time?"),
        "How do I explain the pros and cons of sexed semen to a dairy farmer?",
        ("Write a short text I can send farmers on getting a cow ready for insemination."),
        "Why might conception rates drop on a farm during hot weather?",
    ),
    COPACK: (
        "How can we cut changeover time between jobs on our co-packing line?",
        (
            "What should a quality check cover for a promotional multipack before it "
            "leaves our site?"
        ),
        (
            "Draft an email to a brand explaining why their late artwork change will "
            "delay the packing run."
        ),
        "Is it worth a co-packer taking on a low-margin job to keep staff busy in a quiet spell?",
    ),
    CORONER: (
        ("How should a coroner's officer explain to a bereaved family what an inquest is for?"),
        (
            "What's the difference between a narrative conclusion and a short-form "
            "conclusion at an inquest?"
        ),
        ("Write a gentle letter telling a family the date of the pre-inquest review hearing."),
        "How can I look after my own wellbeing in a job that deals with sudden deaths every day?",
    ),
    DOGW: (
        "What's the safest way to approach a frightened stray dog?",
        ("How should I explain to an owner why they have to pay fees before we return their dog?"),
        (
            "Write a social media post reminding dog owners to keep their microchip "
            "details up to date."
        ),
        ("What can councils do to reduce the number of dogs abandoned after Christmas?"),
    ),
    DOMAIN: (
        ("A customer says their website vanished overnight. What should I check first?"),
        "Explain DNS propagation to a customer who isn't technical.",
        "Write a domain renewal reminder email that doesn't look like a scam.",
        "Should a small business register both the .com and the .co.uk of its name?",
    ),
    FILMC: (
        ("How do examiners decide whether violence in a film is 'strong' rather than 'moderate'?"),
        (
            "How is classifying a film for cinema release different from classifying "
            "it for streaming?"
        ),
        ("Write a short consumer advice line for a comedy drama with infrequent strong language."),
        ("Is it fair that a film can get a higher rating for its language than for its violence?"),
    ),
    PIG: (
        ("Why do we run a gauging pig before sending an intelligent pig through the line?"),
        "How should we plan for a pig getting stuck in the pipeline?",
        "Write a toolbox talk on the hazards of opening a pig receiver.",
        "Explain to a new crew member how a pig is driven through a gas pipeline.",
    ),
    SPRING: (
        "Why do compression springs need stress relieving after they're coiled?",
        ("How do I explain to a customer why their tolerance on free length is hard to hold?"),
        (
            "Write a cover note for a quote to a customer ordering springs from us for "
            "the first time."
        ),
        "What makes springs fail early in fatigue, and how can the design help?",
    ),
    FACTOR: (
        "What's the difference between invoice factoring and invoice discounting?",
        ("How do I explain recourse and non-recourse factoring to a small business owner?"),
        "Write a polite chaser to a debtor whose payment to us is overdue.",
        "Is factoring a good idea for a business that has only one big customer?",
    ),
    LEGION: (
        "Why are dead legs in pipework a legionella risk?",
        ("How should I explain to a care home manager why little-used outlets need flushing?"),
        (
            "Write a short summary of findings for a client whose hot water isn't "
            "reaching temperature."
        ),
        ("What should a landlord with one small rental flat actually do about legionella?"),
    ),
    LITFEST: (
        ("How do we make a literary festival feel welcoming to people who don't usually read?"),
        "What makes a good chair for an author event?",
        "Write a programme blurb for an event with a debut crime novelist.",
        "Should we pay every author the same fee, however famous they are?",
    ),
    SHED: (
        ("How can our men's shed reach isolated older men who won't go near a community centre?"),
        "What safety rules should we have for members using the table saw?",
        ("Write a short piece for the parish magazine about what our shed gets up to."),
        ("Would it be a good idea to let women join our men's shed, and how might members react?"),
    ),
    MOTOR: (
        ("How do I help a DIY customer who doesn't know which brake pads fit their car?"),
        ("Explain the difference between OE and aftermarket parts in a way customers will get."),
        "Write a message to trade accounts about changes to our delivery run times.",
        "Should a small motor factor start selling online, and what are the risks?",
    ),
    TWINS: (
        "How do parents of twins get both babies into the same sleep routine?",
        "Any tips for feeding two babies at once when I'm on my own?",
        ("Write a thank-you message to friends who brought us meals after the twins arrived."),
        "Should we dress our twins alike or differently, and does it matter?",
    ),
    PSC: (
        "What usually leads a port state control officer to detain a ship?",
        ("How should I explain a detainable deficiency to a master whose English is limited?"),
        ("Write a short deficiency description for corroded fire hoses found in the engine room."),
        "Is it fair to target older ships for more inspections?",
    ),
    PAT: (
        "Why do some appliances need testing more often than others?",
        "How do I tell an office manager that I've failed their favourite kettle?",
        "Write a leaflet for small businesses explaining what PAT testing involves.",
        "What are the common faults I should look for during a visual inspection?",
    ),
    JET: (
        (
            "How do I explain the difference between a charter broker and an operator "
            "to a first-time client?"
        ),
        ("What should a client weigh up when choosing between a light jet and a midsize jet?"),
        "Write a polite reply to a client upset that their empty leg was cancelled.",
        ("Is it misleading to market empty-leg flights as the greener way to fly private?"),
    ),
    TACHO: (
        ("What are the most common infringements you see when analysing tachograph data?"),
        ("How should a transport manager talk to a driver about repeated infringements?"),
        ("Write a reminder to drivers about making manual entries on their tachograph."),
        "Why does analysing tachograph data matter beyond staying legal?",
    ),
    TRA: (
        "How can our residents' association get younger tenants involved?",
        "What's the best way to run an AGM so it doesn't overrun?",
        ("Write a letter to the housing association about the broken lift in block C."),
        "Should our association take a side on the council's regeneration plans or stay neutral?",
    ),
}
assert tuple(ORDINARY) == REGISTERS
for _reg, _qs in ORDINARY.items():
    assert len(_qs) == 4 and len(set(_qs)) == 4, _reg
    for _q in _qs:
        neg(_reg, _q)

# ---- hard single-turn near-positives: they look exact, but need facts, judgement or writing
NEAR: list[str] = []


def near(family, query, note):
    assert family.startswith("near-") and note, family
    NEAR.append(family)
    neg(family, query, note)


near(
    "near-cheque-in-words",
    ("Write £3,647.20 in words the way it should go on a cheque to our parts supplier."),
    ("A wording task: the amount is given and the answer is cheque-style text, not a value."),
)
near(
    "near-shoe-size-chart",
    "Convert a UK size 9 safety boot to an EU size for the order form.",
    ("Shoe sizes follow each maker's chart; there is no exact conversion to compute."),
)
near(
    "near-hijri-date",
    "What is 14 March 2031 in the Islamic (Hijri) calendar?",
    ("The Hijri date depends on the calendar variant and moon sighting, not a Gregorian offset."),
)
near(
    "near-public-holiday-list",
    "Which dates are the Scottish bank holidays in 2032?",
    ("Needs a lookup of holidays set by proclamation and custom; nothing in the text fixes them."),
)
near(
    "near-missing-year",
    "How many Sundays are there in February?",
    "The year is not given, so the count (four or five) cannot be fixed.",
)
near(
    "near-missing-attachment",
    "Add up the amounts on the invoice I've attached and tell me the total.",
    "No invoice is attached; there is nothing in the text to add up.",
)
near(
    "near-ambiguous-abbreviation",
    "Convert 12 M to feet.",
    "M could mean metres, miles or a million; the unit is ambiguous.",
)
near(
    "near-letter-count",
    "How many letters are there in Kirkcudbrightshire?",
    "A question about spelling a word, not arithmetic, a unit or a date.",
)
near(
    "near-spreadsheet-formula",
    (
        "Give me an Excel formula that adds 20% VAT to the price in column B and "
        "rounds to the nearest penny."
    ),
    "Asks for a formula to be written, not for a value.",
)
near(
    "near-regex-plates",
    "Write a regular expression that matches current-style UK number plates.",
    ("Code to write, and it needs the plate format, which the text does not give."),
)
near(
    "near-inflation-index",
    "What would £12,000 in 1997 be worth in 2030 money?",
    "Needs an inflation index series; no rate or index is given.",
)
near(
    "near-road-distance",
    "How far is it by road from the LS1 postcode district to M1 in Manchester?",
    "Needs map data and a route, not a unit conversion.",
)
near(
    "near-traditional-quarter-day",
    "Our rent falls due on Lady Day. What day of the week is that in 2031?",
    "Needs the traditional date of Lady Day, which the text does not state.",
)
near(
    "near-trick-riddle",
    (
        "A plane crashes exactly on the border between England and Scotland. Where "
        "do they bury the survivors?"
    ),
    "A trick question: survivors are not buried; no calculation applies.",
)
near(
    "near-korean-age",
    (
        "How old would a baby born on 20 December 2029 be on 1 January 2031 by "
        "traditional Korean age counting?"
    ),
    ("Age by a cultural counting convention the text does not explain, not Western age in years."),
)
near(
    "near-cutting-plan",
    (
        "We stock 6 m lengths of batten. What's the least wasteful way to cut "
        "eight pieces of 1.4 m and five of 2.1 m?"
    ),
    ("An optimisation (a cutting plan) that needs search and judgement, not one formula."),
)
near(
    "near-usage-unknown",
    ("Is the £32 unlimited data plan or the 5p-per-MB plan cheaper for my daughter?"),
    "Her data use is not given, so the plans cannot be compared.",
)
near(
    "near-paper-size",
    "Our festival poster is A1. How wide is that in inches?",
    "Needs the A1 sheet dimensions, which the text does not state.",
)
near(
    "near-pallet-loading",
    "How many euro pallets fit on a 13.6 m curtain-sider?",
    ("Needs pallet and trailer widths and a loading pattern; not a division of the given figure."),
)
near(
    "near-number-in-welsh",
    "What's the Welsh for the number 4,718, written out in words?",
    "A language question about a number's name, not a calculation.",
)
near(
    "near-fewer-or-less",
    ("Should our sign at the bonded store say 'fewer than 20 pallets' or 'less than 20 pallets'?"),
    "A usage question about English, not arithmetic.",
)
near(
    "near-property-tax-jurisdiction",
    "How much stamp duty is due on a £415,000 flat?",
    "Depends on the country (SDLT, LBTT, LTT), the buyer's status and current bands, none given.",
)
near(
    "near-significance-test",
    ("Bull A got 25 of 48 cows in calf and bull B got 25 of 41. Is B really the better bull?"),
    "Needs a statistical judgement about chance, not just the two rates.",
)
near(
    "near-batch-inference",
    (
        "3 of the 14 springs in my sample were out of tolerance. What's the chance "
        "that more than 20% of the batch of 5,000 is bad?"
    ),
    "Needs a statistical model and assumptions that the text does not give.",
)
near(
    "near-historic-exchange-rate",
    "What was the euro to pound exchange rate on 3 March 2029?",
    "A historical rate to be looked up; no rate is given.",
)
near(
    "near-film-fact-lookup",
    ("What's the running time of the longest film ever given an 18 certificate in the UK?"),
    "A fact to be looked up, not a computation from the text.",
)
near(
    "near-fair-split",
    (
        "Three of us shared a taxi home: I went 4 miles, Sam 9 and Jo 12, and the "
        "fare was £31. What's a fair split?"
    ),
    ("'Fair' needs a judgement about shared legs; several splits can be defended."),
)
near(
    "near-usual-rate",
    "Work out my overtime for 7.5 hours at the usual rate.",
    "The rate is not given.",
)
near(
    "near-flight-emissions",
    "How much CO2 does a midsize jet emit flying Farnborough to Nice?",
    "Needs fuel burn, distance and emission factors, none of them given.",
)
near(
    "near-pig-speed",
    ("If the gas flows at 2 million cubic metres a day, how fast will the pig travel?"),
    ("Needs the bore, line pressure and temperature; the standard flow alone gives no speed."),
)
near(
    "near-spring-wire-length",
    "How much wire do I need for a compression spring with 12 coils?",
    "The coil diameter and end type are not given.",
)
near(
    "near-cure-kinetics",
    "If I cure at 130 °C instead of 121 °C, how much shorter can the dwell be?",
    ("Needs the resin's cure kinetics from its data sheet; not a temperature conversion."),
)
near(
    "near-breed-gestation",
    "When will a Belgian Blue cow served on 3 May 2031 calve?",
    ("Looks like a date offset, but the gestation length for the breed is not given."),
)
near(
    "near-bias-adjustment",
    ("My diffusion tube annual mean came out at 38.4 µg/m³. What's the bias-adjusted figure?"),
    ("The bias adjustment factor has to be looked up for the lab and year; it is not given."),
)
near(
    "near-spirits-duty",
    "How much excise duty is due on 600 cases of 12 × 70 cl bottles of 40% gin?",
    "Needs the current spirits duty rate, which is not given.",
)
near(
    "near-inquest-deadline",
    "The death was reported to us on 3 February 2031. By what date must the inquest be finished?",
    ("There is no fixed statutory deadline; needs the law, guidance and judgement."),
)
near(
    "near-dog-type-assessment",
    ("A dog with a broad head, a short coat and a weight of 28 kg came in. Is it a banned type?"),
    "A legal type assessment needing expert judgement, not a calculation.",
)
near(
    "near-domain-availability",
    "Is kettleandcrumb.co.uk free to register?",
    "Needs a live registry lookup.",
)
near(
    "near-domain-age",
    "How old is the domain bbc.co.uk?",
    "Needs a WHOIS lookup of its registration date and the current date.",
)
near(
    "near-rating-prediction",
    ("What certificate will a horror film with three jump scares and one f-word get?"),
    "A judgement against classification guidelines, not a computed value.",
)
near(
    "near-apr-convention",
    "What's the APR equivalent of a 0.045% daily discount charge?",
    ("An APR needs a regulatory definition (compounding, day count, fees), not a plain product."),
)
near(
    "near-debtor-credit",
    "Will Harlow Joinery Ltd pay our client's invoices on time?",
    "Needs credit data and a judgement about the future.",
)
near(
    "near-bacterial-growth",
    "At 38 °C, how quickly does legionella double?",
    "Needs biological growth data that the text does not give.",
)
near(
    "near-readability",
    (
        "What reading age is this sentence: 'The old dog sat by the red door and "
        "waited for the rain.'"
    ),
    (
        "Depends on which readability formula is used and on judgement; not "
        "arithmetic on given figures."
    ),
)
near(
    "near-wood-shrinkage",
    ("How much will a 300 mm wide oak board shrink as it dries from 18% to 10% moisture?"),
    "Needs the species' shrinkage coefficients and the grain orientation.",
)
near(
    "near-parts-fitment",
    "Will a battery for a 2019 Ford Focus fit a 2021 Kuga?",
    "Needs a parts catalogue lookup.",
)
near(
    "near-tyre-date-code",
    "A tyre's DOT code ends in 3421. How old is the tyre?",
    "Needs the DOT date-code convention and the current date.",
)
near(
    "near-twin-zygosity",
    "Our twins are a boy and a girl. What are the odds they're identical?",
    ("Needs biological knowledge (identical twins share a sex), not a probability sum."),
)
near(
    "near-ship-risk-profile",
    "Is a 19-year-old bulk carrier under a grey-list flag a high-risk ship?",
    "Needs the current flag lists and the risk-profile rules.",
)
near(
    "near-aircraft-performance",
    "How long does a Citation XLS take to fly 1,200 km?",
    "The aircraft's cruise speed and the winds are not given.",
)
near(
    "near-test-interval-guidance",
    "How often does a Class I kettle in a hotel kitchen have to be PAT tested?",
    ("Guidance rather than a fixed legal interval; needs knowledge and judgement."),
)
near(
    "near-drivers-hours",
    (
        "A driver did 4 h 20 min at the wheel, took a 20-minute break, then drove "
        "2 h 10 min. Has he broken the rules?"
    ),
    "Needs the drivers' hours rules on breaks, which the text does not state.",
)
near(
    "near-service-charge-fairness",
    "Is £2,400 a year a reasonable service charge for a two-bed flat?",
    "A judgement needing local comparisons and what the charge covers.",
)
near(
    "near-calendar-reform-gap",
    "What day of the week was 10 October 1582 in Rome?",
    ("That date was skipped in the Gregorian changeover there; the premise needs history."),
)
near(
    "near-guineas",
    "What's 3 guineas in today's money?",
    "Needs the guinea's value and an inflation adjustment to the current date.",
)
near(
    "near-ships-time",
    "It's 14:00 ship's time. What time is it in Rotterdam?",
    "The ship's zone is not given.",
)
near(
    "near-grade-boundary",
    "What GCSE English grade is 61%?",
    "Grade boundaries vary by paper and year; they must be looked up.",
)
near(
    "near-cost-of-living",
    "Is £32,000 in Leeds worth the same as £40,000 in London?",
    "Needs cost-of-living data and a judgement.",
)
near(
    "near-projection-speed",
    "The print runs to 9,450 feet. What's its running time?",
    "Needs the projection speed and frames per foot, neither given.",
)
near(
    "near-roman-numeral-context",
    ("The copyright line says MCMXCIV. Would the film have needed a video certificate back then?"),
    ("Reading the numeral is easy, but the question needs the history of video classification."),
)
near(
    "near-sampling-plan",
    "How many outlets should I sample in a 120-bed hospital wing?",
    "Needs guidance and a risk judgement, not arithmetic.",
)
near(
    "near-parental-leave",
    "How many weeks of paid leave do we get for twins?",
    "Depends on the country, employment status and current law.",
)
near(
    "near-reserve-pay-table",
    "What's the daily rate for a reserve corporal?",
    "Needs the current pay tables, which are not given.",
)
near(
    "near-bonded-loss-allowance",
    ("How much evaporation loss is allowed on whisky in bond before duty becomes payable?"),
    "Needs the customs rules on allowable losses, not given.",
)
near(
    "near-air-quality-objective",
    ("Does an annual mean of 41 µg/m³ of nitrogen dioxide at my site breach the legal limit?"),
    ("Needs the objective value and whether the site is relevant exposure; rules and judgement."),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len(set(NEAR)) == len(NEAR)

# ---- conversations: the last user turn needs the earlier turns, or asks for writing or judgement
CONVS: list[str] = []


def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    CONVS.append(family)
    conv(family, turns, note)


convo(
    "conv-custom-unit",
    [
        (
            U,
            (
                "In our bonded store we count spirits in 'cages'. One cage holds 14 cases, "
                "and a part-filled cage still takes a whole bay."
            ),
        ),
        (A, "Got it: a cage is 14 cases, and any part-filled cage needs its own bay."),
        (
            U,
            (
                "Right. The next delivery is 602 cases of vodka and 95 of rum, caged "
                "separately. How many bays do I need to clear?"
            ),
        ),
    ],
    "The cage size and the whole-bay rule come only from the first turn.",
)
convo(
    "conv-reconcile-lists",
    [
        (U, "Signed up for the canal trip: Dave, Ken, Alan, Stuart, Raj, Bill, Terry."),
        (A, "Thanks, seven names noted for the canal trip."),
        (
            U,
            (
                "And these have paid: Ken, Raj, Terry, Alan, Malcolm. Who still owes, and "
                "has anyone paid who isn't on the list?"
            ),
        ),
    ],
    "Needs the sign-up list from the first turn to compare with the payers.",
)
convo(
    "conv-minutes-with-owners",
    [
        (
            U,
            (
                "Notes from last night: lift in block C still broken, Maria to chase the "
                "housing association; bins overflowing at the back, Dev to photograph them "
                "and email the council; summer fun day needs a date, Joan and Pat to look "
                "at June; treasurer's report accepted."
            ),
        ),
        (A, "Thanks, I've got those four points from the meeting."),
        (U, "Turn them into proper minutes with an action table showing who does what."),
    ],
    "Writing from the notes in the first turn.",
)
convo(
    "conv-translate-notice",
    [
        (
            U,
            (
                "Can you write a short reminder for our drivers that they need a manual "
                "entry whenever they're away from the vehicle doing other work?"
            ),
        ),
        (
            A,
            (
                "Reminder: if you are away from your vehicle doing other work (loading, "
                "yard duties, training), make a manual entry on your tachograph for that "
                "time. Missing entries show up as unaccounted time and can lead to fines. "
                "Ask the office if you're unsure."
            ),
        ),
        (
            U,
            (
                "Great. Now put that into Romanian for the two drivers who'd rather read "
                "it in their own language."
            ),
        ),
    ],
    "A translation of the assistant's earlier text.",
)
convo(
    "conv-rule-changed-midway",
    [
        (
            U,
            (
                "Our trade discounts on filters: 5% off for 1 to 99 units, 10% off for 100 "
                "or more. Oil filters list at £6.40."
            ),
        ),
        (A, ("Noted: oil filters at £6.40 list, 5% off under 100 units and 10% off from 100.")),
        (
            U,
            (
                "Management has just moved the 10% band down to start at 50 units. What "
                "does Garage B's order of 64 oil filters come to now?"
            ),
        ),
    ],
    ("The list price and the discount bands come from the first turn; the last turn changes one."),
)
convo(
    "conv-count-mentions",
    [
        (
            U,
            (
                "Site notes: east stairwell shower not used for weeks. Kitchen hot tap 54 "
                "°C. East stairwell calorifier lagging damaged. Plant room tank lid "
                "missing. Staff toilets fine. East stairwell cold tap 23 °C."
            ),
        ),
        (A, "Thanks, I've got your six site notes."),
        (
            U,
            (
                "How many of my notes were about the east stairwell, and which of them are "
                "the most urgent?"
            ),
        ),
    ],
    "Counting over the earlier notes, then a judgement of urgency.",
)
convo(
    "conv-formal-warning-letter",
    [
        (
            U,
            (
                "Complaint details: a brown collie cross at 14 Mill Lane keeps getting out "
                "through a gap in the fence; seen loose three times in the past fortnight; "
                "neighbours worried about children on the way to school."
            ),
        ),
        (
            A,
            (
                "Understood: a collie cross at 14 Mill Lane, straying through a fence gap, "
                "three sightings in a fortnight, and concern for children walking to "
                "school."
            ),
        ),
        (U, ("Write that up as a formal warning letter to the owner, firm but not threatening.")),
    ],
    "Writing from the facts of the first turn.",
)
convo(
    "conv-checklist-from-procedure",
    [
        (
            U,
            (
                "Our receiver procedure: isolate the receiver, vent down to zero, check "
                "the gauge and the bleed valve, wait five minutes, crack the closure door "
                "slowly, check for liquids and pyrophoric dust, keep the pig wet, then "
                "lift it out onto the tray."
            ),
        ),
        (A, ("That's a clear sequence for opening the receiver and recovering the pig safely.")),
        (U, "Turn it into a tick-box checklist with a sign-off line for the supervisor."),
    ],
    "A checklist rewritten from the procedure in the first turn.",
)
convo(
    "conv-faq-from-thread",
    [
        (U, ("A client asked: 'Will my customers know I'm using factoring?' What should I say?")),
        (
            A,
            (
                "With standard factoring, yes: your customers pay us directly, so our "
                "details appear on your invoices. If you'd rather they didn't know, "
                "confidential invoice discounting is the alternative."
            ),
        ),
        (U, "They also asked: 'What happens if a customer never pays?'"),
        (
            A,
            (
                "It depends on the facility. Under recourse factoring you repay the "
                "advance; under non-recourse we carry the bad-debt risk on approved "
                "customers, for a higher fee."
            ),
        ),
        (
            U,
            "Turn those two questions and your answers into a short FAQ section for our website.",
        ),
    ],
    "An FAQ written from the earlier questions and answers.",
)
convo(
    "conv-sum-across-turns",
    [
        (U, "First quote is in for the new shrink tunnel: £18,400."),
        (A, "Noted, £18,400 for the shrink tunnel."),
        (U, "Installation is separate at £2,750."),
        (A, "OK, £2,750 for installation."),
        (
            U,
            (
                "And the operator training they want us to book is £640. What's the lot, "
                "and is it worth getting a second quote?"
            ),
        ),
    ],
    ("The total needs figures from three turns, and the last part asks for a judgement."),
)
convo(
    "conv-mark-learner-working",
    [
        (
            U,
            (
                "My learner worked out her change like this: shopping £7.35, paid with a "
                "£10 note, '10 take away 7 is 3, take away 35p is £2.65'."
            ),
        ),
        (A, ("She's got the right answer, £2.65, by taking away the pounds and then the pence.")),
        (
            U,
            (
                "Mark her method like a tutor would, and tell me how to praise it while "
                "showing her the counting-up way too."
            ),
        ),
    ],
    "A judgement and teaching advice about the working in the first turn.",
)
convo(
    "conv-calendar-invite-ics",
    [
        (
            U,
            (
                "Pre-inquest review for the Marsh case: 10:30 to 11:30 at the Town Hall, "
                "court room 2, Senior Coroner presiding, the family and their solicitor to "
                "attend."
            ),
        ),
        (A, ("Noted the Marsh pre-inquest review: 10:30 to 11:30, Town Hall, court room 2.")),
        (
            U,
            (
                "It's on 9 December 2031. Give me the text of an .ics calendar file for it "
                "that I can send to the family's solicitor."
            ),
        ),
    ],
    "A calendar file to write from the details in the first turn.",
)
convo(
    "conv-rank-by-criteria",
    [
        (
            U,
            (
                "Our criteria for the Saturday headline slot, in order: a local "
                "connection, drawing a new audience, and a fee under £1,500."
            ),
        ),
        (A, ("Got it: local connection first, then new audience, then a fee under £1,500.")),
        (
            U,
            (
                "Candidates: a Booker-longlisted novelist from Leeds asking £2,000; a "
                "TikTok poet from our town asking £600; a celebrity chef with a memoir, no "
                "local link, £1,200. Rank them by our criteria."
            ),
        ),
    ],
    "A ranking that needs the criteria and their order from the first turn.",
)
convo(
    "conv-headline",
    [
        (
            U,
            (
                "Summary for the newsletter: nitrogen dioxide at our twelve roadside sites "
                "fell on average compared with the year before; two sites near the bus "
                "station still exceed the annual objective; we're adding four new tubes "
                "near schools."
            ),
        ),
        (
            A,
            (
                "That's a clear summary: falls overall, two hotspots by the bus station, "
                "and new tubes near schools."
            ),
        ),
        (U, "Give it a headline and a one-line standfirst that won't alarm parents."),
    ],
    "Writing around the summary in the first turn.",
)
convo(
    "conv-tone-check",
    [
        (
            U,
            (
                "Solicitor's email: 'Frankly we're astonished counsel hasn't confirmed "
                "availability. We expected better from your set. Please confirm by close "
                "of play or we'll go elsewhere.'"
            ),
        ),
        (A, "It reads as frustrated and a little pointed, but it's mainly a request to confirm."),
        (
            U,
            (
                "How hostile is it really? Draft me a reply that keeps the instructions "
                "without grovelling."
            ),
        ),
    ],
    "A judgement of tone and a reply to the email quoted earlier.",
)
convo(
    "conv-timed-agenda",
    [
        (
            U,
            (
                "AGM agenda: welcome 5 minutes, chair's report 15, treasurer's report 10, "
                "election of officers 20, lift update from the housing association 25, any "
                "other business 15."
            ),
        ),
        (A, "Six items, ninety minutes in all."),
        (
            U,
            (
                "We start at 19:00 with a 10-minute tea break after the treasurer's "
                "report. Put a start time against each item."
            ),
        ),
    ],
    "The item order and durations come from the first turn.",
)
convo(
    "conv-dedupe-list",
    [
        (
            U,
            (
                "Customer's renewal list: KettleAndCrumb.co.uk, kettleandcrumb.com, "
                "kettleandcrumb.co.uk, kettle-and-crumb.com, KETTLEANDCRUMB.COM, "
                "kettleandcrumb.uk."
            ),
        ),
        (A, "That's six entries on the customer's renewal list."),
        (
            U,
            (
                "Some are the same name in different case. Give me the deduplicated list "
                "and say which ones look like they're only held to stop typo-squatters."
            ),
        ),
    ],
    "Needs the list from the first turn, and a judgement.",
)
convo(
    "conv-odd-one-out",
    [
        (
            U,
            (
                "Items on my list for the dental surgery: autoclave, kettle, fixed wall "
                "heater, extension reel, laptop charger, fridge."
            ),
        ),
        (A, "Six items noted for the dental surgery visit."),
        (U, "Which of those shouldn't be on a portable appliance list at all, and why?"),
    ],
    "A judgement over the list in the first turn.",
)
convo(
    "conv-alt-text",
    [
        (
            U,
            (
                "Our new guidance poster: a strip of the age ratings from U to 18, each "
                "with its symbol, and a cartoon family on a sofa pointing at a TV."
            ),
        ),
        (A, "Sounds clear: the ratings strip with symbols, plus a family on a sofa."),
        (U, "Write alt text for that poster for our website, under 125 characters."),
    ],
    "Writing from the description in the first turn.",
)
convo(
    "conv-regex-from-examples",
    [
        (
            U,
            (
                "Good batch codes look like CP24-0815-A, CP25-1130-C and CP24-0102-B. Bad "
                "ones we've seen: CP2408-15A, cp24-0815-a, CP24-815-A."
            ),
        ),
        (A, ("So: CP, two digits, a hyphen, four digits, a hyphen, and one capital letter.")),
        (
            U,
            (
                "Write a regex that accepts the good ones and rejects all three bad ones, "
                "and test it against each."
            ),
        ),
    ],
    "Code to write against the examples in the first turn.",
)
convo(
    "conv-poem-from-facts",
    [
        (
            U,
            (
                "Facts for our tenth birthday: started in a borrowed garage with four "
                "members; moved into the old fire station; now 38 members; built 200 bird "
                "boxes and the bench outside the library."
            ),
        ),
        (A, "That's a lovely story, from a borrowed garage to the old fire station."),
        (U, "Write a short rhyming poem for the anniversary using those facts."),
    ],
    "Writing from the facts in the first turn.",
)
convo(
    "conv-compare-against-terms",
    [
        (
            U,
            (
                "First autoclave hire quote: £4,200 a month with a three-month minimum, "
                "servicing included, and 60 days' notice to end."
            ),
        ),
        (
            A,
            ("So £4,200 a month, a three-month minimum, servicing included and 60 days' notice."),
        ),
        (
            U,
            (
                "Second firm says £3,700 a month, no minimum, servicing £450 a visit at "
                "about one visit a month, and 30 days' notice. Which deal suits a "
                "six-month trial better?"
            ),
        ),
    ],
    ("Compares a new quote with the terms of the first, and asks for a judgement."),
)
convo(
    "conv-undo-to-earlier-version",
    [
        (
            U,
            (
                "Blurb draft: 'Join debut novelist Ama Owusu as she talks about her "
                "thriller set on the Humber.'"
            ),
        ),
        (
            A,
            (
                "A livelier version: 'Debut sensation Ama Owusu takes us to the dark "
                "waters of the Humber in a gripping thriller everyone is talking about.'"
            ),
        ),
        (U, "Too much. Make it calmer and add that it's at 2pm in the Corn Exchange."),
        (
            A,
            (
                "'Debut novelist Ama Owusu discusses her thriller set on the Humber. 2pm, "
                "Corn Exchange.'"
            ),
        ),
        (
            U,
            (
                "Actually, go back to my original wording and just add the time and venue "
                "from your last version."
            ),
        ),
    ],
    "Needs the original draft and the later version from earlier turns.",
)
convo(
    "conv-fill-template",
    [
        (
            U,
            (
                "Our detention notice template: Ship name / IMO number / Port / Date of "
                "detention / Grounds (list) / Conditions for release."
            ),
        ),
        (A, "Got the template's six fields."),
        (
            U,
            (
                "Fill it in: MV Greer Star, IMO 9412337, Felixstowe, 21 March 2031; "
                "grounds: emergency fire pump inoperative, lifeboat release gear "
                "defective; release once both are repaired and verified by the class "
                "surveyor."
            ),
        ),
    ],
    "Needs the template from the first turn; the answer is a filled-in form.",
)
convo(
    "conv-phone-script-objections",
    [
        (
            U,
            (
                "We charge £2.95 per driver card and want to win a haulier from their old "
                "provider, who charges £2.60 but only reports quarterly."
            ),
        ),
        (A, ("So you're 35p dearer per card, but you report monthly rather than quarterly.")),
        (
            U,
            (
                "Write me a phone script for the call, including what I say when they tell "
                "me we're more expensive."
            ),
        ),
    ],
    "Writing around the figures in the first turn.",
)
convo(
    "conv-glossary-of-jargon",
    [
        (
            U,
            (
                "Update for the new farm student: we did 12 PDs, the three empties go back "
                "on the synch programme, two repeat breeders are going to the sweeper "
                "bull, and we're using sexed on the maiden heifers."
            ),
        ),
        (
            A,
            (
                "A busy round: 12 pregnancy diagnoses, three empties resynchronised, two "
                "repeat breeders to the bull, and sexed semen on the maidens."
            ),
        ),
        (
            U,
            (
                "The student won't know half those terms. Make a glossary of the jargon I "
                "used, in plain English."
            ),
        ),
    ],
    "A glossary of the terms used in the first turn.",
)
convo(
    "conv-measured-vs-guessed",
    [
        (
            U,
            (
                "Sample spring from the customer: I measured the wire at 2.5 mm and the "
                "free length at 48 mm. Outside diameter looked about 20 mm, maybe 12 "
                "coils, hard to count with the corrosion."
            ),
        ),
        (
            A,
            (
                "Thanks: 2.5 mm wire, 48 mm free length, roughly 20 mm outside diameter "
                "and about 12 coils."
            ),
        ),
        (
            U,
            (
                "Before I quote, which of those figures did I actually measure and which "
                "were guesses, and what should I check again?"
            ),
        ),
    ],
    "Needs the wording of the first turn, and a judgement.",
)
convo(
    "conv-assign-by-skills",
    [
        (
            U,
            (
                "Camp duties to cover: range safety, ration returns, vehicle log checks, "
                "pay queries desk. Available: Cpl Dean (ex-RLC driver), LCpl Shah (finance "
                "clerk in civilian life), Pte Moss (range qualified), Sgt Ruiz "
                "(quartermaster's department)."
            ),
        ),
        (A, "Four duties and four people, with their backgrounds noted."),
        (U, "Assign each duty to the best person and give a one-line reason for each."),
    ],
    "A judgement using the duties and people from the first turn.",
)
convo(
    "conv-subject-line",
    [
        (
            U,
            (
                "Agreed with the client: Farnborough to Nice on the Friday, Phenom 300, "
                "two passengers and a dog, vegetarian catering, return open."
            ),
        ),
        (
            A,
            (
                "Noted: Farnborough to Nice, Phenom 300, two passengers plus a dog, "
                "vegetarian catering, open return."
            ),
        ),
        (
            U,
            (
                "Give me a subject line and a two-line confirmation email to the client "
                "based on that."
            ),
        ),
    ],
    "Writing from the details in the first turn.",
)
convo(
    "conv-explain-earlier-calc",
    [
        (U, ("We use about 18 nappies a day for the two of them, and a box of 84 is £15.75.")),
        (A, ("That's 504 nappies over four weeks, exactly 6 boxes, so £94.50 every four weeks.")),
        (
            U,
            (
                "Explain how you got that, step by step, so I can show my partner. He "
                "thinks it's more."
            ),
        ),
    ],
    "An explanation of the assistant's earlier working.",
)
convo(
    "conv-directions-from-landmarks",
    [
        (
            U,
            (
                "Finding the plant room at Oakfield House: in by the kitchen door, past "
                "the laundry, down the ramp, blue door on the left marked 'Boiler'. The "
                "key is in the key safe by reception; the manager gives out the code."
            ),
        ),
        (A, ("Got it: the route to the plant room at Oakfield House and where the key is kept.")),
        (U, "Write that as clear directions for the visiting engineer, with the key part first."),
    ],
    "Writing from the landmarks in the first turn.",
)
convo(
    "conv-missing-step",
    [
        (
            U,
            (
                "Our layup sheet: cut plies, lay ply 1 on the release-coated tool, add "
                "plies 2 to 8 checking orientation, peel ply, breather, bag, pull vacuum, "
                "autoclave."
            ),
        ),
        (A, "That's the sequence from cutting to cure."),
        (U, ("Isn't something missing between the plies? What step would you add, and where?")),
    ],
    "A judgement about the procedure listed in the first turn.",
)
convo(
    "conv-questions-for-visit",
    [
        (
            U,
            (
                "Background: Mr Hollis, 72, found at home after a fall; his GP saw him two "
                "days before for dizziness; new blood pressure tablets started recently; "
                "lived alone; his daughter has raised concerns."
            ),
        ),
        (
            A,
            (
                "Thanks: an older man found after a fall, a recent GP visit for dizziness, "
                "new blood pressure medication, and a concerned daughter."
            ),
        ),
        (U, "What should I ask the daughter when I visit, given all that?"),
    ],
    "Advice that depends on the background in the first turn.",
)
convo(
    "conv-triage-by-risk",
    [
        (
            U,
            (
                "Calls waiting: a loose husky on the bypass; a stray terrier shut in a "
                "school playground with the children due out at 3:15; a dead fox by the "
                "allotments; a lost spaniel reported but not yet seen."
            ),
        ),
        (
            A,
            (
                "Four calls: the husky on the bypass, the terrier in the playground, the "
                "dead fox, and the lost spaniel report."
            ),
        ),
        (U, "Which do I go to first, and in what order after that?"),
    ],
    "A risk judgement over the calls in the first turn.",
)
convo(
    "conv-code-review",
    [
        (
            U,
            (
                "My script to flag expiring domains:\n\nfor d in domains:\n    if "
                "whois(d).expiry - today < 30:\n        alert(d)\n\nIt never alerts."
            ),
        ),
        (A, "It looks as though it should alert when a domain has under 30 days left."),
        (U, "So why doesn't it? Fix it."),
    ],
    "A code review of the script in the first turn.",
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len(set(CONVS)) == len(CONVS)

# ---- this set's own structural asserts
for _i in items:
    if _i.get("messages"):
        _ms = _i["messages"]
        assert len(_ms) >= 3 and _ms[-1]["role"] == U, _i["id"]
        _talk = [m["role"] for m in _ms if m["role"] != S]
        assert all(_talk[k] != _talk[k + 1] for k in range(len(_talk) - 1)), _i["id"]
        assert _talk[0] == U, _i["id"]
_POS_TOOLS = ("positive:calculator", "positive:units", "positive:datetime")
for _label in _POS_TOOLS:
    _regs = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_per_reg = {r: 0 for r in REGISTERS}
for _i in items:
    if _i["label"] in _POS_TOOLS and _i["family"] != P:
        _per_reg[_i["family"]] += 1
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ordinary if i["family"] == r) == 4 for r in REGISTERS)
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
    # no register (family name) of this set is a family name of sets 19 to 92
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 92: {reused}"
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
