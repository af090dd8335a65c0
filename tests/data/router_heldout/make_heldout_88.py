r"""Generate heldout-2027-03-01.jsonl: an eighty-eighth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed88/earlier_registers.txt (in full: a `wc -lc` gave 1475 lines and 34722 characters, a
`head -3` showed its first names, then a `tr` turning its newlines into spaces was printed in two
pieces, `head -c 17500` and `tail -c +17400`, which overlap by 101 characters, so nothing was left
out): the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed88/make_heldout_87.py (a `wc -l` gave 2483 lines, as the brief said): lines 1-544 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 816-876 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1083-1167 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1394-1401 (its
negatives section header, neg() and conv()) and 2260-2483 (its stated-weekday check, its checks and
main()). None of set 87's query blocks (545-815, 877-1082, 1168-1393, 1402-2259) was opened or
printed.

The first command ran an `ls -la` of /work/main/.venv/.installed (not there yet), an `ls` of
/work/sealed88 (earlier_registers.txt and make_heldout_87.py), a `wc -l` of both files and `mkdir
-p /tmp/h88`. The second copied the five ranges by `sed -n A,Bp` into /tmp/h88/p1.py, p2.py, p3.py,
p4.py and p5.py (not printed), ran a `wc -l` of the copies (544, 61, 85, 8 and 224) and the `cat`
of grading.py. The next three commands printed the first copy in three pieces by `sed -n 1,200p`,
`sed -n 200,400p` and `sed -n 400,544p` (overlapping at lines 200 and 400); one command then
printed the second to fourth copies by `cat` and the next the fifth. The display cut nothing, so
all of the allowed ranges were seen and nothing outside them. The next command ran the `wc -lc`,
`head -3` and first `tr` piece of earlier_registers.txt and the one after it the second piece.
Nothing under /work/main was opened or listed apart from grading.py and the following, which this
writer discloses: the `ls -la` of /work/main/.venv/.installed (the brief asks to wait for it), a
second such `ls -la` (it was there by then) in the same command as an `ls` of /work/main/.venv/bin
piped to `head -30` (a listing of the first thirty executables of the virtual environment, made to
see what it held; no file was opened), and the `--version` of the venv's python (3.11.7) and ruff
(0.17.6). Nothing under router/, tools/, docs/, server/ or tests/ was opened or listed, nor
README.md or pyproject.toml. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). No other /work/sealed* directory was listed.
The earlier generators (sets 1-87) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); importing make_heldout_87.py runs its module level, which builds its
items, but its queries were never printed. No JSONL file was opened (not even this set's own
output: only this generator's summary, its failure messages, `tail` and `sed -n 1,4p` excerpts of
its printed summary, ruff's output and its --show listing of ids, expected values and tolerances,
picked out by a `grep` and laid out by `column -t`, were read), no git command was run, no network
and no search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h88/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), `sort -c` (sorted), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the
chosen trades and their neighbours (salvage, reclaim, cold, freez, storage, corset, lingerie, doll,
miniat, mediat, divorce, flood, restor, hypno, hemp, job, lighting, lightn, lamp, match, dating,
motocross, motor, murder, mystery, dinner, secur, cyber, penetr, stylist, shopper, pet_, reloc,
playground, play, railway, revenue, ticket, shepherd, hut, disco, headphone, slim, weigh, trauma,
crime, admission, visa, passport, immig and university); it printed the names sharing a word or
fragment; those and other names seen in the full reading of the list that were judged neighbouring
trades are listed below. The next command wrote and ran /tmp/h88/subst.py (a `cat` heredoc, run by
the system `python3`): it cut the first copy at the line that is exactly `from __future__ import
annotations` (asserted to be the only such whole line), so set 87's docstring is not part of this
file, and substituted this set's OUT and PREFIX, "sets 1-86" -> "sets 1-87" in the comment on
EARLIER_DIRS (the tuple itself and earlier_path() are kept as they were), EARLIER (sets 1-87,
`range(2, 87)` -> `range(2, 88)`) and REGISTER_CHECK (sets 19-87, adding make_heldout_87.py after
make_heldout_86.py), all in the first block, and "sets 19 to 86" -> "sets 19 to 87" in one comment
and one message string of main() in the last block (each substitution asserted to apply once, the
last twice; it printed "ok" for each). It wrote the cut first block and the substituted last block
as c1.py and c5.py (the second to fourth copies are used as copied); the same command ran a `head
-3` of c1.py, a `grep -nE` of c1.py and c5.py for "86", "87", "88" and "19 to" (with the
REGISTER_CHECK lines of sets 19-85 filtered out) and a `tail -2` of c1.py. Then `cat` heredocs
wrote this set's own blocks under /tmp/h88/own/: a_calc.py (money(), the register constants and
REGISTERS, and the calculator items, with a `grep -cE` of lines opening with calc( (45) and a `grep
-c` of lines holding only a register constant (56: the 25 of REGISTERS and the 31 register word
problems)), b_units.py (unit constants and unit items, with a `grep -cE` of lines opening a unit
call, 45), c_dates.py (date items, with a `grep -c` of its date_item calls, 45), d_negs.py (the
ORDINARY table, with a count of its lists, 25), e_near.py (near-positive negatives, with a `grep
-c` of its near( calls, 65) and f_convs.py (conversations and this set's own structural asserts,
with a `grep -c` of its convo( calls, 35). Between e_near.py and f_convs.py an inline system
`python3` script replaced five near-positives by others for a wider spread over the registers (its
first attempt stopped at its own assert, as its search strings began with a stray quote; the second
applied each replacement once and printed "ok"), followed by a `grep -c` of near( calls (65) and a
`uniq -d` of the near families (none repeated). A further command wrote /tmp/h88/wrap.py (it splits
every string literal of the own blocks on a line over 99 characters at spaces outside braces into a
parenthesised implicit concatenation of pieces of at most 66 characters, giving the f prefix only
to pieces holding braces, and writes the result to /tmp/h88/own_w/), /tmp/h88/assemble.py (it
builds this file from /tmp/h88/doc.txt, or a one-line placeholder, and the blocks in order: c1.py,
own_w/a_calc.py, p2.py, own_w/b_units.py, p3.py, own_w/c_dates.py, p4.py, own_w/d_negs.py,
own_w/e_near.py, own_w/f_convs.py and c5.py, and prints its line count) and a helper
/tmp/h88/run.sh (it runs wrap.py and assemble.py from /tmp, then from /work/main as the working
directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file,
writing the latter's output to /tmp/h88/ruff.txt and printing the exit codes and its `tail -3`,
then this generator from /tmp, passing on any arguments, writing its output to /tmp/h88/out.txt,
and prints its exit code and the `tail -6` of it, and last a system `python3` list of the lines of
this file over 99 characters), and ran run.sh. Between runs, inline system `python3` scripts
applying exact replacements to the own blocks (each asserted to apply once) made the edits listed
under "Checks that failed along the way". After the run that passed every check, run.sh with --show
(printing to /dev/null) and the listing of ids, expected values and tolerances (a `sed -n 1,4p` and
a `grep` of out.txt laid out by `column -t`) were read, and the layout ruff format gave this file
was looked at by a `grep -n`, a `sed -n` and a `grep -A` of this file's own items. Then an edit by
this writer's own review (see below) and one more run of run.sh (with a `tail -4` of its output and
a `sed -n 1,3p` of out.txt). Then `grep -o -F` counts over the own blocks were taken (money( 33:
its def, two in its assert and 30 calls; sayw( 4; clock_span( 3; nth_weekday( 5; weeks(D 1;
TD(weeks 7; EXACT 9; unit_r( 36; weekday(D 6; days(D 6; age(D 1; whole_up(, sayus(, OZ and SQYD
none), with a `cat` of ruff.txt and a `grep -c` of the non-empty lines of out.txt. This docstring
was written last over the placeholder: its source text, /tmp/h88/doc/doc_src.txt, was written by a
`cat` heredoc (an inline system `python3` replacement then added the weekday of a stated date to
its list of date queries), and /tmp/h88/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps
the indented lines as they are and asserts that the words are unchanged, that no line exceeds 99
characters, that every register value is named and that the text holds no three quotes of its own)
filled it to 99 columns into /tmp/h88/doc.txt; then run.sh was run again, with a `cat` of ruff.txt
and a `sed -n 1,3p` of out.txt (every check passed, the same sha256). An inline system `python3`
script then edited this docstring's source to record that `sed` (and this sentence), make_doc.py
was run again, a second inline replacement added the parenthesis above about the weekday of a
stated date, make_doc.py was run again with a `grep` of doc.txt (its pattern matched nothing, so it
printed nothing), a third inline replacement recorded those steps in this sentence and make_doc.py
was run a last time; and then, in one command, run.sh once more (rebuilding this file with this
docstring; its output shown by `tail`), `ruff format --no-cache --check` and `ruff check
--no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h88`, an `ls` of /tmp/h88
(gone) and an `ls` of /work/sealed88. Writes: only this file and its JSONL in /work/sealed88/
(earlier_registers.txt and make_heldout_87.py left as they were); temporary blocks, scripts and
output under /tmp/h88/ were deleted afterwards. Nothing was written into /work/main. Every run of
this generator used /work/main/.venv/bin/python. The JSONL's sha256 from the last edit of the items
on was 917c7da6ac8bc90b873c75ad6e9b44bf59dc83edc9cfe0c5d321778558fe3667 (335 lines); the docstring
does not enter the output.

Changes to set 87's main() and checks: only the substitutions listed above (file names, sets 1-87
for the duplicate check, sets 19-87 for the register check). Set 87 lies next to this file in
/work/sealed88, and EARLIER_DIRS and earlier_path() are kept as set 87 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_87.py is found next to this file and, as no other
generator lies here, sets 1-86 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 87's as copied;
ruff format may have changed layout only. All of set 87's checks are kept: counts per kind, ids and
prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used once, by a plain weeks one-liner), clock_span()
(used three times), nth_weekday() (used five times), age() (used once), days() (six times),
unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 36), say() (used only
through sayw()), sayw() (four calls: three date items and one conversation, for stated weekdays),
sayus() (not used here; the two US-style dates are written out in the text and carry no weekday),
OZ (not used here), SQYD (not used here), SQFT and CUFT. Added, newly written: money() (asserts
whole pence, with an assert of its own; every calculator money answer passes through it, 30 of
them; the one other register calculator answer is a count of university offers), MM, CM, KM, GRAM,
LITRE, SQM and HA, with asserts on IN/MM, CM/MM, MI/KM, ACRE/HA, SQFT, CUFT/LITRE, KMH, LB/GRAM,
f_to_c(-13), c_to_f(41) and f_to_c(-12); the register constants and the REGISTERS tuple (sorted,
asserted 25 and distinct); an assert that the square-root one-liner's radicand is a perfect square;
the ORDINARY table and the near() and convo() helpers with their NEAR and CONVS lists; and this
set's own asserts, rewritten from set 87's docstring's description of them (its code was not seen):
the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four each; NEAR has 65
entries and CONVS 35, each with distinct families, all "near-..." and "conv-..." respectively
(asserted by the helpers and after each list); the positive registers of each tool are exactly the
REGISTERS, with 31 register word problems per tool; exactly 18 registers have four positives and 7
have three; the ordinary negatives are 100, four per register; every negative outside the registers
is a near-... or conv-... family; no positive contains an all-numeric date (NUMERIC_DATE_POS, this
set's own pattern; no positive uses one at all). The date items' weeks() call asserts whole weeks,
and date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 87's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 87's, copied (P = "plain" is copied too, as the
last line of the first block). Set 87's docstring (within lines 1-544) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen. Some of this set's near-positive and conversation
kinds share generic kinds with those lists, newly worded with new figures and subjects: current
prices, fees and rates (minimum wage, visa fee, processing times, Clearing places, a maintenance
loan table, a benefit taper, a penalty fare, a salvage valuation, the going rate for miniatures),
rules and regulations (passport validity, a rabies wait, a THC limit, hut planning, break of
journey, transmitter frequencies), estimates (hemp yield, drying time, password cracking time,
hypnotherapy sessions, dog years), judgements (corset reduction, a compatibility score, colour
temperature, a noise test, an earth resistance, a frozen load's temperature excursion, a moisture
reading), sizing tables (an IATA crate, corset sizing), codes that look like arithmetic (lamp caps
GU10 and GU5.3, a port number, HTTP status codes, a UN number, a CVSS band, engine classes 250F and
125) and missing figures (a downlight count, dehumidifier sizing, child maintenance, delay
compensation); and for conversations an invented currency (crowns of 12 pennies), a pricing rule
(every eleventh rider free), redefined words (a 50-minute session, a 1.6 km lap), a week numbering
(club weeks from a Thursday), an assumed rate (VAT at 17.5%) and a reference to an earlier answer.
No item of set 87 was seen, so none was reused verbatim. New kinds here (not in set 87's lists as
far as its docstring shows): a rolling 90/180-day stay rule, a Chinese zodiac animal and a star
sign for a birth date, a logic puzzle with alibi times, a sunset time for a place and date, lumens
to replace an old bulb's watts, a freezer star rating in degrees, an ammonia exposure limit, a BMI
band, a diet plan's food points, UCAS tariff points, a grade boundary, a GCSE number-to-letter
mapping, half scale (1:24 against 1:12), a named slate size, imperial brick coursing, a lux
guideline, a rolling sphere radius, a surfacing depth for a fall height, an impact test (HIC)
verdict, headphone volume safety, an ozone re-entry time and a water damage category; and these
conversation kinds: Roman numerals, pounds, shillings and pence, fractions of an inch, a price list
given earlier, a running tab, a 30/360 day count, a financial year starting on 6 April, Sundays not
counted, one CSV line, a Python one-liner instead of a number, checking an apprentice's working, a
mental shortcut, a low and high range, figures in thousands, yes or no against a budget, a
limerick, an explanation for a child, a scale set earlier, an ambiguous rate needing a clarifying
question, a newspaper headline, metric first with imperial in brackets, margin on price rather than
markup, an issue date counted as day 1, a text message to a family, fortnights and days, a
challenge to a wrong earlier answer, a bill split with one exception and a system turn asking for
kelvin. Some conversations (Roman numerals, old money, fractions, CSV, Python, limerick, headline,
a child's explanation, a mental shortcut, a range, metric first, kelvin, yes or no) end in a user
turn that could be computed alone, or nearly; they are negatives, as in set 87, because the earlier
turn changes what a right answer looks like. Some near-positives depend on current figures (fees,
wages, processing times, vacancies, loan tables, penalty fares, valuations, prices at fairs) or on
live data; they are negatives, with no "now" field. No positive depends on a looked-up figure:
every rate, price, fee and discount is given in the text, so the answer follows from the text
alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the architectural salvage yard next to the house clearance firm, the scrap metal yard
weighbridge, the antiques centre stallholder and the auction house saleroom clerk; the cold storage
warehouse next to the commercial refrigeration engineer, the self storage unit front desk, the
fulfilment centre pick team and the food bank warehouse; the corsetry workroom next to the bridal
alterations seamstress and tailor, the milliner, the curtain making workroom and the theatrical
wigmaker; the dolls house miniaturist next to the doll hospital, the model village attraction, the
wargames miniature painter and the model railway registers; the family mediation service next to
the debt advice service, the conveyancing solicitor desk, the paralegal court filing desk and the
foster carer household notes; the flood restoration contractor next to the damp proofing
contractor, the carpet steam cleaning service, the emergency plumber callouts and the drain jetting
van; the hypnotherapy practice next to the acupuncture clinic bookings, the sports massage
therapist, the sleep clinic technician and the flotation tank centre; the industrial hemp grower
next to the flax scutching linen mill, the jute sack mill, the cotton ginnery and the hop farm; the
jobcentre work coach next to the temp recruitment agency desk, the refugee resettlement caseworker
notes and the debt advice service; the lighting showroom next to the stage lighting rigger, the
festive lights installer, the chandelier crystal restorer, the street lighting maintenance crew and
the lampshade making workshop; the lightning protection installer next to the steeplejack, the TV
aerial installer, the rooftop solar installer and the domestic electrician rewire jobs; the
matchmaking introduction agency next to the au pair placement agency and the barn wedding venue
coordinator (the radiocarbon dating lab shares only a word); the motocross practice track next to
the BMX race track commissaire, the go kart track, the motorcycle CBT training school, the vintage
motorcycle rally marshal and the dune buggy tour operator; the murder mystery dinner company next
to the escape room registers, the haunted walk tour guide and the village panto society; the
penetration testing consultancy next to the office IT helpdesk, the data centre night operations,
the freelance web designer and the security guard patrol rota; the personal shopper stylist next to
the fashion retail buying office, the vintage clothes resale app and the mobile makeup artist; the
pet relocation agent next to the removal van firm, the boarding cattery, the pet sitting home
visits, the freight forwarder customs desk and the travel vaccination clinic; the playground
equipment installer next to the artificial grass installer, the soft play centre, the fairground
ride inspector and the garden decking installer; the railway revenue protection inspector next to
the railway lost property office, the funicular railway ticket office, the freight train driver
roster, the railway signal box relief signaller and the ferry ticket office; the shepherds hut
maker next to the yurt maker, the treehouse builder, the bike shed maker, the glamping pod site
office and the huts of other registers (beach hut rental, alpine hut warden); the silent disco
headphone hire next to the mobile DJ gig sheet, the photo booth hire and the bouncy castle hire
firm; the slimming club weigh-in next to the dietitian outpatient clinic, the personal fitness
trainer and the meal prep delivery kitchen (the scrap metal yard weighbridge shares only a word);
the trauma scene cleaning crew next to the domestic cleaning agency, the holiday let changeover
cleaners, the house clearance firm and the asbestos survey consultancy; the university admissions
office next to the university research grants office, the student halls accommodation office, the
exam script marker and the private tuition agency; the visa application centre next to the refugee
resettlement caseworker notes, the freight forwarder customs desk, the bureau de change kiosk, the
high street travel agent and the notary public office; the judgement of "different topic" is this
writer's. Two of this set's registers touch each other (the visa application centre and the pet
relocation agent both handle travel papers, for people and for animals). At the edges of the
allowed ranges: line 544 is P = "plain", 816, 1083 and 1394 are section headers, 2260 opens the
stated-weekday check and 2483 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; three items that the duplicate check reported as exact
repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded, see
below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an
overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn
is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 87 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format and ruff check (no finding) and every check of the generator up to the duplicate check,
which reported three items by id as repeats of earlier queries or user turns: the dog years
near-positive and the plain mph-to-km/h and bar-to-psi one-liners; an inline script reworded them
with the same figures and answers, without the earlier queries being looked at. The second run
passed every check, and the list of lines over 99 characters was empty. Then, by this writer's own
review and not after a failed check, two date items were reworded to write their dates the American
way (month first, spelled out), for more US usage: the headphone hire days and the coat's return
deadline, with the same dates and answers; the next run passed every check. Every later run passed
every check. The register check, the stated-weekday check, the counts, the gradability checks, this
set's own structural asserts, money()'s asserts and unit_r()'s asserts passed on every run that
reached them; no line of this file was ever over 99 characters after ruff format, and ruff check
found nothing on any run. The only other failure was the inline replacement script's own assert
described above (a stray quote in its search strings), before any run of the generator.

Registers (families), 25, new: architectural_salvage_yard, cold_storage_warehouse,
corsetry_workroom, dolls_house_miniaturist, family_mediation_service, flood_restoration_contractor,
hypnotherapy_practice, industrial_hemp_grower, jobcentre_work_coach, lighting_showroom,
lightning_protection_installer, matchmaking_introduction_agency, motocross_practice_track,
murder_mystery_dinner_company, penetration_testing_consultancy, personal_shopper_stylist,
pet_relocation_agent, playground_equipment_installer, railway_revenue_protection_inspector,
shepherds_hut_maker, silent_disco_headphone_hire, slimming_club_weigh_in,
trauma_scene_cleaning_crew, university_admissions_office, visa_application_centre. Every register
is used by all three tools (asserted); eighteen distinct registers have one further positive (a
second calculator word problem: architectural_salvage_yard, corsetry_workroom,
matchmaking_introduction_agency, murder_mystery_dinner_company, personal_shopper_stylist,
visa_application_centre; a second unit word problem: cold_storage_warehouse,
flood_restoration_contractor, industrial_hemp_grower, lightning_protection_installer,
motocross_practice_track, playground_equipment_installer; a second date word problem:
family_mediation_service, hypnotherapy_practice, jobcentre_work_coach, pet_relocation_agent,
railway_revenue_protection_inspector, university_admissions_office). The seven registers with three
positives are dolls_house_miniaturist, lighting_showroom, penetration_testing_consultancy,
shepherds_hut_maker, silent_disco_headphone_hire, slimming_club_weigh_in and
trauma_scene_cleaning_crew. Positives are one-liners (family "plain") or word problems of one to
three sentences, in UK usage with £ and pence, stone and pounds, feet, inches and miles, and some
in US usage with dollars, an inseam and month-first written dates, and other touches (reclaimed
boards with a discount and bricks with a delivery and a deposit, pallet storage with handling both
ways, a corset deposit and two instalments, boning and busks for a batch, a miniatures fair's
profit after the pitch fee, mediation fees split 60/40 with an assessment meeting each,
dehumidifier hire with VAT, a block of sessions, bales docked for moisture, a claimant's pay over
four weeks, a trade order with a discount, a lightning protection quote, a membership fee less its
joining fee in instalments, introductions per tier, a practice day's gate with free marshals, a
corporate booking with an undiscounted supplement, actors' fees and mileage, a pen test with a
half-rate retest and an early discount, a shopping budget and a stylist's fee, a pet relocation fee
on top of costs, surfacing less a grant with an upfront share, a penalty fare rule, a hut deposit
on options, a headphone hire invoice with losses, a countdown pack saving, a cleaning invoice with
VAT, offers to a share of applicants, visa fees for a family and fees converted from dollars; a
parquet order, a blast freezer, a pallet of peas, a corset waist, a scale door, a handover
distance, a flooded lounge and pumped water, a therapy room, hemp hectares and a plant's height, a
commute, a pendant drop, air terminals and a chimney, a client's height, a speed trap and a
compressor, a ballroom, exfiltrated data, an inseam, a dog's travel weight, a fall height and mulch
bags, a line speed, a hut floor, a transmitter's range, a member's weight loss, a room's volume, a
portfolio folder and a passport photo; Celsius and Fahrenheit both ways, mph to km/h, psi and bar
both ways, MiB to GiB, square feet to square metres, acres and hectares both ways, cubic feet to
litres and cubic metres, kilograms and pounds both ways, millimetres and centimetres to inches,
inches to centimetres, feet and inches to metres, metres to feet and yards, miles and kilometres
both ways), some chatty, terse or lower-case, with questions at the start or the end, and one a
statement to complete. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 87: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, a hire counting both the day out and the day back, an installation
counting its first day as day 1, a visa counting its issue date as day 1, the fourth fortnightly
session, the sixth weekly session, the third appointment after a stated one at 14-day intervals,
21, 23, 28, 30, 45, 90, 110, 270, 500 and 1,000 days after and 45 days before a date, the weekday
120 and 330 days after and 10 days before a date, 5, 9, 11, 13 and 16 weeks after and 6 weeks
before a date, weeks between two stated dates (a plain one-liner), the weekday of a stated date,
the first Monday, last Sunday, second Saturday, third Sunday and fourth Wednesday of a stated month
and year, and a day of the year counting 1 January as day 1); the one age is in whole years from a
stated birth date to a stated date, and the three clock spans run from one stated time to the next
occurrence of the other (one crosses midnight, saying "the following morning"; two lie within one
day; two are in minutes and one in hours). Every rounded unit result stays within its 1e-3
tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 87):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_88.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-03-01.jsonl"
PREFIX = "ho88-"
# earlier generators: sets 1-87 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 88))
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
    """An amount of money, asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100) and money(7) == 7

