r"""Generate heldout-2027-03-04.jsonl: a ninety-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed91/earlier_registers.txt (in full: a `wc -lc` gave 1550 lines and 36756 characters, a
`head -3` showed its first names, then a `tr` turning its newlines into spaces was printed in two
pieces, `head -c 18500` and `tail -c +18400`, which overlap by 101 characters, so nothing was left
out): the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed91/make_heldout_90.py (a `wc -l` gave 2782 lines, as the brief said): lines 1-613 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 889-949 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1148-1232 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1450-1457 (its
negatives section header, neg() and conv()) and 2559-2782 (its stated-weekday check, its checks and
main()). None of set 90's query blocks (614-888, 950-1147, 1233-1449, 1458-2558) was opened,
printed or searched.

The first command made /tmp/h91, ran an `ls -la` of /work/sealed91 (earlier_registers.txt and
make_heldout_90.py) and a `wc -l` of make_heldout_90.py and earlier_registers.txt (2782 and 1550
lines), copied the five ranges by `sed -n A,Bp` into /tmp/h91/r1.py to r5.py (not printed) and ran
a `wc -l` of the copies (613, 61, 85, 8 and 224); the `cat` of grading.py ran alongside it. The
first copy was then printed by `cat -n` piped to `sed -n 1,420p`; the display cut the middle of
that output (its lines 152-255), so the next two commands printed the first copy by `sed -n
150,256p` and `sed -n 410,613p` (overlapping what had been shown), and all of lines 1-613 were
seen. One command then printed the second to fourth copies by `cat` and another the fifth. Nothing
outside the allowed ranges was seen. The next command ran the `wc -lc`, `head -3` and first `tr`
piece of earlier_registers.txt and another the second piece. Nothing under /work/main was opened or
listed apart from grading.py: nothing under router/, tools/, docs/ or tests/ was opened or listed,
nor README or pyproject, and .venv was not listed. The only other use of /work/main was running
/work/main/.venv/bin/python (for every run of this generator and every script but one, see the
disclosures) and /work/main/.venv/bin/ruff (with /work/main as the working directory, on this file
only, always with --no-cache). No other /work/sealed* directory was listed. The earlier generators
(sets 1-90) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
importing make_heldout_90.py runs its module level, which builds its items, but no earlier query
was ever printed. No JSONL file was opened (not even this set's own output: only this generator's
printed summary, its failure messages, `tail -6` and `sed -n` excerpts of the summary, a `grep -c`
of its non-empty lines, ruff's output and its --show listing of ids, expected values and
tolerances, picked out by a `grep` and laid out by `column -t`, were read), no git command was run,
no network and no search or fetch tool was used, and neither the router nor the bench nor the tests
were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h91/regs.txt (a `cat` heredoc, then sorted) and checked them against earlier_registers.txt:
`sort -u | wc -l` (25), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the chosen
trades and their neighbours (carbon, offset, verif, leas, car_, pub, share, counsel, couple,
mediat, crypto, mining, mine, kitchen, deliver, takeaway, dropship, webshop, store, drone,
light_show, election, campaign, polling, microscop, sequenc, geocach, orienteer, treasure, award,
dinner, ghost, memoir, writer, novel, literary, accompan, music, exam, piano, mystery, shopper,
newsletter, pardner, savings, loan, thesis, phd, university, loss, adjust, claim, insur, housing,
sound, gong, meditat, hackathon, hack, supper, vfx, render and animation), joined onto one line by
`tr`; it printed the names sharing a word or fragment; those and other names seen in the full
reading of the list that were judged neighbouring trades are listed below. The next command wrote
and ran /tmp/h91/subst.py (a `cat` heredoc): it cut the first copy at the line that is exactly
`from __future__ import annotations` (asserted to be the only such whole line), so set 90's
docstring is not part of this file, and substituted this set's OUT ("heldout-2027-03-03.jsonl" ->
"heldout-2027-03-04.jsonl") and PREFIX ("ho90-" -> "ho91-"), "sets 1-89" -> "sets 1-90" in the
comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept as they were), `range(2, 90)`
-> `range(2, 91)` in EARLIER and, in REGISTER_CHECK, make_heldout_90.py added after
make_heldout_89.py, all in the first block, and "sets 19 to 89" -> "sets 19 to 90" in one comment
and one message string of main() in the last block (each substitution asserted to apply once, the
last twice; it printed "ok" for each). It wrote the cut first block and the substituted last block
as c1.py and c5.py (the second to fourth copies are used as copied); the same command ran a `head
-3` of c1.py, a `grep -nE` of c1.py and c5.py for "89", "90", "91" and "19 to" (with the
REGISTER_CHECK lines of sets 19-88 filtered out) and a `tail -2` of c1.py, and the next a `grep -n`
of c1.py for "2027" (the OUT line) and an `ls` of /work/sealed91. Then `cat` heredocs wrote this
set's own blocks under /tmp/h91/own/: a_calc.py (money(), the register constants and REGISTERS, and
the calculator items, with a `grep -cE` of lines opening with calc(, 45), b_units.py (unit
constants and unit items, with a `grep -cE` of lines opening a unit call, 45), c_dates.py (date
items, with a `grep -c` of its date_item calls, 45), d_negs.py (the ORDINARY table; an `echo ok`
only), e_near.py (near-positive negatives, with a `grep -c` of its near( calls, 65) and f_convs.py
(conversations and this set's own structural asserts, with a `grep -c` of its convo( calls, 35).
Between them, two inline scripts each made one exact replacement (asserted to apply once): one
reworded the hackathon calculator item (its pizza sentence), the other made the share-dealing
floor-area item use unit_r(); and two one-line scripts printed the weekdays of fourteen candidate
dates (twelve start dates for date items, and the two dates that two near-positives state with a
weekday), so that stated weekdays are right. The next command wrote a one-line placeholder
docstring to /tmp/h91/doc.txt (by `echo`), /tmp/h91/assemble.py (it builds this file from doc.txt
and the blocks in order: c1.py, the own a_calc.py, r2.py, the own b_units.py, r3.py, the own
c_dates.py, r4.py, the own d_negs.py, e_near.py and f_convs.py, and c5.py, and prints its line
count) and a helper /tmp/h91/run.sh (it runs assemble.py, then from /work/main as the working
directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file,
writing the latter's output to /tmp/h91/ruff.txt and printing the exit codes and its `tail -3`,
then this generator from /tmp, passing on any arguments, writing its output to /tmp/h91/out.txt,
and prints its exit code and the `tail -6` of it, and last a list, by a short inline script, of the
lines of this file over 99 characters), made run.sh executable and ran it. After the first run,
three `grep`s of ruff.txt (the first lines of its findings, their rule codes counted by `uniq -c`,
and their places, by `grep -n -B2 -A2` with `head -60`) and a `sed -n 642p` of the one line over 99
characters were looked at. Then /tmp/h91/fix1.py (a `cat` heredoc) reordered REGISTERS and two
pairs of entries of the ORDINARY table, parenthesised the fifteen implicitly concatenated strings
of the ORDINARY table (it printed the count) and reworded one unit item (its text replacements each
asserted to apply once); a `grep -n -A4` showed the first parenthesised entry, and run.sh was run
again in the same command. After the second run, a loop of `sed -n Np` printed the three lines over
99 characters; /tmp/h91/fix2.py (a `cat` heredoc) made four exact replacements, with run.sh run
again in the same command; after the third run /tmp/h91/fix3.py made one replacement, and after the
fourth /tmp/h91/fix4.py made seven, each with run.sh run again in the same command (each
replacement asserted to apply once). The fifth run passed every check. The edits are listed under
"Checks that failed along the way". Then a `sed -n 1,4p` and a `grep -c` of the non-empty lines of
out.txt (206) were read, this generator was run with --show from /tmp (its output written to
/tmp/h91/show.txt) and the listing of ids, expected values and tolerances (a `grep` of show.txt
laid out by `column -t`) was read; this writer checked every expected value against the stories. On
that review /tmp/h91/fix5.py (a `cat` heredoc) reworded the first car leasing calculator item so
that the six upfront rentals are plainly at the same rate as the other 35 (one replacement,
asserted; the answer is unchanged), and run.sh was run again with a `sed -n 1,3p` of out.txt (every
check passed). The next command took `grep -o -F` counts over the own blocks and looked at the
layout ruff format gave this file by a `grep -n` of its section lines, a `head -3` and a `wc -l`.
This docstring was written last over the placeholder: its source text, /tmp/h91/doc/doc_src.txt,
was written by a `cat` heredoc (with a `wc -w`: 5932 words); /tmp/h91/doc/fixsrc.py (a `cat`
heredoc) then corrected it in three places after this writer checked it against the commands
actually run (each replacement asserted to apply once), and in the same command
/tmp/h91/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented lines as they are
and asserts that the words are unchanged, that no line exceeds 99 characters, that every register
value is named and that the text holds no three quotes or backslashes of its own) filled it to 99
columns into /tmp/h91/doc.txt and printed its line count, with a `head -3` and a `tail -3` of
doc.txt; /tmp/h91/doc/fixsrc2.py (a `cat` heredoc) then made one more correction, to this account
of the docstring's own making (asserted to apply once), and make_doc.py was run again with the same
`head -3` and `tail -3`; then run.sh was run again, with a `cat` of ruff.txt and a `sed -n 1,3p` of
out.txt; and then, in one command, `ruff format --no-cache --check` and `ruff check --no-cache` of
this file (from /work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7),
`sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h91`, an `ls` of /tmp/h91 (gone) and an `ls` of
/work/sealed91. Writes: only this file and its JSONL in /work/sealed91/ (earlier_registers.txt and
make_heldout_90.py left as they were); temporary blocks, scripts and output under /tmp/h91/ were
deleted afterwards. Nothing was written into /work/main. Every run of this generator used
/work/main/.venv/bin/python. The JSONL's sha256 from the last edit of the items on was
bad2c0b9cb7d628578a54ea5c7bffae013c4df87d021f1d7b5826496b0297dc4 (335 lines); the docstring does
not enter the output.

Changes to set 90's main() and checks: only the substitutions listed above (file names, sets 1-90
for the duplicate check, sets 19-90 for the register check). Set 90 lies next to this file in
/work/sealed91, and EARLIER_DIRS and earlier_path() are kept as set 90 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_90.py is found next to this file and, as no other
generator lies here, sets 1-89 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 90's as copied;
ruff format may have changed layout only. All of set 90's checks are kept: counts per kind, ids and
prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used once, by a plain weeks one-liner), clock_span()
(used twice: a plain one-liner crossing midnight and a charging time), nth_weekday() (used five
times), age() (three times), days() (five times), unit_r() with close_enough_at_2dp() (used by
every rounded unit answer, 28), say() (used only through sayw()), sayw() (seven calls, all in date
items, for stated weekdays), sayus() (used once, for a US-style shipping date with its weekday),
OZ, STONE and SQYD (not used here; a stone-and-pounds one-liner counts 14 lb to the stone), SQFT
and CUFT. Added, newly written: money() (asserts whole pence or cents, with an assert of its own;
every calculator money answer passes through it, 30 of them, in pounds, euros or dollars; the one
other register calculator answer is a percentage of a target), MM, CM, KM and HA, with asserts on
IN/MM, CM/MM, MI/KM, ACRE/HA, SQFT, CUFT, MPH/KMH, f_to_c(-4) and c_to_f(37); the register
constants and the REGISTERS tuple (sorted, asserted 25 and distinct); an assert that the
square-root one-liner's radicand is a perfect square; asserts that the start dates of the weekly
newsletter, the pardner draws and the fortnightly sound baths fall on the weekday their text names;
the ORDINARY table and the near() and convo() helpers with their NEAR and CONVS lists; and this
set's own structural asserts, rewritten from set 90's docstring's description of them (its code was
not seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four distinct
questions each; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively, each with a note (asserted by the helpers and after each list); every
conversation has at least three turns and ends in a user turn, and its user and assistant turns
alternate (a system turn aside); the positive registers of each tool are exactly the REGISTERS,
with 31 register word problems per tool; exactly 18 registers have four positives and 7 have three;
the ordinary negatives are 100, four per register; every negative outside the registers is a
near-... or conv-... family; no positive contains an all-numeric date (NUMERIC_DATE_POS, this set's
own pattern; no positive uses one at all). The date items' weeks() call asserts whole weeks, and
date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 90's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 90's, copied (P = "plain" is copied too, as the
last line of the first block). Set 90's docstring (within lines 1-411) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen. One inline edit script (the hackathon rewording
above) was run by mistake with the system python3 instead of /work/main/.venv/bin/python; it only
replaced one string in a scratch block under /tmp/h91 and ran nothing of this generator. Some of
this set's near-positive and conversation kinds share generic kinds with set 90's lists, newly
worded with new subjects and figures: live data (a mining reward at the current difficulty, a
removal credit's price, a share quote), current prices and rates (a nitrogen refill, a delivery
app's commission, local counselling fees, import charges), rules and tax (stamp duty on AIM shares,
capital gains, company car tax, community share relief, a prize, a drinks licence, a shared owner's
rent rise), estimates (a gong's sustain, a floor's drying time, cold batteries, an audiobook's
length, a thesis's pages, an auction bid), judgements and valuations (magnification, a phone case's
price, a cache's rating, a lease car's residual value, a pub's worth, session counts, a
ghostwriting fee, a rebuild cost, a wear-and-tear deduction), missing figures (a grid emission
factor, a dividend), facts to look up (a distinction mark, the lunar new year behind a zodiac
animal), a convention (a German grade in UK terms, a citation style), code to write (a bash
one-liner) and a forecast (subscribers by Christmas, a ward's winning vote); and for conversations
house rules given earlier (a depreciation scale, a refund policy, queue rules, tie-breaks, seating
rules), writing around earlier figures or text (alt text, a letter, subject lines, a reply to a
complaint, a poem, a checklist), a translation, explanations of the assistant's own earlier answer,
and judgements over earlier options. No item of set 90 was seen, so none was reused verbatim. New
kinds here (not in set 90's lists as far as its docstring shows): an underdetermined split with
many right answers (teams of four or five), a cipher to decode (ROT13), a number in Roman numerals,
a tempo marking that is a range (Andante), a contested belief mapping (a chakra frequency), a tie
with no tie-break rule, percentage points against per cent, names in ballot-paper order, a
reference to an attachment that is not there, a scaling question where a bottleneck breaks the
obvious division, a file size that depends on a codec, a geodesic waypoint projection, a
statistical test on an A/B split, an ambiguous frequency word (bi-weekly), ambiguous all-numeric
dates, an idiom (Tuesday fortnight), an age-counting convention (Korean age), another calendar
(Hebrew), a transposing instrument's key, counting words in a quoted sentence, a sum written out in
words for a cheque, the implied interest of a savings circle and a density needed to turn a mass
into litres; and these conversation kinds: anonymising case notes consistently with an earlier
answer, redoing a sum with a rate the user gave earlier for another channel, comparing two quoted
drafts, action items with owners from minutes, restoring part of the user's original line into the
assistant's edit, arguing the other side of an earlier proposal, filling an earlier template from
notes, reconciling an earlier log with a system total, ranking earlier options by fire risk,
questions to put to a new supplier about terms given earlier, a changed constraint over an earlier
shortlist (a caravan's weight), a seating rule after a withdrawal, proofreading with a spelling
constraint, matching the tone of a quoted email, continuing a puzzle-cache story, rewriting an
explanation for a Year 9 pupil, stating the assumption behind an earlier estimate, merging two
volunteer lists, choosing among service quotes under a budget and deadline, an email built on a
discount hinted earlier, settling a clash in a draw order fairly, reordering thesis chapters and
ordering an exam programme. No conversation here ends in a user turn that could be answered alone:
each last turn either needs figures, rules or text from the earlier turns or asks for writing,
judgement or explanation. Some near-positives depend on current figures (prices, rates, thresholds)
or on live data; they are negatives, with no "now" field. No positive depends on a looked-up
figure: every rate, price, fee and discount is given in the text, so the answer follows from the
text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the car leasing broker next to the used car forecourt dealer, the van and car rental
branch, the photocopier lease service rep and the mortgage broker case desk (the leasehold block
management office and the oyster farm tidal lease share only a word); the carbon offset project
verifier next to the peatland rewetting survey team, the mangrove replanting crew, the forestry
harvester operator and the domestic energy assessor (the radiocarbon dating lab shares only a
fragment); the community pub share offer next to the pub cellar manager and the pub darts team
skipper (which share a word), the crowdfunding campaign creator, the credit union loan desk, the
parish council clerk and the startup founder cap table; the couples counselling practice next to
the family mediation service, the hypnotherapy practice, the matchmaking introduction agency and
the debt advice service; the crypto mining rig operator next to the data centre night operations,
the cloud cost finops analyst and the coin minting press room (the salt mine tour guide and the
china clay pit foreman mine of another kind); the dark kitchen delivery brands next to the meal
prep delivery kitchen, the curry house takeaway, the wood fired pizza takeaway, the kebab shop late
counter, the dabbawala tiffin delivery and the street food taco truck owner; the drone light show
operator next to the drone racing league, the two drone survey contractors, the fireworks display
firing crew, the fireworks crew, the led video wall hire, the paper lantern festival crew and the
festive lights installer; the dropshipping store owner next to the handmade candle webshop, the
fulfilment centre pick team, the vintage clothes resale app, the multi drop parcel driver and the
freight forwarder customs desk; the election agent campaign office next to the polling station
presiding officer, the mp constituency office, the parish council clerk, the charity street
fundraising team and the trade union branch secretary (the crowdfunding campaign creator shares
only a word); the electron microscope suite manager next to the dna sequencing core facility, the
synchrotron beamtime office, the cleanroom wafer fab, the instrument calibration laboratory and the
cryogenic biobank technician; the geocaching trail setter next to the orienteering clubs and
planner, the youth orienteering club, the metal detecting club, the fossil hunting guided walks and
the ramblers walking group leader; the industry awards dinner organiser next to the academic
conference organiser, the murder mystery dinner company, the barn wedding venue coordinator, the
trade show stand builder and the sports trophy shop; the memoir ghostwriter next to the literary
agent submissions desk, the self published novelist royalties, the freelance book indexer and the
local newspaper sub editor; the music exam accompanist next to the peripatetic drum teacher, the
exam hall invigilation team, the piano tuners' registers, the choir school and the orchestra
librarian parts desk (the music royalties collection desk and the music festival campsite steward
share only a word); the mystery shopper assignments next to the market research field interviewer
and the environmental health food inspector (the personal shopper stylist and the murder mystery
dinner company share only a word); the paid newsletter writer next to the crossword setter
newsletter, the local newspaper sub editor, the podcast producer registers, the self published
novelist royalties and the influencer talent manager; the pardner savings hand organiser next to
the credit union loan desk, the workplace lottery syndicate, the house share bills kitty, the
pawnbroker loan counter and the building society branch counter; the phd thesis submission
candidate next to the university research grants office, the university admissions office, the exam
script marker and the bookbinding registers; the property loss adjuster next to the motor insurance
claims handler, the flood restoration contractor, the structural engineer site visits, the quantity
surveyor cost plan and the trauma scene cleaning crew; the retail share dealing desk next to the
startup founder cap table, the bureau de change kiosk, the pension scheme administrator and the on
course bookmaker; the shared ownership housing officer next to the letting agent lettings desk, the
leasehold block management office, the sheltered housing warden, the student halls accommodation
office and the mortgage broker case desk; the sound bath gong practitioner next to the gamelan
ensemble, the taiko drumming group, the yoga studio class passes, the flotation tank centre, the
hypnotherapy practice and the bell foundry registers (the cable car gondola operator and the
sounding rocket launch range share only a fragment); the student hackathon organiser next to the
school robotics team mentor, the esports tournament admin, the science fair judge panel, the
academic conference organiser and the penetration testing consultancy; the supper club host next to
the murder mystery dinner company, the cookery school class bookings, the hog roast caterer, the
village cricket teas, the afternoon tea room and the night market ramen stall; the vfx render farm
scheduler next to the animation studio inbetweener, the data centre night operations, the film
restoration lab, the foley artist studio and the cloud cost finops analyst; the judgement of
"different topic" is this writer's. Two pairs of this set's registers touch each other (the crypto
mining rig operator and the vfx render farm scheduler both keep racks of computers busy, for coins
and for frames, and the community pub share offer and the pardner savings hand organiser both pool
members' money, as share capital and as a rotating pot); the retail share dealing desk shares only
a word with the pub's share offer. At the edges of the allowed ranges: line 613 is P = "plain",
889, 1148 and 1450 are section headers, 2559 opens the stated-weekday check and 2782 is the call of
main(). No query text of any earlier set was seen: main()'s duplicate check names only this set's
ids. Every query here was newly written from imagination of each trade or situation; seven items
that the duplicate check reported as exact repeats of earlier queries or user turns (their earlier
counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that are not in
earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled out. An
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 90 (the near-.../conv-... families are not registers and
may coincide with earlier family names). This set has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format, but ruff check reported 8 ISC004 findings (implicitly concatenated strings directly inside
the ORDINARY table's tuples, ones that ruff format had not joined onto one line); the generator
stopped at this set's own assert that REGISTERS is sorted (car_leasing_broker sorts before
carbon_offset_project_verifier, and drone_light_show_operator before dropshipping_store_owner),
before any item was made; and the list of lines over 99 characters named one line of this set's
own, a unit item (the election agent's leaflet round) whose two pieces ruff format had joined into
a line of 100 characters. fix1.py put REGISTERS and the ORDINARY table in sorted order,
parenthesised the fifteen multi-piece strings of the ORDINARY table and reworded that unit item.
The second run passed ruff check (no finding, as on every later run) and stopped at unit_r()'s
assert on the plain psi-to-bar one-liner (32 psi is about 2.2063 bar, off by more than the 1e-3
tolerance when given to two decimals), and three lines were 100 characters long: parenthesised
ORDINARY questions that ruff format had joined onto one line with their parentheses. fix2.py
shortened those three questions to single strings and changed the one-liner to 29 psi. The third
run stopped at unit_r()'s assert on the supper club's lamb shoulder (5.5 lb is about 2.4948 kg,
again off at two decimals); fix3.py made it 6.5 lb. The fourth run passed every check up to the
duplicate check, which reported seven items by id as repeats of earlier queries or user turns:
three calculator one-liners (a percentage increase, a mean of four numbers, a number as a
percentage of another), one date one-liner (90 days after a date) and three unit one-liners (feet
and inches to centimetres, GiB to MiB, km/h to mph). fix4.py reworded all seven with new figures
without the earlier queries being looked at (736 increased by 12.5%; the mean of 17, 29, 38 and 52;
57 as a percentage of 456; 90 days on from 17 March 2031; 6 ft 1 in; 4.75 GiB; 130 km/h). The fifth
run passed every check, and the list of lines over 99 characters was empty; so did every later run.
The register check, the stated-weekday check, the counts, the gradability checks, this set's own
structural asserts, money()'s asserts and unit_r()'s other asserts passed on every run that reached
them; ruff format never failed. fix5.py, after the review of the --show listing, only clarified one
wording.

Registers (families), 25, new: car_leasing_broker, carbon_offset_project_verifier,
community_pub_share_offer, couples_counselling_practice, crypto_mining_rig_operator,
dark_kitchen_delivery_brands, drone_light_show_operator, dropshipping_store_owner,
election_agent_campaign_office, electron_microscope_suite_manager, geocaching_trail_setter,
industry_awards_dinner_organiser, memoir_ghostwriter, music_exam_accompanist,
mystery_shopper_assignments, paid_newsletter_writer, pardner_savings_hand_organiser,
phd_thesis_submission_candidate, property_loss_adjuster, retail_share_dealing_desk,
shared_ownership_housing_officer, sound_bath_gong_practitioner, student_hackathon_organiser,
supper_club_host, vfx_render_farm_scheduler. Every register is used by all three tools (asserted);
eighteen distinct registers have one further positive (a second calculator word problem:
car_leasing_broker, carbon_offset_project_verifier, community_pub_share_offer,
pardner_savings_hand_organiser, property_loss_adjuster, retail_share_dealing_desk; a second unit
word problem: crypto_mining_rig_operator, drone_light_show_operator,
electron_microscope_suite_manager, geocaching_trail_setter, supper_club_host,
vfx_render_farm_scheduler; a second date word problem: election_agent_campaign_office,
music_exam_accompanist, paid_newsletter_writer, phd_thesis_submission_candidate,
shared_ownership_housing_officer, student_hackathon_organiser). The seven registers with three
positives are couples_counselling_practice, dark_kitchen_delivery_brands, dropshipping_store_owner,
industry_awards_dinner_organiser, memoir_ghostwriter, mystery_shopper_assignments and
sound_bath_gong_practitioner. Positives are one-liners (family "plain") or word problems of one to
three sentences, in UK usage with £ and pence, pounds, feet, inches, yards, acres and miles, some
in euros, some in US usage with dollars and cents or with a month-first written date, and other
touches (a verification fee per visit and per hundred credits, credits sold after a buffer pool, a
6+35 lease profile with a broker fee, excess mileage with VAT, a share offer's progress towards a
target as a percentage, a surplus split between reserves, interest on share capital and a community
fund, blocks of counselling sessions, a mining electricity bill, a delivery brand's takings after
commission and packaging, a dropshipper's profit after a per-order card fee, a drone show with a
volume discount and VAT, a candidate's spending headroom, a microscope recharge in euros, a club
sharing a trail's costs, an awards dinner's profit, a ghostwriter's balance after a deposit, an
accompanist's invoice with mileage, mystery-shop fees with a capped refund, a newsletter's net
after platform and card fees, a pardner draw less the box and a late joiner's catch-up, thesis
printing and binding, an average clause before the excess, depreciation by complete years of age, a
share purchase with stamp duty and a sale's gain, a shared owner's rent and service charge, a sound
bath's takings, a hackathon's budget and a supper club's profit, and a render's cloud cost; a
forest in acres, a lease's mileage in kilometres, a beer garden and a kitchen unit, a stage, a
distribution centre and a flat in square metres or feet, a counselling room, a rig intake, a
cooling water setpoint, an oven, a recipe and a render room in Celsius or Fahrenheit, a container's
volume, a parcel, a singing bowl and a lamb shoulder, a show's altitude and wind limit, a leaflet
round, a collection drive, a trail and a store visit in miles or kilometres, a nitrogen line's
pressure, a cache's distance, a piano stool, a thesis margin, diaries, a dataset and a shot's
frames in GiB; Celsius and Fahrenheit both ways, mph to km/h and back, psi to bar and bar to psi,
GiB to MiB and MiB to GiB, square feet and square metres both ways, acres to square metres,
hectares to acres, cubic metres and cubic feet both ways, kilograms to pounds, pounds to kilograms,
stone and pounds to kilograms, inches to centimetres, millimetres to inches, feet and inches to
centimetres, metres to feet, yards to metres, miles to kilometres and kilometres to miles), some
chatty, terse or lower-case, with questions at the start or the end, several terse commands and two
statements to complete. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 90: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another or after an event, a window counting both its first and last days, a
launch counting its first day as day 1, the sixth leaflet round at nine-day intervals, the twelfth
weekly session, the twelfth weekly draw, issue 52 of a weekly newsletter, the eighth fortnightly
sound bath, a 36-hour session from 22:00 and a 57-hour render from 16:20 ending on a date, a
48-hour hack from 18:00 ending on a weekday, a first direct debit 28 days after delivery as a
weekday, 19, 25, 30, 34, 45, 60, 84, 90, 150, 540 and 1,000 days after or before a date, 6, 8, 10
and 26 weeks after or before a date, weeks between two stated dates (a plain one-liner), hours
between two stated date-times, the weekday of a stated date, the second Tuesday, the first Monday,
the third Thursday, the last Friday and the last Saturday of a stated month and year, and a day of
the year counting 1 January as day 1); the three ages (one of them complete years of ownership) are
in whole years from a stated date to a stated date, and the two clock spans run from one stated
time to the next occurrence of the other (one crosses midnight, saying "the following morning";
both are in minutes). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 90):
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

Run: python3 make_heldout_91.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-03-04.jsonl"
PREFIX = "ho91-"
# earlier generators: sets 1-90 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 91))
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
    """A sum of money: whole pence (or cents) only."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(617, 50) and money(7) == 7

