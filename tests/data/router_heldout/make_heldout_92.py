r"""Generate heldout-2027-03-05.jsonl: a ninety-second held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed92/earlier_registers.txt (in full: a `wc -lc` gave 1575 lines and 37428 characters,
then a `tr` turning its newlines into spaces was printed in two pieces, `head -c 19000` and `tail
-c +18900`, which overlap by 101 characters, so nothing was left out): the register names of
earlier sets, used only to choose this set's 25 registers so that their trades and situations
differ from all of those; and these line ranges of /work/sealed92/make_heldout_91.py (a `wc -l`
gave 2863 lines, as the brief said): lines 1-626 (its docstring, imports, configuration, helpers,
calc() and the line P = "plain"), 912-972 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()),
1183-1267 (its datetime section header, date helpers, clock_span(), date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1499-1506 (its negatives section header, neg() and conv()) and
2640-2863 (its stated-weekday check, its checks and main()). None of set 91's query blocks
(627-911, 973-1182, 1268-1498, 1507-2639) was opened, printed or searched.

The first command made /tmp/h92, ran an `ls -la` of /work/sealed92 (earlier_registers.txt and
make_heldout_91.py only) and a `wc -l` of make_heldout_91.py and earlier_registers.txt (2863 and
1575 lines), copied the five ranges by `sed -n A,Bp` into /tmp/h92/r1.py to r5.py (not printed) and
ran a `wc -l` of the copies (626, 61, 85, 8 and 224); the `cat` of grading.py ran alongside it. The
first copy was then printed by `cat`; the display cut the middle of that output (its lines
164-308), so the next command printed it again by `sed -n 160,310p`, and all of lines 1-626 were
seen. One command then printed the second to fourth copies by `cat -n` and another, alongside it,
the fifth. Nothing outside the allowed ranges was seen. The next command ran the `wc -lc` and the
first `tr` piece of earlier_registers.txt and another the second piece. Nothing under /work/main
was opened or listed apart from grading.py: nothing under router/, tools/, docs/ or tests/ was
opened or listed, nor README or pyproject, and .venv was not listed. The only other use of
/work/main was running /work/main/.venv/bin/python (for every script and every run of this
generator) and /work/main/.venv/bin/ruff (with /work/main as the working directory, on this file
only, always with --no-cache). No other /work/sealed* directory was listed. The earlier generators
(sets 1-91) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
importing make_heldout_91.py runs its module level, which builds its items, but no earlier query
was ever printed. No JSONL file was opened (not even this set's own output: only this generator's
printed summary, its failure messages, `tail -6` and `sed -n` excerpts of the summary, a `grep -c`
of its non-empty lines, ruff's output and its --show listing of ids, expected values and
tolerances, picked out by a `grep` and laid out by `column -t`, were read), no git command was run,
no network and no search or fetch tool was used, and neither the router nor the bench nor the tests
were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h92/regs.txt (a `cat` heredoc, already in sorted order; the same command made /tmp/h92/own)
and checked them against earlier_registers.txt: `sort -c` (sorted), `sort -u | wc -l` (25), a `grep
-xFf` (none printed) and one `grep -iE` of keywords and fragments of the chosen trades and their
neighbours (agricult, land_, air_, traffic, batter, storage, build, channel, swim, pilot, heat,
district, art_, crat, ship, college, further, music, venue, wedding, celebr, humanis, hydro,
refuel, survey, laptop, refurb, phone, contract, occupation, therap, adapt, open_, source, librar,
probation, prison, offend, declutter, organis, clear, rotary, lions, school, admission, appeal,
sleeper, train, rail, nurs, student, ward, yacht, crew_, placement, recruit, trading, standard,
weights, crash, vehicle, test and lab), joined onto one line by `tr`; it printed the names sharing
a word or fragment; those and other names seen in the full reading of the list that were judged
neighbouring trades are listed below. Then `cat` heredocs wrote this set's own blocks under
/tmp/h92/own/: a_calc.py (money(), the register constants and REGISTERS, and the calculator items,
with a `grep -cE` of the lines opening a calc( call or naming a register, 76, that is 14 plain, 31
word problems and their 31 register lines), b_units.py (unit constants and unit items, with the
same kind of count, 76), then one inline script that corrected the wording of one draft unit item
(the celebrant's clifftop spot, which asked both roughly and exactly; one replacement, asserted)
then, in the same command, a one-line script that printed the weekdays of eleven candidate dates
(the nine dates that date items state with their weekday, the opening day of the tide window and
the date a near-positive states with its weekday), so that stated weekdays are right; then
c_dates.py (date items, with a `grep -c` of its date_item( calls, 45), d_negs.py (the ORDINARY
table; an `echo ok` only), e_near.py (near-positive negatives, with a `grep -c` of its near( calls,
65) and f_convs.py (conversations and this set's own structural asserts, with a `grep -c` of its
convo( calls, 35). The next command wrote and ran /tmp/h92/subst.py (a `cat` heredoc): it cut the
first copy at the line that is exactly `from __future__ import annotations` (asserted to be the
only such whole line), so set 91's docstring is not part of this file, and substituted this set's
OUT ("heldout-2027-03-04.jsonl" -> "heldout-2027-03-05.jsonl") and PREFIX ("ho91-" -> "ho92-"),
"sets 1-90" -> "sets 1-91" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are
kept as they were), `range(2, 91)` -> `range(2, 92)` in EARLIER and, in REGISTER_CHECK,
make_heldout_91.py added after make_heldout_90.py, all in the first block, and "sets 19 to 90" ->
"sets 19 to 91" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth copies are used
as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "90",
"91", "92", "19 to" and "2027" (with the REGISTER_CHECK lines of sets 19-89 filtered out) and a
`tail -2` of c1.py. The next command wrote a one-line placeholder docstring to /tmp/h92/doc.txt (by
`echo`), /tmp/h92/assemble.py (it builds this file from doc.txt and the blocks in order: c1.py, the
own a_calc.py, r2.py, the own b_units.py, r3.py, the own c_dates.py, r4.py, the own d_negs.py,
e_near.py and f_convs.py, and c5.py, and prints its line count) and a helper /tmp/h92/run.sh (it
runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache
-q` and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h92/ruff.txt and printing both exit codes and its `tail -3`, then this generator from /tmp,
passing on any arguments, writing its output to /tmp/h92/out.txt, and prints its exit code and the
`tail -6` of it, and last a list, by a short inline script, of the lines of this file over 99
characters), made run.sh executable and ran it. After the first run, one command counted the rule
codes of ruff.txt (a `grep -o` with `sort` and `uniq -c`), ran two other `grep`s of it that printed
nothing, and printed the seven lines over 99 characters by a loop of `sed -n Np`; the next printed
`head -30` of ruff.txt and the line numbers of all its findings. Then /tmp/h92/fix1.py (a `cat`
heredoc) parenthesised the multi-piece strings inside the ORDINARY table (9) and inside the
conversation turns (42) and made five rewordings and turned the sponsored swim of 5 km into a
sponsored walk of 10 km (each replacement asserted to apply once; it printed the counts); a `grep
-n` showed one parenthesised entry of each block, and run.sh was run again in the same command.
After the second run a `sed -n` showed how ruff format had laid out two of the parenthesised
strings. /tmp/h92/fix2.py (a `cat` heredoc) re-split those strings for their new indentation and
changed one unit figure, with a `sed -n 1,20p` of the own ORDINARY block and run.sh run again in
the same command; after the third run a `grep -n -B3 -A10` showed the one conversation turn that
fix2.py had broken, and /tmp/h92/fix3.py (a `cat` heredoc) mended it and re-split the strings
again, with run.sh run again in the same command; after the fourth run /tmp/h92/fix4.py reworded
three unit one-liners (each replacement asserted to apply once), with run.sh run again in the same
command. The fifth run passed every check. The edits are listed under "Checks that failed along the
way". Then a `sed -n 1,4p` and a `grep -c` of the non-empty lines of out.txt (206) were read, this
generator was run with --show from /tmp (its output written to /tmp/h92/show.txt) and the listing
of ids, expected values and tolerances (a `grep` of show.txt laid out by `column -t`) was read;
this writer checked every expected value against the stories, and no change was needed. The next
command took `grep -o -F` counts over the own blocks (of money(, unit_r(, EXACT, sayw(, sayus(,
clock_span(, nth_weekday(, age(, days(, weeks(, STONE, SQFT, CUFT, SQYD, OZ, whole_up(, the euro
sign and the dollar sign). This docstring was written last over the placeholder: its source text,
/tmp/h92/doc/doc_src.txt, was written by a `cat` heredoc (with a `wc -w`: 5948 words);
/tmp/h92/doc/fixsrc.py (a `cat` heredoc) then corrected it in eight places after this writer
checked it against the commands actually run, and /tmp/h92/doc/fixsrc2.py (a `cat` heredoc) in one
more, this account of the docstring's own making (each replacement asserted to apply once); then
/tmp/h92/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented lines as they are
and asserts that the words are unchanged, that no line exceeds 99 characters, that every register
value is named and that the text holds no three quotes or backslashes of its own) filled it to 99
columns into /tmp/h92/doc.txt and printed its line count, with a `head -3` and a `tail -3` of
doc.txt; then run.sh was run again, with a `cat` of ruff.txt and a `sed -n 1,3p` of out.txt; and
then, in one command, `ruff format --no-cache --check` and `ruff check --no-cache` of this file
(from /work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and
`wc -l` of the JSONL, `rm -rf /tmp/h92`, an `ls` of /tmp/h92 (gone) and an `ls` of /work/sealed92.
Writes: only this file and its JSONL in /work/sealed92/ (earlier_registers.txt and
make_heldout_91.py left as they were); temporary blocks, scripts and output under /tmp/h92/ were
deleted afterwards. Nothing was written into /work/main. Every script and every run of this
generator used /work/main/.venv/bin/python. The JSONL's sha256 from the last edit of the items on
was e588aeaf30fc7fa40eeef3466019dcf86f7593792850d37d8a2a5905aaf02a10 (335 lines); the docstring
does not enter the output.

Changes to set 91's main() and checks: only the substitutions listed above (file names, sets 1-91
for the duplicate check, sets 19-91 for the register check). Set 91 lies next to this file in
/work/sealed92, and EARLIER_DIRS and earlier_path() are kept as set 91 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_91.py is found next to this file and, as no other
generator lies here, sets 1-90 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 91's as copied;
ruff format may have changed layout only. All of set 91's checks are kept: counts per kind, ids and
prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used once, by a plain weeks one-liner), clock_span()
(used three times: a plain one-liner crossing midnight, a survey day and a sleeper journey),
nth_weekday() (used four times), age() (twice), days() (six times), unit_r() with
close_enough_at_2dp() (used by every rounded unit answer, 31), say() (used only through sayw()),
sayw() (nine calls: eight in date items for stated weekdays and one in a near-positive), sayus()
(used once, for a US-style release date with its weekday), OZ and SQYD (not used here), STONE
(twice), SQFT and CUFT. Added, newly written: money() (asserts whole pence or cents, with an assert
of its own; every calculator money answer passes through it, 29 of them, in pounds, euros or
dollars; the two other register calculator answers are hours of unpaid work and a price per 100 g
in pence), MM, CM, KM and HA, with asserts on IN/MM, CM/MM, MI/KM, HA/ACRE, SQFT, CUFT, MPH/KMH,
f_to_c(-22) and c_to_f(41); the register constants and the REGISTERS tuple (asserted 25, distinct
and sorted); an assert that the square-root one-liner's radicand is a perfect square; asserts that
the dates stated with a weekday in date items (the rent review notice, the exhibition opening, the
start of term, the start of the tour, the wedding, the first release, the first report, the start
of the placement and the boarding day) fall on the weekday their text names; the ORDINARY table and
the near() and convo() helpers with their NEAR and CONVS lists; and this set's own structural
asserts, rewritten from set 91's docstring's description of them (its code was not seen): the
ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four distinct questions each;
NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and "conv-..."
respectively, each with a note (asserted by the helpers and after each list); every conversation
has at least three turns and ends in a user turn, and its user and assistant turns alternate (a
system turn aside); the positive registers of each tool are exactly the REGISTERS, with 31 register
word problems per tool; exactly 18 registers have four positives and 7 have three; the ordinary
negatives are 100, four per register; every negative outside the registers is a near-... or
conv-... family with a note; no positive contains an all-numeric date (NUMERIC_DATE_POS, this set's
own pattern; no positive uses one at all). The date items' weeks() call asserts whole weeks, and
date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 91's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 91's, copied (P = "plain" is copied too, as the
last line of the first block). Set 91's docstring (within lines 1-423) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects and new figures of the
seven items its duplicate check once reported, which were therefore seen; none of those figures is
reused here. Some of this set's near-positive and conversation kinds share generic kinds with set
91's lists, newly worded with new subjects and figures: live or looked-up data (tide predictions, a
day-ahead power price, the shop's current tariffs, growth centile charts), rules (building
regulations on ramps, phytosanitary rules for crates, a swim's ratification rules, marriage law,
the means test of a grant, Gift Aid on raffle tickets, working-time rules for a student nurse,
Schengen visas, tolerable negative errors and unit pricing, licence compatibility), estimates (cell
fade, cold-water survival, fill time, sessions to clear a house), judgements (care hours, an
enforcement decision, a risk tool score, a clutter rating, berth allocation), missing figures or
constants (conductivities for a U-value, an oil's energy content, a plywood density, a hydrogen
heating value, the salinity for the speed of sound, the height of tide, an apportionment method, a
depreciation method, an aspect ratio, a front-structure stiffness, a compensation scheme), code to
write (a CI workflow) and a forecast; and for conversations house rules given earlier (an
eligibility rule, an upgrade policy, a rubric), writing around earlier figures or text (a handover
brief, a counter-offer, a ceremony's story section, release notes, a risk assessment, a tenant's
reply), a rewrite for another reader, and judgements over earlier options. No item of set 91 was
seen, so none was reused verbatim. New kinds here (not in set 91's lists as far as its docstring
shows): a random draw, a proof (the pigeonhole principle), vague quantifiers ('a handful', 'a
few'), a legal counting convention ("clear days"), a historical unit with several local definitions
(the Scots acre), a speed that depends on an atmospheric model (a Mach number at a flight level),
spelling in the radio alphabet, a novelty unit (buses), a dew point needing an empirical formula, a
financial year whose start is not given, a pattern-continuation puzzle, a perceptual scale (twice
as loud), figures that contradict each other, sunset and moon phase at a place and date, a datum
transformation, an anagram, a check-digit algorithm (Luhn), a pronoun with no antecedent in a
single turn, semantic version ordering, a cron expression, a hash, a division by zero, a
false-premise date (31 April), a measure that is not a conversion of the one given (gross tonnage
from length), a missing data trace (a head injury criterion) and a model-dependent inverse (speed
from crush depth); and these conversation kinds: an elliptical follow-up that needs the earlier
figure, recall of facts stated earlier, a dated timeline from notes, a table from the assistant's
earlier prose, spotting an error in the assistant's earlier figures, a rota from constraints, tests
for an earlier function, a split agreed earlier applied to new takings, a role-play continued, pros
and cons of an earlier plan, cutting an earlier message to a text-message length, finding which
earlier questions went unanswered, an inconsistency in an earlier account, a loading order from an
earlier list, US localisation of an earlier summary with its depths converted, a quiz from an
earlier briefing, asking what information is still missing, ordering earlier tasks by deadline, CSV
from an earlier list, names from an earlier brief, a decision note, a what-if change to an earlier
budget, a mnemonic from the assistant's earlier list, a Mermaid flowchart from an earlier
explanation, a viewpoint swap and five more ideas in the style of earlier ones. No conversation
here ends in a user turn that could be answered alone: each last turn either needs figures, rules
or text from the earlier turns or asks for writing, judgement or explanation; none is an earlier
misreading corrected and then a plain question asked again. Some near-positives depend on current
figures or live data; they are negatives, with no "now" field. No positive depends on a looked-up
figure: every rate, price, fee and discount is given in the text, so the answer follows from the
text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the agricultural land agent next to the agricultural machinery dealer (which shares a
word), the letting agent lettings desk, the land drainage contractor (a word), the livestock
auction mart clerk and the conveyancing solicitor desk; the air traffic control watch supervisor
next to the airport baggage hall supervisor, the airport de-icing crew, the flying school flight
instructor, the gliding club launch point and the air show display director (the air conditioning
installer and the motorway traffic management crew share only a word); the battery storage site
operator next to the micro hydro scheme operator, the anaerobic digester plant, the offshore wind
turbine crew and the rooftop solar installer (the cold storage warehouse and the self storage unit
front desk share only a word); the building control inspector next to the structural engineer site
visits, the planning permission consultant, the party wall surveyor, the fire door inspector and
the loft conversion builder (the builders merchant trade counter and the building society branch
counter share only a word); the channel swim escort pilot next to the cold water swimming club, the
swimming club treasurer, the harbour pilot boat roster, the sea fishing charter boat and the
coastguard rescue team (the balloon pilot shares only a word); the district heating billing office
next to the heat pump installer, the energy supplier call centre, the smart meter installer round
and the leasehold block management office; the fine art crating shipper next to the museum
conservator loan register, the contemporary art gallery, the freight forwarder customs desk, the
picture framing workshop and the removal van firm (the dry bulk shipbroker desk and the
shipbreaking yard share only a fragment); the further education college timetabler next to the
evening language classes, the private tuition agency, the university admissions office, the
forklift training centre and the hgv driver training school; the grassroots music venue booker next
to the comedy club open mic promoter, the pro wrestling promotion, the rock band, the music
festival campsite steward and the recording studio session booker (the barn wedding venue
coordinator shares only a word); the humanist wedding celebrant next to the register office
ceremonies desk, the barn wedding venue coordinator, the wedding florist, the wedding videographer
and the funeral director arrangements office; the hydrogen refuelling station operator next to the
petrol station forecourt kiosk, the ev charge point installer, the airfield fuel bowser operator
and the dive centre air station; the hydrographic survey launch crew next to the coastal erosion
survey team, the marine research vessel scientist, the subsea cable repair ship, the drone survey
contractors and the harbour pilot boat roster; the laptop refurbishment reseller next to the phone
screen repair kiosk, the repair cafe volunteers, the office it helpdesk, the secondhand camera
dealer and the vintage clothes resale app; the mobile phone contract shop next to the phone screen
repair kiosk and the phone mast site rental agent (which share a word), the energy supplier call
centre and the broadband fibre installer van; the occupational therapist home adaptations next to
the stairlift fitter, the mobility aids showroom, the speech and language therapist caseload, the
physio clinic admin and the domiciliary care rota planner; the open source library maintainer next
to the indie game studio producer, the freelance web designer, the penetration testing consultancy
and the cloud cost finops analyst (the seed library and bookmobile registers share only a word);
the probation service case manager next to the prison education tutor, the jobcentre work coach,
the refugee resettlement caseworker notes and the police station front counter; the professional
declutter organiser next to the house clearance firm, the hospice shop donation sorting, the self
storage unit front desk and the removal van firm; the rotary club secretary next to the parish
council clerk, the town twinning association, the charity street fundraising team and the many
society treasurers and secretaries (allotment, community choir, swimming club); the school
admissions appeal clerk next to the university admissions office, the complaints ombudsman case
desk, the jury summoning office and the business rates appeal consultant (which shares a word); the
sleeper train cabin attendant next to the railway revenue protection inspector, the railway signal
box relief signaller, the railway lost property office, the freight train driver roster, the steam
railway and the island ferry purser notes; the student nurse ward placement next to the community
midwife caseload, the hospital night porter log, the hospital sterile services unit and the care
home activities coordinator (the student hackathon organiser and the student halls accommodation
office share only a word); the superyacht crew placement agency next to the yacht delivery skipper,
the au pair placement agency, the temp recruitment agency desk and the marina berth office; the
trading standards officer next to the environmental health food inspector, the assay office
hallmarking counter and the instrument calibration laboratory (the trading card game shop and the
allotment society trading hut share only a word); the vehicle crash test laboratory next to the
wind tunnel test lab, the instrument calibration laboratory, the accident repair body shop, the
motor insurance claims handler and the mot garage service bay; the judgement of "different topic"
is this writer's. Some of this set's registers touch each other (the laptop refurbishment reseller
and the mobile phone contract shop both sell devices, second-hand and on contract; the battery
storage site operator, the hydrogen refuelling station operator and the district heating billing
office all deal in energy, as stored power, fuel and heat; the fine art crating shipper and the
professional declutter organiser both pack up other people's belongings); the judgement that they
are different trades is this writer's. At the edges of the allowed ranges: line 626 is P = "plain",
912, 1183 and 1499 are section headers, 2640 opens the stated-weekday check and 2863 is the call of
main(). No query text of any earlier set was seen: main()'s duplicate check names only this set's
ids. Every query here was newly written from imagination of each trade or situation; three items
that the duplicate check reported as exact repeats of earlier queries (their earlier counterparts
unseen) were reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt
are not known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of sets 19 to 91 (the near-.../conv-... families are not registers and may coincide with
earlier family names). This set has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format, but ruff check reported 48 ISC004 findings (implicitly concatenated strings directly inside
the ORDINARY table's tuples and inside the conversations' turn tuples); the generator stopped at
unit_r()'s assert on the Rotary club's sponsored swim (5 km is about 3.1069 miles, off by more than
the 1e-3 tolerance when given to two decimals); and the list of lines over 99 characters named
seven lines of 100 characters, where ruff format had joined the two pieces of a string onto one
line (three unit and date items, two ORDINARY questions and two near-positives). fix1.py
parenthesised the multi-piece strings of the ORDINARY table (9) and of the conversation turns (42),
reworded the two unit items (the band's stage plot and the celebrant's clifftop spot), the date
item (the appeal hearing) and the two near-positives (the clutter rating and the late arrival) so
that their lines no longer came to 100 characters, and made the Rotary item a sponsored walk of 10
km. The second run passed ruff check (and every later run did, but the third) and stopped at
unit_r()'s assert on the appeal clerk's home-to-school distance (2.7 miles is about 4.3452 km,
again off at two decimals), and 33 lines were over 99 characters: ruff format had moved the
parenthesised strings four columns to the right. fix2.py re-split those strings for their new
indentation (one ORDINARY question became a single string) and made the distance 2.9 miles. The
third run failed ruff format and ruff check (a syntax error) and the generator did not start:
fix2.py had turned the escaped line breaks of the Python function in one conversation turn into
real ones; and fifteen re-split lines came to 100 characters, because its split had not counted
each piece's trailing space. fix3.py restored that turn with its escapes and re-split the strings
again with the trailing spaces counted. The fourth run passed every check up to the duplicate
check, which reported three items by id as repeats of earlier queries or user turns: three unit
one-liners (a Fahrenheit to Celsius conversion, bar to psi and km/h to mph). fix4.py reworded all
three with new figures without the earlier queries being looked at (59 °F, 3.4 bar, 115 km/h). The
fifth run passed every check, and the list of lines over 99 characters was empty; so did every
later run. The register check, the stated-weekday check, the counts, the gradability checks, this
set's own structural asserts, money()'s asserts and the weekday asserts of the date items passed on
every run that reached them.

Registers (families), 25, new: agricultural_land_agent, air_traffic_control_watch_supervisor,
battery_storage_site_operator, building_control_inspector, channel_swim_escort_pilot,
district_heating_billing_office, fine_art_crating_shipper, further_education_college_timetabler,
grassroots_music_venue_booker, humanist_wedding_celebrant, hydrogen_refuelling_station_operator,
hydrographic_survey_launch_crew, laptop_refurbishment_reseller, mobile_phone_contract_shop,
occupational_therapist_home_adaptations, open_source_library_maintainer,
probation_service_case_manager, professional_declutter_organiser, rotary_club_secretary,
school_admissions_appeal_clerk, sleeper_train_cabin_attendant, student_nurse_ward_placement,
superyacht_crew_placement_agency, trading_standards_officer, vehicle_crash_test_laboratory. Every
register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: agricultural_land_agent,
district_heating_billing_office, mobile_phone_contract_shop, rotary_club_secretary,
superyacht_crew_placement_agency, trading_standards_officer; a second unit word problem:
air_traffic_control_watch_supervisor, channel_swim_escort_pilot,
hydrogen_refuelling_station_operator, hydrographic_survey_launch_crew,
laptop_refurbishment_reseller, vehicle_crash_test_laboratory; a second date word problem:
further_education_college_timetabler, humanist_wedding_celebrant, open_source_library_maintainer,
probation_service_case_manager, school_admissions_appeal_clerk, sleeper_train_cabin_attendant). The
seven registers with three positives are battery_storage_site_operator, building_control_inspector,
fine_art_crating_shipper, grassroots_music_venue_booker, occupational_therapist_home_adaptations,
professional_declutter_organiser and student_nurse_ward_placement. Positives are one-liners (family
"plain") or word problems of one to three sentences, in UK usage with £ and pence, pounds, stone,
feet, inches, yards, acres and miles, some in euros, one in US dollars with a US-style written date
in another item, and other touches (a tenancy's rent per acre with a cottage, a sale fee in two
bands with VAT, overtime with a time-and-a-half watch, a battery's margin on one cycle, a building
notice with a reinspection charge, a relay's shared costs, a heat bill with a standing charge and
VAT at 5%, a metered heat charge, a crate quote with a markup on materials only, a room hire with a
caretaker's charge, a door split after costs, a celebrant's balance after a deposit and mileage, a
fleet discount on hydrogen, a survey with a weather day at half rate, a pallet of laptops with some
for parts, a handset deal, a bill with a discount on airtime only and a roaming pass, a grant's
shortfall, sponsorship after a platform's cut, hours of unpaid work left, a declutter with a
discount on hours only, a charity dinner's profit, club subs with honorary members, a clerk's
invoice for hearings, sleeper rooms shared and solo, a nurse's travel claim, placement fees and a
delivery crew in euros, a unit price in pence, a fine reduced for an early plea, and crash tests
with a discount; a field in acres, a runway and a transition altitude, an inlet air limit, a stair
rise, sea temperature and a crossing, a flow temperature, a canvas, a workshop, a stage, a ceremony
spot, a tank pressure and a pre-cooling temperature, a charted depth and a survey block, an SSD and
a screen, a data allowance and build artefacts in MiB and GiB, a doorway, a work site, a storage
unit, a sponsored walk, a school route, a line speed, a patient's weight, a yacht's length, a
sack's weight, a test speed and a barrier's mass; Celsius and Fahrenheit both ways, mph to km/h and
back, psi to bar and bar to psi, GiB to MiB and MiB to GiB, square feet and square metres both
ways, square miles to square kilometres, square inches to square metres, acres to hectares and
hectares to acres, cubic metres and cubic feet both ways, kilograms to pounds, pounds to kilograms,
stone and pounds to kilograms, inches to centimetres and millimetres, millimetres to inches,
centimetres to inches, metres to feet, feet to metres, yards to metres, miles to kilometres and
kilometres to miles), some chatty, terse or lower-case, with questions at the start or the end,
several terse commands and two statements to complete. No positive conversations. No dosing in
positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 91: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, a tide window counting its first day as day 1, a warranty counting the
sale day as day 1, the 11th show of a tour at three-day intervals, the 9th release every six weeks,
the 10th weekly report, the Monday of week 8 of a term, the Friday of week 10 of a placement, a
rotation of 10 weeks, 14, 19, 34, 45, 60, 84, 90, 100, 180, 365, 730, 2,000 and 4,000 days after or
before a date, 6, 13 and 26 weeks after or before a date, weeks between two stated dates (a plain
one-liner), hours between two stated date-times, the weekday of a stated date, the third Wednesday,
the last Monday, the first Friday and the second Tuesday of a stated month and year, and a day of
the year counting 1 January as day 1); the two ages (one of them a car's age in complete years) are
in whole years from a stated date to a stated date, and the three clock spans run from one stated
time to the next occurrence of the other (two cross midnight, saying "the following morning" or
"the next morning"; all are in minutes). Every rounded unit result stays within its 1e-3 tolerance
when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 91):
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

Run: python3 make_heldout_92.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-03-05.jsonl"
PREFIX = "ho92-"
# earlier generators: sets 1-91 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 92))
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
    """A money answer: asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100)