SALV = "architectural_salvage_yard"
COLD = "cold_storage_warehouse"
CORS = "corsetry_workroom"
DOLL = "dolls_house_miniaturist"
MED = "family_mediation_service"
FLOOD = "flood_restoration_contractor"
HYPNO = "hypnotherapy_practice"
HEMP = "industrial_hemp_grower"
JOB = "jobcentre_work_coach"
LIGHT = "lighting_showroom"
LPS = "lightning_protection_installer"
MATCH = "matchmaking_introduction_agency"
MOTO = "motocross_practice_track"
MURDER = "murder_mystery_dinner_company"
PEN = "penetration_testing_consultancy"
STYL = "personal_shopper_stylist"
PET = "pet_relocation_agent"
PLAY = "playground_equipment_installer"
RAIL = "railway_revenue_protection_inspector"
HUT = "shepherds_hut_maker"
DISCO = "silent_disco_headphone_hire"
SLIM = "slimming_club_weigh_in"
TRAUMA = "trauma_scene_cleaning_crew"
UNI = "university_admissions_office"
VISA = "visa_application_centre"
REGISTERS = (
    SALV,
    COLD,
    CORS,
    DOLL,
    MED,
    FLOOD,
    HYPNO,
    HEMP,
    JOB,
    LIGHT,
    LPS,
    MATCH,
    MOTO,
    MURDER,
    PEN,
    STYL,
    PET,
    PLAY,
    RAIL,
    HUT,
    DISCO,
    SLIM,
    TRAUMA,
    UNI,
    VISA,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "what's 4,386 times 27?", 4386 * 27)
