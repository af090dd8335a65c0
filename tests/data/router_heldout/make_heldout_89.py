r"""Generate heldout-2027-03-02.jsonl: an eighty-ninth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed89/earlier_registers.txt (in full: a `wc -lc` gave 1500 lines and 35367 characters, a
`head -3` showed its first names, then a `tr` turning its newlines into spaces was printed in two
pieces, `head -c 18000` and `tail -c +17900`, which overlap by 101 characters, so nothing was left
out): the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed89/make_heldout_88.py (a `wc -l` gave 2718 lines, as the brief said): lines 1-571 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 929-989 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1202-1286 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1552-1559 (its
negatives section header, neg() and conv()) and 2495-2718 (its stated-weekday check, its checks and
main()). None of set 88's query blocks (572-928, 990-1201, 1287-1551, 1560-2494) was opened or
printed.

The first command made /tmp/h89, ran a `wc -l` of make_heldout_88.py, copied the five ranges by
`sed -n A,Bp` into /tmp/h89/a_1_571.py, b_929_989.py, c_1202_1286.py, d_1552_1559.py and
e_2495_2718.py (not printed), ran a `wc -l` of the copies (571, 61, 85, 8 and 224) and an `ls` of
/work/sealed89 (earlier_registers.txt and make_heldout_88.py); the `cat` of grading.py ran
alongside it. The next three commands printed the first copy in three pieces by `sed -n 1,200p`,
`sed -n 200,372p` and `sed -n 372,571p` (overlapping at lines 200 and 372); one command then
printed the second to fourth copies by `cat` and another the fifth. The display cut nothing, so all
of the allowed ranges were seen and nothing outside them. The next command ran the `wc -lc`, `head
-3` and first `tr` piece of earlier_registers.txt and another the second piece. Nothing under
/work/main was opened or listed apart from grading.py: nothing under router/, tools/, docs/,
server/ or tests/ was opened or listed, nor README.md or pyproject.toml, and .venv was not listed.
The only other use of /work/main was running /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only, always
with --no-cache). No other /work/sealed* directory was listed. The earlier generators (sets 1-88)
are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing
make_heldout_88.py runs its module level, which builds its items, but its queries were never
printed. No JSONL file was opened (not even this set's own output: only this generator's summary,
its failure messages, `tail` and `sed -n 1,4p` excerpts of its printed summary, a `grep -c` of its
non-empty lines, ruff's output and its --show listing of ids, expected values and tolerances,
picked out by a `grep` and laid out by `column -t`, were read), no git command was run, no network
and no search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h89/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), `sort -c` (sorted), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the
chosen trades and their neighbours (abatt, slaught, meat, butcher, lairage, load, escort, haul,
journal, editor, publish, academ, baby, infant, sensory, toddler, cigar, tobacc, humid, ombuds,
complain, label, annotat, crowd, ewe, sheep, scan, lamb, green_roof, sedum, roof, influenc, talent,
social, insolv, liquid, creditor, drawing, life_, artist, constitu, mp_, politic, royalt, music,
licens, ndt, weld, inspect, portrait, pet_, police, plate, number, wrestl, procure, tender, radon,
gas, tarot, psychic, fortune, timeshare, holiday, softener, water, lottery, syndicate and raffle),
joined onto one line by `tr`; it printed the names sharing a word or fragment; those and other
names seen in the full reading of the list that were judged neighbouring trades are listed below.
The next command wrote and ran /tmp/h89/subst.py (a `cat` heredoc, run by the system `python3`): it
cut the first copy at the line that is exactly `from __future__ import annotations` (asserted to be
the only such whole line), so set 88's docstring is not part of this file, and substituted this
set's OUT and PREFIX, "sets 1-87" -> "sets 1-88" in the comment on EARLIER_DIRS (the tuple itself
and earlier_path() are kept as they were), EARLIER (sets 1-88, `range(2, 88)` -> `range(2, 89)`)
and REGISTER_CHECK (sets 19-88, adding make_heldout_88.py after make_heldout_87.py), all in the
first block, and "sets 19 to 87" -> "sets 19 to 88" in one comment and one message string of main()
in the last block (each substitution asserted to apply once, the last twice; it printed "ok" for
each). It wrote the cut first block and the substituted last block as c1.py and c5.py (the second
to fourth copies are used as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of
c1.py and c5.py for "87", "88", "89" and "19 to" (with the REGISTER_CHECK lines of sets 19-86
filtered out) and a `tail -2` of c1.py. Then `cat` heredocs wrote this set's own blocks under
/tmp/h89/own/: a_calc.py (money(), the register constants and REGISTERS, and the calculator items,
with a `grep -cE` of lines opening with calc( (45) and a `grep -cE` of lines holding only a
register constant (56: the 25 of REGISTERS and the 31 register word problems)), b_units.py (unit
constants and unit items, with a `grep -cE` of lines opening a unit call, 45); one command then ran
a short inline script with /work/main/.venv/bin/python that printed the weekdays of seven dates (7
May 2030, 6, 8 and 10 January 2031, 6 September 2031, 9 March 2031 and 25 December 2037), to choose
dates for the stories (every weekday stated in the text is still produced by sayw() or computed);
then c_dates.py (date items, with a `grep -c` of its date_item calls, 45), d_negs.py (the ORDINARY
table; an `echo ok` only), e_near.py (near-positive negatives, with a `grep -c` of its near( calls,
65) and f_convs.py (conversations and this set's own structural asserts, with a `grep -c` of its
convo( calls, 35). The next command ran an inline system `python3` script that replaced one
assistant turn of a conversation, by this writer's own review before any run (it asserted the
replacement applied once and printed "ok"), and wrote /tmp/h89/wrap.py (a `cat` heredoc; it wraps
in parentheses every implicitly concatenated string that sits directly in a list, set, dict or
tuple, for ruff's ISC004, and writes the result to /tmp/h89/own_w/) and ran it (it parenthesised 13
groups in d_negs.py and 3 in f_convs.py); a `sed -n 1,12p` and a `grep -n -A3` of its output were
looked at. A further command wrote a one-line placeholder docstring to /tmp/h89/doc.txt (by
`echo`), /tmp/h89/assemble.py (it builds this file from doc.txt and the blocks in order: c1.py,
own_w/a_calc.py, b_929_989.py, own_w/b_units.py, c_1202_1286.py, own_w/c_dates.py, d_1552_1559.py,
own_w/d_negs.py, own_w/e_near.py, own_w/f_convs.py and c5.py, and prints its line count) and a
helper /tmp/h89/run.sh (it runs wrap.py and assemble.py from /tmp, then from /work/main as the
working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on
this file, writing the latter's output to /tmp/h89/ruff.txt and printing the exit codes and its
`tail -3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h89/out.txt, and prints its exit code and the `tail -6` of it, and last a system `python3`
list of the lines of this file over 99 characters), made run.sh executable and ran it. After its
first run, a loop of `sed -n Np` printed the eight lines of this file that were over 99 characters
(all of them this set's own lines). Between runs, one inline system `python3` script applying exact
replacements to the own blocks (each asserted to apply once) made the edits listed under "Checks
that failed along the way" (in the same command as the second run of run.sh). After the run that
passed every check, a `sed -n 1,4p` and a `grep -c` of the non-empty lines of out.txt (206) were
read, this generator was run with --show from /tmp (its output written to /tmp/h89/show.txt) and
the listing of ids, expected values and tolerances (a `grep` of show.txt laid out by `column -t`)
was read, and the layout ruff format gave this file was looked at by a `grep -n` of its section
lines and a `head -3`, in one command with a `grep` of out.txt for the word LONG (run.sh prints its
list of over-long lines to the terminal, not to out.txt, so it printed nothing). Then `grep -o -F`
counts over the own blocks were taken (money( 33: its def, two in its assert and 30 calls; sayw( 5;
clock_span( 1; nth_weekday( 3; weeks(D 1; TD(weeks 8; TD(days 21; EXACT 12; unit_r( 33; weekday(D
3; days(D 7; age(D 2; f_to_c( 4; c_to_f( 2; STONE 2; PSI 3; GIB 2; CUFT 3; MPH 4; whole_up(,
sayus(, OZ and SQYD none). This docstring was written last over the placeholder: its source text,
/tmp/h89/doc/doc_src.txt, was written by a `cat` heredoc (with a `wc -w`: 5463 words); an inline
system `python3` script, /tmp/h89/doc/fix1.py (a `cat` heredoc), then corrected it in fourteen
places after this writer checked it against the commands actually run and the items (each
replacement asserted to apply once); the next command wrote /tmp/h89/doc/fix2.py (a `cat` heredoc,
run by the system `python3`; it corrected this sentence, asserting that its replacement applied
once) and /tmp/h89/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented lines as
they are and asserts that the words are unchanged, that no line exceeds 99 characters, that every
register value is named and that the text holds no three quotes of its own) filled it to 99 columns
into /tmp/h89/doc.txt and printed its line count (fix2.py and make_doc.py ran in the same command);
a `head -5` of doc.txt and a `grep -n -A14` for a phrase that the wrapping had split over two lines
followed (it matched nothing, so the `tail -4` chained after it did not run), then a `grep -n -A12`
of the factor lines, a `tail -4` and an `awk` of the longest line of doc.txt (it said 100, as that
awk counts bytes; a system `python3` one-liner then showed that the one such line holds 99
characters, one of them of two bytes); a third inline script, /tmp/h89/doc/fix3.py (a `cat`
heredoc), recorded these steps in this sentence (asserting that its replacement applied once) and
make_doc.py was run again in the same command; then run.sh was run again, with a `cat` of ruff.txt
and a `sed -n 1,3p` of out.txt (every check passed, the same sha256); and then, in one command,
run.sh once more (rebuilding this file with this docstring; its output shown by `tail`), `ruff
format --no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two runs of
this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf
/tmp/h89`, an `ls` of /tmp/h89 (gone) and an `ls` of /work/sealed89. Writes: only this file and its
JSONL in /work/sealed89/ (earlier_registers.txt and make_heldout_88.py left as they were);
temporary blocks, scripts and output under /tmp/h89/ were deleted afterwards. Nothing was written
into /work/main. Every run of this generator used /work/main/.venv/bin/python. The JSONL's sha256
from the last edit of the items on was
ee20977956b8db6899a77e0be6fa938e67bf0677afb09796e5a6c2baf19ce4e9 (335 lines); the docstring does
not enter the output.

Changes to set 88's main() and checks: only the substitutions listed above (file names, sets 1-88
for the duplicate check, sets 19-88 for the register check). Set 88 lies next to this file in
/work/sealed89, and EARLIER_DIRS and earlier_path() are kept as set 88 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_88.py is found next to this file and, as no other
generator lies here, sets 1-87 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 88's as copied;
ruff format may have changed layout only. All of set 88's checks are kept: counts per kind, ids and
prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used once, by a plain weeks one-liner), clock_span()
(used once, by a plain one-liner), nth_weekday() (used three times), age() (used twice), days()
(seven times), unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 33), say()
(used only through sayw()), sayw() (five calls, all in date items, for stated weekdays), sayus()
(not used here; the five US-style dates, in three items, are written out in the text and carry no
weekday), OZ (not used here), SQYD (not used here), SQFT and CUFT. Added, newly written: money()
(asserts whole pence, with an assert of its own; every calculator money answer passes through it,
29 of them, one of which also prices a single cigar through it; the two other register calculator
answers are a dividend in pence in the pound and a weighted tender score), MM, CM, KM and HA, with
asserts on IN/MM, CM/MM, MI/KM, ACRE/HA, SQFT, CUFT, MPH/KMH, f_to_c(-4) and c_to_f(37); the
register constants and the REGISTERS tuple (sorted, asserted 25 and distinct); an assert that the
square-root one-liner's radicand is a perfect square; an assert that the labelling team's images
divide into whole days; the ORDINARY table and the near() and convo() helpers with their NEAR and
CONVS lists; and this set's own asserts, rewritten from set 88's docstring's description of them
(its code was not seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order,
four each; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively (asserted by the helpers and after each list); the positive registers of
each tool are exactly the REGISTERS, with 31 register word problems per tool; exactly 18 registers
have four positives and 7 have three; the ordinary negatives are 100, four per register; every
negative outside the registers is a near-... or conv-... family; no positive contains an
all-numeric date (NUMERIC_DATE_POS, this set's own pattern; no positive uses one at all). The date
items' weeks() call asserts whole weeks, and date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 88's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 88's, copied (P = "plain" is copied too, as the
last line of the first block). Set 88's docstring (within lines 1-571) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen. Some of this set's near-positive and conversation
kinds share generic kinds with those lists, newly worded with new figures and subjects: current
prices, fees and rates (a plate transfer fee, a per-stream payout, a deadweight price, a green roof
grant, a creator's rate, a life model's rate, an MP's staffing budget, a procurement threshold, a
prescribed part cap, an impact factor, a journal's turnaround, a timeshare week's exchange value),
rules and regulations (a radon action level, notice for a wide load, a complaint time limit,
statutory interest, a duty-free allowance, tax on winnings, royalties and song length), estimates
(a radon risk, a killing-out percentage, GPU hours, humidity beads, an ombudsman award band, an
escort's journey time), judgements and valuations (a scanning percentage, a word count, a baby
milestone, labeller agreement, a roof load, an engagement rate, a portrait price, a reference
photo, a ewe's condition, a timeshare exit, price weighting, a cheaper bid, a weld defect, lump sum
or annuity, a plate's value), codes that look like arithmetic (a '74' plate, an R4L carcass, a weld
symbol, tarot card numbers, a cigar box code whose age also depends on today), missing figures
(softener sizing) and live data (a follower count, water hardness by postcode, a constituency
majority, a counter's opening hours, a creditor payout date); and for conversations references to
an earlier answer or fact (a speed in another unit, a chained deadline, a date stated earlier, bids
given earlier), house rules given earlier (rounding down to £5, quarter-hour billing, packs of
ten), a financial year with its own quarters (set 88 used one starting on 6 April; here quarters
from July), output forms set earlier (set 88 used Roman numerals, old money, fractions, CSV, Python
and kelvin; here hexadecimal, JSON, two significant figures, times in words), writing around a
figure (set 88 used a limerick, a headline and a text message; here an invoice email, a short post
and a formal rewrite) and a correction (set 88 challenged a wrong answer; here a misheard unit). No
item of set 88 was seen, so none was reused verbatim. New kinds here (not in set 88's lists as far
as its docstring shows): facts to look up that look numeric (a song's BPM, a title reign record,
jackpot odds), working days with bank holidays, time zones with summer time, the start of Ramadan,
a spreadsheet formula, a Fermi estimate of plates on the road, a resort's own week calendar, a life
path number, tarot timing, a drawing convention of heads and a live exchange rate; and these
conversation kinds: a quiz answered by letter only, a reply in French, a cheque amount in words, a
what-if on earlier tiers, tickets to break even, role play while haggling, a pirate persona set by
a system turn, an explanation of why a figure is low, an average with a judgement, a made-up birth
card rule, continuing a sequence of dates, bullet points for a board, a percentage rise as a
follow-up, practice questions to write, comparing quotes after a discount, a ewe's cycle length,
time left in a drawing session and an ambiguous referent. Some conversations (hexadecimal, French,
two significant figures, JSON, times in words, the pirate persona, the letter-only quiz) end in a
user turn that could be computed alone, or nearly; they are negatives, as in set 88, because the
earlier turn changes what a right answer looks like. Some near-positives depend on current figures
(fees, prices, rates, thresholds, budgets, exchange rates) or on live data; they are negatives,
with no "now" field. No positive depends on a looked-up figure: every rate, price, fee and discount
is given in the text, so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the abattoir lairage office next to the farm shop butcher counter, the livestock auction
mart clerk, the suckler beef herd farmer and the deer farm venison sales; the abnormal load escort
vehicle next to the long haul trucker registers, the motorway traffic management crew, the roadside
recovery truck dispatch and the ferry vehicle deck loader; the academic journal editorial office
next to the literary agent submissions desk, the local newspaper sub editor, the academic
conference organiser, the university research grants office and the freelance book indexer; the
baby sensory class leader next to the soft play centre, the registered childminder, the toy library
volunteers and the community midwife caseload; the cigar merchant humidor next to the independent
wine merchant, the tea blender and the whisky cask cooper; the complaints ombudsman case desk next
to the energy supplier call centre, the motor insurance claims handler and the debt advice service;
the data labelling crowdwork team next to the court stenographer registers, the freelance subtitle
translator, the market research field interviewer and the office IT helpdesk; the ewe pregnancy
scanning contractor next to the sheep shearing registers, the sheepdog trial registers, the rural
vet farm visits and the vet large animal rounds (the MRI scanner booking office and the microfilm
scanning bureau share only a word); the green roof sedum installer next to the roofing slate
contractor, the rooftop solar installer, the artificial grass installer, the turf grower cutting
crew, the rooftop apiary and the thatching registers; the influencer talent manager next to the
magazine ad sales desk, the podcast producer registers, the film extras casting agency and the
literary agent; the insolvency practitioner office next to the debt advice service, the bailiff
enforcement agent visits, the pawnbroker loan counter and the sole trader tax accountant; the life
drawing class organiser next to the art supplies shop counter, the evening language classes, the
linocut printmaker studio and the architect practice drawing office (which shares only a word); the
MP constituency office next to the parish council clerk, the trade union branch secretary, the
polling station presiding officer and the refugee resettlement caseworker notes; the music
royalties collection desk next to the self published novelist royalties, the recording studio
session booker, the sheet music engraver desk and the rock band; the NDT weld inspection contractor
next to the instrument calibration laboratory, the commercial diving welders, the sheet metal
fabrication shop, the fairground ride inspector, the fire door inspector and the bridge inspection
engineer; the pet portrait painter commissions next to the freelance childrens illustrator, the
portrait photography studio sittings, the mural painting collective and the pet registers (pet
relocation agent, pet sitting home visits, pet treat bakery, pet crematorium office); the police
station front counter next to the railway lost property office, the security guard patrol rota, the
private investigator agency and the parking enforcement officer beat; the private number plate
dealer next to the used car forecourt dealer, the vehicle wrap installer and the street naming and
numbering officer (which shares only a word); the pro wrestling promotion next to the boxing gym,
the sumo stable manager, the powerlifting meet table and the comedy club open mic promoter; the
public procurement tender desk next to the quantity surveyor cost plan, the parish council clerk
and the university research grants office; the radon gas testing service next to the asbestos
survey consultancy, the domestic energy assessor, the water quality testing lab and the acoustic
noise consultant (the gas boiler service engineer shares only a word); the tarot reading parlour
next to the henna artist bookings, the face painter party bookings and the hypnotherapy practice
(the fortune cookie factory shares only a word); the timeshare owners club desk next to the holiday
let changeover cleaners, the seaside bed and breakfast, the high street travel agent and the ski
chalet host; the water softener installer next to the emergency plumber callouts, the rainwater
harvesting installer, the gas boiler service engineer and the water quality testing lab; the
workplace lottery syndicate next to the bingo hall caller desk, the on course bookmaker, the house
share bills kitty, the quilting guild raffle committee and the village fete tombola stall; the
judgement of "different topic" is this writer's. Two pairs of this set's registers touch each other
(the complaints ombudsman case desk and the MP constituency office both take up complaints for the
public, and the insolvency practitioner office and the public procurement tender desk both deal
with company money, though from opposite ends). At the edges of the allowed ranges: line 571 is P =
"plain", 929, 1202 and 1552 are section headers, 2495 opens the stated-weekday check and 2718 is
the call of main(). No query text of any earlier set was seen: main()'s duplicate check names only
this set's ids. Every query here was newly written from imagination of each trade or situation;
eight items that the duplicate check reported as exact repeats of earlier queries or user turns
(their earlier counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that are
not in earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled
out. An exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts
that no register is a family name of sets 19 to 88 (the near-.../conv-... families are not
registers and may coincide with earlier family names). This set has no algebra or calculus
question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format and ruff check (no finding) and every check of the generator up to the duplicate check,
which reported eight items by id as repeats of earlier queries or user turns: the plain one-liners
for a square of 12.5, a weekday of a stated date, the minutes from one clock time to the next
morning, a Fahrenheit-to-Celsius conversion, miles to kilometres for a marathon distance, feet and
inches to metres and GiB to MiB, and the last user turn of the hexadecimal conversation. The same
run's list of lines over 99 characters named eight lines, all of this set's own: the clock-span
one-liner (ruff format had joined its call onto one line of 100 characters), six ordinary negatives
(their string pieces, once parenthesised by wrap.py and indented by ruff format, reached 100 to 102
characters) and the life path near-positive (ruff format had joined its two pieces into one line of
100 characters). One inline script fixed all of them without the earlier queries being looked at:
the square became that of 14.5; the weekday and clock-span questions were reworded with the same
dates, times and answers (the clock-span wording is now long enough that ruff format splits its
call); the conversions got new figures (81 °F, 38.5 miles, 6 ft 3 in, now an exact answer, and 5.25
GiB); the hexadecimal conversation now asks for a subtraction; the six ordinary negatives were
split earlier in their text; and the life path question was reworded. The second run passed every
check, and the list of lines over 99 characters was empty. Every later run passed every check. The
register check, the stated-weekday check, the counts, the gradability checks, this set's own
structural asserts, money()'s asserts and unit_r()'s asserts passed on every run that reached them;
ruff check found nothing on any run. One further edit, by this writer's own review before any run
and not after a failed check, replaced the assistant turn of the JSON conversation.

Registers (families), 25, new: abattoir_lairage_office, abnormal_load_escort_vehicle,
academic_journal_editorial_office, baby_sensory_class_leader, cigar_merchant_humidor,
complaints_ombudsman_case_desk, data_labelling_crowdwork_team, ewe_pregnancy_scanning_contractor,
green_roof_sedum_installer, influencer_talent_manager, insolvency_practitioner_office,
life_drawing_class_organiser, mp_constituency_office, music_royalties_collection_desk,
ndt_weld_inspection_contractor, pet_portrait_painter_commissions, police_station_front_counter,
private_number_plate_dealer, pro_wrestling_promotion, public_procurement_tender_desk,
radon_gas_testing_service, tarot_reading_parlour, timeshare_owners_club_desk,
water_softener_installer, workplace_lottery_syndicate. Every register is used by all three tools
(asserted); eighteen distinct registers have one further positive (a second calculator word
problem: abattoir_lairage_office, insolvency_practitioner_office, private_number_plate_dealer,
pro_wrestling_promotion, timeshare_owners_club_desk, workplace_lottery_syndicate; a second unit
word problem: abnormal_load_escort_vehicle, cigar_merchant_humidor,
ewe_pregnancy_scanning_contractor, green_roof_sedum_installer, ndt_weld_inspection_contractor,
water_softener_installer; a second date word problem: academic_journal_editorial_office,
baby_sensory_class_leader, complaints_ombudsman_case_desk, life_drawing_class_organiser,
mp_constituency_office, police_station_front_counter). The seven registers with three positives are
data_labelling_crowdwork_team, influencer_talent_manager, music_royalties_collection_desk,
pet_portrait_painter_commissions, public_procurement_tender_desk, radon_gas_testing_service and
tarot_reading_parlour. Positives are one-liners (family "plain") or word problems of one to three
sentences, in UK usage with £ and pence, stone and pounds, feet, inches, acres and miles, and some
in US usage with dollars and month-first written dates, and other touches (a lamb cheque less a
levy per head, tiered kill charges, an escort quote per vehicle with VAT, an article charge with a
waiver and a member discount, a term's takings with a sibling discount less hall hire, singles
priced from a box with a mark-up, an award with simple interest, pay per box less failed QA, a
scanning bill with VAT, a green roof quote with a trade discount, a brand fee with a usage
extension less agency commission, a dividend in pence in the pound and a creditor's payout, a
drawing session's profit, leaflets and delivery, a licence fee shared by plays after admin, tests
and half-rate retests, a portrait deposit, storage after free days, a plate with a cash discount
and a transfer fee, commission with a minimum, a show's profit and a merch share, a weighted tender
score, detector kits with a bulk discount and postage, a reader's share, a maintenance fee with an
early discount and a levy per week, a softener with a repeat discount and salt, equal syndicate
shares and half shares; lambs' deadweight, a load's width and a convoy's speed, a figure's width, a
tent floor, a humidor's temperature and a cigar's length, a house's floor area, a dataset, a ewe's
weight and a field, a roof's saturated load and a drainage board, a creator's height, a warehouse,
a paper roll, a pothole, a venue, a plate's thickness and a test pressure, a canvas, a car's speed,
a number plate, a ring, playing fields, a basement's volume, a reading cloth, a pool's temperature,
mains pressure and a pallet of salt, and a drive round Europe; Celsius and Fahrenheit both ways,
mph and km/h both ways, psi and bar both ways, GiB to MiB, square feet and square metres both ways,
acres to hectares, square metres to acres, cubic metres to cubic feet, kilograms to pounds and
stone, stone and pounds to kilograms, millimetres and inches both ways, centimetres and inches both
ways, feet and inches to metres and centimetres, metres to feet and yards, yards to metres and
miles to kilometres), some chatty, terse or lower-case, with questions at the start or the end,
several terse commands and one statement to complete. No positive conversations. No dosing in
positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 88: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, a movement order counting its first date as day 1, a labelling job
counting its start date as day 1 and finishing on its fortieth day, the fifth kill at 10-day
intervals, the last of ten weekly classes, the sixth fortnightly session, the third surgery at
four-weekly intervals, 7, 21, 28, 30, 45, 90, 91, 120, 147, 180, 250, 400, 500 and 1,000 days after
and 75 days before a date, 4, 8 and 26 weeks and 6 weeks and 10 days after and 6 weeks before a
date, weeks between two stated dates (a plain one-liner), the weekday of a stated date (twice) and
of the date 120 days after one, the third Thursday, last Friday and fourth Saturday of a stated
month and year, and a day of the year counting 1 January as day 1); the two ages are in whole years
from a stated birth date to a stated date, and the one clock span runs from one stated time to the
next occurrence of the other (it crosses midnight, saying "the following morning", and is in
minutes). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 88):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_89.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-03-02.jsonl"
PREFIX = "ho89-"
# earlier generators: sets 1-88 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 89))
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
    """A sum of money: asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100) and money(F(7, 4)) == dec("1.75")