AGL = "agricultural_land_agent"
ATC = "air_traffic_control_watch_supervisor"
BAT = "battery_storage_site_operator"
BCI = "building_control_inspector"
CSW = "channel_swim_escort_pilot"
DHB = "district_heating_billing_office"
FAC = "fine_art_crating_shipper"
FEC = "further_education_college_timetabler"
GMV = "grassroots_music_venue_booker"
HWC = "humanist_wedding_celebrant"
HRS = "hydrogen_refuelling_station_operator"
HYD = "hydrographic_survey_launch_crew"
LAP = "laptop_refurbishment_reseller"
MPC = "mobile_phone_contract_shop"
OTH = "occupational_therapist_home_adaptations"
OSL = "open_source_library_maintainer"
PRO = "probation_service_case_manager"
PDO = "professional_declutter_organiser"
ROT = "rotary_club_secretary"
SAA = "school_admissions_appeal_clerk"
SLT = "sleeper_train_cabin_attendant"
SNP = "student_nurse_ward_placement"
SYC = "superyacht_crew_placement_agency"
TSO = "trading_standards_officer"
VCT = "vehicle_crash_test_laboratory"
REGISTERS = (AGL, ATC, BAT, BCI, CSW, DHB, FAC, FEC, GMV, HWC, HRS, HYD, LAP)
REGISTERS += (MPC, OTH, OSL, PRO, PDO, ROT, SAA, SLT, SNP, SYC, TSO, VCT)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)