CARBON = "carbon_offset_project_verifier"
LEASE = "car_leasing_broker"
PUBSHARE = "community_pub_share_offer"
COUNSEL = "couples_counselling_practice"
CRYPTO = "crypto_mining_rig_operator"
DARK = "dark_kitchen_delivery_brands"
DROP = "dropshipping_store_owner"
DRONE = "drone_light_show_operator"
AGENT = "election_agent_campaign_office"
TEM = "electron_microscope_suite_manager"
GEO = "geocaching_trail_setter"
AWARDS = "industry_awards_dinner_organiser"
GHOST = "memoir_ghostwriter"
ACCOMP = "music_exam_accompanist"
MYSTERY = "mystery_shopper_assignments"
NEWS = "paid_newsletter_writer"
PARDNER = "pardner_savings_hand_organiser"
PHD = "phd_thesis_submission_candidate"
ADJUST = "property_loss_adjuster"
DEAL = "retail_share_dealing_desk"
SHARED = "shared_ownership_housing_officer"
GONG = "sound_bath_gong_practitioner"
HACK = "student_hackathon_organiser"
SUPPER = "supper_club_host"
RENDER = "vfx_render_farm_scheduler"
REGISTERS = (
    LEASE,
    CARBON,
    PUBSHARE,
    COUNSEL,
    CRYPTO,
    DARK,
    DRONE,
    DROP,
    AGENT,
    TEM,
    GEO,
    AWARDS,
    GHOST,
    ACCOMP,
    MYSTERY,
    NEWS,
    PARDNER,
    PHD,
    ADJUST,
    DEAL,
    SHARED,
    GONG,
    HACK,
    SUPPER,
    RENDER,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "What is 18.5% of 2,440?", pct("18.5") * 2440)