ABAT = "abattoir_lairage_office"
ESCORT = "abnormal_load_escort_vehicle"
JOURNAL = "academic_journal_editorial_office"
BABY = "baby_sensory_class_leader"
CIGAR = "cigar_merchant_humidor"
OMBUD = "complaints_ombudsman_case_desk"
LABEL = "data_labelling_crowdwork_team"
EWE = "ewe_pregnancy_scanning_contractor"
SEDUM = "green_roof_sedum_installer"
INFLU = "influencer_talent_manager"
INSOLV = "insolvency_practitioner_office"
LIFE = "life_drawing_class_organiser"
MP = "mp_constituency_office"
ROYAL = "music_royalties_collection_desk"
NDT = "ndt_weld_inspection_contractor"
PETART = "pet_portrait_painter_commissions"
POLICE = "police_station_front_counter"
PLATE = "private_number_plate_dealer"
WREST = "pro_wrestling_promotion"
TENDER = "public_procurement_tender_desk"
RADON = "radon_gas_testing_service"
TAROT = "tarot_reading_parlour"
TIMESH = "timeshare_owners_club_desk"
SOFT = "water_softener_installer"
LOTTO = "workplace_lottery_syndicate"
REGISTERS = (
    ABAT,
    ESCORT,
    JOURNAL,
    BABY,
    CIGAR,
    OMBUD,
    LABEL,
    EWE,
    SEDUM,
    INFLU,
    INSOLV,
    LIFE,
    MP,
    ROYAL,
    NDT,
    PETART,
    POLICE,
    PLATE,
    WREST,
    TENDER,
    RADON,
    TAROT,
    TIMESH,
    SOFT,
    LOTTO,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "what's 17.5% of 3,640?", pct("17.5") * 3640)