# ---- plain one-liners (14)
calc(P, "What is 18.5% of 7,240?", pct("18.5") * 7240)
calc(P, "4,087 x 36", 4087 * 36)
calc(P, "5071.5 divided by 18", dec("5071.5") / 18)
calc(P, "9.6 squared minus 3.3 squared = ?", dec("9.6") ** 2 - dec("3.3") ** 2)
assert math.isqrt(53361) ** 2 == 53361  # a perfect square
calc(P, "square root of 53,361", math.isqrt(53361))
calc(P, "Reduce 8,460 by 35%.", 8460 * (1 - pct(35)))
calc(P, "increase 1,285 by 7.2 percent", 1285 * (1 + pct("7.2")))
calc(P, "What's the average of 63, 81, 77, 94 and 70?", F(63 + 81 + 77 + 94 + 70, 5))
calc(P, "171 is what percentage of 1,140?", F(171, 1140) * 100)
calc(P, "(486 - 129) * 0.45", (486 - 129) * dec("0.45"))
calc(P, "Work out three eighths of 2,936.", F(3, 8) * 2936)
calc(P, "1000 minus 387.65", 1000 - dec("387.65"))
calc(P, "Percentage change from 640 to 752?", F(752 - 640, 640) * 100)
calc(P, "Split 2,478 in the ratio 5:2. What's the larger share?", F(2478 * 5, 7))