calc(P, "17.5% of 2,440", pct("17.5") * 2440)
calc(P, "(938 + 1,207) / 13 = ?", F(938 + 1207, 13))
RADICAND = 7921
assert math.isqrt(RADICAND) ** 2 == RADICAND  # a perfect square
calc(P, "Square root of 7,921, please.", math.isqrt(RADICAND))
calc(P, "2 raised to the 17th power", 2**17)
calc(P, "Could you work out 63.84 divided by 2.4 for me?", dec("63.84") / dec("2.4"))
calc(P, "how much is three eighths of 9,960", F(3, 8) * 9960)
calc(P, "7,003 minus 4,987.65", 7003 - dec("4987.65"))
calc(P, "Increase 1,280 by 35%.", 1280 * (1 + pct(35)))
calc(P, "12 cubed minus 9 squared?", 12**3 - 9**2)
calc(P, "1/8 plus 3/5, as a decimal", F(1, 8) + F(3, 5))
calc(P, "What is the mean of 84, 91, 77, 96 and 88?", F(84 + 91 + 77 + 96 + 88, 5))
calc(P, "knock 12 percent off 3,650", 3650 * (1 - pct(12)))
calc(P, "486 × 0.045 =", 486 * dec("0.045"))

# register word problems
calc(
    SALV,
    (
        "Reclaimed oak boards are £42 per square metre. A customer is "
        "taking 18.5 m² and we're giving 10% off for clearing the stack. "
        "What do they pay?"
    ),
    money(42 * dec("18.5") * (1 - pct(10))),
)
calc(
    SALV,
    (
        "balance owing? 1,150 reclaimed victorian bricks at 85p each, £60 "
        "for the pallet delivery, and they've already put down a £200 "
        "deposit"
    ),
    money(1150 * dec("0.85") + 60 - 200),
)
calc(
    COLD,
    (
        "Storage is £7.40 per pallet per week, plus £3.25 per pallet for "
        "handling in and another £3.25 for handling out. A customer keeps "
        "36 pallets with us for 5 weeks. What's the bill?"
    ),
    money(dec("7.40") * 36 * 5 + dec("3.25") * 2 * 36),
)
calc(
    CORS,
    (
        "Bespoke overbust corset at £680. The client pays a 40% deposit at "
        "the first fitting and splits the rest into two equal payments. "
        "How much is each of those payments?"
    ),
    money(680 * (1 - pct(40)) / 2),
)
calc(
    CORS,
    (
        "Batch of 7 corsets: each needs 22 steel bones at £1.35 a bone "
        "plus one busk at £4.80. What do the bones and busks come to for "
        "the batch?"
    ),
    money(7 * (22 * dec("1.35") + dec("4.80"))),
)
calc(
    DOLL,
    (
        "I sell 1:12 scale chairs at £14.50 each and the materials come to "
        "£2.15 a chair. At the fair I sold 23 and the pitch cost me £45. "
        "What was my profit?"
    ),
    money(23 * (dec("14.50") - dec("2.15")) - 45),
)
calc(
    MED,
    (
        "Mediation is £150 an hour for the couple together. They had three "
        "90-minute sessions and split the session fees 60/40, and each "
        "also paid £95 for their own assessment meeting. What did the one "
        "paying 60% pay altogether?"
    ),
    money(150 * dec("1.5") * 3 * pct(60) + 95),
)
calc(
    FLOOD,
    (
        "4 dehumidifiers on hire for 12 days at £18 per unit per day, plus "
        "£240 for moisture mapping, plus VAT at 20% - invoice total?"
    ),
    money((18 * 4 * 12 + 240) * (1 + pct(20))),
)
calc(
    HYPNO,
    (
        "My sessions are £85 each, or £450 for a block of six. How much "
        "per session does a client save by booking the block?"
    ),
    money(85 - F(450, 6)),
)
calc(
    HEMP,
    (
        "We sold 340 bales of hemp straw at £28.50 a bale, but the "
        "processor docked 4% for moisture. How much were we actually paid?"
    ),
    money(340 * dec("28.50") * (1 - pct(4))),
)
calc(
    JOB,
    (
        "If a claimant takes the job at 22.5 hours a week and £12.60 an "
        "hour, what does that come to over 4 weeks before deductions?"
    ),
    money(dec("22.5") * dec("12.60") * 4),
)
calc(
    LIGHT,
    (
        "Trade order: 14 downlights at £23.40 and 3 pendants at £189, less "
        "15% trade discount on the lot. Total?"
    ),
    money((14 * dec("23.40") + 3 * 189) * (1 - pct(15))),
)
calc(
    LPS,
    (
        "Church tower quote: 64 m of copper tape at £11.80 a metre, 6 "
        "earth rods at £38.50 each and two days' labour at £420 a day. "
        "What's the total before VAT?"
    ),
    money(64 * dec("11.80") + 6 * dec("38.50") + 2 * 420),
)
calc(
    MATCH,
    (
        "Gold membership costs £2,400 altogether. The £600 joining fee "
        "counts towards it and the rest is paid in 8 equal monthly "
        "instalments. How much is each instalment?"
    ),
    money(F(2400 - 600, 8)),
)
calc(
    MATCH,
    (
        "silver tier is 6 introductions for £1,350, gold is 10 "
        "introductions for £1,950. how much cheaper per introduction is "
        "gold"
    ),
    money(F(1350, 6) - F(1950, 10)),
)
calc(
    MOTO,
    (
        "Practice day: adults pay $35, juniors $22 and marshals ride free. "
        "48 riders signed in; 17 were juniors and 7 were marshals (all "
        "adults). How much did we take at the gate?"
    ),
    money((48 - 17 - 7) * 35 + 17 * 22),
)
calc(
    MURDER,
    (
        "Corporate booking for 64 guests at £58 a head with 10% off, plus "
        "a £150 supplement for an extra actor that isn't discounted. "
        "What's the total?"
    ),
    money(64 * 58 * (1 - pct(10)) + 150),
)
calc(
    MURDER,
    (
        "Each of our 5 actors gets £140 a show plus 45p a mile, and the "
        "venue is an 86-mile round trip. What does the cast cost us for "
        "one show?"
    ),
    money(5 * (140 + dec("0.45") * 86)),
)
calc(
    PEN,
    (
        "Quote for a web app pen test: 7 consultant days at $1,150/day "
        "plus one retest day at half the day rate, then 10% off because "
        "they signed early. What's the total?"
    ),
    money((7 * 1150 + F(1150, 2)) * (1 - pct(10))),
)
calc(
    STYL,
    (
        "My client's budget is £1,500 and so far she's spent £389, £212.50 "
        "and £647.99. How much has she got left?"
    ),
    money(1500 - 389 - dec("212.50") - dec("647.99")),
)
calc(
    STYL,
    (
        "I charge $65/hour. A 3.5 hour shopping trip for a returning "
        "client who gets 20% off - what's my fee?"
    ),
    money(65 * dec("3.5") * (1 - pct(20))),
)
calc(
    PET,
    (
        "Relocating a Labrador: crate £265, air cargo £1,840, vet health "
        "certificate £180, and our fee is 12% on top of those three. What "
        "does the owner pay in total?"
    ),
    money((265 + 1840 + 180) * (1 + pct(12))),
)
calc(
    PLAY,
    (
        "86 m² of wetpour surfacing at £74 per m², minus a £500 grant from "
        "the parish council. The school pays 25% of what's left upfront. "
        "How much is the upfront payment?"
    ),
    money((86 * 74 - 500) * pct(25)),
)
calc(
    RAIL,
    (
        "On this line the penalty fare is £20 or twice the full single "
        "fare, whichever is greater. The full single is £13.85. What's the "
        "penalty fare?"
    ),
    money(max(20, 2 * dec("13.85"))),
)
calc(
    HUT,
    (
        "A 16 ft shepherd's hut is £24,500 and the customer adds a wood "
        "burner at £1,850 and double glazing at £2,200. We take 30% of the "
        "total as a deposit. How much is that?"
    ),
    money((24500 + 1850 + 2200) * pct(30)),
)
calc(
    DISCO,
    (
        "Wedding invoice: 180 headphone sets at £3.20 each, 3 transmitters "
        "at £45, delivery £60, and 4 lost headsets charged at £38 each. "
        "What's the total?"
    ),
    money(180 * dec("3.20") + 3 * 45 + 60 + 4 * 38),
)
calc(
    SLIM,
    (
        "Weekly fee is £5.95, or you can buy a 13-week countdown for "
        "£59.50. How much does the countdown save you?"
    ),
    money(13 * dec("5.95") - dec("59.50")),
)
calc(
    TRAUMA,
    (
        "Two technicians at £55 an hour each for 6.5 hours, 9 biohazard "
        "bags at £14 each for disposal, and VAT at 20% on everything. How "
        "much is the invoice?"
    ),
    money((2 * 55 * dec("6.5") + 9 * 14) * (1 + pct(20))),
)
calc(
    UNI,
    (
        "We had 1,240 applicants for the course and made offers to 35% of "
        "them. How many offers is that?"
    ),
    pct(35) * 1240,
)
calc(
    VISA,
    (
        "Family of 4 applying: the visa fee is £127 each, priority service "
        "is £500 each for two of them, and SMS updates are £5.50 per "
        "person. Total fees?"
    ),
    money(4 * 127 + 2 * 500 + 4 * dec("5.50")),
)
calc(
    VISA,
    (
        "The fee is US$185 per applicant, converted at £0.79 to the "
        "dollar, plus a £19.20 service charge per person. Three "
        "applicants: what's the total in pounds?"
    ),
    money(3 * (185 * dec("0.79") + dec("19.20"))),
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
GRAM = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
SQM = F(1)  # m^2
HA = 10**4 * SQM  # m^2
assert IN / MM == dec("25.4") and CM / MM == 10 and MI / KM == dec("1.609344")
assert ACRE / HA == dec("0.40468564224") and SQFT == dec("0.09290304")
assert CUFT / LITRE == dec("28.316846592") and KMH * 3600 == KM and LB / GRAM == dec("453.59237")
assert f_to_c(-13) == -25 and c_to_f(41) == dec("105.8") and f_to_c(-12) == F(-220, 9)

# plain one-liners
unit_r(P, "convert 58 miles to km", 58 * MI / KM)
unit(P, "How many inches is 190.5 cm?", dec("190.5") * CM / IN, EXACT)
unit(P, "41 °C in Fahrenheit?", c_to_f(41), EXACT)
unit_r(P, "what is 3.2 kg in pounds", dec("3.2") / LB)
unit_r(P, "9 st 4 lb - kilograms?", (9 * 14 + 4) * LB)
unit_r(P, "Express 12.5 acres in hectares.", dec("12.5") * ACRE / HA)
unit_r(P, "what's 65 miles per hour in kilometres per hour?", 65 * MPH / KMH)
unit_r(P, "convert a pressure of 2.4 bar into psi", dec("2.4") * BAR / PSI)
unit_r(P, "how many square metres is 450 sq ft", 450 * SQFT / SQM)
unit_r(P, "320 cubic feet to litres", 320 * CUFT / LITRE)
unit(P, "7,680 MiB in GiB please", F(7680 * MIB, GIB), EXACT)
unit_r(P, "What's -12 °F in Celsius?", f_to_c(-12))
unit_r(P, "400 metres is how many yards?", 400 / YD)
unit(P, "6 ft 3 in in metres", (6 * 12 + 3) * IN, EXACT)

# register word problems
unit_r(
    SALV,
    (
        "A customer wants 340 sq ft of our reclaimed parquet, but her "
        "architect works in metric. How many square metres is that?"
    ),
    340 * SQFT / SQM,
)
unit(
    COLD,
    "The blast freezer display reads -13 °F. What is that in Celsius?",
    f_to_c(-13),
    EXACT,
)
unit_r(
    COLD,
    (
        "A pallet of frozen peas is listed at 1,850 lb on the delivery "
        "note. How many kilograms is that?"
    ),
    1850 * LB,
)
unit(
    CORS,
    (
        "Her natural waist is 27 inches and she wants a 4-inch reduction. "
        "What will the corset's waist measure in centimetres?"
    ),
    (27 - 4) * IN / CM,
    EXACT,
)
unit(
    DOLL,
    "At 1:12 scale, how many centimetres tall is a model of a door that's 6 ft 6 in in real life?",
    F(6 * 12 + 6, 12) * IN / CM,
    EXACT,
)
unit_r(
    MED,
    (
        "The children's handover is at a motorway services 23 miles from "
        "mum's house. How far is that in kilometres?"
    ),
    23 * MI / KM,
)
unit_r(
    FLOOD,
    "flooded lounge is 28 ft by 16 ft, floor area in m²?",
    28 * 16 * SQFT / SQM,
)
unit_r(
    FLOOD,
    (
        "We pumped about 1,200 cubic feet of water out of the cellar - how "
        "many litres is 1,200 cubic feet?"
    ),
    1200 * CUFT / LITRE,
)
unit_r(
    HYPNO,
    "my therapy room is 12 ft x 10 ft. what's that in square metres",
    12 * 10 * SQFT / SQM,
)
unit_r(
    HEMP,
    "We drilled 45 hectares of hemp this spring. How many acres is that?",
    45 * HA / ACRE,
)
unit_r(
    HEMP,
    "The tallest plant in the hemp trial measured 10 ft 2 in. What's its height in metres?",
    (10 * 12 + 2) * IN,
)
unit_r(
    JOB,
    (
        "The warehouse job is 14 km from the claimant's flat and he only "
        "thinks in miles. How many miles is it?"
    ),
    14 * KM / MI,
)
unit_r(
    LIGHT,
    "The pendant has a 1.2 m drop. How many feet is that?",
    dec("1.2") / FT,
)
unit_r(
    LPS,
    "Spec says 600 mm air terminals. What's that in inches?",
    600 * MM / IN,
)
unit_r(
    LPS,
    "The chimney we're fitting a conductor to is 142 ft tall. How tall is it in metres?",
    142 * FT,
)
unit(
    MATCH,
    (
        "A new client says she's 5 ft 7 in. Our profile form asks for "
        "height in centimetres - what do I put?"
    ),
    (5 * 12 + 7) * IN / CM,
    EXACT,
)
unit_r(
    MOTO,
    "The speed trap on the back straight clocked a rider at 47 mph. What's that in km/h?",
    47 * MPH / KMH,
)
unit_r(
    MOTO,
    "pit compressor is set to 120 psi, what is that in bar",
    120 * PSI / BAR,
)
unit_r(
    MURDER,
    "The hotel ballroom we're using is 60 ft by 40 ft. How many square metres is it?",
    60 * 40 * SQFT / SQM,
)
unit(
    PEN,
    "The test data we exfiltrated came to 3,584 MiB. How many GiB is that?",
    F(3584 * MIB, GIB),
    EXACT,
)
unit_r(
    STYL,
    "My client's inseam is 81 cm. What's that in inches?",
    81 * CM / IN,
)
unit_r(
    PET,
    "The dog and its crate weigh 41 kg together, and the airline wants the figure in pounds.",
    41 / LB,
)
unit_r(
    PLAY,
    "Critical fall height on the new climbing frame is 2.4 m. What's that in feet?",
    dec("2.4") / FT,
)
unit_r(
    PLAY,
    "Each bag of rubber mulch weighs 25 kg. How many pounds is one bag?",
    25 / LB,
)
unit_r(
    RAIL,
    "Line speed on this stretch is 125 mph. What is that in km/h?",
    125 * MPH / KMH,
)
unit_r(
    HUT,
    "The hut body is 18 ft long and 8 ft 6 in wide. What's the floor area in square metres?",
    18 * dec("8.5") * SQFT / SQM,
)
unit_r(
    DISCO,
    "Our transmitters reach 500 metres - how many yards is that?",
    500 / YD,
)
unit_r(
    SLIM,
    "A member has lost 2 st 9 lb since she joined. What's that in kilos?",
    (2 * 14 + 9) * LB,
)
unit_r(
    TRAUMA,
    "We're ozone treating a bedroom 14 ft x 11 ft x 8 ft. What's the room volume in cubic metres?",
    14 * 11 * 8 * CUFT,
)
unit_r(
    UNI,
    "Portfolios have to fit an A1 folder, which is 841 mm wide. How many inches is 841 mm?",
    841 * MM / IN,
)
unit_r(
    VISA,
    "The photo has to be 45 mm tall. What is that in inches?",
    45 * MM / IN,
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
date_item(P, "What date is 90 days after 14 March 2029?", D(2029, 3, 14) + TD(days=90))
date_item(
    P, "how many days from 3 July 2028 to 19 November 2028", days(D(2028, 7, 3), D(2028, 11, 19))
)
date_item(P, "Which day of the week is 12 October 2031?", weekday(D(2031, 10, 12)))
date_item(P, "6 weeks before 2 April 2030 - what date?", D(2030, 4, 2) - TD(weeks=6))
date_item(
    P,
    "How many weeks are there from 5 January 2029 to 16 March 2029?",
    weeks(D(2029, 1, 5), D(2029, 3, 16)),
)
date_item(P, "christmas day 2032 falls on what weekday", weekday(D(2032, 12, 25)))
date_item(
    P,
    "What day of the year is 18 August 2029, counting 1 January as day 1?",
    days(D(2029, 1, 1), D(2029, 8, 18)) + 1,
)
date_item(P, "Date of the first Monday in September 2030?", nth_weekday(2030, 9, MON, 1))
date_item(P, "add 500 days to 1 February 2027", D(2027, 2, 1) + TD(days=500))
date_item(
    P,
    "Someone born on 22 November 1987 - how old will they be on 1 June 2040?",
    age(D(1987, 11, 22), D(2040, 6, 1)),
)
date_item(
    P,
    "How many minutes is it from 21:45 to 06:10 the following morning?",
    clock_span("21:45", "06:10", 60),
)
date_item(P, "last Sunday of October 2028?", nth_weekday(2028, 10, SUN, -1))
date_item(P, "What was the date 45 days before 10 January 2030?", D(2030, 1, 10) - TD(days=45))
date_item(P, "1,000 days after 9 May 2026 is which date?", D(2026, 5, 9) + TD(days=1000))

# register word problems
date_item(
    SALV,
    (
        "A customer reserved a Victorian fireplace on "
        f"{sayw(D(2028, 9, 3))}. We hold reserved pieces for 21 days after "
        "the reservation date. What's the last day of the hold?"
    ),
    D(2028, 9, 3) + TD(days=21),
)
date_item(
    COLD,
    (
        "A batch of frozen berries went into store on 14 November 2028 "
        "with a 270-day shelf life from that date. What's its best-before "
        "date?"
    ),
    D(2028, 11, 14) + TD(days=270),
)
date_item(
    CORS,
    (
        f"The first fitting was on {sayw(D(2029, 5, 8))} and the final "
        "fitting is 5 weeks later. What date is the final fitting?"
    ),
    D(2029, 5, 8) + TD(weeks=5),
)
date_item(
    DOLL,
    "The miniatures fair is always on the second Saturday of April. What's the date in 2029?",
    nth_weekday(2029, 4, SAT, 2),
)
date_item(
    MED,
    (
        "Fortnightly mediation sessions start on 9 January 2029. What's "
        "the date of the fourth session?"
    ),
    D(2029, 1, 9) + TD(days=3 * 14),
)
date_item(
    MED,
    (
        "The parenting plan was signed on 30 October 2028 and we review it "
        "120 days later. What day of the week will the review fall on?"
    ),
    weekday(D(2028, 10, 30) + TD(days=120)),
)
date_item(
    FLOOD,
    (
        "Drying started on 17 February 2029 and the kit stayed in for 23 "
        "days. On what date did it come out?"
    ),
    D(2029, 2, 17) + TD(days=23),
)
date_item(
    HYPNO,
    f"weekly sessions, first one on {sayw(D(2029, 3, 7))} - when's the sixth?",
    D(2029, 3, 7) + TD(weeks=5),
)
date_item(
    HYPNO,
    (
        "How many days are there between a client's first session on 2 "
        "April 2029 and her follow-up on 14 August 2029?"
    ),
    days(D(2029, 4, 2), D(2029, 8, 14)),
)
date_item(
    HEMP,
    "Hemp drilled on 12 May 2029, harvest expected 110 days after drilling. What date is that?",
    D(2029, 5, 12) + TD(days=110),
)
date_item(
    JOB,
    (
        "She signs on every 14 days and her last appointment was on 21 "
        "August 2028. What's the date of her third appointment after that "
        "one?"
    ),
    D(2028, 8, 21) + TD(days=3 * 14),
)
date_item(
    JOB,
    (
        "He started work on 4 December 2028 and we check in with him 13 "
        "weeks after the start date. Which date is that?"
    ),
    D(2028, 12, 4) + TD(weeks=13),
)
date_item(
    LIGHT,
    (
        "A made-to-order chandelier takes 9 weeks from the order date. If "
        "it was ordered on 19 June 2029, when should it arrive?"
    ),
    D(2029, 6, 19) + TD(weeks=9),
)
date_item(
    LPS,
    (
        "The last test on the system was on 15 October 2028 and the next "
        "is due 330 days later. What weekday will that be?"
    ),
    weekday(D(2028, 10, 15) + TD(days=330)),
)
date_item(
    MATCH,
    (
        "A couple we introduced met on 14 February 2026 and got married on "
        "27 August 2028. How many days apart are those dates?"
    ),
    days(D(2026, 2, 14), D(2028, 8, 27)),
)
date_item(
    MOTO,
    "Club practice is on the third Sunday of July. Which date is that in 2029?",
    nth_weekday(2029, 7, SUN, 3),
)
date_item(
    MURDER,
    "The show starts at 19:30 and the murderer is revealed at 22:55. How many minutes is that?",
    clock_span("19:30", "22:55", 60),
)
date_item(
    PEN,
    (
        "Our report went to the client on 3 April 2029 and the retest is "
        "booked 45 days later. What's the retest date?"
    ),
    D(2029, 4, 3) + TD(days=45),
)
date_item(
    STYL,
    (
        "Returns are accepted up to 28 days after purchase. She bought the "
        "coat on November 30, 2028 - what's the last day she can take it "
        "back?"
    ),
    D(2028, 11, 30) + TD(days=28),
)
date_item(
    PET,
    (
        "The rabies jab was on 12 March 2029 and the blood sample is taken "
        "30 days after that. What's the date of the blood sample?"
    ),
    D(2029, 3, 12) + TD(days=30),
)
date_item(
    PET,
    (
        "The dog flies on 16 January 2030 and its vet check is 10 days "
        "before the flight. What day of the week is the vet check?"
    ),
    weekday(D(2030, 1, 16) - TD(days=10)),
)
date_item(
    PLAY,
    (
        "Installation starts on 28 July 2029 and runs for 16 days, "
        "counting the start day as day 1. What's the final day?"
    ),
    D(2029, 7, 28) + TD(days=16 - 1),
)
date_item(
    RAIL,
    (
        "A penalty fare notice was issued on 9 October 2028 and the appeal "
        "deadline is 21 days after the issue date. What's the deadline?"
    ),
    D(2028, 10, 9) + TD(days=21),
)
date_item(
    RAIL,
    "my shift runs 05:50 to 14:20. how many hours is that",
    clock_span("05:50", "14:20", 3600),
)
date_item(
    HUT,
    (
        "We start building a hut on 8 January 2029 and a build takes 11 "
        "weeks. What's the delivery date?"
    ),
    D(2029, 1, 8) + TD(weeks=11),
)
date_item(
    DISCO,
    (
        "Headphones go out on June 29, 2029 and come back on July 3, 2029. "
        "We charge per day, counting both the day out and the day back. "
        "How many days do we charge?"
    ),
    days(D(2029, 6, 29), D(2029, 7, 3)) + 1,
)
date_item(
    SLIM,
    "I joined on 3 January 2029 and set a target date 16 weeks later. What date is my target?",
    D(2029, 1, 3) + TD(weeks=16),
)
date_item(
    TRAUMA,
    "The deep clean is booked for 14 October 2028. What day of the week is that?",
    weekday(D(2028, 10, 14)),
)
date_item(
    UNI,
    (
        "Applications close on 29 January 2029 and all decisions must be "
        "out by 16 May 2029. How many days is that?"
    ),
    days(D(2029, 1, 29), D(2029, 5, 16)),
)
date_item(
    UNI,
    "Interview day is the fourth Wednesday of November 2028. What date is that?",
    nth_weekday(2028, 11, WED, 4),
)
date_item(
    VISA,
    (
        "A visa is valid for 180 days, counting the issue date of 19 April "
        "2029 as day 1. What is the last valid day?"
    ),
    D(2029, 4, 19) + TD(days=180 - 1),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    SALV: [
        "How can I tell whether a cast iron radiator from the yard is worth restoring?",
        "Write a short Instagram caption for a pair of reclaimed chapel doors we've just got in.",
        "What's the difference between 'reclaimed' and 'antique' when I'm labelling stock?",
        "any tips for getting old lime mortar off reclaimed bricks without wrecking the faces?",
    ],
    COLD: [
        "What should our procedure say about someone getting shut inside a freezer chamber?",
        "Explain why ice builds up around the freezer doors and how we could cut it down.",
        (
            "Draft an email to a customer explaining their pallets were held "
            "at goods-in because the paperwork was missing."
        ),
        (
            "is it better to rotate staff in and out of the minus 25 chamber "
            "or give them longer breaks?"
        ),
    ],
    CORS: [
        "What's the difference between a Victorian and an Edwardian corset silhouette?",
        "How do I talk to a client about the risks of waist training without putting her off?",
        "Suggest fabrics for a corset that will be worn on stage under hot lights.",
        "write a care card to send out with a silk brocade corset",
    ],
    DOLL: [
        "What glue works best for tiny wooden furniture that has to survive the post?",
        "How do I make a miniature loaf of bread look realistic?",
        (
            "Write a product description for a Georgian writing desk in 1:12 "
            "with a drawer that really opens."
        ),
        "should I sign and number my miniatures like art prints?",
    ],
    MED: [
        "How do I stay neutral when one parent keeps bringing up the other's new partner?",
        "Explain what a MIAM is to a dad who has never heard of mediation.",
        "Draft a gentle opening statement for a first joint mediation session.",
        "what ground rules are worth agreeing at the start of a high-conflict session?",
    ],
    FLOOD: [
        "What's the difference between clean water, grey water and black water damage?",
        "How should I explain to a homeowner why we can't refit the skirting boards yet?",
        "Write a checklist for our first visit to a flooded house.",
        "is laminate flooring that sat underwater for a day worth trying to save?",
    ],
    HYPNO: [
        "How do I explain to a sceptical client what hypnosis actually feels like?",
        "Write a short relaxation script about walking along an empty beach at dawn.",
        "What should my website say about the things hypnotherapy can't help with?",
        "can someone get 'stuck' in hypnosis? how do I reassure a nervous client",
    ],
    HEMP: [
        "What should a first-time hemp grower watch out for at harvest?",
        "Explain retting and why it matters for hemp fibre quality.",
        "Write a short post for the farm page about why we've started growing hemp.",
        "is hemp a good break crop before winter wheat?",
    ],
    JOB: [
        "How can I help a claimant who gets very anxious before job interviews?",
        (
            "Write a short CV personal statement for someone going back to "
            "work after caring for a parent."
        ),
        "What are good questions to ask a customer who says they 'can't do anything'?",
        "how do I explain a sanction to someone who didn't realise they'd missed an appointment",
    ],
    LIGHT: [
        "What's the difference between warm white and cool white for a living room?",
        "How do I explain to a customer why their dimmer makes the LED bulbs flicker?",
        "Write a sign for the window display about our new range of rattan pendants.",
        "should a long narrow hallway have wall lights or ceiling lights?",
    ],
    LPS: [
        "Explain to a church committee why their lightning conductor needs a proper inspection.",
        "What's the difference between a lightning protection system and surge protection?",
        "Write a short safety briefing for lads working at height on a church tower.",
        "why do some old conductors have a crown of spikes on the top?",
    ],
    MATCH: [
        "How should I tell a client that her match didn't want a second date?",
        "Write a warm profile summary for a widower in his sixties who loves sailing.",
        "What questions should I ask at a first consultation with a new member?",
        "how do I handle a client who knocked ten years off her age on the form?",
    ],
    MOTO: [
        "What should go in the rider briefing before practice starts?",
        "How do I keep the dust down on the track in a dry summer?",
        "Write a notice for the gate explaining why under-sixes can't ride the big track.",
        "what's a good way to lay out a beginner loop for the little peewee riders",
    ],
    MURDER: [
        "Write a 1920s-style invitation to a murder mystery evening at a country hotel.",
        "Give me three red herrings for a murder on a steam train.",
        "How do I keep a shy table of guests involved during the interval?",
        "What motive would make the vicar a believable suspect?",
    ],
    PEN: [
        "Explain to a client the difference between a vulnerability scan and a penetration test.",
        (
            "Write the executive summary for a test where we found weak "
            "passwords but nothing critical."
        ),
        "What should the rules of engagement cover before an onsite social engineering test?",
        (
            "how do I tell a client their in-house developer wrote insecure "
            "code without starting a row"
        ),
    ],
    STYL: [
        "What colours suit someone with cool undertones and silver hair?",
        "How do I build a capsule wardrobe for a client starting a new office job?",
        "Write a friendly follow-up message to send after a wardrobe edit.",
        "what shoes go with wide-leg trousers on a petite client?",
    ],
    PET: [
        "How can I keep a nervous cat calm before a long-haul flight?",
        "Explain to an owner why flat-faced breeds are harder to fly.",
        "Write a checklist for an owner for the week before their dog is exported.",
        "what should go in the crate with a puppy for the flight?",
    ],
    PLAY: [
        "What should a post-installation inspection of a playground cover?",
        "Explain the pros and cons of bark chip versus wetpour for a village play area.",
        (
            "Write a letter to parents explaining the playground will be shut "
            "while we fit new equipment."
        ),
        "how do I design a play area that works for children in wheelchairs",
    ],
    RAIL: [
        "How do I deal with a passenger who turns aggressive when I ask to see a ticket?",
        "Explain the difference between a penalty fare and a prosecution.",
        "Write a polite announcement reminding passengers to buy tickets before boarding.",
        "what should I write in my notebook after an incident on the train?",
    ],
    HUT: [
        "What wood is best for the chassis of a shepherd's hut?",
        "How do I stop condensation forming under a tin roof?",
        "Write a website blurb for a hut with a built-in double bed and a tiny stove.",
        "should I fit cast iron wheels or modern ones with tyres?",
    ],
    DISCO: [
        "How do I explain to older guests how the three channels on the headphones work?",
        "Give me ideas for a playlist on the 1980s channel.",
        "Write a hire agreement clause about lost or damaged headphones.",
        "what's the best way to clean headphones between hires?",
    ],
    SLIM: [
        "How can I encourage a member who's gained weight three weeks running?",
        "Write a short speech to celebrate a member reaching her target.",
        "What filling lunches can I suggest to members who work shifts?",
        "how do I run a weigh-in so nobody feels embarrassed",
    ],
    TRAUMA: [
        "How do I talk to a family who turn up while we're still cleaning?",
        "What PPE should we wear on a hoarding job where there may be needles?",
        "Write a short description of our services that's respectful but not graphic.",
        "how do you look after your own mental health doing this job",
    ],
    UNI: [
        "How should we word a rejection for a strong applicant we simply didn't have room for?",
        "What's a contextual offer and why do universities make them?",
        "Write a welcome email for applicants coming to an offer-holder day.",
        "how can we spot a personal statement that someone else has written?",
    ],
    VISA: [
        "How do I calm an applicant who's worried their visa won't arrive before their wedding?",
        "Explain biometric enrolment to someone applying for a visa for the first time.",
        "Write a sign for the waiting area explaining that staff can't advise on outcomes.",
        "what should we do if a customer's passport photo looks edited?",
    ],
}
assert list(ORDINARY) == list(REGISTERS)
for reg, questions in ORDINARY.items():
    assert len(questions) == 4, reg
    for q in questions:
        neg(reg, q)


NEAR = []


def near(family, query, note):
    """A single-turn negative that looks like a tool question but needs the language model."""
    assert family.startswith("near-") and note, family
    NEAR.append((family, query, note))


near(
    "near-benefit-taper-now",
    (
        "If someone on Universal Credit earns £600 a month, how much of "
        "their award do they lose at the current taper rate?"
    ),
    "depends on the current taper rate and on a work allowance that is not given",
)
near(
    "near-minimum-wage-now",
    (
        "What's the minimum wage for a 19-year-old apprentice at the "
        "moment, and what would a 30-hour week pay?"
    ),
    "needs the current apprentice rate, which is not given",
)
near(
    "near-visa-fee-now",
    "How much is the standard visitor visa fee for the UK right now?",
    "a current fee to look up, not a sum",
)
near(
    "near-schengen-rolling-window",
    (
        "I was in France from 3 May to 20 June and in Spain from 1 to 14 "
        "August. Under the 90/180 rule, how many days can I stay if I go "
        "back in October?"
    ),
    (
        "applying a rolling-window rule with an unstated re-entry date; "
        "needs reasoning, not date arithmetic"
    ),
)
near(
    "near-processing-time-now",
    "Roughly how many weeks are spouse visas taking to process at the moment?",
    "current processing times, not a calculation",
)
near(
    "near-passport-validity-rule",
    "My passport runs out next February. Does it have enough time left on it to visit Thailand?",
    "an entry rule to look up and an unstated travel date",
)
near(
    "near-rabies-wait-rule",
    "How many days after the rabies jab can a dog travel from the UK into the EU?",
    "a regulation to know, not date arithmetic (no start date given)",
)
near(
    "near-crate-size-table",
    "What size IATA crate does a 32 kg German Shepherd need?",
    "crate sizing depends on body measurements and airline tables, not weight alone",
)
near(
    "near-dog-years",
    "our collie turned nine last week - what is that in people years?",
    "no exact conversion exists; needs explanation of the rough rules",
)
near(
    "near-tariff-points-table",
    "How many UCAS tariff points is A*AB at A level?",
    "needs the tariff table, which is not given",
)
near(
    "near-grade-boundary-unknown",
    "She got 71% on the maths paper. Is that an A?",
    "grade boundaries vary by paper and year and are not given",
)
near(
    "near-gcse-letter-mapping",
    "is a grade 6 at GCSE the same as an old B grade?",
    "a mapping between grading systems to explain, not compute",
)
near(
    "near-clearing-places-now",
    "Have we still got places on adult nursing in Clearing?",
    "depends on live vacancy data",
)
near(
    "near-student-loan-table",
    (
        "How much maintenance loan can a student from a £38,000 household "
        "get living away from home outside London?"
    ),
    "a current means-tested table, not given",
)
near(
    "near-bmi-band",
    "A member's BMI is 29.7 - does that count as overweight or obese?",
    "a classification against bands to know and explain, not arithmetic",
)
near(
    "near-salvage-bath-value",
    "What's a Victorian cast iron roll-top bath with its original feet worth at the moment?",
    "a current market valuation, not a sum",
)
near(
    "near-target-weight-judgement",
    "I'm 5 ft 3 - what should my target weight be?",
    "a judgement over a healthy range, not a conversion",
)
near(
    "near-food-points-lookup",
    "How many syns are there in a packet of ready salted crisps?",
    "a diet plan's lookup value, not a calculation",
)
near(
    "near-lumens-for-old-watts",
    "How many lumens do I need to replace an old 60 W bulb?",
    "a rough equivalence from tables, not a unit conversion",
)
near(
    "near-lux-guideline",
    "How many lux should a kitchen worktop get?",
    "a lighting guideline to recall",
)
near(
    "near-downlight-count-rule",
    "How many downlights would I need for a 4 m by 5 m kitchen?",
    "rule of thumb depending on beam angle, output and ceiling height; missing figures",
)
near(
    "near-kelvin-choice",
    "2700K or 3000K bulbs for a north-facing lounge?",
    "a design judgement; the numbers are colour temperatures, not a sum",
)
near(
    "near-lamp-cap-codes",
    "Is a GU10 basically the same as a GU5.3? The numbers are close.",
    "lamp cap codes that look numeric; needs explanation",
)
near(
    "near-rolling-sphere-radius",
    "What radius rolling sphere do I use for a class III lightning protection level?",
    "a value from a standard, not a calculation",
)
near(
    "near-earth-resistance-verdict",
    "Is 14 ohms acceptable for the earth on a church lightning protection system?",
    "a verdict against a standard",
)
near(
    "near-hypnosis-session-count",
    "How many hypnotherapy sessions does it usually take to stop smoking?",
    "an estimate that varies by client",
)
near(
    "near-thc-limit-rule",
    "What's the legal THC limit for industrial hemp in the UK?",
    "a regulation to look up",
)
near(
    "near-hemp-yield-estimate",
    "How many tonnes of straw per hectare should I expect from a first hemp crop?",
    "an agronomic estimate",
)
near(
    "near-hemp-seed-rate",
    "What seed rate in kg per hectare should I use for fibre hemp?",
    "agronomic advice, not a conversion",
)
near(
    "near-moisture-reading-verdict",
    "The meter reads 19 on the plaster. Is the wall dry enough to decorate?",
    "interpreting a meter reading on an unstated scale; a judgement",
)
near(
    "near-dehumidifier-sizing",
    "What size dehumidifier do I need for a 40 m² flooded basement?",
    "a rule of thumb with missing figures (ceiling height, saturation)",
)
near(
    "near-drying-time-estimate",
    "How many days will a solid brick wall take to dry out if it was soaked a metre up?",
    "an estimate depending on conditions",
)
near(
    "near-water-category",
    "Is water from a burst washing machine hose Category 2 or Category 3?",
    "a classification to explain",
)
near(
    "near-temperature-excursion",
    "A frozen load sat at -12 °C for 40 minutes after the lorry broke down. Can we still sell it?",
    "a food safety judgement, not a temperature conversion",
)
near(
    "near-freezer-star-rating",
    "What does a three-star freezer rating mean in degrees?",
    "a definition to recall, not a conversion of a given figure",
)
near(
    "near-ammonia-exposure-limit",
    "At what ppm does an ammonia leak in the engine room become dangerous?",
    "an exposure limit to look up",
)
near(
    "near-named-slate-size",
    "How big is a Duchess slate, and how many would I need per square metre?",
    "a named size to recall and a coverage figure that depends on the headlap, not given",
)
near(
    "near-reduction-safety",
    "Is a 6-inch reduction safe for someone's first corset?",
    "a judgement",
)
near(
    "near-corset-sizing-convention",
    "She's a UK 14 with a 32-inch waist. What size corset should I cut?",
    "depends on a maker's sizing convention and the reduction wanted; not a conversion",
)
near(
    "near-cvss-band",
    "A finding scored CVSS 6.9 - is that medium or high?",
    "a severity band to know and explain",
)
near(
    "near-port-number-service",
    "What's usually listening on port 5432?",
    "a fact about a port number, not arithmetic",
)
near(
    "near-crack-time-estimate",
    "How long would it take to crack an 8-character lowercase password?",
    "depends on hashing and hardware, not given; an estimate",
)
near(
    "near-http-status-meaning",
    "We got a 403 on one page and a 401 on another. Which one means not logged in?",
    "status codes to explain",
)
near(
    "near-half-scale-meaning",
    "Which is bigger, 1:12 or 1:24, and why do people call 1:24 half scale?",
    "scale ratios to explain, not a sum",
)
near(
    "near-imperial-brick-coursing",
    "Will 2 5/8 inch imperial bricks course in with modern 65 mm bricks on an extension?",
    "a building judgement about mortar joints and courses, not a unit conversion",
)
near(
    "near-miniature-going-rate",
    "What do handmade 1:12 chairs usually sell for at fairs these days?",
    "a current market estimate",
)
near(
    "near-star-sign-lookup",
    "What star sign is someone born on 29 October?",
    "a lookup, not date arithmetic",
)
near(
    "near-zodiac-animal",
    "Which Chinese zodiac animal is someone born on 3 February 1990?",
    "needs the lunar new year date; a lookup, not date arithmetic",
)
near(
    "near-compatibility-score-judgement",
    "The system gave them 72% compatibility. Is that high enough to introduce them?",
    "a judgement about a score",
)
near(
    "near-alibi-timeline-puzzle",
    (
        "The butler left the library at 8:15, the cook went in 20 minutes "
        "later and found the body at 8:50, and the maid says she was with "
        "the cook from 8:30. Who's lying?"
    ),
    "a logic puzzle with times; the answer is a person, not a number",
)
near(
    "near-child-maintenance-formula",
    "How much child maintenance would a dad earning £32,000 pay for two children?",
    "a statutory formula with current rates and missing figures (overnight stays)",
)
near(
    "near-noise-test-verdict",
    "Our bikes measured 96 dB on the 2-metre max test. Do they pass?",
    "depends on the governing body's limit, not given",
)
near(
    "near-engine-class-rules",
    "Can a 14-year-old race a 250F in the 125 class?",
    "class rules and engine codes, not arithmetic",
)
near(
    "near-sand-pressure-advice",
    "What tyre pressure should I run on sand, 10 or 12 psi?",
    "advice, not a conversion",
)
near(
    "near-surfacing-depth-table",
    "How deep does bark mulch need to be for a 2 m fall height?",
    "a value from a surfacing standard's table",
)
near(
    "near-impact-test-verdict",
    "Impact test gave an HIC of 1,000 at 1.8 m. Is that a pass?",
    "a verdict against a standard",
)
near(
    "near-penalty-fare-now",
    "How much is a penalty fare on Northern at the moment?",
    "a current figure to look up",
)
near(
    "near-break-of-journey-rule",
    "Can you break your journey on an Anytime Return from Leeds to London?",
    "a ticketing rule",
)
near(
    "near-delay-compensation-tiers",
    "My train was 34 minutes late and I had a £48 return. How much Delay Repay do I get?",
    "depends on the operator's compensation tiers, not given",
)
near(
    "near-sunset-time-lookup",
    "What time is sunset in Whitby on 21 June 2029? We want the silent disco to start then.",
    "needs astronomical data for a place, not date or time arithmetic",
)
near(
    "near-headphone-volume-safety",
    "Is 85 dB through headphones safe for a four-hour set?",
    "a health guideline",
)
near(
    "near-transmitter-frequency-rules",
    "Which FM frequencies can we legally use for our headphone transmitters?",
    "a regulation",
)
near(
    "near-waste-un-number",
    "What UN number goes on the label for clinical waste?",
    "a code to look up; looks like a number",
)
near(
    "near-ozone-reentry-time",
    (
        "After running the ozone machine at 10 ppm for 3 hours, how long "
        "before the family can go back in?"
    ),
    "a safety guideline, not a calculation",
)
near(
    "near-hut-planning-rule",
    "Does a shepherd's hut under 2.5 m high need planning permission?",
    "a planning rule",
)

for family, query, note in NEAR:
    neg(family, query, note)
assert len(NEAR) == WANT_NEAR_NEGATIVES == 65
assert len({f for f, _, _ in NEAR}) == len(NEAR)

CONVS = []


def convo(family, turns, note):
    """A conversation negative: the last user turn leans on what came before."""
    assert family.startswith("conv-") and note, family
    assert turns[-1][0] == U and len(turns) >= 2, family
    CONVS.append((family, turns, note))


convo(
    "conv-roman-numeral-cards",
    [
        (U, "For tonight's clue cards I need every number in Roman numerals, nothing else."),
        (A, "Understood - I'll give numbers as Roman numerals only."),
        (U, "How many guests is 8 tables of 6?"),
    ],
    "the earlier turn asks for Roman numerals, not a plain number",
)
convo(
    "conv-old-money-theme",
    [
        (
            U,
            (
                "Our Victorian evening prices everything in pounds, shillings and "
                "pence, so please answer that way."
            ),
        ),
        (A, "Happy to - I'll give amounts in old money."),
        (U, "What's £3.45 times 4 in old money?"),
    ],
    "needs a pre-decimal conversion set up by the earlier turn; not a plain calculator answer",
)
convo(
    "conv-fraction-of-inch",
    [
        (
            U,
            (
                "I'm cutting a staircase for a dolls house. Give me measurements "
                "as fractions of an inch, never decimals."
            ),
        ),
        (A, "Got it - fractions of an inch."),
        (U, "What's 7.5 divided by 12?"),
    ],
    "the answer is wanted as a fraction of an inch (5/8), per the earlier turn",
)
convo(
    "conv-earlier-price-list",
    [
        (U, "My fair prices: blanket chest £18, Welsh dresser £32, four-poster bed £55."),
        (A, "Noted those three prices."),
        (U, "and for 3 dressers and a bed?"),
    ],
    "the last turn cannot be computed without the price list given earlier",
)
convo(
    "conv-running-tab",
    [
        (U, "Keep a running tab for this customer. Bricks £412."),
        (A, "Running total: £412."),
        (U, "Add the fireplace, £680."),
        (A, "Running total: £1,092."),
        (U, "plus 280 for the doors"),
    ],
    "depends on the tab kept across the earlier turns",
)
convo(
    "conv-session-means-50-minutes",
    [
        (U, "In my practice a 'session' means 50 minutes, not an hour."),
        (A, "Understood - a session is 50 minutes."),
        (U, "How many hours is 9 sessions?"),
    ],
    "the length of a session is defined only in the earlier turn",
)
convo(
    "conv-thirty-360-days",
    [
        (U, "For the deposit interest our bank counts every month as 30 days and a year as 360."),
        (A, "OK, I'll use that 30/360 convention."),
        (U, "So how many days from 1 March to 1 August?"),
    ],
    "under the stated convention the answer differs from the calendar count",
)
convo(
    "conv-financial-year-day",
    [
        (U, "Our financial year starts on 6 April, and 6 April counts as day 1."),
        (A, "Understood."),
        (U, "Which day of our year is 1 June 2029?"),
    ],
    "a day count from a start date defined in the earlier turn",
)
convo(
    "conv-sundays-not-counted",
    [
        (U, "The track's shut on Sundays, so never count Sundays when I ask you about days."),
        (A, "Understood - I'll leave Sundays out."),
        (U, "How many days from 1 to 20 May 2029 then?"),
    ],
    "a counting rule from the earlier turn changes the answer",
)
convo(
    "conv-csv-line-only",
    [
        (U, "Reply with one CSV line only, item,quantity,total. No words."),
        (A, "OK."),
        (U, "9 transmitters at £45 each"),
    ],
    "the reply must be a CSV line, per the earlier turn",
)
convo(
    "conv-python-one-liner",
    [
        (
            U,
            (
                "Don't give me numbers, give me a Python one-liner that works it "
                "out - I'm teaching the team."
            ),
        ),
        (A, "Sure, I'll reply with code."),
        (U, "1,240 applicants times 35%"),
    ],
    "the wanted answer is code, not a number",
)
convo(
    "conv-check-apprentice-working",
    [
        (U, "I'm checking my apprentice's maths on a deposit."),
        (A, "Sure, send it over."),
        (U, "30% of 28,550 - he wrote 8,465. Right or wrong, and where did he go wrong?"),
    ],
    "asks for a diagnosis of a mistake, not only a number",
)
convo(
    "conv-mental-shortcut",
    [
        (
            U,
            (
                "I want to get quicker at discounts in my head at the till, so "
                "show me a mental shortcut rather than just the answer."
            ),
        ),
        (A, "Will do."),
        (U, "15% off £840?"),
    ],
    "the earlier turn asks for a method to do it mentally",
)
convo(
    "conv-low-high-range",
    [
        (U, "We quote before we've seen the house, so always give me a low and a high figure."),
        (A, "Understood - I'll give ranges."),
        (U, "45 m² of carpet at £22 to £28 a square metre"),
    ],
    "a range is wanted, not a single value",
)
convo(
    "conv-game-crowns",
    [
        (U, "In our game the money is crowns, and one crown is 12 pennies."),
        (A, "Noted."),
        (U, "How many pennies is 7.5 crowns?"),
    ],
    "an invented currency defined in the earlier turn",
)
convo(
    "conv-figures-in-thousands",
    [
        (U, "All the figures I give you are in thousands of pounds."),
        (A, "Understood."),
        (U, "What's 1,150 plus 640?"),
    ],
    "the scale of the answer (about £1.79 million) comes from the earlier turn",
)
convo(
    "conv-lap-length-defined",
    [
        (U, "At our track one lap is 1.6 km."),
        (A, "Noted - 1.6 km a lap."),
        (U, "How far in miles is 12 laps?"),
    ],
    "the lap length is defined only earlier",
)
convo(
    "conv-yes-no-budget",
    [
        (U, "From now on just tell me yes or no: is the basket under her £1,500 budget?"),
        (A, "Understood - yes or no only."),
        (U, "£389 + £647.99 + £450"),
    ],
    "the wanted answer is yes or no against a budget stated earlier",
)
convo(
    "conv-limerick-answer",
    [
        (U, "I put a silly limerick on the weigh-in board each week, so answer in a limerick."),
        (A, "Ready when you are!"),
        (U, "How many days from 1 March to 14 March?"),
    ],
    "the answer must be verse, per the earlier turn",
)
convo(
    "conv-hypothetical-vat-rate",
    [
        (U, "Suppose VAT went back to 17.5% - work everything out on that basis."),
        (A, "Understood."),
        (U, "What's £640 plus VAT?"),
    ],
    "an assumed rate from the earlier turn changes the answer",
)
convo(
    "conv-refers-to-earlier-rate",
    [
        (U, "Dehumidifier hire is £18 a day per unit."),
        (A, "Noted."),
        (U, "Meanwhile, what's 4 times 12?"),
        (A, "48."),
        (U, "Right, so what's the hire for that many unit-days?"),
    ],
    "needs both the rate and the earlier answer",
)
convo(
    "conv-explain-to-child",
    [
        (U, "I'm doing homework with my 8-year-old, so explain it the way she'd understand."),
        (A, "Of course."),
        (U, "how many weeks is 56 days?"),
    ],
    "an explanation for a child is wanted",
)
convo(
    "conv-half-scale-mm",
    [
        (U, "This commission is in 1:24, half scale."),
        (A, "Got it, 1:24."),
        (U, "How tall would a 2 m wardrobe be then, in mm?"),
    ],
    "the scale is set only in the earlier turn",
)
convo(
    "conv-club-week-thursday",
    [
        (
            U,
            (
                "Our club weeks run Thursday to Wednesday, and week 1 started on "
                f"{sayw(D(2029, 1, 4))}."
            ),
        ),
        (A, "Got it."),
        (U, "Which club week is 20 February 2029 in?"),
    ],
    "a week numbering defined in the earlier turn",
)
convo(
    "conv-ambiguous-shift-rate",
    [
        (U, "Day shifts pay £14 an hour and night shifts £17."),
        (A, "Noted."),
        (U, "What's 8 hours then?"),
    ],
    "ambiguous: a clarifying question is needed",
)
convo(
    "conv-headline-style",
    [
        (U, "Write every answer as a punchy newspaper headline."),
        (A, "Headlines it is."),
        (U, "How many minutes from 19:30 to 22:55?"),
    ],
    "the answer must be a headline, per the earlier turn",
)
convo(
    "conv-metric-first-brackets",
    [
        (U, "Always give me metric first and then the imperial figure in brackets."),
        (A, "Will do."),
        (U, "Convert 340 sq ft."),
    ],
    "formatting set earlier: two figures, with the original one last",
)
convo(
    "conv-margin-on-price",
    [
        (U, "When I say margin I mean margin on the selling price, not markup on cost."),
        (A, "Understood."),
        (U, "Cost is £2.15 and I want an 80% margin - what do I sell at?"),
    ],
    "the definition in the earlier turn changes the answer",
)
convo(
    "conv-day-one-counting",
    [
        (U, "In our office, 'N days after' counts the issue date itself as day 1."),
        (A, "Understood."),
        (U, "What's 30 days after 12 March 2029?"),
    ],
    "a counting convention from the earlier turn shifts the date by one",
)
convo(
    "conv-every-eleventh-free",
    [
        (U, "New rule for groups: every 11th rider rides free."),
        (A, "Noted."),
        (U, "So what does a group of 23 pay at $35 each?"),
    ],
    "a pricing rule from the earlier turn",
)
convo(
    "conv-client-text-message",
    [
        (U, "Turn whatever I give you into a short, kind text message to the family."),
        (A, "Of course."),
        (U, "Balance is 1,830 minus the 600 deposit."),
    ],
    "a message to write, not just a figure",
)
convo(
    "conv-fortnights-and-days",
    [
        (U, "Give me every duration in fortnights and days - it's how the order is written."),
        (A, "Understood."),
        (U, "How long from 9 January to 20 March 2029?"),
    ],
    "the answer's unit is set by the earlier turn",
)
convo(
    "conv-challenge-wrong-answer",
    [
        (U, "What's 18 × 4 × 12?"),
        (A, "846."),
        (U, "That doesn't look right to me. What went wrong?"),
    ],
    "the earlier answer was wrong; the last turn asks for an explanation",
)
convo(
    "conv-split-bill-exception",
    [
        (
            U,
            (
                "We're splitting the dinner bill equally, except Sam, who only had "
                "a starter and pays £12."
            ),
        ),
        (A, "Got it."),
        (U, "Bill's £486 for 9 of us."),
    ],
    "the split rule comes from the earlier turn",
)
convo(
    "conv-system-kelvin-only",
    [
        (S, "You are a cold-store assistant. Always answer temperatures in kelvin."),
        (U, "What's -13 °F?"),
    ],
    "the system turn asks for kelvin, not Celsius",
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES == 35
assert len({f for f, _, _ in CONVS}) == len(CONVS)
for family, turns, note in CONVS:
    conv(family, turns, note)

# this set's own structural asserts
_POS = ("positive:calculator", "positive:units", "positive:datetime")
for _label in _POS:
    _fams = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _label
_per_reg = {r: 0 for r in REGISTERS}
for i in items:
    if i["label"] != "negative" and i["family"] != P:
        _per_reg[i["family"]] += 1
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == WANT_ORDINARY_NEGATIVES == 100
assert all(sum(1 for i in _ordinary if i["family"] == r) == 4 for r in REGISTERS)
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")), i["id"]
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
    # no register (family name) of this set is a family name of sets 19 to 87
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 87: {reused}"
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