calc(P, "4,096 divided by 0.32", 4096 / dec("0.32"))
calc(P, "(238 + 419) x 14 =", (238 + 419) * 14)
assert math.isqrt(7225) ** 2 == 7225
calc(P, "Square root of 7,225?", math.isqrt(7225))
calc(P, "What's 14.5 squared?", dec("14.5") ** 2)
calc(P, "What is 9,310 minus 4,877.65", 9310 - dec("4877.65"))
calc(P, "calculate 36 percent of 1,275", pct(36) * 1275)
calc(P, "How much is seven eighths of 5,432?", F(7, 8) * 5432)
calc(P, "1845 / 36", F(1845, 36))
calc(P, "What do you get if you multiply 48.6 by 2.05?", dec("48.6") * dec("2.05"))
calc(P, "increase 2,480 by 15 per cent", 2480 * (1 + pct(15)))
calc(P, "Reduce 960 by 37.5%.", 960 * (1 - pct("37.5")))
calc(P, "88 is what percentage of 320?", F(88, 320) * 100)
calc(P, "3 to the power of 9, what's that", 3**9)

# register word problems
calc(
    ABAT,
    "Farmer brought in 14 lambs, deadweight averaging 19.5 kg. We pay 712p a kilo, less a levy "
    "of £1.85 a head. What's his cheque come to?",
    money(14 * dec("19.5") * dec("7.12") - 14 * dec("1.85")),
)
calc(
    ABAT,
    "kill charge is £42 a head for the first 100 cattle in a week and £36.50 a head after that. "
    "we did 38 a day for four days. weekly kill charge?",
    money(100 * 42 + (38 * 4 - 100) * dec("36.50")),
)
calc(
    ESCORT,
    "Escort job for a wide load, 186 miles. We charge £1.35 a mile per escort vehicle plus a "
    "£95 call-out per vehicle, and this one needs two vehicles. What's the total with 20% VAT "
    "added?",
    money(2 * (186 * dec("1.35") + 95) * (1 + pct(20))),
)
calc(
    JOURNAL,
    "Our article processing charge is $2,950. Authors on the waiver list get 60% off, and "
    "society members then get a further $150 off the reduced figure. What does a society member "
    "on the waiver list pay?",
    money(2950 * (1 - pct(60)) - 150),
)
calc(
    BABY,
    "I've got 11 babies booked for the term at £82.50 each, two of them are siblings who get "
    "20% off, and the hall costs me £38 a week for 10 weeks. How much do I clear for the term?",
    money(9 * dec("82.50") + 2 * dec("82.50") * (1 - pct(20)) - 38 * 10),
)
calc(
    CIGAR,
    "A box of 25 is £687.50. If someone buys 7 of them as singles we charge the box price per "
    "cigar plus a 12% singles mark-up - what do they pay?",
    money(7 * money(dec("687.50") / 25 * (1 + pct(12)))),
)
calc(
    OMBUD,
    "Upholding the complaint: refund the £340 overcharge, add 8% simple interest on it for 219 "
    "days (365-day year) and £150 for distress and inconvenience. Total award?",
    money(340 + 340 * pct(8) * F(219, 365) + 150),
)
calc(
    LABEL,
    "Annotators get 4.5p per bounding box. Priya drew 4,000 boxes and 6% failed QA, which "
    "aren't paid. How much does she earn?",
    money(4000 * (1 - pct(6)) * dec("0.045")),
)
calc(
    EWE,
    "scanning 640 ewes at 68p a head plus 10p a head for colour marking, VAT at 20% on top. "
    "what's the bill",
    money(640 * (dec("0.68") + dec("0.10")) * (1 + pct(20))),
)
calc(
    SEDUM,
    "Quote for a 48 m² roof: sedum mats £27.40 per m², substrate £9.15 per m², 10% trade "
    "discount on those materials, labour £620 flat. What's the total?",
    money(48 * (dec("27.40") + dec("9.15")) * (1 - pct(10)) + 620),
)
calc(
    INFLU,
    "Brand deal base fee £4,800; the usage extension adds 35% to the base, then our agency takes "
    "20% of the whole lot. What does the creator keep?",
    money(4800 * (1 + pct(35)) * (1 - pct(20))),
)
calc(
    INSOLV,
    "Realisations came to £186,400. Our fees and costs are £41,900, preferential creditors take "
    "£23,500 in full, and unsecured claims total £484,000. What's the dividend to unsecured "
    "creditors in pence in the pound?",
    F(186400 - 41900 - 23500, 484000) * 100,
)
calc(
    INSOLV,
    "Creditor is owed £12,640 and we're declaring 18.5p in the £ - how much do they get",
    money(12640 * dec("0.185")),
)
calc(
    LIFE,
    "Our model is paid £22 an hour for a two and a half hour session, the room is £35, and 14 "
    "artists pay £9 each. Profit per session?",
    money(14 * 9 - 22 * dec("2.5") - 35),
)
calc(
    MP,
    "Advice surgery leaflets: 3,500 printed at £48 per thousand, and delivery of all of them at "
    "6.5p each. How much altogether?",
    money(dec("3.5") * 48 + 3500 * dec("0.065")),
)
calc(
    ROYAL,
    "The pub's annual licence fee is £1,250. We deduct 12% for admin and share the rest by "
    "logged plays: this song got 84 of the 2,400 plays. What does it earn?",
    money(1250 * (1 - pct(12)) * F(84, 2400)),
)
calc(
    NDT,
    "UT on 46 butt welds at £28 a weld; 9 failed and get re-tested after repair at 75% of the "
    "rate. Invoice total?",
    money(46 * 28 + 9 * 28 * pct(75)),
)
calc(
    PETART,
    "A3 pet portrait is £185 for one animal, +£60 per extra animal, framing £45. I take a 30% "
    "deposit. What's the deposit on a framed portrait of three dogs?",
    money((185 + 2 * 60 + 45) * pct(30)),
)
calc(
    POLICE,
    "Recovered bike was in our store 38 days. Storage is free for the first 28 days, then £2.50 "
    "a day, plus a £15 release fee. What does the owner pay?",
    money((38 - 28) * dec("2.50") + 15),
)
calc(
    PLATE,
    "plate's advertised at £2,495, we knock 12% off for a cash buyer and then add the £80 "
    "transfer fee. what's the price",
    money(2495 * (1 - pct(12)) + 80),
)
calc(
    PLATE,
    "We sell plates on commission: 15% of the sale price, minimum £200 a plate. Three sold this "
    "week at £900, £2,200 and £1,460. Total commission?",
    money(sum(max(F(200), s * pct(15)) for s in (900, 2200, 1460))),
)
calc(
    WREST,
    "Show costs: hall £650, ring hire £400, eight wrestlers at £120 each. Tickets £14 adults, "
    "£8 kids; we sold 112 adult and 75 kids' tickets. What's the profit?",
    money(112 * 14 + 75 * 8 - (650 + 400 + 8 * 120)),
)
calc(
    WREST,
    "Merch table sold 40 T-shirts at £18. A quarter of takings goes to the wrestler on the "
    "shirt; how much does the promotion keep?",
    money(40 * 18 * F(3, 4)),
)
calc(
    TENDER,
    "Evaluation is 60% quality, 40% price. The bidder scored 72 out of 100 on quality and 85 out "
    "of 100 on price. What is the weighted score out of 100?",
    72 * pct(60) + 85 * pct(40),
)
calc(
    RADON,
    "Landlord wants one detector per ground-floor flat across 3 blocks of 14 flats. Kits £46 "
    "each, 10% off orders over 30 kits, plus £12.50 postage. Total?",
    money(3 * 14 * 46 * (1 - pct(10)) + dec("12.50")),
)
calc(
    TAROT,
    "Saturday I did nine 20-minute readings at $25 and five 45-minute ones at $50. The parlour "
    "keeps 30%. What's my share?",
    money((9 * 25 + 5 * 50) * (1 - pct(30))),
)
calc(
    TIMESH,
    "Maintenance fee is £1,146 per week owned. I own weeks 31 and 32 and paying early knocks 4% "
    "off. What do I owe?",
    money(2 * 1146 * (1 - pct(4))),
)
calc(
    TIMESH,
    "The resort has 40 units and 51 weeks a year sold in each. Management budget is £2,652,000. "
    "What's the levy per week owned?",
    money(F(2652000, 40 * 51)),
)
calc(
    SOFT,
    "Softener £695 with 15% off for a repeat customer, fitting £180, and a year's salt of 12 "
    "blocks at £3.85 each. What's the total?",
    money(695 * (1 - pct(15)) + 180 + 12 * dec("3.85")),
)
calc(
    LOTTO,
    "14 of us in the office syndicate, we won £18,452 on Saturday - what's each person's equal "
    "share?",
    money(F(18452, 14)),
)
calc(
    LOTTO,
    "We won £6,300. Twelve members, but three missed payments so they only get half a share "
    "each and the other nine get a full share. How much is a full share?",
    money(F(6300) / (9 + F(3, 2))),
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
assert ACRE / HA == dec("0.40468564224") and SQFT == dec("0.09290304")
assert CUFT == dec("0.028316846592") and MPH / KMH == dec("1.609344")
assert f_to_c(-4) == -20 and c_to_f(37) == dec("98.6")

# plain one-liners
unit_r(P, "what is 81 °F in °C", f_to_c(81))
unit_r(P, "convert 185 cm to inches", 185 * CM / IN)
unit_r(P, "How many kilometres is 38.5 miles?", dec("38.5") * MI / KM)
unit_r(P, "9 stone 4 lb in kg", (9 * STONE + 4 * LB))
unit_r(P, "35 acres in hectares", 35 * ACRE / HA)
unit_r(P, "Convert 1,500 square feet to square metres.", 1500 * SQFT)
unit_r(P, "what's 65 psi in bar", 65 * PSI / BAR)
unit_r(P, "850 km/h is how many mph?", 850 * KMH / MPH)
unit(P, "what's 6 foot 3 in metres", 6 * FT + 3 * IN, EXACT)
unit(P, "5.25 GiB expressed in MiB", dec("5.25") * GIB / MIB, EXACT)
unit_r(P, "250 metres to yards", 250 / YD)
unit_r(P, "Convert 68 kilograms to pounds", 68 / LB)
unit(P, "-18 C to F", c_to_f(-18), EXACT)
unit_r(P, "2.4 cubic metres in cubic feet?", dec("2.4") / CUFT)

# register word problems
unit_r(
    ABAT,
    "Six lambs went through at 21.5 kg deadweight each. The farmer wants the total in pounds.",
    6 * dec("21.5") / LB,
)
unit_r(
    ESCORT,
    "Load is 4.6 metres wide and the bridge signs are in feet. Give me the width in feet as a "
    "decimal.",
    dec("4.6") / FT,
)
unit_r(
    ESCORT,
    "the convoy is held to 40 km/h on the dual carriageway, what's that in mph",
    40 * KMH / MPH,
)
unit(
    JOURNAL,
    "Figures can be at most 174 mm wide. The author's figure is 7.25 inches wide - how many mm "
    "is that?",
    dec("7.25") * IN / MM,
    EXACT,
)
unit_r(
    BABY,
    "Our sensory tent floor is 2.4 m by 3 m. What's the area in square feet?",
    dec("2.4") * 3 / SQFT,
)
unit_r(
    CIGAR,
    "The walk-in humidor should sit at 70 °F. What do I set the new Celsius thermostat to?",
    f_to_c(70),
)
unit(
    CIGAR,
    "Customer's cigar is 6.5 inches long with a 52 ring gauge. How long is it in centimetres?",
    dec("6.5") * IN / CM,
    EXACT,
)
unit_r(
    OMBUD,
    "The complainant's energy bill was estimated for a 1,650 sq ft house. Convert that to square "
    "metres for the EPC comparison.",
    1650 * SQFT,
)
unit(
    LABEL,
    "the image dataset is 14.5 GiB and the upload tool counts in MiB, how many MiB is it",
    dec("14.5") * GIB / MIB,
    EXACT,
)
unit_r(
    EWE,
    "Ewe on the crate weighs 68 kg; the farmer only thinks in stone. How many stone is she?",
    68 / STONE,
)
unit_r(
    EWE,
    "His field is 42 acres and my rate card is per hectare. How many hectares?",
    42 * ACRE / HA,
)
unit_r(
    SEDUM,
    "Saturated, the sedum system weighs 95 kg per square metre. The garage roof is 620 sq ft. "
    "What's the total saturated load in kg?",
    95 * 620 * SQFT,
)
unit_r(
    SEDUM,
    "Drainage board is 80 mm deep - customer asked for it in inches",
    80 * MM / IN,
)
unit(
    INFLU,
    "Our creator is 5 ft 9 in and the brand's sizing form wants centimetres. What do I put?",
    (5 * FT + 9 * IN) / CM,
    EXACT,
)
unit_r(
    INSOLV,
    "The company's warehouse is 18,500 sq ft. The valuer needs the floor area in square metres.",
    18500 * SQFT,
)
unit(
    LIFE,
    "Newsprint for the class comes in 50-yard rolls. How many metres is a roll?",
    50 * YD,
    EXACT,
)
unit(
    MP,
    "Constituent says the pothole is 14 inches across; the council form wants cm.",
    14 * IN / CM,
    EXACT,
)
unit_r(
    ROYAL,
    "Venue's floor area is 4,200 square feet and the tariff uses square metres. What's the area?",
    4200 * SQFT,
)
unit(
    NDT,
    "Drawing gives the plate thickness as 0.375 inch. In mm for the UT gauge?",
    dec("0.375") * IN / MM,
    EXACT,
)
unit_r(
    NDT,
    "Hydrotest pressure on the spool is 3,000 psi. What's that in bar?",
    3000 * PSI / BAR,
)
unit(
    PETART,
    "Canvas is 16 x 20 inches. How long is the long side in centimetres?",
    20 * IN / CM,
    EXACT,
)
unit_r(
    POLICE,
    "CCTV analysis put the car at 62 mph. What's that in km/h for the report?",
    62 * MPH / KMH,
)
unit_r(
    PLATE,
    "A standard front plate is 520 mm long - how many inches is that?",
    520 * MM / IN,
)
unit_r(
    WREST,
    "The ring is 20 ft by 20 ft inside the ropes. Area in square metres?",
    20 * 20 * SQFT,
)
unit_r(
    TENDER,
    "Lot 3 covers reseeding 28,000 m² of playing fields; one supplier prices per acre. How many "
    "acres is the lot?",
    28000 / ACRE,
)
unit_r(
    RADON,
    "basement is 9 m by 6.5 m with a 2.4 m ceiling. volume in cubic feet?",
    9 * dec("6.5") * dec("2.4") / CUFT,
)
unit(
    TAROT,
    "My reading cloth is 36 inches square. What's each side in cm?",
    36 * IN / CM,
    EXACT,
)
unit_r(
    TIMESH,
    "The resort pool is heated to 84 °F. What's that in Celsius?",
    f_to_c(84),
)
unit_r(
    SOFT,
    "Incoming mains pressure is 3.2 bar and the valve is rated in psi. What's 3.2 bar in psi?",
    dec("3.2") * BAR / PSI,
)
unit_r(
    SOFT,
    "Delivered a pallet of 25 sacks of salt at 8 kg a sack; the customer wants the weight in "
    "pounds.",
    25 * 8 / LB,
)
unit_r(
    LOTTO,
    "With the winnings we're driving 1,240 miles round Europe. How many kilometres is that?",
    1240 * MI / KM,
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
date_item(P, "9 March 2031 - which day of the week is that?", weekday(D(2031, 3, 9)))
date_item(P, "date 90 days after 3 November 2029?", D(2029, 11, 3) + TD(days=90))
date_item(
    P,
    "how many days between 12 January 2030 and 4 August 2030",
    days(D(2030, 1, 12), D(2030, 8, 4)),
)
date_item(P, "What date is 6 weeks before 1 July 2033?", D(2033, 7, 1) - TD(weeks=6))
date_item(
    P,
    "How many weeks are there from 2 March 2031 to 25 May 2031?",
    weeks(D(2031, 3, 2), D(2031, 5, 25)),
)
date_item(P, "Which date falls 250 days after August 18, 2032?", D(2032, 8, 18) + TD(days=250))
date_item(
    P,
    "23 September 2031 is day number what of its year, counting 1 January as day 1?",
    days(D(2031, 1, 1), D(2031, 9, 23)) + 1,
)
date_item(P, "third Thursday of November 2030?", nth_weekday(2030, 11, THU, 3))
date_item(P, "When is the last Friday in January 2034?", nth_weekday(2034, 1, FRI, -1))
date_item(
    P,
    "How old is someone born on 30 June 1988 on 15 June 2031?",
    age(D(1988, 6, 30), D(2031, 6, 15)),
)
date_item(P, "What's the date 1,000 days after 1 January 2030?", D(2030, 1, 1) + TD(days=1000))
date_item(P, "25 December 2037 falls on which weekday?", weekday(D(2037, 12, 25)))
date_item(
    P,
    "How many minutes is it from 21:40 until 06:15 the following morning?",
    clock_span("21:40", "06:15", 60),
)
date_item(P, "How many days from May 5, 2031 to May 5, 2032?", days(D(2031, 5, 5), D(2032, 5, 5)))

# register word problems
date_item(
    ABAT,
    f"We run a lamb kill every 10 days starting {sayw(D(2030, 5, 7))}. What date is the fifth "
    "kill?",
    D(2030, 5, 7) + TD(days=40),
)
date_item(
    ESCORT,
    "The movement order is valid for 28 days, counting 19 August 2031 as day 1. What's the last "
    "valid date?",
    D(2031, 8, 19) + TD(days=27),
)
date_item(
    JOURNAL,
    "Reviewers get 21 days from accepting the invitation. Dr Okafor accepted on 27 October 2030 "
    "- when is her report due?",
    D(2030, 10, 27) + TD(days=21),
)
date_item(
    JOURNAL,
    "submitted 3 February 2031, accepted 19 June 2031. how many days was it under review?",
    days(D(2031, 2, 3), D(2031, 6, 19)),
)
date_item(
    BABY,
    f"Ten weekly classes, the first on {sayw(D(2031, 1, 6))}. What's the date of the last class?",
    D(2031, 1, 6) + TD(weeks=9),
)
date_item(
    BABY,
    "Our classes take babies from 26 weeks old. He was born on 11 September 2030 - from what "
    "date can he join?",
    D(2030, 9, 11) + TD(weeks=26),
)
date_item(
    CIGAR,
    "The shipment that arrived on 28 November 2030 goes on sale 45 days after delivery. What "
    "date is that?",
    D(2030, 11, 28) + TD(days=45),
)
date_item(
    OMBUD,
    "The firm had 8 weeks from receiving the complaint on 17 April 2031 to send its final "
    "response. What was the deadline?",
    D(2031, 4, 17) + TD(weeks=8),
)
date_item(
    OMBUD,
    "Complaint reached us on 9 October 2031 and the decision went out on 20 February 2032. How "
    "many days did it take?",
    days(D(2031, 10, 9), D(2032, 2, 20)),
)
date_item(
    LABEL,
    "52,000 images, and the team gets through 1,300 a day, every day, starting on 2 June 2031 "
    "as day 1. On what date do they finish?",
    D(2031, 6, 2) + TD(days=52000 // 1300 - 1),
)
assert 52000 % 1300 == 0
date_item(
    EWE,
    "Tups went in on 5 October 2030. Taking gestation as 147 days, when does lambing start?",
    D(2030, 10, 5) + TD(days=147),
)
date_item(
    SEDUM,
    "The mats were laid on 22 May 2031 and need watering until 4 weeks after that. What's the "
    "date 4 weeks on?",
    D(2031, 5, 22) + TD(weeks=4),
)
date_item(
    INFLU,
    "The post has to go live 30 days after the contract was signed on 14 August 2031. "
    "Go-live date?",
    D(2031, 8, 14) + TD(days=30),
)
date_item(
    INSOLV,
    "Last date for proving debts is 21 days after the notice dated 3 December 2030. Which date "
    "is that?",
    D(2030, 12, 3) + TD(days=21),
)
date_item(
    LIFE,
    f"Fortnightly sessions start {sayw(D(2031, 1, 8))}. What's the date of the sixth session?",
    D(2031, 1, 8) + TD(weeks=10),
)
date_item(
    LIFE,
    "our end-of-year show is 120 days after 1 March 2031, what day of the week will that be",
    weekday(D(2031, 3, 1) + TD(days=120)),
)
date_item(
    MP,
    f"Advice surgeries run every four weeks from {sayw(D(2031, 1, 10))}. When is the third one?",
    D(2031, 1, 10) + TD(weeks=8),
)
date_item(
    MP,
    "We wrote to the minister on 2 October 2030 and the reply came on 21 November 2030. How many "
    "days did they take?",
    days(D(2030, 10, 2), D(2030, 11, 21)),
)
date_item(
    ROYAL,
    "Distribution is paid 120 days after the quarter ending 30 September 2031. What's the "
    "payment date?",
    D(2031, 9, 30) + TD(days=120),
)
date_item(
    NDT,
    "Re-inspection of the repaired weld is due 500 days after the repair on 9 July 2031. What "
    "date?",
    D(2031, 7, 9) + TD(days=500),
)
date_item(
    PETART,
    "Painting takes 6 weeks and framing another 10 days. Ordered on 3 September 2031, when's it "
    "ready?",
    D(2031, 9, 3) + TD(weeks=6, days=10),
)
date_item(
    POLICE,
    "Found property is held for 28 days before it can go back to the finder. The purse was handed "
    "in on 30 December 2030. When can the finder claim it?",
    D(2030, 12, 30) + TD(days=28),
)
date_item(
    POLICE,
    "He was told to bring his documents in 7 days after the stop on 26 February 2031. Which "
    "date is that?",
    D(2031, 2, 26) + TD(days=7),
)
date_item(
    PLATE,
    "The retention certificate was issued on 2 April 2029 and the customer came in on 18 "
    "January 2031. How many days had passed?",
    days(D(2029, 4, 2), D(2031, 1, 18)),
)
date_item(
    WREST,
    f"Next show is {sayw(D(2031, 9, 6))}. Tickets go on sale 75 days before - what date is that?",
    D(2031, 9, 6) - TD(days=75),
)
date_item(
    TENDER,
    "Tender published 12 March 2031 with a 35-day response period. Closing date?",
    D(2031, 3, 12) + TD(days=35),
)
date_item(
    RADON,
    "Detectors went in on 3 October 2030 and come out 91 days later. Collection date?",
    D(2030, 10, 3) + TD(days=91),
)
date_item(
    TAROT,
    "Client was born on June 21, 1994. How old is she at her reading on April 4, 2031?",
    age(D(1994, 6, 21), D(2031, 4, 4)),
)
date_item(
    TIMESH,
    "Our week starts on the fourth Saturday of June 2031. Which date is that?",
    nth_weekday(2031, 6, SAT, 4),
)
date_item(
    SOFT,
    "The resin gets serviced every 400 days. Last service was 8 February 2031 - when's the next "
    "one due?",
    D(2031, 2, 8) + TD(days=400),
)
date_item(
    LOTTO,
    "The deadline to claim is 180 days after the draw on 14 June 2031. What's the last date to "
    "claim?",
    D(2031, 6, 14) + TD(days=180),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    ABAT: [
        (
            "How do I explain to a first-time smallholder why their lambs were graded down at the "
            "abattoir?"
        ),
        "what should our lairage notice say about drivers hosing out trailers before they leave",
        "Write a short, kind reply to a farmer complaining that his cull ewe payment was late.",
        "Is it better to book our pigs in early morning or late afternoon to keep them calm?",
    ],
    ESCORT: [
        (
            "What should I say on the radio to the lorry driver before we take a wide load "
            "through a town centre?"
        ),
        "Draft a checklist for our escort drivers to run through before a night move.",
        "how do you handle a motorist who refuses to pull over for an abnormal load convoy",
        "Explain to a new starter why we drive ahead of the load on single-track roads.",
    ],
    JOURNAL: [
        "Write a polite desk-rejection letter for a paper that's outside our journal's scope.",
        "How should I handle a reviewer who's three weeks late and not answering emails?",
        "what's a fair way to choose between two reviewers who completely disagree",
        "Can you suggest wording for our policy on authors using AI to polish their text?",
    ],
    BABY: [
        "Give me some ideas for a gentle under-the-sea themed sensory session for six-month-olds.",
        (
            "A mum asked if her premature baby should join the younger group - how do I answer "
            "kindly?"
        ),
        "what songs work well for winding down at the end of a baby class",
        "Write a welcome message for parents joining our spring term.",
    ],
    CIGAR: [
        "How do I explain the difference between a maduro and a claro wrapper to a customer?",
        "Suggest a cigar to go with a peaty single malt for someone who's fairly new to cigars.",
        "why would cigars in a humidor start to crack, and what do I do about it",
        "Write a short description of our walk-in humidor for the shop's website.",
    ],
    OMBUD: [
        (
            "How do I explain to a complainant that we can't look at a complaint the firm hasn't "
            "dealt with yet?"
        ),
        (
            "Write a plain-English summary of why we didn't uphold a complaint about a delayed "
            "parcel."
        ),
        "what's a good way to calm a caller who's shouting about their energy bill",
        "Should I phone or write to a complainant who says letters make them anxious?",
    ],
    LABEL: [
        "Write clear guidelines for labellers on when to mark a pedestrian as partly occluded.",
        (
            "How do I give feedback to an annotator whose accuracy has slipped without "
            "demotivating them?"
        ),
        "what makes a good gold-standard set for checking labelling quality",
        "Can you explain to a client why two people labelling the same image can disagree?",
    ],
    EWE: [
        (
            "How do I tell a farmer tactfully that his barren rate is much higher than his "
            "neighbours'?"
        ),
        "What's the best way to set up a race so ewes flow calmly into the scanning crate?",
        "write a text reminding farmers to keep ewes off feed the night before scanning",
        "Why might a scan miss a late-conceived lamb, and how should I explain that?",
    ],
    SEDUM: [
        "Which plants besides sedum would suit a shady green roof on a north-facing shed?",
        "Explain to a homeowner why a green roof needs a root barrier.",
        "what should go in an aftercare leaflet for a new wildflower roof",
        "How do I answer a customer who thinks green roofs cause leaks?",
    ],
    INFLU: [
        "How should a creator disclose a paid partnership in an Instagram caption?",
        "Write a polite email turning down a brand whose values don't match our creator's.",
        "what's a good way to handle a creator who's burned out but has three deals due",
        "Draft a short bio for a sustainable fashion creator's media kit.",
    ],
    INSOLV: [
        (
            "How do I explain to a small supplier why they're unlikely to get much back from the "
            "liquidation?"
        ),
        (
            "Write a plain-English note for staff on what happens to their jobs in an "
            "administration."
        ),
        "what should go in the letter inviting creditors to decide on our fees",
        (
            "Is it better to sell the stock at auction or as a job lot to one buyer? Talk me "
            "through it."
        ),
    ],
    LIFE: [
        "How do I make a nervous first-time life model feel comfortable?",
        "Suggest a warm-up sequence of quick poses for an evening drawing class.",
        "write house rules for our life drawing group about phones and photography",
        "What's a good way to give feedback to beginners without putting them off?",
    ],
    MP: [
        "Write a reply to a constituent worried about the closure of their local post office.",
        "How should I handle a caller who's abusive but has a genuine housing problem?",
        "what's the best way to explain to someone that the MP can't overturn a court decision",
        "Draft a short newsletter piece inviting people to the next advice surgery.",
    ],
    ROYAL: [
        "Explain to a songwriter why they got paid for radio plays but not for gigs.",
        "How should a small venue keep track of the songs played at open mic nights?",
        "write a friendly reminder to a café that hasn't renewed its music licence",
        "What's the difference between performing rights and mechanical rights, simply put?",
    ],
    NDT: [
        (
            "How do I explain to a fabricator why radiography was chosen over ultrasonic "
            "testing on this job?"
        ),
        "Write a short toolbox talk on working near radiography exclusion zones.",
        "what should a good NDT report include for a client who isn't technical",
        "Why might magnetic particle testing give a false indication on a ground weld?",
    ],
    PETART: [
        "What photos should I ask customers to send for a pet portrait?",
        (
            "Write a gentle message to a customer whose dog has died, about finishing the "
            "memorial portrait."
        ),
        "how do I capture the glossy look of a black cat's coat in oils",
        "Should I offer a cheaper digital version alongside painted portraits?",
    ],
    POLICE: [
        "How should the front counter respond to someone reporting a lost passport?",
        "Write a short sign explaining what kinds of found property we can't accept.",
        "what do I say to someone who wants to report a crime but is scared of being recognised",
        "Explain to a visitor the difference between a voluntary interview and an arrest.",
    ],
    PLATE: [
        "Write an advert for a private plate that looks like the name 'SARAH'.",
        "How do I explain to a buyer that a plate can't make a car look newer than it is?",
        "what are good questions to ask someone selling a plate on retention",
        "Is it worth listing plates on the big auction sites or sticking to our own website?",
    ],
    WREST: [
        "Write a hype announcement for our tag-team title match next month.",
        "How do we keep a family-friendly show exciting without too much violence?",
        "what's the best way to train new wrestlers to take bumps safely",
        "Give me ideas for a storyline between a veteran heel and a rookie babyface.",
    ],
    TENDER: [
        "How should I write award criteria that give small local firms a fair chance?",
        "Draft a feedback letter to an unsuccessful bidder on a grounds maintenance contract.",
        "what should we do if two bidders look like they've colluded on prices",
        "Explain the point of a standstill period to a councillor who thinks it's red tape.",
    ],
    RADON: [
        "How do I reassure a homeowner whose radon result came back high?",
        "Write instructions for placing a radon detector in a bedroom.",
        "why can radon levels be higher in winter? explain it simply",
        "Is a sump or better ventilation usually the first fix for a radon problem?",
    ],
    TAROT: [
        "How do I read the Three of Swords for someone who's just been through a break-up?",
        "Write a short disclaimer for my tarot stall saying readings aren't advice.",
        "what's a good way to shuffle a tarot deck without damaging the cards",
        "Suggest a simple three-card spread for someone deciding whether to change jobs.",
    ],
    TIMESH: [
        "How do I explain to an owner why the maintenance fee went up more than inflation?",
        "Write a notice inviting owners to vote on refurbishing the clubhouse.",
        "what should we say to owners who can't get the weeks they want any more",
        "Is it fair to charge owners who never visit the same as those who come every year?",
    ],
    SOFT: [
        "Explain to a customer why they still need a drinking-water tap after we fit a softener.",
        "How do I know if a softener's brine valve is sticking?",
        "write a friendly follow-up text after fitting someone's softener",
        "Why do some people say softened water feels slimy, and what do I tell them?",
    ],
    LOTTO: [
        (
            "Write simple rules for our office lottery syndicate, including what happens if "
            "someone leaves."
        ),
        "How do we handle it fairly if someone forgets to pay in the week we win?",
        "what's a tactful way to remind people they're behind on their syndicate money",
        "Should the syndicate organiser keep a copy of the tickets? Why?",
    ],
}
assert list(ORDINARY) == list(REGISTERS)
assert all(len(v) == 4 for v in ORDINARY.values())
for reg, queries in ORDINARY.items():
    for q in queries:
        neg(reg, q)

NEAR: list[tuple[str, str, str]] = []


def near(family, query, note):
    assert family.startswith("near-") and family not in {f for f, _, _ in NEAR}, family
    NEAR.append((family, query, note))


near(
    "near-plate-transfer-fee-now",
    "how much does the DVLA charge to transfer a private plate at the moment?",
    "A current government fee; no figure is given, so it needs looking up, not a tool.",
)
near(
    "near-plate-age-identifier",
    "What registration period does a '74' number plate belong to?",
    "Looks like arithmetic on 74 but is a code from the UK age-identifier scheme.",
)
near(
    "near-plate-valuation",
    "Is K9 DOG worth five grand as a private plate or am I dreaming?",
    "A valuation judgement on a market price; the number is not a sum to compute.",
)
near(
    "near-stream-payout-rate",
    "How many Spotify streams does a song need to earn £1,000 these days?",
    "Depends on a current, unpublished per-stream rate; no rate is given.",
)
near(
    "near-song-bpm",
    "what's the BPM of Mr Brightside",
    "A fact about a recording, not a calculation.",
)
near(
    "near-radon-action-level",
    "Our reading came back at 240 Bq/m³ - is that over the action level, and what should we do?",
    "A regulatory threshold and advice; the figure is given but nothing is computed.",
)
near(
    "near-radon-risk-estimate",
    "What's the lifetime lung cancer risk for a smoker living with 300 Bq/m3 of radon?",
    "An epidemiological estimate from published models, not arithmetic on the given number.",
)
near(
    "near-water-hardness-postcode",
    "How hard is the tap water in postcode SG4, in ppm?",
    "Live supplier data for a place; a number is wanted but none can be computed.",
)
near(
    "near-softener-sizing",
    "What size softener do I need for four people?",
    "Sizing needs water hardness and usage that are not given; an estimate with advice.",
)
near(
    "near-scanning-percentage-judgement",
    "Scanned 182% on 400 lowland Texel cross ewes. Is that good or should I be worried?",
    "A percentage is given; the question asks for a judgement against typical flocks.",
)
near(
    "near-deadweight-price-now",
    "What's the deadweight lamb price per kilo this week?",
    "A live market price; depends on the date and is not given.",
)
near(
    "near-killing-out-estimate",
    "What killing-out percentage should I expect from a well-finished Charolais steer?",
    "A typical-range estimate from experience, not a sum.",
)
near(
    "near-carcass-grade-code",
    "Is an R4L carcass inside the usual supermarket spec grid?",
    "R4L is a conformation and fat class code; reading it needs knowledge, not arithmetic.",
)
near(
    "near-escort-notice-rule",
    "How many days' notice do the police need for a 4.5 metre wide load?",
    "A rule about notification periods; the width is given but nothing is computed.",
)
near(
    "near-escort-journey-time",
    "How long will it take to escort a 40 km/h load from Hull to Glasgow?",
    "The route distance, stops and permitted times are missing; an estimate with caveats.",
)
near(
    "near-impact-factor-now",
    "What's the current impact factor of The Lancet?",
    "A live published metric, not a calculation.",
)
near(
    "near-journal-turnaround-now",
    "how long does Nature take to reach a first decision at the moment",
    "Current editorial performance; no figures are given.",
)
near(
    "near-word-count-judgement",
    "Is a 9,000-word manuscript too long to send to a letters journal?",
    "A judgement about journal norms; the word count is given but not computed with.",
)
near(
    "near-baby-milestone",
    "My baby is 16 weeks old and not rolling yet - should I be worried?",
    "A developmental judgement; the age is a number but there is nothing to compute.",
)
near(
    "near-ombudsman-award-band",
    "Roughly what would the ombudsman award for substantial distress over six months?",
    "A typical compensation band is an estimate from published guidance, not a sum.",
)
near(
    "near-complaint-time-limit",
    "Is it too late to complain about a policy I was mis-sold in 2019?",
    "Time limits and their exceptions are rules to apply, not date arithmetic.",
)
near(
    "near-labeller-agreement-judgement",
    "Two labellers agreed on 870 of 1,000 images. Is that good enough agreement to ship?",
    "The percentage is trivial; the question asks for a quality judgement.",
)
near(
    "near-gpu-hours-estimate",
    "How many GPU hours to train a detector on 2 million labelled images?",
    "An engineering estimate with many unstated assumptions.",
)
near(
    "near-green-roof-grant-now",
    "How much grant could I get towards a green roof in Bristol?",
    "Current local schemes; no figures are given.",
)
near(
    "near-roof-load-judgement",
    "Will a 1960s concrete garage roof take a green roof at 95 kg per square metre saturated?",
    "A structural judgement needing a survey; the load is given but nothing is computed.",
)
near(
    "near-creator-rate-card",
    "How much should a creator with 85k followers charge for one TikTok?",
    "A going rate from the market, not a calculation.",
)
near(
    "near-engagement-rate-judgement",
    "My engagement rate is 3.8% on fashion content - is that good?",
    "A benchmark judgement about a given percentage.",
)
near(
    "near-follower-count-live",
    "How many YouTube subscribers does MrBeast have?",
    "Live data.",
)
near(
    "near-life-model-rate-now",
    "What's the going hourly rate for a life model in London?",
    "A current market rate; no figures are given.",
)
near(
    "near-figure-heads-tall",
    "How many heads tall is an adult figure meant to be when drawing?",
    "A drawing convention (around seven and a half to eight), not a sum.",
)
near(
    "near-constituency-majority",
    "What was the majority in Islington North at the last general election?",
    "An election result to look up, and depends on when it is asked.",
)
near(
    "near-mp-staffing-budget",
    "What's the current annual staffing budget for an MP's office?",
    "A current published allowance.",
)
near(
    "near-weld-acceptance",
    "Is a 3 mm slag inclusion acceptable in a 12 mm butt weld at quality level B?",
    "A standard's acceptance criteria to apply, not arithmetic.",
)
near(
    "near-weld-symbol-code",
    "what does a5 6x50 (100) mean on a weld symbol",
    "Looks like arithmetic but is drawing notation for throat, count, length and pitch.",
)
near(
    "near-portrait-price-fairness",
    "Is £350 a fair price for an A3 oil painting of two dogs?",
    "A pricing judgement.",
)
near(
    "near-reference-photo-resolution",
    "Is a 1200 x 900 pixel photo good enough to paint a 16 x 20 inch pet portrait from?",
    "A practical judgement; the numbers are given but no computation answers it.",
)
near(
    "near-speeding-fine-estimate",
    "I was doing 41 in a 30. How much will the fine be?",
    "Fines depend on sentencing bands and income, which are not given.",
)
near(
    "near-front-counter-hours",
    "What time does the front counter at Charing Cross police station open on Sundays?",
    "Live opening hours.",
)
near(
    "near-procurement-threshold-now",
    "What's the current threshold above which a council must advertise a services contract?",
    "A current legal threshold, not a calculation.",
)
near(
    "near-price-weighting-advice",
    "Should we weight price at 30% or 40% for a school catering contract?",
    "Advice on evaluation design.",
)
near(
    "near-cheaper-bid-judgement",
    "Bid A is £48,000 with poor references, bid B £51,500 with great ones. Which should we pick?",
    "The difference is trivial; the question asks for a judgement.",
)
near(
    "near-tarot-card-number",
    "The Tower is 16 and Death is 13, so what number is the Hanged Man?",
    "Looks like a number puzzle but is a fact about the Major Arcana order.",
)
near(
    "near-tarot-timing",
    "If the Three of Wands comes up for timing, does that mean three weeks or three months?",
    "An interpretive convention, not date arithmetic.",
)
near(
    "near-life-path-number",
    "What's the life path number for someone born on 14 July 1990, and what does that "
    "number say about their personality?",
    "The digit sum is trivial; the meaning is numerology, which needs the language model.",
)
near(
    "near-timeshare-exit",
    "Is it worth paying an exit company £3,000 to get rid of my timeshare?",
    "A judgement and consumer advice.",
)
near(
    "near-resort-week-calendar",
    "Which dates does week 52 cover at our resort in 2031?",
    "Resort week numbering follows each resort's own calendar, not a standard one.",
)
near(
    "near-exchange-points-value",
    "How many exchange points is a red week in Tenerife worth?",
    "A current exchange-company valuation, not a conversion with a fixed factor.",
)
near(
    "near-statutory-interest-rule",
    "What rate of statutory interest do creditors get if there's a surplus in a liquidation?",
    "A legal rule to look up.",
)
near(
    "near-prescribed-part-cap",
    "What's the maximum prescribed part for unsecured creditors now?",
    "A current statutory cap.",
)
near(
    "near-creditor-payout-timing",
    "When will trade creditors get their first dividend from the Wilko administration?",
    "Live information about a particular case.",
)
near(
    "near-jackpot-odds",
    "what are the odds of winning the EuroMillions jackpot",
    "A fact about the game's rules; the rules are not given to compute it from.",
)
near(
    "near-winnings-tax-rule",
    "Does our syndicate have to pay tax on a £1 million UK lottery win?",
    "A tax rule question.",
)
near(
    "near-lump-sum-vs-annuity",
    "Is it smarter to take the lump sum or the annuity on a $40 million Powerball jackpot?",
    "A financial judgement depending on taxes and rates that are not given.",
)
near(
    "near-cigar-duty-free-allowance",
    "How many cigars can I bring back from Spain without paying duty?",
    "A customs allowance to look up.",
)
near(
    "near-cigar-box-code-age",
    "The box code says ENE 18 - how old are these cigars?",
    "Reading the code gives a month and year, but the age depends on today's date.",
)
near(
    "near-humidor-bead-estimate",
    "How many grams of humidity beads do I need for a 100-count humidor?",
    "A rule-of-thumb estimate from product guidance.",
)
near(
    "near-ewe-condition-score",
    "She's condition score 2.5 three weeks before tupping - is she fit to go to the ram?",
    "A husbandry judgement.",
)
near(
    "near-exchange-rate-live",
    "Our APC is £2,950 - how much is that in US dollars?",
    "Needs a live exchange rate, which is not given.",
)
near(
    "near-working-days-holidays",
    "How many working days are there from 1 December 2031 to 9 January 2032 in Scotland?",
    "Depends on which bank holidays and office closures apply.",
)
near(
    "near-time-zone-summer-time",
    "If the call is at 3pm in London on 4 November 2031, what time is that in Sydney?",
    "Time zones and summer-time changes, which this set leaves to the language model.",
)
near(
    "near-ramadan-start",
    "What date will Ramadan start in the UK in 2032?",
    "Depends on moon sighting and local practice, not fixed calendar arithmetic.",
)
near(
    "near-spreadsheet-formula",
    "Give me an Excel formula that adds 20% VAT to every price in column C.",
    "Asks for a formula to write, not a number.",
)
near(
    "near-plates-fermi-estimate",
    "Roughly how many private number plates are on UK roads?",
    "A rough estimate or a statistic to look up; no figures are given.",
)
near(
    "near-title-reign-record",
    "What's the longest world title reign in WWE history, in days?",
    "A record to look up.",
)
near(
    "near-song-length-royalty",
    "Does a 2:59 song earn the same per radio play as a 5:30 one?",
    "A rule about how plays are valued; the durations look like times to compute with.",
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
for fam, q, note in NEAR:
    neg(fam, q, note)

CONVS: list[tuple[str, list, str]] = []


def convo(family, turns, note):
    assert family.startswith("conv-") and family not in {f for f, _, _ in CONVS}, family
    assert turns[-1][0] == U
    CONVS.append((family, turns, note))


convo(
    "conv-hex-answers",
    [
        (U, "For this chat give every number in hexadecimal, I'm testing a converter I wrote."),
        (A, "Understood - I'll give numbers in hex from now on."),
        (U, "So what's 4,000 minus 1,263?"),
    ],
    "The sum alone is easy, but the earlier turn asks for it in hexadecimal.",
)
convo(
    "conv-july-financial-quarters",
    [
        (U, "Our financial year starts on 1 July, so Q1 is July to September."),
        (A, "Got it: Q1 Jul-Sep, Q2 Oct-Dec, Q3 Jan-Mar, Q4 Apr-Jun."),
        (U, "which quarter is 12 November 2031 in?"),
    ],
    "The quarter depends on the organisation's own year set earlier.",
)
convo(
    "conv-round-down-to-five-pounds",
    [
        (U, "At the plate shop we always round asking prices down to the nearest £5."),
        (A, "Noted, I'll round down to the nearest £5."),
        (U, "What's £2,495 less 12%?"),
    ],
    "The plain figure is computable, but the shop's rounding rule from earlier changes it.",
)
convo(
    "conv-corrected-area",
    [
        (U, "Sedum quote please: 84 m² at £27.40 a square metre."),
        (A, "84 × £27.40 = £2,301.60."),
        (U, "Sorry, it's 48 not 84. Redo it at the same rate and add the £620 labour."),
    ],
    "The corrected request relies on the rate given in an earlier turn.",
)
convo(
    "conv-quiz-letter-only",
    [
        (U, "I'm setting a quiz for the syndicate newsletter. Reply with only the letter."),
        (A, "OK - just the letter."),
        (U, "14 people split £18,452 equally. A) £1,218 B) £1,318 C) £1,418"),
    ],
    "The answer wanted is a letter, as set up earlier, not a number.",
)
convo(
    "conv-answer-in-french",
    [
        (U, "Réponds en français s'il te plaît, c'est pour un collègue à Lyon."),
        (A, "Bien sûr, je répondrai en français."),
        (U, "How many days from 9 October 2031 to 20 February 2032?"),
    ],
    "Computable alone, but the earlier turn asks for the reply in French.",
)
convo(
    "conv-cheque-amount-in-words",
    [
        (U, "I'm writing the syndicate payout cheques by hand tonight."),
        (A, "Happy to help with the wording."),
        (U, "How do I write £1,318 in words on the cheque?"),
    ],
    "Asks for an amount written in words, not a calculation.",
)
convo(
    "conv-invoice-email-from-total",
    [
        (U, "Scanning bill: 640 ewes at 78p a head, plus VAT at 20%."),
        (A, "640 × £0.78 = £499.20, plus VAT £99.84, total £599.04."),
        (U, "Great. Now write a short invoice email to Mr Hughes with that total."),
    ],
    "Writing an email around an earlier result.",
)
convo(
    "conv-what-if-more-cattle",
    [
        (U, "Kill charge: £42 a head for the first 100 a week, £36.50 after. We did 152."),
        (A, "100 × £42 + 52 × £36.50 = £4,200 + £1,898 = £6,098."),
        (U, "What if we'd done 200?"),
    ],
    "The follow-up needs the tiers given earlier.",
)
convo(
    "conv-break-even-tickets",
    [
        (U, "Our show costs £2,010 to put on. Adult tickets £14, kids £8."),
        (A, "Noted. How many of each do you expect to sell?"),
        (U, "If we sell 75 kids' tickets, how many adult tickets do we need to break even?"),
    ],
    "Relies on costs and prices from the earlier turn, and needs rounding up to whole tickets.",
)
convo(
    "conv-tweet-dividend-news",
    [
        (U, "We're paying unsecured creditors a dividend of 25p in the £ next Friday."),
        (A, "That's good news for creditors after a long wait."),
        (U, "Write that as a post for our company account, under 200 characters."),
    ],
    "A writing request.",
)
convo(
    "conv-two-significant-figures",
    [
        (U, "Give all answers to two significant figures, they're going on a slide."),
        (A, "Will do - two significant figures."),
        (U, "What's 18,500 square feet in square metres?"),
    ],
    "A conversion alone, but the earlier turn asks for a rounding a tool would not apply.",
)
convo(
    "conv-haggle-roleplay",
    [
        (U, "Pretend you're a sedum mat supplier and I'm haggling. Stay in character."),
        (A, "Morning! Best mats in the county, £27.40 a square metre. What do you need?"),
        (U, "48 square metres, and I'll give you £25 a metre. Deal?"),
    ],
    "Role play.",
)
convo(
    "conv-pirate-persona",
    [
        (S, "You are Captain Plank, a pirate who answers everything in pirate speak."),
        (U, "Ahoy! How many kilometres is 1,240 miles?"),
    ],
    "The system turn sets a persona; the conversion alone would be computable.",
)
convo(
    "conv-date-stated-earlier",
    [
        (U, "The customer's retention certificate was issued on 2 April 2029."),
        (A, "Noted."),
        (U, "and it runs out 3,652 days after that, so when's the expiry?"),
    ],
    "The start date is only in an earlier turn.",
)
convo(
    "conv-why-so-low",
    [
        (U, "The dividend came out at 25p in the £."),
        (A, "So unsecured creditors get a quarter of what they're owed."),
        (U, "Why so low when the company sold £186,400 of assets?"),
    ],
    "Asks for an explanation.",
)
convo(
    "conv-average-and-judge",
    [
        (U, "Scanning results for three flocks: 182%, 168% and 175%."),
        (A, "Thanks - all three are respectable for lowland ewes."),
        (U, "Average them and tell me if the farm should be pleased."),
    ],
    "A judgement on top of figures from an earlier turn.",
)
convo(
    "conv-birth-card-rule",
    [
        (
            U,
            (
                "In my system you add the digits of a birth date, then add again until it's 22 or "
                "less. That number is the birth card."
            ),
        ),
        (A, "Got it - reduce the digit sum to 22 or below."),
        (U, "What's the birth card for 14 July 1990?"),
    ],
    "A made-up reduction rule given earlier, and the card's meaning is expected.",
)
convo(
    "conv-continue-the-sequence",
    [
        (U, "Surgeries so far: 10 January, 7 February and 7 March 2031."),
        (A, "That's every four weeks, on Fridays."),
        (U, "So when is the one after the fifth?"),
    ],
    "Needs the pattern from earlier turns.",
)
convo(
    "conv-board-bullets",
    [
        (
            U,
            (
                "Tender results: Acme £48,200, Brightway £51,500, Coldharbour £47,950. Quality "
                "scores 72, 88 and 64."
            ),
        ),
        (A, "Coldharbour is cheapest but scored lowest on quality."),
        (U, "Give me three bullet points for the board summarising that."),
    ],
    "A writing request based on earlier figures.",
)
convo(
    "conv-percent-rise-follow-up",
    [
        (U, "Last year's maintenance fee was £1,090 and this year it's £1,146."),
        (A, "That's a rise of £56."),
        (U, "As a percentage?"),
    ],
    "The follow-up needs the figures from earlier turns.",
)
convo(
    "conv-practice-questions",
    [
        (U, "I run a maths club at work and want to use our lottery syndicate as a theme."),
        (A, "That's a fun idea - shares and percentages work well."),
        (U, "Make me three practice questions with answers."),
    ],
    "Writing new questions, not answering one.",
)
convo(
    "conv-chained-deadline",
    [
        (U, "Contract signed 14 August 2031; the post goes live 30 days later."),
        (A, "That's 13 September 2031."),
        (U, "and the invoice is due 45 days after it goes live?"),
    ],
    "Chains from a date in an earlier turn.",
)
convo(
    "conv-compare-quotes",
    [
        (U, "Quote A: softener £695 plus £180 fitting. Quote B: £820 fitted."),
        (A, "A is £875 before any discount, so B is cheaper as it stands."),
        (U, "Which is cheaper if A takes 15% off the unit only?"),
    ],
    "The comparison depends on the quotes from earlier turns.",
)
convo(
    "conv-misheard-unit",
    [
        (U, "The convoy's limited to 40 on the dual carriageway. What's that in the other unit?"),
        (A, "40 km/h is about 24.9 mph."),
        (U, "No, I meant 40 mph - so what's it in km/h?"),
    ],
    "Corrects a misread unit from the earlier exchange.",
)
convo(
    "conv-json-output",
    [
        (U, "Return every answer as JSON with keys value and unit, nothing else."),
        (A, "Understood - JSON only from here on."),
        (U, "convert 3,000 psi to bar"),
    ],
    "The earlier turn fixes a JSON output format.",
)
convo(
    "conv-quarter-hour-billing",
    [
        (U, "We pay the model in quarter hours, always rounding up, at £22 an hour."),
        (A, "Understood."),
        (U, "She sat from 18:50 to 21:10. What do we owe her?"),
    ],
    "The rounding-up rule is only in the earlier turn.",
)
convo(
    "conv-rank-bids",
    [
        (U, "Bids in: Acme £48,200, Brightway £51,500, Coldharbour £47,950."),
        (A, "Three bids received."),
        (U, "Rank them cheapest first and say how much more each is than the cheapest."),
    ],
    "Needs the bids from the earlier turn.",
)
convo(
    "conv-times-in-words",
    [
        (U, "It's for the baby class board, so give times in words like 'half past three'."),
        (A, "Will do."),
        (U, "What time is 2 hours 45 minutes after 10:30?"),
    ],
    "The clock sum is simple; the earlier turn asks for the time in words.",
)
convo(
    "conv-packs-of-ten",
    [
        (U, "Radon detectors only come in packs of 10."),
        (A, "OK."),
        (U, "How many packs for 42 flats?"),
    ],
    "The pack size comes from the earlier turn, and it needs rounding up.",
)
convo(
    "conv-previous-answer-other-unit",
    [
        (U, "What's 62 mph in km/h?"),
        (A, "62 mph is about 99.78 km/h."),
        (U, "and in metres per second?"),
    ],
    "The follow-up refers to a speed given in earlier turns.",
)
convo(
    "conv-cycle-length-rule",
    [
        (U, "I reckon my ewes cycle every 17 days. The tups went in on 5 October 2030."),
        (A, "So the first repeat would be around 22 October."),
        (U, "And when's the third cycle after that?"),
    ],
    "A cycle length and start date given earlier.",
)
convo(
    "conv-formal-rewrite",
    [
        (U, "What's the total award: £340 refund, £16.32 interest, £150 distress?"),
        (A, "£506.32 in total."),
        (U, "Rewrite that more formally for the final decision letter."),
    ],
    "A writing request.",
)
convo(
    "conv-time-left-in-session",
    [
        (
            U,
            (
                "Two-hour class. We've done five 2-minute poses and four 10-minute poses, plus a "
                "15-minute break."
            ),
        ),
        (A, "That's 10 + 40 + 15 = 65 minutes so far."),
        (U, "How long is left for the long pose?"),
    ],
    "Relies on the session length and poses from earlier turns.",
)
convo(
    "conv-ambiguous-referent",
    [
        (U, "The ring is 20 ft square and the apron is another 3 ft on each side."),
        (A, "So including the apron it's 26 ft square."),
        (U, "What's it in square metres then?"),
    ],
    "'It' could be the ring or the ring with the apron; needs clarifying from context.",
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# this set's own structural asserts
_POS = [i for i in items if i["label"] != "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _POS if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_per_reg = {r: sum(1 for i in _POS if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ord if i["family"] == r) == 4 for r in REGISTERS)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")), _i["id"]
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
    # no register (family name) of this set is a family name of sets 19 to 88
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 88: {reused}"
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