# ---- register word problems (31)
calc(
    AGL,
    "Farm business tenancy for 212 acres at £138 an acre a year, plus £1,450 a year for the "
    "cottage. What's the total annual rent?",
    money(212 * 138 + 1450),
)
calc(
    AGL,
    "our sale fee is 1.25% of the first £1,000,000 and 0.75% of anything above that, plus VAT at "
    "20%. the land went for £1,840,000 - what's the fee including VAT?",
    money((pct("1.25") * 1000000 + pct("0.75") * 840000) * dec("1.2")),
)
calc(
    ATC,
    "I did three extra watches of 7.5 hours each. Normal overtime rate is £48.20 an hour and the "
    "Sunday one pays time and a half. What's my overtime total?",
    money(2 * dec("7.5") * dec("48.20") + dec("7.5") * dec("48.20") * dec("1.5")),
)
calc(
    BAT,
    "We charged the battery with 50 MWh overnight at £38.40 per MWh and discharged 45 MWh into "
    "the evening peak at £126.75 per MWh. What was the gross margin on that cycle?",
    money(45 * dec("126.75") - 50 * dec("38.40")),
)
calc(
    BCI,
    "Building notice fee for the loft conversion is £685 plus VAT, and the failed first check "
    "adds a £95 reinspection charge, also plus VAT. With VAT at 20%, how much does the owner pay "
    "us in total?",
    money((685 + 95) * dec("1.2")),
)
calc(
    CSW,
    "Six-person relay: the escort boat is £3,450, the team's registration with the association "
    "£420 and the observer's expenses £180. Split equally, what does each swimmer pay?",
    money(F(3450 + 420 + 180, 6)),
)
calc(
    DHB,
    "Quarter's heat bill: 1,250 kWh at 11.6p per kWh, a standing charge of 40p a day for 90 "
    "days, and VAT at 5% on the whole lot. What's the total in pounds?",
    money((1250 * dec("0.116") + 90 * dec("0.40")) * dec("1.05")),
)
calc(
    DHB,
    "heat meter went from 48,217 kWh to 49,903 kWh and the tariff is 9.5p per kWh. charge for "
    "the period before VAT, in pounds?",
    money((49903 - 48217) * dec("0.095")),
)
calc(
    FAC,
    "Quote for a museum-grade crate: materials £312 with our 15% markup on materials only, 6.5 "
    "hours of joinery at £44 an hour, then VAT at 20% on everything. Total?",
    money((312 * dec("1.15") + dec("6.5") * 44) * dec("1.2")),
)
calc(
    FEC,
    "An evening class hires a room at £28.50 an hour, 2.5 hours a session for 12 sessions, and "
    "the caretaker adds £15 per session. How much do we invoice?",
    money(12 * (dec("28.50") * dec("2.5") + 15)),
)
calc(
    GMV,
    "Door deal: the band takes 70% of ticket money after a £350 venue cost comes off the top. "
    "We sold 184 advance tickets at £12 and 23 on the door at £15. What's the band's share?",
    money((184 * 12 + 23 * 15 - 350) * pct(70)),
)
calc(
    HWC,
    "My ceremony fee is £595, travel is 45p a mile for a 68-mile round trip, and the rehearsal "
    "is £120 extra. They've paid a £150 deposit. What balance is left to pay?",
    money(595 + 68 * dec("0.45") + 120 - 150),
)
calc(
    HRS,
    "The bus depot took 312 kg of hydrogen this week at £9.75 per kg, less their 6% fleet "
    "discount. How much is the invoice?",
    money(312 * dec("9.75") * (1 - pct(6))),
)
calc(
    HYD,
    "Launch and crew cost £2,150 a day and the multibeam hire £380 a day. Four survey days plus "
    "one weather day, which is billed at half the launch rate and nothing for the multibeam. "
    "Total charge?",
    money(4 * (2150 + 380) + F(2150, 2)),
)
calc(
    LAP,
    "Bought a pallet of 40 ex-lease laptops for £5,600. Six are only good for parts. The other "
    "34 each need a £22 battery and sell at £249. If they all sell, what's my profit?",
    money(34 * 249 - 5600 - 34 * 22),
)
calc(
    MPC,
    "Handset is £49 upfront and then 24 monthly payments of £37.50. What's the total cost of "
    "the deal?",
    money(49 + 24 * dec("37.50")),
)
calc(
    MPC,
    "customer's bill: £18 airtime with 15% loyalty discount off the airtime only, £26.25 "
    "device plan, and a roaming pass at £2.50 a day for 6 days. total?",
    money(18 * (1 - pct(15)) + dec("26.25") + 6 * dec("2.50")),
)
calc(
    OTH,
    "The grant covers up to £30,000. Quotes: level-access shower £8,760, through-floor lift "
    "£21,480 and ramp £2,390. How much will the family need to top up?",
    money(8760 + 21480 + 2390 - 30000),
)
calc(
    OSL,
    "I have 38 sponsors at $5 a month, 11 at $25 and 2 companies at $500. The platform keeps "
    "6%. What's my net per month in dollars?",
    money((38 * 5 + 11 * 25 + 2 * 500) * (1 - pct(6))),
)
calc(
    PRO,
    "His order is 180 hours of unpaid work. He's done 7 full sessions of 7 hours and 3 half "
    "sessions of 3.5 hours. How many hours are left?",
    180 - 7 * 7 - 3 * dec("3.5"),
)
calc(
    PDO,
    "Three-day declutter, 6 hours a day at £45 an hour with 10% off the hours for booking all "
    "three days, plus a skip at £285 and the charity van at £60. What's the total?",
    money(3 * 6 * 45 * (1 - pct(10)) + 285 + 60),
)
calc(
    ROT,
    "Charity dinner: 142 tickets sold at £38 each; catering cost £31.50 a head and the band "
    "£420; the raffle raised £1,136. How much profit goes to the charity?",
    money(142 * 38 - 142 * dec("31.50") - 420 + 1136),
)
calc(
    ROT,
    "Subs are £96 per member plus a £24 district levy. We have 37 members, but 4 are honorary "
    "and pay neither. How much should I collect?",
    money((37 - 4) * (96 + 24)),
)
calc(
    SAA,
    "Clerking rate £26.50 an hour. I sat 14 hearings of 45 minutes each and spent 2 hours "
    "writing the decision letters. What's my invoice total?",
    money(dec("26.50") * (14 * F(45, 60) + 2)),
)
calc(
    SLT,
    "A twin room is £320 for two, and a solo traveller pays 80% of that. On this run 14 twins "
    "are shared and 9 are taken solo. Total room revenue?",
    money(14 * 320 + 9 * 320 * pct(80)),
)
calc(
    SNP,
    "Travel claim for my placement: 18 shifts, 23 miles each way at 28p a mile, plus £4.20 "
    "parking per shift. How much can I claim?",
    money(18 * (2 * 23 * dec("0.28") + dec("4.20"))),
)
calc(
    SYC,
    "Our placement fee is 9% of the annual salary. The chief stew starts on €62,400 a year - "
    "what's our fee in euros?",
    money(62400 * pct(9)),
)
calc(
    SYC,
    "owner needs 3 deckhands for a 14-day delivery at €210 a day each, plus a €350 flight "
    "allowance each way per person. total cost in euros?",
    money(3 * (14 * 210 + 2 * 350)),
)
calc(
    TSO,
    "Two boxes of the same cereal: 750 g at £4.35 and 1.2 kg at £6.72. What's the bigger box's "
    "price per 100 g, in pence?",
    F(672, 12),
)
calc(
    TSO,
    "Fine of £220 for each of 15 short-weight packs, reduced by a third for the early guilty "
    "plea, then £850 costs on top. What does the trader pay in total?",
    money(15 * 220 * F(2, 3) + 850),
)
calc(
    VCT,
    "Each frontal test uses a car at £23,400 and £8,750 of instrumentation time. The client "
    "gets 15% off the second and third tests. What do three tests cost altogether?",
    money((23400 + 8750) * (1 + 2 * (1 - pct(15)))),
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
KM = F(1000)  # m
HA = F(10**4)  # m^2
assert IN / MM == dec("25.4") and CM / MM == 10 and abs(MI / KM - dec("1.609344")) == 0
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and SQFT == dec("0.09290304")
assert CUFT == dec("0.028316846592") and abs(MPH / KMH - dec("1.609344")) == 0
assert f_to_c(-22) == -30 and c_to_f(41) == dec("105.8")

# ---- plain one-liners (14)
unit(P, "Convert 59 °F to Celsius, please.", f_to_c(59), EXACT)
unit_r(P, "convert 3.5 miles to km", dec("3.5") * MI / KM)
unit_r(P, "How many inches is 142 cm?", 142 * CM / IN)
unit_r(P, "45 square metres is how many square feet?", 45 / SQFT)
unit_r(P, "What is 3.4 bar in psi?", dec("3.4") * BAR / PSI)
unit_r(P, "What's 45 psi in bar?", 45 * PSI / BAR)
unit_r(P, "850 MiB in GiB?", F(850 * MIB, GIB))
unit_r(P, "12 stone 4 lb in kilograms", (12 * STONE + 4 * LB))
unit(P, "Convert -12 °C to Fahrenheit.", c_to_f(-12), EXACT)
unit_r(P, "A speed of 115 km/h is how many mph?", 115 * KMH / MPH)
unit_r(P, "how many acres is 8.5 hectares", dec("8.5") * HA / ACRE)
unit_r(P, "3.6 metres in feet", dec("3.6") / FT)
unit_r(P, "1.75 cubic metres = ? cubic feet", dec("1.75") / CUFT)
unit(P, "27 inches in millimetres", 27 * IN / MM, EXACT)

# ---- register word problems (31)
unit_r(
    AGL,
    "The old tenancy map gives the field as 37.5 acres. How many hectares is that for the new "
    "schedule?",
    dec("37.5") * ACRE / HA,
)
unit(
    ATC,
    "Our main runway is 2,286 metres long. What's that in feet for the visiting crew's brief?",
    2286 / FT,
    EXACT,
)
unit(
    ATC,
    "transition altitude here is 6,000 ft - what is that in metres?",
    6000 * FT,
    EXACT,
)
unit(
    BAT,
    "The container's inlet air has to stay below 35 °C, but the HVAC panel reads in Fahrenheit. "
    "What's the limit in °F?",
    c_to_f(35),
    EXACT,
)
unit_r(
    BCI,
    "Maximum rise for a private stair is 220 mm and the joiner only has an imperial tape. What "
    "is 220 mm in inches?",
    220 * MM / IN,
)
unit_r(
    CSW,
    "Sea was 61 °F at the start of the swim. What's that in Celsius for the observer's log?",
    f_to_c(61),
)
unit_r(
    CSW,
    "The straight-line distance across is 21 miles - how many kilometres is that?",
    21 * MI / KM,
)
unit(
    DHB,
    "Flow temperature is set at 70 °C. What does that read in Fahrenheit on the old dial?",
    c_to_f(70),
    EXACT,
)
unit_r(
    FAC,
    "The canvas is 72 in by 48 in. What's its area in square metres?",
    72 * 48 * IN * IN,
)
unit_r(
    FEC,
    "How many square metres is the construction workshop if it's 60 ft by 40 ft?",
    60 * 40 * SQFT,
)
unit_r(
    GMV,
    "Our stage is 24 ft wide and the band's plot is all in metres. How wide is that in metres?",
    24 * FT,
)
unit(
    HWC,
    "The clifftop ceremony spot is 450 yards from the car park. How far is that in metres?",
    450 * YD,
    EXACT,
)
unit_r(
    HRS,
    "Car tanks fill to 700 bar. What's that in psi for the American visitors?",
    700 * BAR / PSI,
)
unit(
    HRS,
    "The dispenser pre-cools the gas to -33 °C - what's that in Fahrenheit?",
    c_to_f(-33),
    EXACT,
)
unit_r(
    HYD,
    "Charted depth there is 14.2 m. The skipper thinks in feet - how many feet is that?",
    dec("14.2") / FT,
)
unit_r(
    HYD,
    "Our survey block covers 3.4 square miles. How many square kilometres is that?",
    dec("3.4") * MI * MI / (KM * KM),
)
unit(
    LAP,
    "A 512 GiB SSD - how many MiB is that?",
    F(512 * GIB, MIB),
    EXACT,
)
unit(
    LAP,
    "listing says 14-inch screen; what's the diagonal in cm?",
    14 * IN / CM,
    EXACT,
)
unit(
    MPC,
    "The customer used 6,912 MiB of data on holiday. How many GiB is that?",
    F(6912 * MIB, GIB),
    EXACT,
)
unit(
    OTH,
    "The bathroom doorway is 32 inches clear. In millimetres, what is that?",
    32 * IN / MM,
    EXACT,
)
unit(
    OSL,
    "Our nightly build artefacts come to 1,536 MiB. How many GiB is that?",
    F(1536 * MIB, GIB),
    EXACT,
)
unit_r(
    PRO,
    "The unpaid work site is 14 miles from the office. What's that in km for the travel form?",
    14 * MI / KM,
)
unit_r(
    PDO,
    "Storage unit measures 10 ft by 8 ft by 8 ft. What's its volume in cubic metres?",
    10 * 8 * 8 * CUFT,
)
unit_r(
    ROT,
    "Our sponsored walk is 10 km. How many miles is that for the poster?",
    10 * KM / MI,
)
unit_r(
    SAA,
    "Home to school is 2.9 miles by the measured route. What's that in kilometres?",
    dec("2.9") * MI / KM,
)
unit_r(
    SLT,
    "The line speed north of the junction is 110 mph. What's that in km/h?",
    110 * MPH / KMH,
)
unit_r(
    SNP,
    "Patient's weight is recorded as 9 st 6 lb. What is that in kg for the chart?",
    9 * STONE + 6 * LB,
)
unit_r(
    SYC,
    "She's a 164-foot motor yacht. What's her length in metres?",
    164 * FT,
)
unit_r(
    TSO,
    "Sack is marked 55 lb. What should it weigh in kilograms?",
    55 * LB,
)
unit_r(
    VCT,
    "Test speed for the side impact is 64 km/h - what's that in mph?",
    64 * KMH / MPH,
)
unit_r(
    VCT,
    "The trolley barrier weighs 1,100 kg. In pounds?",
    1100 / LB,
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


# ---- plain one-liners (14)
date_item(P, "What date is 45 days after 9 June 2031?", D(2031, 6, 9) + TD(days=45))
date_item(
    P,
    "How many days are there from 3 February 2032 to 17 November 2032?",
    days(D(2032, 2, 3), D(2032, 11, 17)),
)
date_item(P, "which day of the week was 14 October 1987", weekday(D(1987, 10, 14)))
date_item(P, "100 days before 21 December 2030 is what date?", D(2030, 12, 21) - TD(days=100))
date_item(P, "Date 13 weeks after 6 May 2033?", D(2033, 5, 6) + TD(weeks=13))
date_item(P, "Third Wednesday of September 2032?", nth_weekday(2032, 9, WED, 3))
date_item(P, "When is the last Monday in May 2031?", nth_weekday(2031, 5, MON, -1))
date_item(
    P,
    "Someone born on 17 August 1994 - how old are they on 1 March 2031?",
    age(D(1994, 8, 17), D(2031, 3, 1)),
)
date_item(
    P,
    "How many minutes from 21:45 to 06:10 the following morning?",
    clock_span("21:45", "06:10", 60),
)
date_item(
    P,
    "how many weeks from 4 January 2031 to 29 March 2031",
    weeks(D(2031, 1, 4), D(2031, 3, 29)),
)
date_item(
    P,
    "Counting 1 January as day 1, what day of the year is 9 August 2031?",
    days(D(2031, 1, 1), D(2031, 8, 9)) + 1,
)
date_item(P, "2,000 days after 1 July 2030 - which date?", D(2030, 7, 1) + TD(days=2000))
date_item(
    P,
    "Hours between 08:30 on 2 March 2031 and 14:00 on 5 March 2031?",
    F(int((DT(2031, 3, 5, 14, 0) - DT(2031, 3, 2, 8, 30)).total_seconds()), 3600),
)
date_item(P, "first Friday of February 2034", nth_weekday(2034, 2, FRI, 1))

# ---- register word problems (31)
AGL_NOTICE = D(2031, 9, 9)
assert AGL_NOTICE.weekday() == TUE
date_item(
    AGL,
    f"Rent review notice went to the tenant on {sayw(AGL_NOTICE)}, and they have 60 days to "
    "respond. What's the last date for their reply?",
    AGL_NOTICE + TD(days=60),
)
date_item(
    ATC,
    "Her unit endorsement lapses 90 days after her last assessment on 18 November 2031. Which "
    "date does it lapse?",
    D(2031, 11, 18) + TD(days=90),
)
date_item(
    BAT,
    "The cell warranty runs for 4,000 days from commissioning on 30 April 2029. On what date "
    "does it end?",
    D(2029, 4, 30) + TD(days=4000),
)
date_item(
    BCI,
    "Work started on 3 March 2031 and the final inspection was on 19 August 2031. How many days "
    "did the job run?",
    days(D(2031, 3, 3), D(2031, 8, 19)),
)
date_item(
    CSW,
    "Our tide window is 8 days long and opens on 2 August 2031, counting 2 August as day 1. "
    "What's the last day of the window?",
    D(2031, 8, 2) + TD(days=7),
)
date_item(
    DHB,
    "Meter read on 28 January 2031 and again on 29 April 2031 - how many days of standing "
    "charge is that?",
    days(D(2031, 1, 28), D(2031, 4, 29)),
)
FAC_OPEN = D(2031, 11, 6)
assert FAC_OPEN.weekday() == THU
date_item(
    FAC,
    f"The exhibition opens on {sayw(FAC_OPEN)} and the lender wants the crate to ship 26 weeks "
    "before that. What's the ship date?",
    FAC_OPEN - TD(weeks=26),
)
FEC_TERM = D(2031, 9, 8)
assert FEC_TERM.weekday() == MON
date_item(
    FEC,
    f"Autumn term starts {sayw(FEC_TERM)}, which is week 1. What's the date of the Monday of "
    "week 8?",
    FEC_TERM + TD(weeks=7),
)
date_item(
    FEC,
    "Students are back on 5 January 2032 - what day of the week is that?",
    weekday(D(2032, 1, 5)),
)
GMV_RUN = D(2031, 10, 2)
assert GMV_RUN.weekday() == THU
date_item(
    GMV,
    f"The tour starts {sayw(GMV_RUN)} with a show every third day. We're the 11th date. What "
    "date is our show?",
    GMV_RUN + TD(days=3 * 10),
)
HWC_DAY = D(2031, 6, 21)
assert HWC_DAY.weekday() == SAT
date_item(
    HWC,
    f"The wedding is on {sayw(HWC_DAY)} and we first met on 14 January 2031. How many days is "
    "that from our first meeting to the ceremony?",
    days(D(2031, 1, 14), HWC_DAY),
)
date_item(
    HWC,
    "A couple want 12 September 2032 for their ceremony. What weekday is it?",
    weekday(D(2032, 9, 12)),
)
date_item(
    HRS,
    "The pressure relief valves need recertifying every 180 days. Last done 11 March 2031 - "
    "when are they next due?",
    D(2031, 3, 11) + TD(days=180),
)
date_item(
    HYD,
    "We were on the water from 07:20 to 16:05. How many minutes is that?",
    clock_span("07:20", "16:05", 60),
)
date_item(
    LAP,
    "Sold on 4 October 2031 with a 365-day warranty, counting the sale day as day 1. What's the "
    "last day of cover?",
    D(2031, 10, 4) + TD(days=364),
)
date_item(
    MPC,
    "The contract was signed on 23 December 2031 and the customer can cancel for 14 days after "
    "that. What's the last date to cancel?",
    D(2031, 12, 23) + TD(days=14),
)
date_item(
    OTH,
    "Review visit is 6 weeks after the ramp was fitted on 17 November 2031. What date is that?",
    D(2031, 11, 17) + TD(weeks=6),
)
date_item(
    OSL,
    "Each LTS release gets 730 days of support. This one shipped on 15 April 2030; when does "
    "support end?",
    D(2030, 4, 15) + TD(days=730),
)
OSL_FIRST = D(2032, 1, 7)
assert OSL_FIRST.weekday() == WED
date_item(
    OSL,
    f"We cut a release every 6 weeks starting {sayus(OSL_FIRST)}. What's the date of the 9th "
    "release?",
    OSL_FIRST + TD(weeks=6 * 8),
)
date_item(
    PRO,
    "His licence ends on 19 November 2031 and supervision then runs for a further 365 days. On "
    "what date does supervision end?",
    D(2031, 11, 19) + TD(days=365),
)
PRO_FIRST = D(2032, 1, 8)
assert PRO_FIRST.weekday() == THU
date_item(
    PRO,
    f"She reports weekly on Thursdays, the first on {sayw(PRO_FIRST)}. What's the date of her "
    "10th report?",
    PRO_FIRST + TD(weeks=9),
)
date_item(
    PDO,
    "The client moves out on 28 November 2031 and we start clearing 19 days before. What's our "
    "start date?",
    D(2031, 11, 28) - TD(days=19),
)
date_item(
    ROT,
    "We meet on the second Tuesday of the month. What's the date of the March 2032 meeting?",
    nth_weekday(2032, 3, TUE, 2),
)
date_item(
    SAA,
    "Appeal lodged on 20 May 2031; the hearing is 34 days later. What date is the hearing?",
    D(2031, 5, 20) + TD(days=34),
)
date_item(
    SAA,
    "How many days is it from offer day, 1 March 2032, to the appeal deadline of 16 May 2032?",
    days(D(2032, 3, 1), D(2032, 5, 16)),
)
date_item(
    SLT,
    "We leave at 20:44 and arrive at 07:58 the next morning. How long is the journey in minutes?",
    clock_span("20:44", "07:58", 60),
)
date_item(
    SLT,
    "the sleeper doesn't run on Saturday nights - what day of the week is 27 December 2031?",
    weekday(D(2031, 12, 27)),
)
SNP_START = D(2031, 9, 1)
assert SNP_START.weekday() == MON
date_item(
    SNP,
    f"My 10-week placement starts on {sayw(SNP_START)}. The last day is the Friday of week 10 - "
    "what date is that?",
    SNP_START + TD(weeks=9, days=4),
)
SYC_BOARD = D(2032, 5, 3)
assert SYC_BOARD.weekday() == MON
date_item(
    SYC,
    f"She joins the boat on {sayw(SYC_BOARD)} for a 10-week rotation. What's her handover date?",
    SYC_BOARD + TD(weeks=10),
)
date_item(
    TSO,
    "Goods seized on 14 July 2031 must be returned 84 days later if no proceedings start. What "
    "date is that?",
    D(2031, 7, 14) + TD(days=84),
)
date_item(
    VCT,
    "The car was first registered on 12 October 2024 and tested on 5 March 2031. How old was it "
    "in complete years?",
    age(D(2024, 10, 12), D(2031, 3, 5)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    AGL: (
        (
            "How should I explain to a tenant farmer why the rent review uses comparable lettings "
            "rather than what the land would sell for?"
        ),
        (
            "Draft a polite letter reminding a landlord that the hedges are his responsibility "
            "under the tenancy."
        ),
        (
            "What are the pros and cons of a farm business tenancy versus a contract farming deal "
            "for a retiring owner?"
        ),
        "Is it reasonable for a tenant to ask for a rent holiday after a wet harvest?",
    ),
    ATC: (
        "How do I give feedback to a trainee controller who freezes when traffic builds up?",
        "Explain in plain words why controllers use a readback for clearances.",
        "Write a short briefing note for the watch about the new noise-abatement departure.",
        "What makes a good handover between watch supervisors at shift change?",
    ),
    BAT: (
        (
            "Why do battery sites usually avoid cycling the cells from completely full to "
            "completely empty?"
        ),
        "Write a friendly notice for neighbours about the fan noise during the summer heatwave.",
        "How should I prepare the site team for a thermal runaway drill?",
        "Is it better to bid into frequency response or do energy arbitrage on a quiet week?",
    ),
    BCI: (
        (
            "How do I tell a homeowner kindly that their extension has to be partly opened up for "
            "inspection?"
        ),
        "What's the difference between a full plans application and a building notice?",
        "Write a checklist I can leave with a builder before the drainage inspection.",
        "Should I accept photos instead of a site visit for a small wall removal?",
    ),
    CSW: (
        "What should a first-time relay team know about the night leg before they book?",
        "Write a pre-swim briefing for the crew on what to do if a swimmer stops answering.",
        "Why do pilots sometimes hold a swimmer off the coast for an hour before the finish?",
        "How do I tell a swimmer that the weather means their slot is cancelled?",
    ),
    DHB: (
        (
            "How should I explain a heat network standing charge to a resident who thinks it's "
            "unfair?"
        ),
        "Write a letter telling residents the meter upgrade will mean one estimated bill.",
        "What should we do when a flat's heat meter stops recording in mid-winter?",
        "Is it fair to split communal losses equally between large and small flats?",
    ),
    FAC: (
        "What's the best way to pack a framed pastel so the pigment doesn't shed in transit?",
        "Write an email asking a lender to confirm their courier requirements for the loan.",
        "Why do we let a crate acclimatise for a day before unpacking at the venue?",
        "How do I choose between a soft-wrap and a travel frame for a large canvas?",
    ),
    FEC: (
        "How do I juggle the timetable when two part-time tutors both want Fridays off?",
        "Write a short message to staff explaining why the room bookings system is changing.",
        "What should I consider before putting a practical welding class straight after lunch?",
        (
            "Is it better to block-timetable apprentices or spread their college days across the "
            "week?"
        ),
    ),
    GMV: (
        "How do I tell an agent that their band's guarantee is too high for a Tuesday?",
        "Write a friendly set of house rules for touring bands arriving at load-in.",
        "What makes a good support act choice for a post-punk headliner?",
        "Should a small venue do a door split or a guarantee for unknown bands?",
    ),
    HWC: (
        "Write a short opening for a humanist ceremony for a couple who met at a climbing wall.",
        "How can I include a late grandmother in a ceremony without making it too sad?",
        "What's a gentle way to handle a guest who heckles during the vows?",
        "Explain what a humanist celebrant does that a registrar doesn't.",
    ),
    HRS: (
        "How do I explain to a taxi driver why the pump slowed down near the end of the fill?",
        "Write a safety notice for the forecourt about phones and hydrogen.",
        "What should the shift handover cover at a hydrogen station?",
        "Is hydrogen worth it for a small bus fleet, compared with batteries?",
    ),
    HYD: (
        "Why do survey lines overlap so much on a multibeam job?",
        "Write a short notice to mariners for our survey work in the harbour approach.",
        "How should we brief a new deckhand on working round the towed sensor?",
        "What would you do if the launch's motion sensor drifted halfway through a line?",
    ),
    LAP: (
        "How should I grade cosmetic condition so buyers trust my listings?",
        "Write a product description for a refurbished business laptop without overselling it.",
        "Is it worth replacing keyboards on older models or should they go for parts?",
        "What's the right way to wipe drives so corporate sellers are happy?",
    ),
    MPC: (
        (
            "How do I explain the difference between SIM-only and a handset plan to an elderly "
            "customer?"
        ),
        "Write a short script for offering insurance without being pushy.",
        "What should I do if a customer says a salesperson promised them a free upgrade?",
        "Is unlimited data a sensible suggestion for a teenager's first contract?",
    ),
    OTH: (
        "How do I explain to a proud older man why he needs grab rails by the toilet?",
        "Write a short report summary recommending a stair lift over a bedroom downstairs.",
        "What should I look for when assessing a kitchen for someone who uses a wheelchair?",
        "Is a wet room always the best answer for someone who can't step into a bath?",
    ),
    OSL: (
        "How should I respond to a rude issue demanding a feature by Friday?",
        "Write a friendly CONTRIBUTING section that encourages first-time contributors.",
        "When is it right to deprecate an API that lots of people still use?",
        "What should I consider before accepting a company's offer to fund the project?",
    ),
    PRO: (
        "How do I build rapport with someone on licence who refuses to talk in supervision?",
        "Write a short, clear letter reminding someone of their reporting conditions.",
        "What should I consider when someone asks to move to a different area for work?",
        "Explain in plain words why unpaid work hours might be paused during an illness.",
    ),
    PDO: (
        "How do I help a client who feels guilty about giving away inherited china?",
        "Write a friendly follow-up email after a first declutter session.",
        "What's a good system for sorting a garage full of mixed tools and paint tins?",
        "Should I take on a client whose partner doesn't want anything thrown away?",
    ),
    ROT: (
        "How do we attract younger members without alienating the long-standing ones?",
        "Write the minutes summary for a meeting that approved two charity grants.",
        "What makes a good speaker for a lunchtime club meeting?",
        "Is it appropriate to invite a local councillor to speak during an election period?",
    ),
    SAA: (
        "How should I explain the appeal procedure to an anxious parent on the phone?",
        "Write a neutral covering letter sending a parent the school's case for the appeal.",
        "What should the clerk do if a panel member knows the family?",
        "Explain the difference between an infant class size appeal and an ordinary appeal.",
    ),
    SLT: (
        "How do I calm a passenger who's upset about sharing a cabin with a stranger?",
        "Write a warm welcome announcement for the evening departure.",
        "What's the best way to wake passengers gently before an early arrival?",
        "Should I upgrade a regular who complains every trip about the noise?",
    ),
    SNP: (
        "How do I ask my practice assessor for more feedback without seeming needy?",
        "Write a short reflection on a shift where I felt out of my depth.",
        "What should I do if I see a qualified nurse cutting corners on hand hygiene?",
        "Is it normal to feel exhausted after my first week of long days on the ward?",
    ),
    SYC: (
        "How do I help a deckhand write a CV that stands out to captains?",
        "Write a short advert for a chef position on a private charter yacht.",
        "What questions should I ask a captain before recommending a first-season stew?",
        "Is it better for new crew to look for work in Antibes or in Palma?",
    ),
    TSO: (
        "How should I explain to a market trader why his old scales have to be re-verified?",
        "Write a consumer alert about doorstep sellers offering cheap roof repairs.",
        "What's the best way to approach a shop selling suspected counterfeit perfume?",
        "Is a 'was/now' price fair if the item was only at the higher price for a week?",
    ),
    VCT: (
        "Why are crash test dummies made in different sizes?",
        "Write a short summary of a frontal test for a client who isn't an engineer.",
        "How should we handle a client who wants the test repeated because of a bad result?",
        "What makes a good safety culture on a crash test floor?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for _reg, _qs in ORDINARY.items():
    assert len(_qs) == 4 and len(set(_qs)) == 4, _reg
    for _q in _qs:
        neg(_reg, _q)


NEAR: list[tuple[str, str, str]] = []


def near(family, query, note):
    assert family.startswith("near-") and note, family
    NEAR.append((family, query, note))


near(
    "near-clear-days-convention",
    "The notice says the tenant must have 'not less than 28 clear days'. If it's served on "
    "2 October 2031, what's the first day the landlord can act on it?",
    "'Clear days' is a legal counting convention (neither the day of service nor the day of the "
    "event counts) and deemed-service rules for the way it was delivered may move the start; it "
    "needs explaining, not a plain date offset.",
)
near(
    "near-historic-land-unit",
    "An old estate plan gives the glebe field as 6 Scots acres. How many hectares is that?",
    "The Scottish acre had several local definitions before standardisation and none is given; "
    "an exact conversion is not possible from the text.",
)
near(
    "near-atmospheric-model",
    "What's Mach 0.78 in mph at flight level 350?",
    "The speed of sound depends on the air temperature at that level; a standard-atmosphere "
    "assumption is needed and not given, so this is not a fixed unit conversion.",
)
near(
    "near-phonetic-spelling",
    "Spell the registration G-OBZX in the phonetic alphabet for the readback.",
    "Spelling in the radio alphabet is text work, not a calculation.",
)
near(
    "near-novelty-unit",
    "How many double-decker buses long is our 2,286 metre runway?",
    "A bus is not a defined unit of length; the answer needs an assumed bus length.",
)
near(
    "near-cycle-degradation",
    "After 4,000 full cycles, how much usable capacity will our LFP racks have left?",
    "An estimate depending on chemistry, temperature and depth of discharge; no fade rate is "
    "given.",
)
near(
    "near-price-forecast",
    "What will the day-ahead power price be at 6pm next Thursday?",
    "A forecast of live market data; no exact answer exists yet.",
)
near(
    "near-dew-point",
    "The container reads 31 °C at 62% relative humidity. What's the dew point?",
    "Needs an empirical approximation (such as the Magnus formula) whose constants are not "
    "given; not a unit conversion.",
)
near(
    "near-fiscal-quarter",
    "Which quarter of our financial year does 12 August 2031 fall in?",
    "The organisation's financial year start is not given; the answer depends on it.",
)
near(
    "near-approved-document-gradient",
    "Does a 1:15 ramp meet the regs for a 400 mm rise on the approach to a new house?",
    "Needs the building regulations' guidance on ramp gradients and lengths, and judgement.",
)
near(
    "near-u-value-materials",
    "What U-value will a wall of 100 mm brick, a 50 mm cavity and 100 mm block have?",
    "Needs the thermal conductivities of the materials and surface resistances, none of which "
    "are given.",
)
near(
    "near-hypothermia-estimate",
    "How long can an unacclimatised swimmer safely stay in 15 °C water?",
    "A medical estimate that varies from person to person; there is no exact answer.",
)
near(
    "near-tide-table",
    "When is high water at Folkestone on 3 August 2031?",
    "Needs tide predictions for that port, which are looked up, not calculated from the text.",
)
near(
    "near-swim-rule-interpretation",
    "If my swimmer touches the boat to steady herself during a feed, does the swim still count?",
    "A question about the ratifying body's rules and their interpretation.",
)
near(
    "near-fuel-equivalence",
    "How many litres of heating oil would have given the same 1,250 kWh of heat?",
    "Needs the oil's energy content and the boiler's efficiency, neither of which is given.",
)
near(
    "near-fair-split-method",
    "The block's shared heat loss came to £3,600 this year. What's flat 14's fair share?",
    "Depends on an apportionment method (floor area, metered use, equal shares) and on flat "
    "details that are not given.",
)
near(
    "near-ispm15-rules",
    "Does a pine crate going to Melbourne need ISPM 15 treatment and stamping?",
    "A question of phytosanitary import rules, to be looked up and explained.",
)
near(
    "near-crate-weight-density",
    "How heavy will a crate 160 by 120 by 20 cm made of 18 mm plywood be?",
    "Needs the plywood's density and how the crate is built (battens, foam, hardware); not given.",
)
near(
    "near-pigeonhole-proof",
    "For the maths resit group: prove that in any class of 13 students at least two share a "
    "birth month.",
    "A proof (the pigeonhole principle) is an explanation, not a number.",
)
near(
    "near-timetable-search",
    "Fit nine evening classes into four rooms from Monday to Thursday so no tutor teaches two "
    "at once and plumbing always gets the workshop.",
    "A constraint-scheduling task whose tutors and classes are not even listed; judgement and "
    "clarification, not a tool sum.",
)
near(
    "near-sequence-puzzle",
    "What comes next in 2, 6, 12, 20, ...? It's on the resit paper.",
    "Continuing a sequence is pattern inference (several rules fit); it needs reasoning, not a "
    "calculator.",
)
near(
    "near-perceived-loudness",
    "The band wants the mix 'twice as loud' as 96 dB. What level should I set?",
    "Twice as loud is a perceptual idea (often put at about +10 dB) against doubling power "
    "(+3 dB); the answer depends on a contested convention.",
)
near(
    "near-contradictory-figures",
    "Soundcheck is booked for 3 hours, 14:00 to 16:30. What do I pay the engineer at £22 an hour?",
    "The stated length and the clock times disagree; it needs clarification, not a sum.",
)
near(
    "near-sunset-location",
    "What time is sunset at Durdle Door on 21 June 2031? I want the vows just before.",
    "Needs an astronomical calculation for that place and date; not in the text.",
)
near(
    "near-moon-phase",
    "Will there be a full moon on the night of 14 September 2031 for the beach ceremony?",
    "Needs astronomical data on the moon's phase; a lookup, not a date offset.",
)
near(
    "near-ceremony-legal-status",
    "Will a humanist ceremony on its own be legally binding in England in 2031?",
    "A question of marriage law and of possible future changes.",
)
near(
    "near-heating-value-convention",
    "How many kWh of energy are in the 5 kg of hydrogen a car tank holds?",
    "Needs hydrogen's energy content, which differs between the lower and higher heating value "
    "conventions; not given.",
)
near(
    "near-fill-time",
    "How long will it take to fill an empty bus tank at our dispenser?",
    "Depends on the dispenser's flow, pre-cooling and the tank's size, none of which is given.",
)
near(
    "near-sound-speed-correction",
    "Our echo sounder assumes 1,500 m/s. In 8 °C brackish water, what's the true depth of a "
    "25 m reading?",
    "Needs the speed of sound from temperature and salinity (salinity not given, empirical "
    "formula).",
)
near(
    "near-tidal-reduction",
    "Reduce a 12.4 m sounding taken at 10:40 at Harwich to chart datum.",
    "Needs the height of tide at that time and place, which is not given.",
)
near(
    "near-datum-transformation",
    "Convert 51°56'N 1°17'E from WGS84 to OSGB36 eastings and northings.",
    "A geodetic datum transformation and map projection needing parameters and code.",
)
near(
    "near-aspect-ratio",
    "How many square centimetres of screen does a 15.6-inch laptop have?",
    "The diagonal alone does not fix the area; the aspect ratio is not given.",
)
near(
    "near-depreciation-method",
    "What's my pallet of laptops worth on the books after 18 months?",
    "Depends on a depreciation method and rate, and on the cost, none of which is given.",
)
near(
    "near-anagram",
    "Rearrange the letters of REFURBISHED into a catchy name for my shop.",
    "Word play and creative writing, not a calculation.",
)
near(
    "near-luhn-check",
    "Is IMEI 35 209900 176148 1 valid? Check the last digit for me.",
    "The Luhn check-digit algorithm is a procedure, not a plain sum; it needs reasoning or code.",
)
near(
    "near-best-tariff",
    "Which of our SIM-only deals is best for someone who uses about 7 GiB a month?",
    "Needs the shop's current tariff list and judgement.",
)
near(
    "near-pronoun-no-antecedent",
    "Add the usual admin fee to that and tell me the total.",
    "Neither 'that' nor the usual fee is given in this single turn.",
)
near(
    "near-care-hours-judgement",
    "How many hours of care a week will Mr B need once the wet room is in?",
    "A clinical judgement with no figures given.",
)
near(
    "near-grant-means-test",
    "Will she qualify for the full disabled facilities grant on her pension?",
    "Depends on the means test's rules and her full finances, not given.",
)
near(
    "near-semver-order",
    "Which is newer, 2.10.0 or 2.9.12?",
    "Version numbers compare field by field under the semantic versioning convention, not as "
    "decimals; a calculator would get it wrong.",
)
near(
    "near-cron-next-run",
    f"Our job runs on the cron schedule '30 2 * * 1-5'. If I deploy on {sayw(D(2032, 3, 5))} "
    "at noon, when does it next run?",
    "Needs reading a cron expression (a convention of the tool) before any date arithmetic.",
)
near(
    "near-sha256",
    "What's the SHA-256 hash of the string 'release-candidate'?",
    "A hash needs code to compute; no calculator or converter gives it.",
)
near(
    "near-licence-compatibility",
    "Can I vendor an Apache-2.0 library inside a GPL-2.0-only project?",
    "A question of licence terms and legal interpretation.",
)
near(
    "near-ci-workflow-code",
    "Write a GitHub Actions workflow that runs our tests on Python 3.11 and 3.12.",
    "Code to write.",
)
near(
    "near-risk-tool-score",
    "What reoffending risk score would a 24-year-old with two previous convictions get?",
    "An actuarial tool needs many more inputs; judgement and lookup, not a sum.",
)
near(
    "near-breach-judgement",
    "He was 40 minutes late to two appointments. Is that a breach I should enforce?",
    "Professional judgement under policy.",
)
near(
    "near-clutter-scale",
    "On the clutter image rating scale, which level is a living room where you can't see the "
    "floor?",
    "A picture-based rating scale; lookup and judgement.",
)
near(
    "near-sessions-estimate",
    "How many sessions will it take to clear a four-bedroom house?",
    "An estimate with almost nothing given.",
)
near(
    "near-random-draw",
    "Pick three winning raffle numbers between 1 and 450 for us.",
    "A random choice has no single right answer.",
)
near(
    "near-vague-quantifier",
    "If a handful of members each bring a few guests, how many chairs do we need?",
    "'A handful' and 'a few' are vague quantities; no exact answer follows.",
)
near(
    "near-gift-aid-raffle",
    "How much Gift Aid can we claim on £1,136 of raffle ticket sales?",
    "It looks like a 25% sum, but raffle tickets are not donations; a question of tax rules.",
)
near(
    "near-divide-by-zero",
    "The appeal raised £350 and nobody has signed up yet. What's that per member signed up?",
    "Division by zero is undefined; it needs an explanation, not a number.",
)
near(
    "near-postcode-distance",
    "How far is LE12 9QT from the school at LE11 3TU in a straight line?",
    "Needs geocoding of the postcodes; not in the text.",
)
near(
    "near-non-existent-date",
    "What day of the week is 31 April 2032? The parent wants the hearing then.",
    "A false premise: April has 30 days; it needs an explanation.",
)
near(
    "near-berth-allocation",
    "Allocate the berths in coach F so no solo traveller shares with a stranger and families "
    "stay together.",
    "An allocation task with the passenger list missing; judgement and clarification.",
)
near(
    "near-delay-compensation",
    "We got in 2 hours 10 minutes late. What compensation is a passenger owed on a £190 fare?",
    "Depends on the operator's current compensation scheme, which is not given.",
)
near(
    "near-working-time-rules",
    "Can I do a 13-hour day shift straight after a run of nights as a student nurse?",
    "Rules of the university, the trust and working-time law; judgement.",
)
near(
    "near-growth-centile",
    "A 9-year-old boy is 132 cm and 38 kg. Which BMI centile is he on?",
    "Needs growth reference charts; the BMI alone does not give the centile.",
)
near(
    "near-visa-rules",
    "Does a South African deckhand need a Schengen visa to join a yacht in Antibes?",
    "Immigration rules, to be looked up and explained.",
)
near(
    "near-gross-tonnage",
    "What's the gross tonnage of a 164-foot motor yacht?",
    "Gross tonnage measures enclosed volume, not length; it cannot be converted from the text.",
)
near(
    "near-tolerable-negative-error",
    "A pack labelled 500 g weighs 489 g. Is that within the tolerable negative error?",
    "Needs the regulations' table of tolerable errors and the average-quantity rules.",
)
near(
    "near-unit-pricing-rule",
    "Does a shop have to show a unit price on a multipack of crisps?",
    "A question of price-marking rules and their exemptions.",
)
near(
    "near-hic-from-trace",
    "Work out the HIC15 from the head accelerometer trace for test 7.",
    "The trace is not supplied, and the criterion needs integration over it.",
)
near(
    "near-star-rating-protocol",
    "Will a car with a 6.2 kN femur load still get five stars?",
    "A star rating combines many scores under a published protocol; one reading cannot settle it.",
)
near(
    "near-crush-speed-model",
    "The bonnet crushed 410 mm in the impact. What speed was it going?",
    "Needs a stiffness model of the vehicle's front structure, not given.",
)
assert len(NEAR) == WANT_NEAR_NEGATIVES, len(NEAR)
assert len({f for f, _, _ in NEAR}) == len(NEAR)
for _f, _q, _n in NEAR:
    neg(_f, _q, _n)


CONVS: list[tuple[str, list[tuple[str, str]], str]] = []


def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    CONVS.append((family, turns, note))


convo(
    "conv-elliptical-other-doorway",
    [
        (
            U,
            (
                "Two doorways to check: the kitchen one is 29 inches clear and the bathroom one "
                "31.5 inches. What's the kitchen one in mm?"
            ),
        ),
        (A, "29 inches is 736.6 mm."),
        (U, "And the other one?"),
    ],
    "The last turn names no figure; it needs the bathroom width from the first turn.",
)
convo(
    "conv-recall-stated-facts",
    [
        (
            U,
            (
                "Notes for the Hollins Farm file: rent review notice served 9 September, the "
                "tenant's surveyor is Ms Okafor, current rent £138 an acre on 212 acres."
            ),
        ),
        (
            A,
            (
                "Noted for Hollins Farm: notice served 9 September; tenant's surveyor Ms Okafor; "
                "£138 per acre on 212 acres."
            ),
        ),
        (U, "Remind me who the tenant's surveyor is and what rent per acre I said."),
    ],
    "Recall of facts given only in the earlier turns.",
)
convo(
    "conv-timeline-from-notes",
    [
        (
            U,
            (
                "Site history for 14 Mill Lane: excavation inspected 12 May, drains passed 3 "
                "June, the steel beam was covered up before I saw it on 20 June, final booked for "
                "2 September."
            ),
        ),
        (
            A,
            (
                "Understood. As the beam was covered before inspection, you may need it exposed "
                "or other evidence of its size and bearings."
            ),
        ),
        (U, "Put all of that into a dated timeline for the file, with the beam issue flagged."),
    ],
    "Writing a timeline from the details of the earlier turn.",
)
convo(
    "conv-table-from-prose",
    [
        (U, "Which models should I list first?"),
        (
            A,
            (
                "List the ThinkPad T14s first (best margin, about £90 each), then the Latitude "
                "5420s (about £65 each, but they sell fast), and hold the older EliteBooks (about "
                "£30 each) until you've sourced batteries."
            ),
        ),
        (U, "Turn that into a table with model, margin and action."),
    ],
    "Reformatting the assistant's earlier prose as a table.",
)
convo(
    "conv-spot-earlier-error",
    [
        (
            U,
            (
                "Fees at 9%: chief stew on €62,400, bosun on €54,000, chef on €78,000. What are "
                "our three fees?"
            ),
        ),
        (A, "Chief stew €5,616, bosun €4,680, chef €7,020."),
        (U, "One of those looks off to me. Which one, and what should it be?"),
    ],
    "The earlier bosun figure is wrong (9% of 54,000 is 4,860); finding it needs the earlier "
    "turns.",
)
convo(
    "conv-eligibility-rule-applied",
    [
        (
            U,
            (
                "Our council's rule: a discretionary top-up of up to £10,000 is available if the "
                "applicant owns their home, the works are for a child or for an applicant over "
                "75, and the standard grant has been approved."
            ),
        ),
        (A, "Got it: home ownership, a child or an over-75 applicant, and an approved grant."),
        (
            U,
            (
                "Mrs Kaur is 72, owns her home, and her standard grant for her own needs was "
                "approved last week. Does she qualify?"
            ),
        ),
    ],
    "Applying the rule given in the first turn to a case (she does not meet the age or child "
    "condition).",
)
convo(
    "conv-handover-brief",
    [
        (
            U,
            (
                "Watch notes: runway 27 in use, ILS glidepath unserviceable until 18:00, two bird "
                "strikes reported this afternoon, approach radar running on standby power."
            ),
        ),
        (A, "Noted. Anything else for the handover?"),
        (U, "No, that's all. Write the handover brief for the night supervisor from it."),
    ],
    "Writing a brief from the notes in the first turn.",
)
convo(
    "conv-rota-from-constraints",
    [
        (
            U,
            (
                "Three technicians: Ade can't do Mondays, Bea only does mornings, and Col wants "
                "at most three days. The workshop needs one technician every morning and every "
                "afternoon, Monday to Friday."
            ),
        ),
        (A, "That's ten half-day slots to cover. Do any of them have other limits?"),
        (U, "No. Draft a rota that meets all of that."),
    ],
    "A rota from constraints given earlier; scheduling and writing.",
)
convo(
    "conv-tests-for-earlier-function",
    [
        (U, "Write a Python function that normalises version tags like 'v1.2' to '1.2.0'."),
        (
            A,
            (
                "def normalise(tag):\n    parts = tag.lstrip('v').split('.')\n"
                "    while len(parts) < 3:\n        parts.append('0')\n"
                "    return '.'.join(parts[:3])"
            ),
        ),
        (U, "Now write pytest tests for it, including the edge cases you can think of."),
    ],
    "Code to write against the function given in the earlier turn.",
)
convo(
    "conv-split-applied-to-new-takings",
    [
        (
            U,
            (
                "We've agreed with the band: the £350 venue cost comes off the door first, then "
                "70% to them and 30% to us."
            ),
        ),
        (A, "Understood: costs off the top, then a 70/30 split in the band's favour."),
        (U, "The door took £1,860 tonight. What does the band get?"),
    ],
    "The last turn alone is not answerable: the cost and the split are in the first turn.",
)
convo(
    "conv-roleplay-continued",
    [
        (S, "You are helping to train new staff at a phone shop."),
        (
            U,
            (
                "Play an annoyed customer whose roaming charges were higher than expected. I'll "
                "be the adviser."
            ),
        ),
        (
            A,
            (
                "'I've just had a bill for £87 and I was only in Spain for a week! Nobody told me "
                "about this!'"
            ),
        ),
        (U, "I'm really sorry to hear that. Can I take a look at your account?"),
    ],
    "A turn in a role-play set up earlier; the reply is in character.",
)
convo(
    "conv-pros-and-cons-of-plan",
    [
        (
            U,
            (
                "Plan for July: take the site off frequency response and do arbitrage only, "
                "charging overnight and discharging into the evening peak."
            ),
        ),
        (A, "That's workable; spreads are often widest on still, sunny days."),
        (U, "Give me the pros and cons of that plan for the board."),
    ],
    "Judgement on the plan given in the first turn.",
)
convo(
    "conv-shorten-to-sms",
    [
        (U, "Write a message to passengers about the delay."),
        (
            A,
            (
                "Dear passengers, because of a signalling fault near Preston, tonight's sleeper "
                "will leave 45 minutes late, at 00:15. The lounge stays open and hot drinks are "
                "free. We apologise for the inconvenience."
            ),
        ),
        (U, "Cut that down to fit one 160-character text, keeping the new time."),
    ],
    "Rewriting the assistant's earlier text to a length limit.",
)
convo(
    "conv-score-with-rubric",
    [
        (
            U,
            (
                "Rubric for deckhands: STCW certificate 2 points, 1 point per season of "
                "experience up to 3, powerboat licence 1 point, day-work references 1 point."
            ),
        ),
        (A, "Noted - a maximum of 7 points."),
        (
            U,
            (
                "Jo: STCW, two seasons, references. Sam: STCW, one season, powerboat. Lee: no "
                "STCW yet, three seasons, powerboat, references. Score and rank them, and break "
                "any tie."
            ),
        ),
    ],
    "Scoring needs the rubric from the first turn, and the tie-break needs judgement.",
)
convo(
    "conv-unanswered-questions",
    [
        (U, "Why did my bill go up, when is the next meter read, and can I pay monthly?"),
        (
            A,
            (
                "Your bill rose because the unit rate went from 9.5p to 11.6p per kWh in April. "
                "You can pay monthly by direct debit from your online account."
            ),
        ),
        (U, "Which of my questions didn't you answer?"),
    ],
    "Comparing the earlier questions with the earlier answer.",
)
convo(
    "conv-inconsistency-check",
    [
        (
            U,
            (
                "Background for my report: he says he's lived at his sister's in Nottingham since "
                "March, started a warehouse job in Leicester in January, and walks to work every "
                "day."
            ),
        ),
        (A, "Thanks, I've noted his address, his job and how he gets there."),
        (U, "Does anything in what he told me not add up?"),
    ],
    "Finding an inconsistency in the earlier account (walking from Nottingham to Leicester).",
)
convo(
    "conv-counter-offer-email",
    [
        (
            U,
            (
                "The gallery offered £2,400 for crating and shipping four works. We quoted "
                "£3,150; we could go to £2,900 if they drop the Saturday delivery."
            ),
        ),
        (A, "So there's £250 of room in exchange for a weekday delivery."),
        (U, "Write the reply to the gallery making that counter-offer."),
    ],
    "Writing around the figures agreed in the earlier turns.",
)
convo(
    "conv-ceremony-story-section",
    [
        (
            U,
            (
                "About the couple: Priya and Tom met on a delayed train to Edinburgh, got talking "
                "over a crossword, and now keep a crossword book of their 'firsts'. They want it "
                "funny but not soppy."
            ),
        ),
        (A, "Lovely material - the crossword could run through the whole ceremony."),
        (U, "Write the 'story of the couple' part, about 200 words, from those details."),
    ],
    "Creative writing from the details of the first turn.",
)
convo(
    "conv-loading-order",
    [
        (
            U,
            (
                "For the van: bronze figure 38 kg, framed oil 12 kg, ceramic bowl 4 kg, marble "
                "bust 61 kg, unframed watercolour 3 kg."
            ),
        ),
        (A, "Noted, five pieces with their weights."),
        (U, "Order them for loading, heavy at the bottom and fragile on top, and say why."),
    ],
    "Needs the earlier list, and judgement about fragility as well as weight.",
)
convo(
    "conv-us-localisation",
    [
        (U, "Write a short summary of the survey for the harbour board."),
        (
            A,
            (
                "The survey of the harbour approach was completed over four days. The charted "
                "minimum depth of 14.2 metres was confirmed, two shoal patches of 11.8 metres "
                "were found near the fairway buoy, and we recommend a re-survey of that area in "
                "the autumn."
            ),
        ),
        (U, "Now redo it for our American client - US spelling and depths in feet."),
    ],
    "Rewriting the earlier text for another audience, with its figures converted inside it.",
)
convo(
    "conv-quiz-from-briefing",
    [
        (
            U,
            (
                "Safety briefing: no phones at the dispenser, earth the vehicle before "
                "connecting, never leave a fill unattended, the emergency stop is the red button "
                "on the canopy pillar, and report any hissing or frost on fittings."
            ),
        ),
        (A, "Got it - five rules."),
        (U, "Make five multiple-choice questions from that briefing for new attendants."),
    ],
    "Writing quiz questions from the earlier briefing.",
)
convo(
    "conv-missing-information",
    [
        (
            U,
            (
                "Client wants a quote: three-bedroom semi, loft full, garage half full, moving "
                "out on 28 November."
            ),
        ),
        (A, "Thanks - that gives me the size of the job and the deadline."),
        (U, "What else do you need from me before you can quote properly?"),
    ],
    "Judging what the earlier details leave out.",
)
convo(
    "conv-order-by-deadline",
    [
        (
            U,
            (
                "To-dos: reflective log due Friday, drug calculation test on Wednesday, assessor "
                "sign-off by the 20th, mandatory training module by Tuesday."
            ),
        ),
        (A, "Four tasks noted."),
        (U, "Put them in deadline order for me - it's Monday the 12th."),
    ],
    "Ordering the earlier tasks; needs their deadlines from the first turn.",
)
convo(
    "conv-csv-from-list",
    [
        (
            U,
            (
                "Subs paid: Anne Brooke £120, Dev Patel £120, Gill Marsh £96 (levy waived), Ray "
                "Owen £120."
            ),
        ),
        (A, "Thanks, four payments noted."),
        (U, "Give me that as CSV with columns name, amount and note."),
    ],
    "Reformatting the earlier list.",
)
convo(
    "conv-names-from-brief",
    [
        (
            U,
            (
                "Brief for my shop name: refurbished business laptops, trustworthy rather than "
                "techy, and something that hints at a second life."
            ),
        ),
        (A, "Understood: plain, trustworthy, with a second-life theme."),
        (U, "Suggest five names that fit."),
    ],
    "Creative writing to the earlier brief.",
)
convo(
    "conv-decision-note",
    [
        (
            U,
            (
                "Option A: start at 02:00 on the neap tide with a forecast of force 3. Option B: "
                "start at 05:30 two days later, force 2 but on springs."
            ),
        ),
        (A, "A gives a gentler tide; B gives a calmer wind but a stronger sideways push."),
        (U, "Write a short decision note recommending one to the swimmer, with the reason."),
    ],
    "Judgement and writing over the earlier options.",
)
convo(
    "conv-what-if-price-change",
    [
        (
            U,
            (
                "Budget for three frontal tests: car £23,400 each, instrumentation £8,750 each, "
                "15% off tests two and three."
            ),
        ),
        (A, "That comes to £86,805 altogether."),
        (U, "What if the car price goes up by £1,200 a car?"),
    ],
    "The last turn alone is not answerable: the other costs and the discount are earlier.",
)
convo(
    "conv-plain-english-for-trader",
    [
        (
            U,
            (
                "Draft wording: 'Pursuant to the Weights and Measures Act 1985, the equipment has "
                "been deemed non-compliant and must be withdrawn from use forthwith.'"
            ),
        ),
        (A, "That's formal but accurate."),
        (
            U,
            (
                "Rewrite it so a market trader with little English understands it, keeping the "
                "legal point."
            ),
        ),
    ],
    "Rewriting the quoted earlier text for another reader.",
)
convo(
    "conv-upgrade-policy-case",
    [
        (
            U,
            (
                "Our upgrade policy: an en suite upgrade is free only if the booked room is out "
                "of service, the passenger is travelling because of a bereavement, or the train "
                "leaves more than 2 hours late."
            ),
        ),
        (A, "Understood - three conditions, any one of which is enough."),
        (
            U,
            (
                "The lady in 14B is going to a funeral, but we're on time and her room's fine. "
                "Can I upgrade her?"
            ),
        ),
    ],
    "Applying the house policy from the first turn.",
)
convo(
    "conv-mnemonic-from-steps",
    [
        (U, "What do we check on a runway inspection?"),
        (
            A,
            (
                "Foreign objects on the surface, the condition of the lights, wildlife activity, "
                "surface contamination such as standing water, and the state of the markings."
            ),
        ),
        (U, "Make me a mnemonic for those five checks."),
    ],
    "Creative writing from the assistant's earlier list.",
)
convo(
    "conv-mermaid-flowchart",
    [
        (U, "How does an admission appeal go from lodging to decision?"),
        (
            A,
            (
                "The parent lodges the appeal, the clerk sets a date and sends papers, the school "
                "presents its case, the parent presents theirs, the panel decides in private, and "
                "the clerk sends the decision letter."
            ),
        ),
        (U, "Turn that into a Mermaid flowchart."),
    ],
    "Code-like writing from the earlier explanation.",
)
convo(
    "conv-viewpoint-swap",
    [
        (U, "Draft a letter from the landlord's agent proposing a rent rise to £152 an acre."),
        (
            A,
            (
                "Dear Mr Hollins, following the review notice, our client proposes a rent of £152 "
                "per acre from the review date, reflecting recent lettings of comparable land..."
            ),
        ),
        (U, "Now write the tenant's reply pushing back on it."),
    ],
    "Writing from the other side of the earlier letter.",
)
convo(
    "conv-release-notes-from-changelog",
    [
        (
            U,
            (
                "Changelog since last release: fixed crash on empty input, added a timeout "
                "option, dropped Python 3.8, sped up parsing by about 30%, renamed load_all to "
                "load_many (old name still works with a warning)."
            ),
        ),
        (A, "Thanks - five changes, one of them a deprecation."),
        (U, "Write release notes for users from that, with breaking changes first."),
    ],
    "Writing release notes from the earlier changelog.",
)
convo(
    "conv-five-more-in-style",
    [
        (U, "Give me three ideas for a spring fundraiser."),
        (
            A,
            (
                "1. A duck race on the river. 2. A quiz night at the cricket club. 3. A sponsored "
                "dog walk round the reservoir."
            ),
        ),
        (U, "Five more in the same style, nothing with animals."),
    ],
    "Extending the assistant's earlier list in its style, with a new constraint.",
)
convo(
    "conv-risk-assessment-from-hazards",
    [
        (
            U,
            (
                "Hazards at the barn conversion: open stairwell with no balustrade, a live cable "
                "hanging in the hall, suspected asbestos in the garage roof, and a scaffold "
                "missing a toe board."
            ),
        ),
        (A, "Those all need action before the next visit."),
        (U, "Write a short risk assessment table from those, with a rating and action for each."),
    ],
    "Judgement and writing from the hazards in the first turn.",
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES, len(CONVS)
assert len({f for f, _, _ in CONVS}) == len(CONVS)
for _f, _turns, _n in CONVS:
    _roles = [r for r, _ in _turns if r != S]
    assert len(_turns) >= 3 and _turns[-1][0] == U, _f
    assert all(r == (U if k % 2 == 0 else A) for k, r in enumerate(_roles)), _f
    conv(_f, _turns, _n)

# ---- this set's own structural asserts
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_pos_per_reg = {r: 0 for r in REGISTERS}
for _i in items:
    if _i["label"] != "negative" and _i["family"] != P:
        _pos_per_reg[_i["family"]] += 1
assert sorted(_pos_per_reg.values()) == [3] * 7 + [4] * 18, _pos_per_reg
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ord if i["family"] == r) == 4 for r in REGISTERS)
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
    # no register (family name) of this set is a family name of sets 19 to 91
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 91: {reused}"
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