calc(P, "7,396 ÷ 43 = ?", F(7396, 43))
assert 77 * 77 == 5929  # a perfect square
calc(P, "square root of 5,929", 77)
calc(P, "what's 2^13 minus 3^3", 2**13 - 3**3)
calc(P, "(14.6 + 9.85) × 4", (dec("14.6") + dec("9.85")) * 4)
calc(P, "Give me 1/8 + 3/5 as a decimal.", F(1, 8) + F(3, 5))
calc(P, "36 per cent of 75, plus 12 per cent of 350", pct(36) * 75 + pct(12) * 350)
calc(P, "Increase 736 by 12.5%.", 736 * (1 + pct("12.5")))
calc(P, "decrease 1,250 by 8 percent", 1250 * (1 - pct(8)))
calc(P, "Mean of 17, 29, 38 and 52?", F(17 + 29 + 38 + 52, 4))
calc(P, "multiply 0.125 by 368", dec("0.125") * 368)
calc(P, "3.6 squared minus 1.4 squared =", dec("3.6") ** 2 - dec("1.4") ** 2)
calc(P, "57 is what percentage of 456?", F(57, 456) * 100)
calc(P, "-48 divided by 0.32", F(-48) / dec("0.32"))

# register word problems
calc(
    CARBON,
    "Our verification fee is £1,850 per site visit plus £4.20 for every 100 credits issued. "
    "One site visit, 36,500 credits issued. What's the total fee?",
    money(1850 + dec("4.20") * F(36500, 100)),
)
calc(
    CARBON,
    "The registry holds back 15% of a project's credits in its buffer pool. The project earned "
    "48,200 credits and the developer sold every credit it was allowed to keep at €11.40 each. "
    "How much did the sale bring in, in euros?",
    money(48200 * (1 - pct(15)) * dec("11.40")),
)
calc(
    LEASE,
    "On a 6+35 deal the client pays six rentals upfront and then 35 more, every rental being "
    "£289.50. Add our £199 broker fee - what does the whole lease cost them?",
    money((6 + 35) * dec("289.50") + 199),
)
calc(
    LEASE,
    "lease return: contract allowed 24,000 miles in total, car was delivered with 15 miles on "
    "it and came back showing 27,365. excess is 9.6p a mile plus 20% VAT. how much is the "
    "excess mileage bill?",
    money((27365 - 15 - 24000) * dec("0.096") * (1 + pct(20))),
)
calc(
    PUBSHARE,
    "Shares in the pub are £1 each. So far 312 members have bought £250, 87 have bought "
    "£1,000 and 9 have bought £5,000, and the council has pledged a £150,000 grant. Our "
    "target is £480,000 - what percentage of it have we reached?",
    F(312 * 250 + 87 * 1000 + 9 * 5000 + 150000, 480000) * 100,
)
calc(
    PUBSHARE,
    "The pub made a trading surplus of £31,400. We put 30% of it into reserves, pay 2.5% "
    "interest on the £418,600 of members' share capital out of what's left, and the rest "
    "goes to the community fund. How much does the community fund get?",
    money(31400 * (1 - pct(30)) - pct("2.5") * 418600),
)
calc(
    COUNSEL,
    "Single sessions are £75, or a block of six costs £399. A couple books 14 sessions, "
    "taking as many blocks of six as they can and paying for the rest singly. Total?",
    money(2 * 399 + (14 - 12) * 75),
)
calc(
    CRYPTO,
    "We run 12 rigs round the clock and each draws 3.25 kW. Power is 14.8p per kWh. What's "
    "the electricity bill for a 30-day billing period, in pounds?",
    money(12 * dec("3.25") * 24 * 30 * dec("0.148")),
)
calc(
    DARK,
    "One of our delivery-only brands took 412 orders last week averaging £18.50. The app "
    "keeps 30% commission and packaging costs us 35p an order. What's left after commission "
    "and packaging?",
    money(412 * dec("18.50") * (1 - pct(30)) - 412 * dec("0.35")),
)
calc(
    DROP,
    "Supplier charges $7.80 per item and $3.45 shipping, I sell at $25.00, and the payment "
    "processor takes 2.9% plus 30 cents per order. What's my total profit on 150 "
    "single-item orders?",
    money(150 * (25 - dec("7.80") - dec("3.45") - pct("2.9") * 25 - dec("0.30"))),
)
calc(
    DRONE,
    "Quote for a 300-drone show: £42 per drone with 12% off the per-drone charge for 250 or "
    "more drones, plus a £2,500 custom design fee, then VAT at 20% on the lot. Invoice "
    "total?",
    money((300 * 42 * (1 - pct(12)) + 2500) * (1 + pct(20))),
)
calc(
    AGENT,
    "The candidate's spending limit is £1,033 plus 9p for each of the ward's 6,420 electors, "
    "and we've spent £1,245.60 so far. How much headroom is left?",
    money(1033 + dec("0.09") * 6420 - dec("1245.60")),
)
calc(
    TEM,
    "Recharge for the microscope suite: internal users €68 an hour, external academics €142, "
    "industry €260. This quarter's sheet shows 46 internal hours, 18 external academic hours "
    "and 7.5 industry hours. Total to invoice in euros?",
    money(46 * 68 + 18 * 142 + dec("7.5") * 260),
)
calc(
    GEO,
    "For the new trail I bought 40 cache containers at £3.65 each and 40 logbooks at 85p, "
    "and paid £12 postage. The club covers three quarters of it; how much do I pay?",
    money((40 * dec("3.65") + 40 * dec("0.85") + 12) * F(1, 4)),
)
calc(
    AWARDS,
    "We sold all 42 tables of ten at £1,150 a table. Catering is £78 per head for the 420 "
    "guests and venue hire is £6,500. What's the profit on the night?",
    money(42 * 1150 - 420 * 78 - 6500),
)
calc(
    GHOST,
    "I charge 28p a word for the first draft and 40% of that rate per word for the revision "
    "pass. The memoir runs to 72,500 words and the client has paid a £5,000 deposit - what's "
    "the balance?",
    money(72500 * dec("0.28") + 72500 * dec("0.28") * pct(40) - 5000),
)
calc(
    ACCOMP,
    "grade 8 candidate: three rehearsals at £45, the exam itself at £60, and 45p a mile for a "
    "38-mile round trip on each of the four visits. what do i invoice?",
    money(3 * 45 + 60 + dec("0.45") * 38 * 4),
)
calc(
    MYSTERY,
    "Each visit pays a £16 fee and they refund the purchase up to £10. Over six visits I "
    "spent £8.40, £10, £13.25, £6.90, £11.60 and £9.95. What will they pay me altogether?",
    money(6 * 16 + sum(min(dec(s), 10) for s in ("8.40", "10", "13.25", "6.90", "11.60", "9.95"))),
)
calc(
    NEWS,
    "I've got 1,840 paying subscribers at $8 each for the month. The platform keeps 10% and "
    "the card processor takes 2.9% plus 30 cents on every payment. What do I net?",
    money(1840 * 8 * (1 - pct(10) - pct("2.9")) - 1840 * dec("0.30")),
)
calc(
    PARDNER,
    "Twelve of us throw a hand of £150 every week and I, as banker, keep a £20 box from each "
    "draw. How much does each person collect on their draw week?",
    money(12 * 150 - 20),
)
calc(
    PARDNER,
    "A new partner joined our pardner three weeks late. She's paying back the missed £150 "
    "hands plus a £10 late fee for each missed week, spread evenly over the remaining 6 weeks, "
    "on top of her normal hand. What does she throw each week?",
    money(150 + F(3 * (150 + 10), 6)),
)
calc(
    PHD,
    "Printing the thesis: 3 hardbound copies at £38.50, 2 softbound at £14.75, plus 6p a "
    "page for printing 286 pages in each of the five copies. What's the total?",
    money(3 * dec("38.50") + 2 * dec("14.75") + dec("0.06") * 286 * 5),
)
calc(
    ADJUST,
    "Building insured for £240,000 but the rebuild value is £320,000. The loss is £48,600 "
    "and the excess is £350. Apply average to the loss first, then take off the excess - "
    "what's the settlement?",
    money(48600 * F(240000, 320000) - 350),
)
calc(
    ADJUST,
    "Our scale knocks 15% of the purchase price off for each complete year of age. The "
    "sofa cost £1,850 and was four complete years old at the date of the fire; the rug cost "
    "£640 and was two. Total payable for the two?",
    money(1850 * (1 - 4 * pct(15)) + 640 * (1 - 2 * pct(15))),
)
calc(
    DEAL,
    "Client bought 1,250 shares at 384p. Commission is £11.95 and stamp duty is 0.5% of "
    "the consideration. Total cost of the purchase?",
    money(1250 * dec("3.84") * (1 + pct("0.5")) + dec("11.95")),
)
calc(
    DEAL,
    "sold 800 shares at 512.5p, £11.95 commission on the sale. they cost £3,420.40 all in "
    "when bought. what's the gain?",
    money(800 * dec("5.125") - dec("11.95") - dec("3420.40")),
)
calc(
    SHARED,
    "The buyer takes a 40% share of a £285,000 flat. Rent is 2.8% a year on the share she "
    "doesn't own, paid monthly, and the service charge is £86.40 a month. What's her "
    "monthly payment to us?",
    money(285000 * (1 - pct(40)) * pct("2.8") / 12 + dec("86.40")),
)
calc(
    GONG,
    "Saturday's sound bath: 14 full-price places at £22 and 3 concessions at £15. The hall "
    "costs £65 and my travel was £18. What did I clear?",
    money(14 * 22 + 3 * 15 - 65 - 18),
)
calc(
    HACK,
    "Hackathon budget: 160 participants eating three slices of pizza at each of two meals, "
    "£2.40 a slice; venue £1,200; prizes £900. Three sponsors give £1,500 each. How much is "
    "left over?",
    money(3 * 1500 - (160 * 3 * 2 * dec("2.40") + 1200 + 900)),
)
calc(
    SUPPER,
    "Ten guests at £45 a ticket. They also pay a £4 booking fee that the platform keeps, and "
    "the platform takes 6% of the £45 too. Ingredients came to £186.40. My profit?",
    money(10 * 45 * (1 - pct(6)) - dec("186.40")),
)
calc(
    RENDER,
    "The shot is 1,440 frames at 18 node-minutes per frame and cloud nodes cost $2.60 per "
    "node-hour. What will the render cost?",
    money(1440 * F(18, 60) * dec("2.60")),
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
assert IN / MM == dec("25.4") and CM / MM == 10 and MI / KM == dec("1.609344")
assert ACRE / HA == dec("0.40468564224") and SQFT == dec("0.09290304")
assert CUFT == dec("0.028316846592") and MPH / KMH == dec("1.609344")
assert f_to_c(-4) == -20 and c_to_f(37) == dec("98.6")

# plain one-liners
unit_r(P, "Convert 72 km to miles.", 72 * KM / MI)
unit(P, "6 ft 1 in, in cm please", (6 * FT + 1 * IN) / CM, EXACT)
unit_r(P, "-5 °F in Celsius", f_to_c(-5))
unit_r(P, "How many square feet is 65 square metres?", 65 / SQFT)
unit(P, "4.75 GiB = how many MiB", dec("4.75") * GIB / MIB, EXACT)
unit_r(P, "What's 130 km/h in mph?", 130 * KMH / MPH)
unit_r(P, "what is 29 psi in bar", 29 * PSI / BAR)
unit_r(P, "2.5 acres in square metres, please", dec("2.5") * ACRE)
unit_r(P, "Convert 180 lb to kilograms.", 180 * LB)
unit_r(P, "1.75 m is how many feet?", dec("1.75") / FT)
unit(P, "37.5 °C in Fahrenheit?", c_to_f(dec("37.5")), EXACT)
unit(P, "400 yards in metres", 400 * YD, EXACT)
unit_r(P, "How many cubic feet are there in 2 cubic metres?", 2 / CUFT)
unit_r(P, "14 st 3 lb in kg (14 lb to the stone)", (14 * 14 + 3) * LB)

# register word problems
unit_r(
    CARBON,
    "The forest project covers 340 hectares. The buyer's report is for a US fund - how many "
    "acres is that?",
    340 * HA / ACRE,
)
unit(
    LEASE,
    "The lease allows 10,000 miles a year and my client in Cork wants that in kilometres. "
    "What do I tell him?",
    10000 * MI / KM,
    EXACT,
)
unit_r(
    PUBSHARE,
    "The pub's beer garden measures 42 ft by 65 ft. The grant form wants the area in square "
    "metres - what do we put?",
    42 * 65 * SQFT,
)
unit(
    COUNSEL,
    "A client from Boston says she likes the counselling room at 68 °F. What's that in "
    "Celsius for our thermostat?",
    f_to_c(68),
    EXACT,
)
unit(
    CRYPTO,
    "Intake air for the rigs has to stay below 95 °F according to the manual. What's the "
    "limit in Celsius?",
    f_to_c(95),
    EXACT,
)
unit_r(
    CRYPTO,
    "the container housing our rigs is quoted at 2,390 cubic feet inside. how many cubic "
    "metres is that?",
    2390 * CUFT,
)
unit_r(
    DARK,
    "The new kitchen unit is 1,150 sq ft. The landlord's lease quotes square metres - what "
    "figure should match?",
    1150 * SQFT,
)
unit_r(
    DROP,
    "A parcel weighs 2.8 kg and the US carrier's form only takes pounds. What do I enter?",
    dec("2.8") / LB,
)
unit_r(
    DRONE,
    "Our maximum show altitude is 120 m. The American client keeps asking for it in feet "
    "- how high is that?",
    120 / FT,
)
unit_r(
    DRONE,
    "We ground the fleet in winds over 22 mph. What's that limit in km/h?",
    22 * MPH / KMH,
)
unit_r(
    AGENT,
    "Our longest leaflet round is 14.5 miles. How many kilometres is that on the volunteers' "
    "route sheet?",
    dec("14.5") * MI / KM,
)
unit_r(
    TEM,
    "The nitrogen line is regulated at 4 bar but the old gauge on the dewar reads in psi. "
    "What should it show?",
    4 * BAR / PSI,
)
unit(
    TEM,
    "Cooling water for the microscope has to be held at 18 °C. The chiller's display is in "
    "Fahrenheit; what setpoint do I type?",
    c_to_f(18),
    EXACT,
)
unit(
    GEO,
    "The cache is 350 yards from the car park. What's that in metres for the listing?",
    350 * YD,
    EXACT,
)
unit_r(
    GEO,
    "Trail length is 7.5 km. How far is that in miles?",
    dec("7.5") * KM / MI,
)
unit_r(
    AWARDS,
    "The stage is 24 ft by 12 ft; what's its area in square metres?",
    24 * 12 * SQFT,
)
unit(
    GHOST,
    "The client's scanned diaries come to 3,200 MiB. How many GiB is that?",
    3200 * MIB / GIB,
    EXACT,
)
unit(
    ACCOMP,
    "The exam centre says the piano stool is 19 inches high. Convert to centimetres.",
    19 * IN / CM,
    EXACT,
)
unit_r(
    MYSTERY,
    "The round trip to the store was 63 km but the expenses form asks for miles. How many?",
    63 * KM / MI,
)
unit(
    NEWS,
    "This week's recipe says bake at 220 °C. Give me the Fahrenheit figure for the US readers.",
    c_to_f(220),
    EXACT,
)
unit_r(
    PARDNER,
    "I drive 11 miles each Friday to collect everyone's hand. How far is that in kilometres?",
    11 * MI / KM,
)
unit(
    PHD,
    "The binding margin has to be 38.1 mm. Word wants inches - what do I type?",
    dec("38.1") * MM / IN,
    EXACT,
)
unit_r(
    ADJUST,
    "46 square metres of flooring was ruined. The contractor quotes per square foot, so how "
    "many square feet is that?",
    46 / SQFT,
)
unit_r(
    DEAL,
    "For a research note: the retailer's new distribution centre is 120,000 sq ft. What is "
    "that in square metres?",
    120000 * SQFT,
)
unit_r(
    SHARED,
    "The flat's floor area is 58 square metres. Buyers keep asking for square feet - what is it?",
    58 / SQFT,
)
unit_r(
    GONG,
    "My biggest singing bowl weighs 1.6 kg; how many pounds is that?",
    dec("1.6") / LB,
)
unit(
    HACK,
    "The challenge dataset is 20,480 MiB. How many GiB is that?",
    20480 * MIB / GIB,
    EXACT,
)
unit(
    SUPPER,
    "Guest chef from Chicago asks what 180 °C is in Fahrenheit for the lamb.",
    c_to_f(180),
    EXACT,
)
unit_r(
    SUPPER,
    "the lamb shoulder is 6.5 lb. in kilos?",
    dec("6.5") * LB,
)
unit(
    RENDER,
    "Each frame's EXR is 96 MiB and the shot is 1,440 frames. How many GiB of storage is that?",
    1440 * 96 * MIB / GIB,
    EXACT,
)
unit(
    RENDER,
    "The render room must not go over 27 °C. What's that in Fahrenheit for the US vendor?",
    c_to_f(27),
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


# plain one-liners
date_item(P, "Which date is 90 days on from 17 March 2031?", D(2031, 3, 17) + TD(days=90))
date_item(
    P, "How many days from 3 January 2030 to 19 August 2030?", days(D(2030, 1, 3), D(2030, 8, 19))
)
date_item(P, "what day of the week was 12 October 2029", weekday(D(2029, 10, 12)))
date_item(P, "Date 26 weeks before 1 July 2032?", D(2032, 7, 1) - TD(weeks=26))
date_item(P, "second Tuesday of November 2030", nth_weekday(2030, 11, TUE, 2))
date_item(P, "Which date is the last Friday of May 2031?", nth_weekday(2031, 5, FRI, -1))
date_item(
    P,
    "How old on 1 September 2034 is someone born on 17 November 1988?",
    age(D(1988, 11, 17), D(2034, 9, 1)),
)
date_item(P, "minutes from 21:40 to 06:15 the following morning", clock_span("21:40", "06:15", 60))
date_item(
    P,
    "Counting 1 January as day 1, what day number of the year is 9 October 2031?",
    days(D(2031, 1, 1), D(2031, 10, 9)) + 1,
)
date_item(P, "1,000 days after 5 May 2029 is which date?", D(2029, 5, 5) + TD(days=1000))
date_item(
    P,
    "How many weeks are there from 7 April 2030 to 29 September 2030?",
    weeks(D(2030, 4, 7), D(2030, 9, 29)),
)
date_item(P, "45 days before 10 April 2033 =", D(2033, 4, 10) - TD(days=45))
date_item(
    P,
    "How many hours are there between 08:30 on 2 June 2030 and 17:00 on 5 June 2030?",
    F(int((DT(2030, 6, 5, 17, 0) - DT(2030, 6, 2, 8, 30)).total_seconds()), 3600),
)
date_item(P, "first Monday of September 2033?", nth_weekday(2033, 9, MON, 1))

# register word problems
date_item(
    CARBON,
    "The monitoring period ended on 30 June 2031 and the verification site visit has to "
    "happen 60 days after that. What date is the visit?",
    D(2031, 6, 30) + TD(days=60),
)
date_item(
    LEASE,
    "The car was delivered on 22 September 2031 and the first direct debit goes out 28 days "
    "after delivery. What day of the week will that be?",
    weekday(D(2031, 9, 22) + TD(days=28)),
)
POLL = D(2031, 5, 1)
SHARE_OPEN = D(2031, 3, 1)
date_item(
    PUBSHARE,
    f"Our share offer opens on {sayw(SHARE_OPEN)} and stays open for 8 weeks. What's the "
    "closing date?",
    SHARE_OPEN + TD(weeks=8),
)
date_item(
    COUNSEL,
    "A couple are booked in weekly for 12 sessions, the first on 6 January 2032. On what "
    "date is their twelfth session?",
    D(2032, 1, 6) + TD(weeks=11),
)
date_item(
    CRYPTO,
    "The rigs came with a 540-day warranty from the purchase date, 18 November 2030. When "
    "does it run out?",
    D(2030, 11, 18) + TD(days=540),
)
date_item(
    DARK,
    "Our new burger brand went live on 4 August 2031. Counting launch day as day 1, what "
    "date is day 100?",
    D(2031, 8, 4) + TD(days=99),
)
SHIPPED = D(2031, 10, 6)
date_item(
    DROP,
    f"The supplier shipped my order on {sayus(SHIPPED)} and transit takes 19 days. What "
    "date should it arrive?",
    SHIPPED + TD(days=19),
)
date_item(
    DRONE,
    "We started charging the batteries at 13:10 and the show starts at 18:45. How many "
    "minutes of charging is that?",
    clock_span("13:10", "18:45", 60),
)
date_item(
    AGENT,
    f"Polling day is {sayw(POLL)} and our internal deadline for the final leaflet is 25 "
    "days before it. What date is the deadline?",
    POLL - TD(days=25),
)
date_item(
    AGENT,
    "leaflet rounds go out every 9 days starting 10 February 2031. what date is the 6th round?",
    D(2031, 2, 10) + TD(days=9 * 5),
)
TEM_START = D(2031, 3, 7)
date_item(
    TEM,
    f"I've booked a 36-hour session on the microscope starting at 22:00 on "
    f"{sayw(TEM_START)}. On what date does it end?",
    (DT.combine(TEM_START, dt.time(22, 0)) + TD(hours=36)).date(),
)
date_item(
    GEO,
    "I hid the cache on 13 June 2029 and the first finder logged it on 2 February 2030. "
    "How many days was it waiting?",
    days(D(2029, 6, 13), D(2030, 2, 2)),
)
date_item(
    AWARDS,
    "The awards night is always the third Thursday of November. What date is it in 2031?",
    nth_weekday(2031, 11, THU, 3),
)
date_item(
    GHOST,
    "First interview with the client was 15 January 2031 and the manuscript is due 150 "
    "days after that. Due date?",
    D(2031, 1, 15) + TD(days=150),
)
date_item(
    ACCOMP,
    "The exam is on 24 June 2031 and I'd like the first rehearsal 6 weeks before. Which "
    "date is that?",
    D(2031, 6, 24) - TD(weeks=6),
)
date_item(
    ACCOMP,
    "My candidate was born on 2 August 2014. How old will she be on her exam date, 28 "
    "November 2031?",
    age(D(2014, 8, 2), D(2031, 11, 28)),
)
date_item(
    MYSTERY,
    "The visit has to be done between 3 March 2031 and 21 March 2031, both days included. "
    "How many days do I have?",
    days(D(2031, 3, 3), D(2031, 3, 21)) + 1,
)
date_item(
    NEWS,
    "A reader signed up for the free trial on 17 December 2031 and the first charge is "
    "taken 30 days after sign-up. What date is the first charge?",
    D(2031, 12, 17) + TD(days=30),
)
FIRST_ISSUE = D(2031, 1, 7)
assert FIRST_ISSUE.weekday() == TUE
date_item(
    NEWS,
    f"My newsletter goes out every Tuesday and issue 1 was on {sayw(FIRST_ISSUE)}. What "
    "date is issue 52?",
    FIRST_ISSUE + TD(weeks=51),
)
FIRST_DRAW = D(2031, 1, 3)
assert FIRST_DRAW.weekday() == FRI
date_item(
    PARDNER,
    f"Our pardner pays one draw every Friday, twelve draws in all, and the first is on "
    f"{sayw(FIRST_DRAW)}. What date is the last draw?",
    FIRST_DRAW + TD(weeks=11),
)
date_item(
    PHD,
    "My submission deadline is 30 September 2032 and I want the full draft with my "
    "supervisor 10 weeks before that. What date should I aim for?",
    D(2032, 9, 30) - TD(weeks=10),
)
date_item(
    PHD,
    "Viva on 11 December 2032, corrections due 90 days later. What's the date?",
    D(2032, 12, 11) + TD(days=90),
)
date_item(
    ADJUST,
    "The flood was on 9 February 2031 and I inspected on 23 February 2031. How many days "
    "after the flood was that?",
    days(D(2031, 2, 9), D(2031, 2, 23)),
)
date_item(
    DEAL,
    "Ex-dividend date 15 May 2031, payment 34 days later. When does the dividend land?",
    D(2031, 5, 15) + TD(days=34),
)
date_item(
    SHARED,
    "They bought their share on 19 August 2027. How many complete years will they have "
    "owned it on 1 April 2032?",
    age(D(2027, 8, 19), D(2032, 4, 1)),
)
date_item(
    SHARED,
    "The resale goes to our nominations period first: 8 weeks starting 3 November 2031. "
    "When does that period end?",
    D(2031, 11, 3) + TD(weeks=8),
)
FIRST_BATH = D(2031, 1, 5)
assert FIRST_BATH.weekday() == SUN
date_item(
    GONG,
    f"I run a sound bath every other Sunday, starting {sayw(FIRST_BATH)}. What's the date "
    "of the eighth one?",
    FIRST_BATH + TD(weeks=2 * 7),
)
date_item(
    HACK,
    "Registration opens 84 days before the hackathon, which is on 14 February 2032. When "
    "does registration open?",
    D(2032, 2, 14) - TD(days=84),
)
HACK_START = D(2031, 11, 7)
date_item(
    HACK,
    f"The hack runs for 48 hours from 18:00 on {sayw(HACK_START)}. What day of the week "
    "does it finish?",
    weekday((DT.combine(HACK_START, dt.time(18, 0)) + TD(hours=48)).date()),
)
date_item(
    SUPPER,
    "My supper club is on the last Saturday of every month. Date of the October 2031 one?",
    nth_weekday(2031, 10, SAT, -1),
)
date_item(
    RENDER,
    "The job was queued at 16:20 on 30 October 2031 and rendered for 57 hours. On what date "
    "did it finish?",
    (DT(2031, 10, 30, 16, 20) + TD(hours=57)).date(),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, in REGISTERS order
ORDINARY = {
    LEASE: (
        "Is personal contract hire or a PCP better for someone who drives a lot for work?",
        "What does 'fair wear and tear' usually mean when a leased car goes back?",
        (
            "Write a short, friendly message chasing a client who hasn't returned the signed "
            "finance agreement."
        ),
        "How should I explain the risks of a balloon payment to a first-time customer?",
    ),
    CARBON: (
        "How do I judge whether a cookstove project's cuts in emissions are additional?",
        (
            "Explain the difference between avoidance credits and removal credits to a client "
            "who's new to this."
        ),
        "What red flags should I look for in a forest project's baseline scenario?",
        (
            "Draft a polite email telling a project developer their monitoring report needs more "
            "evidence before we sign off."
        ),
    ),
    PUBSHARE: (
        "How do we persuade villagers who never drink in the pub to buy shares anyway?",
        ("What's the difference between a community benefit society and a cooperative society?"),
        (
            "Write the opening paragraph of our share offer document - warm, local and honest "
            "about the risks."
        ),
        ("What should a management committee do in its first hundred days after buying the pub?"),
    ),
    COUNSEL: (
        (
            "How can I gently bring up a couple's repeated missed sessions without making them "
            "defensive?"
        ),
        "What's a good way to explain the limits of confidentiality at the first session?",
        "Suggest some reflective questions for a couple arguing about money.",
        "When is couples work the wrong choice and individual therapy better?",
    ),
    CRYPTO: (
        "Is immersion cooling worth it for a small mining operation?",
        "How do I explain to my landlord that the noise from the rigs won't be a problem?",
        "What are the main security risks of running mining rigs on a home network?",
        "Why do some miners join a pool instead of mining solo?",
    ),
    DARK: (
        (
            "How do we stop customers realising three of our brands come from the same kitchen, "
            "and is that even ethical?"
        ),
        "Come up with five names for a delivery-only Korean fried chicken brand.",
        "What should go in the packaging so food still tastes good after a 25-minute ride?",
        "How do I deal with a rider who keeps arriving late for collections?",
    ),
    DRONE: (
        "How do we design a show so the logo reads clearly from the back of the crowd?",
        "What should we tell a wedding client about what happens if the wind picks up?",
        "Write a short safety briefing for the marshals at a beach show.",
        "How do we keep spectators from flying their own drones near our show?",
    ),
    DROP: (
        "How do I handle a customer whose order is stuck in customs for three weeks?",
        "Write a product description for a foldable laptop stand, upbeat but not cheesy.",
        "Is it risky to rely on just one supplier, and how do I find a backup?",
        "What should my returns policy say when items ship from overseas?",
    ),
    AGENT: (
        "What should go in a leaflet for a first-time candidate in a safe seat?",
        "How do I keep volunteer canvassers motivated through a wet February?",
        "Explain what an election agent is legally responsible for, in plain words.",
        "Write a short thank-you note to volunteers after the count, whatever the result.",
    ),
    TEM: (
        "How do I write a fair booking policy so one group doesn't hog the microscope?",
        "What should new users learn before they're allowed to run the microscope alone?",
        (
            "Explain why vibration and stray fields matter for a room housing an electron "
            "microscope."
        ),
        "Draft a notice telling users the microscope will be down for a service.",
    ),
    GEO: (
        "What makes a cache hide memorable rather than just hard?",
        "How do I get a landowner's permission for a cache on their land?",
        "Write a fun cache description for a hide near an old railway bridge.",
        "What should I do if a cache keeps going missing?",
    ),
    AWARDS: (
        "How do we keep the awards ceremony from running over time?",
        "Write a witty but kind introduction for the host of an engineering awards night.",
        "How should we seat rival companies who've both been shortlisted?",
        "What's the best way to handle a winner who's had too much to drink on stage?",
    ),
    GHOST: (
        "How do I capture a client's voice when they talk so differently from how they write?",
        "What should a ghostwriting contract say about credit and confidentiality?",
        "Suggest interview questions to draw out memories of a childhood on a farm.",
        "How do I handle a family member who disputes an episode in the memoir?",
    ),
    ACCOMP: (
        "How can I help a nervous violinist settle before their exam?",
        "What should I do if the candidate speeds up in the exam and I can't follow?",
        "Is it professional to turn pages for myself or should I bring a page-turner?",
        "Write a short message to a teacher asking for the piano parts two weeks early.",
    ),
    MYSTERY: (
        "How do I write up a visit objectively when the staff member was rude?",
        "What's the best way to remember details of a visit without being obvious?",
        "Is it ethical to be paid to pretend to be a customer?",
        "Write a short report paragraph on a cafe visit with slow but friendly service.",
    ),
    NEWS: (
        "How do I decide what goes behind the paywall and what stays free?",
        "Write a subject line for an issue about the history of the village's tide mill.",
        "What's a good way to ask free readers to upgrade without sounding needy?",
        "How often should I post if I don't want to burn out?",
    ),
    PARDNER: (
        "How do I decide the order of draws fairly when everyone wants an early one?",
        "What should we do if a partner stops paying halfway through?",
        "Explain how a pardner works to someone who's never heard of one.",
        "Is there anything to watch out for legally when running a savings circle?",
    ),
    PHD: (
        (
            "How do I deal with two supervisors who want completely different structures for my "
            "thesis?"
        ),
        "What usually happens in a viva, and how should I prepare?",
        "Help me write a short acknowledgements paragraph thanking my partner and my cat.",
        "How do I cut 10,000 words without losing the argument?",
    ),
    ADJUST: (
        "How do I explain to a homeowner why their claim has been reduced for underinsurance?",
        "What signs suggest a water damage claim might be exaggerated?",
        "Write a sympathetic opening for a letter to a family whose kitchen burnt down.",
        "When is it better to repair rather than replace a damaged floor?",
    ),
    DEAL: (
        (
            "How should I explain to a client why we can't give them advice on an execution-only "
            "account?"
        ),
        "What does a limit order do, compared with a market order?",
        "Write a short reply to a client upset that their order filled at a worse price.",
        "How do I spot a client who might be falling for an investment scam?",
    ),
    SHARED: (
        "How do I explain staircasing to a buyer who's never heard of it?",
        "What should a buyer think about before buying a shared ownership flat?",
        "Write a friendly reminder to a resident whose rent is two weeks late.",
        "Why might a buyer struggle to sell a shared ownership home later?",
    ),
    GONG: (
        "How do I set up the room so people feel safe lying down with strangers?",
        "What should I say to someone who felt anxious during the sound bath?",
        "Write an Instagram caption for a winter solstice sound bath.",
        "Which instruments work well alongside gongs for a beginner session?",
    ),
    HACK: (
        "How do we make a student hackathon welcoming to people who can't code yet?",
        "Suggest three themes for a hackathon about climate and cities.",
        "Write a code of conduct paragraph on respectful behaviour.",
        "How should judges balance a polished demo against a more original idea?",
    ),
    SUPPER: (
        "How do I deal with a guest who announces a new allergy when they arrive?",
        "Plan a five-course autumn menu that I can mostly prepare ahead.",
        "Write a welcome message for guests who've never been to a supper club.",
        "How do I get strangers at a shared table talking to each other?",
    ),
    RENDER: (
        "How should I prioritise renders when two shows are both due on Friday?",
        "What causes a frame to render fine locally but fail on the farm?",
        (
            "Write a short message asking artists to stop submitting test renders at full "
            "resolution."
        ),
        "Is it better to buy more nodes or rent cloud capacity for peak weeks?",
    ),
}
assert tuple(ORDINARY) == REGISTERS
for _fam, _qs in ORDINARY.items():
    assert len(_qs) == 4 and len(set(_qs)) == 4, _fam
    for _q in _qs:
        neg(_fam, _q)


# hard single-turn near-positives: they look exact, but need what the text does not give
NEAR: list[tuple[str, str, str]] = []


def near(family, query, note):
    assert family.startswith("near-") and note, family
    NEAR.append((family, query, note))


near(
    "near-live-mining-reward",
    "How much bitcoin will one 140 TH/s rig mine per day at the current difficulty?",
    "needs the live network difficulty and block reward, neither given",
)
near(
    "near-grid-carbon-factor",
    "Our 12 rigs used 28,000 kWh last month - how much CO2 is that?",
    "needs an emission factor for the grid, which is not given and varies by place and year",
)
near(
    "near-credits-per-sapling",
    "How many carbon credits will planting 5,000 oak saplings earn the landowner?",
    "depends on the methodology, growth model, crediting period and buffer, none given",
)
near(
    "near-live-removal-credit-price",
    "What's a biochar removal credit selling for at the moment, in pounds?",
    "a live market price",
)
near(
    "near-team-split-many-answers",
    "Split 163 hackers into teams of four or five. How many teams?",
    "underdetermined: any count from 33 to 40 teams works, so it needs a choice, not a sum",
)
near(
    "near-rot13-cache-hint",
    "The cache hint is in ROT13: 'haqre gur fgbar fgvyr'. What does it say?",
    "text decoding, not a calculation, conversion or date",
)
near(
    "near-roman-numeral-title-page",
    "Write 2031 in Roman numerals for the copyright line of the memoir.",
    "a number written in another notation, outside the three tools",
)
near(
    "near-andante-tempo-range",
    "How long will 64 bars of 3/4 take at Andante?",
    "Andante is a loose range of tempi, not a number of beats per minute",
)
near(
    "near-chakra-frequency-belief",
    "What frequency in hertz should my heart chakra bowl be tuned to?",
    "a belief with competing claims, not something that follows from any figure",
)
near(
    "near-gong-sustain-estimate",
    "How many seconds will my 36-inch gong keep ringing after one strike?",
    "depends on the instrument, the strike and the room: an estimate at best",
)
near(
    "near-lunar-zodiac-animal",
    "Which Chinese zodiac animal is a baby born on 20 January 2031?",
    "depends on the date of the lunar new year in 2031, a fact to look up, not a date sum",
)
near(
    "near-german-grade-conversion",
    "My German master's grade was 1.7 - what's that as a UK degree classification?",
    "a conversion by convention and by each university's own table, not a formula",
)
near(
    "near-thesis-page-estimate",
    "How many pages will my 82,000-word thesis come to?",
    "depends on font, spacing, margins, figures and tables, none given",
)
near(
    "near-ieee-reference-format",
    "Turn 'Okafor, N. (2029) Beam damage in frozen samples. Micron 14(2), 101-119' into "
    "IEEE style.",
    "reformatting text by a citation convention",
)
near(
    "near-aim-stamp-duty-rule",
    "How much stamp duty does my client pay on £10,000 of shares in an AIM-listed company?",
    "turns on a tax rule about AIM shares that the text does not give",
)
near(
    "near-live-share-quote",
    "What would 500 Rolls-Royce shares cost right now, before commission?",
    "a live share price",
)
near(
    "near-dividend-not-given",
    "What yield will my client get if she buys Unilever at 4,200p?",
    "the dividend is not given; it needs a declared or forecast figure",
)
near(
    "near-capital-gains-allowance",
    "How much capital gains tax will she pay on a £9,400 gain?",
    "depends on the tax year's allowance, her income and the rates, none given",
)
near(
    "near-affordability-lender-rules",
    "On a £38,000 salary, what's the biggest share of a £300,000 flat she can buy?",
    "depends on lenders' affordability rules, deposit and outgoings, not given",
)
near(
    "near-rent-increase-cap",
    "By how much can we put up a shared owner's rent this April?",
    "depends on the lease's review clause and any cap in force, neither given",
)
near(
    "near-rebuild-cost-data",
    "What's the rebuild cost of a 95 m² 1930s semi in Leeds?",
    "needs current building cost data for the area",
)
near(
    "near-wear-and-tear-scale",
    "How much should I knock off a six-year-old fridge freezer for wear and tear?",
    "the insurer's depreciation scale is not given; a judgement",
)
near(
    "near-floor-drying-time",
    "How many days will a concrete floor take to dry out after 10 cm of floodwater?",
    "depends on the slab, screed, weather and drying kit: an estimate",
)
near(
    "near-drones-for-legible-image",
    "How many drones do we need for a dragon that people can recognise from the promenade?",
    "a design judgement, not a calculation",
)
near(
    "near-cold-battery-endurance",
    "How many minutes will our show batteries last at -5 °C?",
    "depends on the cells, load and conditioning: an estimate, with no figures given",
)
near(
    "near-ward-vote-target",
    "How many votes will our candidate need to win the ward in May?",
    "depends on a future turnout and the other candidates' votes",
)
near(
    "near-percentage-points",
    "Turnout in the ward went from 32% to 36%. Can our leaflet say turnout rose by 4%?",
    "an explanation of percentage points against per cent, and a judgement on wording",
)
near(
    "near-ballot-paper-order",
    "Put these candidates in the order they'll appear on the ballot paper: Zubair Ahmed, "
    "Claire Whitlock, Tom Brennan, Ana Costa.",
    "ordering names by an electoral rule, not arithmetic",
)
near(
    "near-magnification-choice",
    "What magnification should I use to see 3 nm particles on our microscope?",
    "depends on the instrument, detector and sample: a judgement",
)
near(
    "near-nitrogen-refill-price",
    "How much will a 180-litre dewar of liquid nitrogen cost us to refill?",
    "a current supplier price, not given",
)
near(
    "near-oil-drum-density",
    "How many litres are in a 20 kg drum of rapeseed oil?",
    "needs the oil's density, which is not given",
)
near(
    "near-app-commission-negotiated",
    "What commission will Deliveroo charge a brand-new virtual brand?",
    "a negotiated, current rate not given in the text",
)
near(
    "near-import-duty-hoodie",
    "What import charges will a UK customer pay on a $40 hoodie shipped from my US supplier?",
    "turns on current customs and VAT rules, thresholds and exchange rates",
)
near(
    "near-retail-price-judgement",
    "What should I sell a phone case for if it costs me $3 landed?",
    "a pricing judgement",
)
near(
    "near-growth-by-christmas",
    "I grew 8% last quarter. How many paid subscribers will I have by Christmas?",
    "a forecast on an assumed growth rate, from an unstated current count and date",
)
near(
    "near-ab-test-significance",
    "Subject line A got 412 opens from 1,000 sends and B got 438 from 1,000. Is B really better?",
    "needs a choice of statistical test and a judgement on significance",
)
near(
    "near-biweekly-ambiguous",
    "My newsletter goes out bi-weekly from Monday 6 January 2031. What's the date of issue 10?",
    "bi-weekly can mean twice a week or every two weeks, so the date depends on which",
)
near(
    "near-pardner-implied-interest",
    "What interest rate is a pardner hand really worth compared with a savings account?",
    "depends on where in the draw order you fall and on assumptions; an explanation",
)
near(
    "near-session-count-judgement",
    "How many sessions will a couple working through an affair usually need?",
    "a clinical judgement that varies by couple",
)
near(
    "near-local-counselling-fees",
    "What do couples counsellors in Bristol charge per session?",
    "current local market prices",
)
near(
    "near-ghostwriting-market-fee",
    "What should I charge to ghostwrite a 60,000-word memoir?",
    "a market-rate judgement",
)
near(
    "near-audiobook-runtime",
    "How long will the audiobook of a 72,000-word memoir run?",
    "depends on the narrator's pace, an estimate",
)
near(
    "near-korean-age-count",
    "My client was born on 3 October 1958. How old is he in Korean age?",
    "an age-counting convention, and it depends on the date it is asked",
)
near(
    "near-distinction-mark-lookup",
    "How many marks out of 150 does a grade 8 candidate need for a distinction?",
    "depends on the exam board's published mark scheme, a fact to look up",
)
near(
    "near-transposing-instrument-key",
    "The B-flat clarinet part is written in D major. What key is the piano part in?",
    "music theory about transposing instruments, not arithmetic",
)
near(
    "near-visit-score-rubric",
    "Score this visit out of 100: greeted after two minutes, queue of five at the till, "
    "clean toilets, no upsell.",
    "the client's scoring rubric is not given; a judgement",
)
near(
    "near-missing-receipt-attachment",
    "Add up the items on the receipt I've attached and tell me what I can claim back.",
    "refers to an attachment that is not there",
)
near(
    "near-charity-auction-estimate",
    "How much will a signed England shirt raise at our awards dinner auction?",
    "an estimate of what a room will bid",
)
near(
    "near-render-scaling-bottleneck",
    "A shot took 12 hours on 10 nodes, and our shared storage is already maxed out. How "
    "long will it take on 40 nodes?",
    "scaling is not linear when storage is the bottleneck; a judgement, not a division",
)
near(
    "near-prores-file-size",
    "How many GiB will 1,440 frames of 4K come to once encoded as ProRes 4444?",
    "depends on the content and the codec's bitrate, not a fixed conversion",
)
near(
    "near-bash-log-total",
    "Write a bash one-liner that totals the render minutes in column 4 of farm.log.",
    "code to write",
)
near(
    "near-waypoint-projection",
    "What are the coordinates 0.3 miles due north of N 52° 12.345 W 001° 30.000?",
    "a geodesy projection between coordinate formats, not a unit conversion",
)
near(
    "near-cache-difficulty-rating",
    "What difficulty and terrain rating should a cache up a tree beside a stream get?",
    "a judgement on the rating scale",
)
near(
    "near-prize-tax-rule",
    "Does a student winner pay tax on a £500 hackathon prize?",
    "a tax rule question",
)
near(
    "near-tie-break-rule-missing",
    "Team Kestrel and Team Orbit both scored 41 out of 50. Who wins?",
    "the tie-break rule is not given",
)
near(
    "near-byob-licence-rule",
    "Do I need a licence to let supper club guests bring their own wine?",
    "a licensing rule question",
)
near(
    "near-lease-residual-value",
    "What will a three-year-old electric Kia be worth after 40,000 miles?",
    "a valuation judgement that needs market data",
)
near(
    "near-company-car-tax",
    "How much company car tax will my client pay on a £48,000 electric car?",
    "depends on the tax year's rates and her income tax band, none given",
)
near(
    "near-community-share-tax-relief",
    "How much tax relief can a member claim on £1,000 of community shares in the pub?",
    "turns on tax relief schemes and whether the society qualifies",
)
near(
    "near-pub-valuation-multiple",
    "What's the pub worth if it takes £9,000 a week over the bar?",
    "a valuation judgement that needs profits and market evidence",
)
near(
    "near-ambiguous-numeric-dates",
    "How many days between 04/05/2031 and 06/07/2031?",
    "all-numeric dates with no stated order: day-first and month-first give different answers",
)
near(
    "near-tuesday-fortnight-idiom",
    "A guest asked me on Thursday 6 March 2031 to book her for 'Tuesday fortnight'. Which "
    "date is that?",
    "the idiom is read differently by different people; needs interpretation",
)
near(
    "near-hebrew-calendar-date",
    "What is 14 February 2032 in the Hebrew calendar?",
    "a conversion to another calendar, outside the date tool",
)
near(
    "near-words-in-sentence-count",
    "How many words are in this sentence: 'Thank you all for coming out on such a wild night "
    "to cheer on our finalists.'",
    "counting words in text, not a calculation",
)
near(
    "near-cheque-in-words",
    "How do I write £2,468.50 in words on the prize cheque?",
    "writing a sum out in words",
)
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# conversations: the last user turn needs the earlier turns, or asks for writing or judgement
CONVS: list[tuple[str, tuple, str]] = []


def convo(family, turns, note):
    assert family.startswith("conv-") and note, family
    assert turns[-1][0] == U and len(turns) >= 3, family
    CONVS.append((family, tuple(turns), note))


convo(
    "conv-anonymise-case-notes",
    [
        (S, "You help a couples counsellor prepare notes for clinical supervision."),
        (
            U,
            (
                "Note 1: Priya and Daniel Hart, session 4. Priya raised Daniel's mother "
                "moving in; Daniel went quiet. Agreed homework: one evening a week phone-free."
            ),
        ),
        (
            A,
            (
                "Anonymised: P and D, session 4. P raised D's mother moving in; D withdrew. "
                "Homework: one phone-free evening a week."
            ),
        ),
        (
            U,
            (
                "Good. Note 2: Priya texted me on Saturday saying Daniel had cancelled the "
                "phone-free evening twice. Anonymise that one too, keeping the same initials."
            ),
        ),
    ],
    "rewriting text given in an earlier turn, consistent with the earlier answer",
)
convo(
    "conv-phone-order-commission",
    [
        (
            U,
            (
                "Our commission is £9.95 for online orders and £29.95 for orders placed by "
                "phone. Stamp duty is 0.5%. Cost of 1,000 shares at 250p bought online?"
            ),
        ),
        (A, "£2,500 consideration + £12.50 stamp duty + £9.95 commission = £2,522.45."),
        (U, "Sorry, she phoned that order in. Redo it with the right commission."),
    ],
    "needs the earlier order and the commission rates given only in the first turn",
)
convo(
    "conv-compare-leaflet-drafts",
    [
        (
            U,
            (
                "Draft A: 'Your vote, your street. Register for a postal vote by 14 April.' "
                "Draft B: 'Can't get to the polls on 1 May? Vote from your kitchen table - "
                "apply by 14 April.'"
            ),
        ),
        (A, "Both are clear. A is shorter; B names a barrier and a solution."),
        (U, "Which one is more likely to get older residents to apply, and why?"),
    ],
    "a judgement comparing two drafts quoted earlier",
)
convo(
    "conv-action-items-owners",
    [
        (
            U,
            (
                "Minutes: Jo will ask the brewery for a tie-free quote. Sam to chase the "
                "solicitor about the asset of community value listing. Nobody has picked up "
                "the leaflet drop yet. Priti offered to update the website by Friday."
            ),
        ),
        (A, "Thanks - would you like these turned into anything in particular?"),
        (U, "Yes: a list of action items with owners, and flag anything unowned."),
    ],
    "extracting and organising text from the earlier turn",
)
convo(
    "conv-restore-original-line",
    [
        (
            U,
            (
                "Tighten this: 'Dad drove the old grey Fergie tractor down to the ford every "
                "morning, whistling, even in the snow, even the winter Mum was ill.'"
            ),
        ),
        (
            A,
            ("Every morning Dad drove the grey Fergie down to the ford, whistling, even in snow."),
        ),
        (
            U,
            (
                "Put back the bit about the winter Mum was ill - that's the point of the "
                "line - but keep the rest of your tightening."
            ),
        ),
    ],
    "editing the assistant's earlier rewrite against the user's original text",
)
convo(
    "conv-subject-lines-from-draft",
    [
        (
            U,
            (
                "This week's issue is about how the old ferry crossing closed in 1962, with "
                "letters from three families who lost their jobs and a map of the old route."
            ),
        ),
        (A, "Sounds like a strong issue. Do you want help with the intro or the title?"),
        (U, "Three subject lines, please, under 50 characters each."),
    ],
    "writing based on the issue described earlier",
)
convo(
    "conv-argue-the-other-side",
    [
        (
            U,
            (
                "I'm proposing that we let shared owners sublet for up to two years if they "
                "have to move for work, because it stops them falling into arrears."
            ),
        ),
        (A, "That's a reasonable case: it keeps rent flowing and avoids forced sales."),
        (U, "Now argue against it the way our finance director would at the board."),
    ],
    "argument writing that depends on the proposal made earlier",
)
convo(
    "conv-fill-report-template",
    [
        (
            U,
            (
                "Template: Arrival time / Greeting (Y/N, seconds) / Product knowledge (1-5) "
                "/ Upsell offered (Y/N) / Overall comment."
            ),
        ),
        (A, "Got it. Send me your notes and I'll fit them to that template."),
        (
            U,
            (
                "Notes: got there 11:42, greeted straight away by a lad called Ryan, he "
                "didn't know which charger fits which phone, no extra sale. Fill it in."
            ),
        ),
    ],
    "filling in a template given earlier from notes",
)
convo(
    "conv-reconcile-booking-log",
    [
        (
            U,
            (
                "My log for the week: Mon 9.5 h (Chen), Tue 12 h (Osei), Wed 14 h (Chen), "
                "Thu 10 h (Lind), Fri 12.5 h (Osei). The booking system says 62.5 hours."
            ),
        ),
        (A, "Your log adds up to 58 hours, so there's a 4.5-hour gap."),
        (U, "Which bookings would you query first to find the gap, and what would you ask?"),
    ],
    "a judgement on figures given earlier",
)
convo(
    "conv-rank-by-fire-risk",
    [
        (
            U,
            (
                "Options for the garage: (1) keep rigs on wooden shelves with box fans, "
                "(2) a metal rack with ducted extraction, (3) move them into a shipping "
                "container with an air conditioner, (4) immersion tanks."
            ),
        ),
        (A, "Each has different costs and noise. What matters most to you?"),
        (U, "Fire safety. Rank the four by fire risk and explain briefly."),
    ],
    "a judgement over options listed earlier",
)
convo(
    "conv-translate-welcome-note",
    [
        (U, "Write a two-line welcome for tonight's supper club guests."),
        (
            A,
            (
                "Welcome, and thank you for sharing our table tonight. Please pour freely, "
                "talk to strangers and save room for pudding."
            ),
        ),
        (U, "Lovely. Now the same in French for the two guests from Lyon."),
    ],
    "translating the assistant's earlier text",
)
convo(
    "conv-alt-text-for-chart",
    [
        (
            U,
            (
                "Chart data: credits issued per year - 2027: 12,400; 2028: 18,900; 2029: "
                "21,300; 2030: 9,800 (fire year); 2031: 19,700."
            ),
        ),
        (A, "That's a clear trend with one sharp dip in 2030."),
        (U, "Write alt text for the bar chart for our verification report."),
    ],
    "writing around figures given earlier",
)
convo(
    "conv-questions-before-switching",
    [
        (
            U,
            (
                "The new supplier offers 6-day shipping to the UK, a $2 lower unit price, "
                "but no returns address in Europe and a 200-unit minimum order."
            ),
        ),
        (A, "That could save money but adds stock risk."),
        (U, "What should I ask them before I move my bestsellers over?"),
    ],
    "advice built on the supplier terms described earlier",
)
convo(
    "conv-same-scale-other-item",
    [
        (
            U,
            (
                "Our depreciation scale: 10% of the price off for each complete year of "
                "age, never below 30% of the price. Sofa cost £1,400, three years old."
            ),
        ),
        (A, "3 x 10% = 30% off, so £980 for the sofa."),
        (U, "And the wardrobe? It cost £900 and it's eight years old."),
    ],
    "needs the scale and its floor from the first turn",
)
convo(
    "conv-apply-tie-break-rules",
    [
        (
            U,
            (
                "Tie-break: higher innovation score wins; if still tied, fewer team members "
                "wins. Scores: Kestrel 41 (innovation 14, 5 members), Orbit 41 (innovation "
                "14, 4 members), Lantern 39."
            ),
        ),
        (A, "So Kestrel and Orbit need the tie-break for first place."),
        (U, "Right - so who takes second place?"),
    ],
    "applies tie-break rules and scores given only in the earlier turn",
)
convo(
    "conv-reseat-after-withdrawal",
    [
        (
            U,
            (
                "Seating rules: sponsors at tables 1-3, no two shortlisted firms in the same "
                "category at one table. Table 7 has Brightwell and two guests from Harcourt, "
                "both shortlisted for Best Logistics Partner."
            ),
        ),
        (A, "Table 7 breaks the rule - Brightwell and Harcourt are in the same category."),
        (U, "Brightwell have now pulled out. Does table 7 still need changing?"),
    ],
    "applying seating rules stated earlier to a changed situation",
)
convo(
    "conv-poem-from-session",
    [
        (
            U,
            (
                "Last night's sound bath was in the old chapel during a storm - rain on the "
                "roof, the big gong, and one lady fell asleep and snored gently at the end."
            ),
        ),
        (A, "That sounds wonderful - a storm must have added a lot to the atmosphere."),
        (U, "Write a short poem about it for my newsletter, light and a bit funny."),
    ],
    "creative writing from details given earlier",
)
convo(
    "conv-explain-earlier-division",
    [
        (U, "12 of us throw £100 a week. Is drawing in week 12 worse than a bank account?"),
        (
            A,
            (
                "If you draw in week 12 you've lent the hand money for up to 11 weeks "
                "with no interest, so dividing the benefit over 11 weeks of lending..."
            ),
        ),
        (U, "Why divide by 11 and not 12 there?"),
    ],
    "an explanation of the assistant's earlier reasoning",
)
convo(
    "conv-tow-bar-constraint",
    [
        (
            U,
            (
                "Shortlist for my client: (a) a small electric hatchback, no towing "
                "approval; (b) a plug-in hybrid estate, 1,500 kg braked towing; (c) an "
                "electric SUV, 750 kg towing."
            ),
        ),
        (A, "All three fit her budget. Any other needs?"),
        (U, "She's just bought a 1,100 kg caravan. Which of the three still work?"),
    ],
    "needs the towing limits from the shortlist given earlier",
)
convo(
    "conv-proofread-keep-british",
    [
        (
            U,
            (
                "Abstract: 'This thesis analyse the behavior of colour centres in diamond, "
                "which are characterised using a optimised cryogenic setup.'"
            ),
        ),
        (A, "Happy to help - do you want a light proofread or a rewrite?"),
        (U, "Light proofread, and keep British spellings throughout."),
    ],
    "proofreading text given in an earlier turn",
)
convo(
    "conv-match-email-tone",
    [
        (
            U,
            (
                "Here's an email I liked from another accompanist: 'Hi both! Just a nudge "
                "that the rehearsal fee's due before Friday - no stress, bank details below. "
                "See you at the piano!'"
            ),
        ),
        (A, "That's warm and informal, with a light touch on money."),
        (U, "Write my reminder for the exam-day fee in that same tone."),
    ],
    "writing in a style given earlier",
)
convo(
    "conv-continue-cache-story",
    [
        (
            U,
            (
                "Stage 1 of my multi-cache: 'Captain Rook buried his compass where the "
                "miller's wheel once turned. Count the spokes on the plaque to find stage 2.'"
            ),
        ),
        (A, "Nice hook! Want me to write the later stages to match?"),
        (U, "Yes, write stage 2 in the same voice, pointing people to the church lychgate."),
    ],
    "continuing a story started earlier",
)
convo(
    "conv-checklist-from-agreement",
    [
        (
            U,
            (
                "Agreed with the council: launch site is the car park behind the lifeboat "
                "station, 40 m exclusion zone, marshals at both ends of the promenade, abort "
                "if gusts go over 25 mph, and we tell the coastguard 30 minutes before."
            ),
        ),
        (A, "That covers the main points. Anything else agreed?"),
        (U, "No, that's it. Turn it into a pre-show checklist for the crew."),
    ],
    "organising agreed terms from an earlier turn",
)
convo(
    "conv-queue-rule-priority",
    [
        (
            S,
            (
                "Farm queue rules: client deliveries before internal reviews; within those, "
                "the earlier deadline first; ties go to the job with fewer frames."
            ),
        ),
        (
            U,
            (
                "Job 4412 is a client delivery due Thursday, 900 frames. Job 4415 is a client "
                "delivery due Thursday, 620 frames. Both landed at 09:00."
            ),
        ),
        (A, "Both are client deliveries with the same deadline."),
        (U, "So which one goes first?"),
    ],
    "applies queue rules given in the system turn",
)
convo(
    "conv-reply-refund-chips",
    [
        (
            U,
            (
                "Complaint: 'Burger was fine but the chips were cold and soggy and the "
                "rider left the bag at the wrong door. Never again.'"
            ),
        ),
        (A, "That's fair feedback on the chips; the doorstep issue is the rider's."),
        (U, "Write a reply that refunds the chips only and doesn't blame the rider."),
    ],
    "writing a reply to a complaint quoted earlier",
)
convo(
    "conv-explain-to-year-nine",
    [
        (U, "What's an API, in a sentence?"),
        (
            A,
            (
                "An API is a defined interface that lets one piece of software request data "
                "or actions from another without knowing its internals."
            ),
        ),
        (U, "Say that again so a Year 9 who's never coded would get it."),
    ],
    "rewriting the assistant's earlier explanation for a new audience",
)
convo(
    "conv-state-the-assumption",
    [
        (U, "Roughly how much will 12 rigs cost to run for a winter?"),
        (A, "Roughly £11,000 to £13,000, depending on your tariff and cooling."),
        (U, "What did you assume about the electricity price to get that?"),
    ],
    "asks about the assistant's earlier estimate",
)
convo(
    "conv-merge-volunteer-lists",
    [
        (U, "Canvassing list: Amira, Joe P, Stella, Ravi, Ken, Bea."),
        (A, "Noted, six canvassers."),
        (U, "Leaflet list: Ken, Maya, Joe P, Lottie, Bea. Who's on both, and who's only on one?"),
    ],
    "needs the first list from the earlier turn",
)
convo(
    "conv-choose-service-quote",
    [
        (
            U,
            (
                "Service quotes: Firm X £14,200, 5 days down, 2-week lead time. Firm Y "
                "£12,900, 9 days down, next week. Firm Z £16,500, 3 days down, 6-week wait. "
                "Our budget is £15,000 and a user group has a deadline in three weeks."
            ),
        ),
        (A, "Each quote trades cost against downtime and timing."),
        (U, "Which should we take, and what would you tell the user group?"),
    ],
    "a judgement over quotes and constraints given earlier",
)
convo(
    "conv-supplier-discount-email",
    [
        (
            U,
            (
                "I order about 400 units a month from them and they've hinted they'd do 8% "
                "off if I commit to six months. I don't want to commit for more than three."
            ),
        ),
        (A, "You could offer a three-month commitment with a review."),
        (U, "Draft that email to them."),
    ],
    "writing built on terms discussed earlier",
)
convo(
    "conv-refund-policy-case",
    [
        (
            U,
            (
                "My refund policy: annual subscribers who cancel within 14 days get a full "
                "refund; after that, no refund but access continues to the end of the "
                "term."
            ),
        ),
        (A, "Clear and common. Want help wording it for the site?"),
        (U, "A reader paid for a year and cancelled after 40 days. What are they entitled to?"),
    ],
    "applies a policy given in the earlier turn",
)
convo(
    "conv-review-draw-order",
    [
        (
            U,
            (
                "Draw order requests: Marcia wants week 1 for rent, Delroy wants week 2 for "
                "a car repair, Sonia wants week 12 because she's saving for Christmas, and "
                "Winston and June both want week 3 for a wedding."
            ),
        ),
        (A, "Most requests fit; weeks 1, 2 and 12 are free to give."),
        (U, "How should I settle Winston and June's clash fairly?"),
    ],
    "a fairness judgement about requests given earlier",
)
convo(
    "conv-corrected-then-letter",
    [
        (U, "The average clause cut Mrs Ellis's claim. Can you draft a letter explaining why?"),
        (A, "Certainly - was her building insured for less than its rebuild value?"),
        (
            U,
            (
                "Yes: insured for £210,000, rebuild value £280,000, loss £36,000. Write the "
                "letter in plain English and show the sum."
            ),
        ),
    ],
    "letter writing around figures, not just the sum",
)
convo(
    "conv-thesis-chapter-order",
    [
        (
            U,
            (
                "My chapters: Methods, Literature review, Results on samples A, Results "
                "on sample B, Discussion, Introduction, Conclusions. My supervisor says "
                "the order is confusing."
            ),
        ),
        (A, "Some chapters look out of the usual sequence."),
        (U, "Suggest a better order and say why each move helps."),
    ],
    "a judgement on a list given earlier",
)
convo(
    "conv-repertoire-timing-advice",
    [
        (
            U,
            (
                "My candidate's programme: a Bach gigue, a slow Brahms movement, a "
                "Piazzolla tango. Each runs about 4 minutes and the exam slot is 25 minutes "
                "in all."
            ),
        ),
        (A, "That leaves time for scales and sight-reading too."),
        (U, "In what order should she play them to settle her nerves?"),
    ],
    "advice on a programme given earlier",
)
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
for _fam, _turns, _note in CONVS:
    conv(_fam, list(_turns), _note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == 100 and all(
    sum(1 for i in _ordinary if i["family"] == r) == 4 for r in REGISTERS
)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")), _i["id"]
    if _i.get("messages"):
        _roles = [m["role"] for m in _i["messages"] if m["role"] != S]
        assert _roles == [U, A] * (len(_roles) // 2) + [U], _i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
assert not any(NUMERIC_DATE_POS.search(i["query"]) for i in _pos)


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
    # no register (family name) of this set is a family name of sets 19 to 90
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 90: {reused}"
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
