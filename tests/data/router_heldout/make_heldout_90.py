r"""Generate heldout-2027-03-03.jsonl: a ninetieth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed90/earlier_registers.txt (in full: a `wc -lc` gave 1525 lines and 36070 characters, a
`head -3` showed its first names, then a `tr` turning its newlines into spaces was printed in two
pieces, `head -c 18000` and `tail -c +17900`, which overlap by 101 characters, so nothing was left
out): the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed90/make_heldout_89.py (a `wc -l` gave 2563 lines, as the brief said): lines 1-599 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 872-932 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1131-1215 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1432-1439 (its
negatives section header, neg() and conv()) and 2340-2563 (its stated-weekday check, its checks and
main()). None of set 89's query blocks (600-871, 933-1130, 1216-1431, 1440-2339) was opened or
printed.

The first command made /tmp/h90, ran an `ls -la` of /work/sealed90 (earlier_registers.txt and
make_heldout_89.py) and a `wc -l` of make_heldout_89.py, earlier_registers.txt and grading.py
(2563, 1525 and 61 lines). The second copied the five ranges by `sed -n A,Bp` into
/tmp/h90/a_1_599.py, b_872_932.py, c_1131_1215.py, d_1432_1439.py and e_2340_2563.py (not printed),
ran a `wc -l` of the copies (599, 61, 85, 8 and 224) and the `cat` of grading.py. The next three
commands printed the first copy in three pieces by `sed -n 1,200p`, `sed -n 200,400p` and `sed -n
398,599p` (overlapping at lines 200 and 398-400); one command then printed the second to fourth
copies by `cat` and another the fifth. The display cut nothing, so all of the allowed ranges were
seen and nothing outside them. The next command ran the `wc -lc`, `head -3` and first `tr` piece of
earlier_registers.txt and another the second piece. Nothing under /work/main was opened or listed
apart from grading.py: nothing under router/, tools/, docs/, server/ or tests/ was opened or
listed, nor README.md or pyproject.toml, and .venv was not listed. The only other use of /work/main
was running /work/main/.venv/bin/python (for every script here; the system python3 was not used)
and /work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only,
always with --no-cache). No other /work/sealed* directory was listed. The earlier generators (sets
1-89) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing
make_heldout_89.py runs its module level, which builds its items, but its queries were never
printed. No JSONL file was opened (not even this set's own output: only this generator's summary,
its failure messages, `tail` and `sed -n` excerpts of its printed summary, a `grep -c` of its
non-empty lines, ruff's output and its --show listing of ids, expected values and tolerances,
picked out by a `grep` and laid out by `column -t`, were read), no git command was run, no network
and no search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h90/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), `sort -c` (sorted), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the
chosen trades and their neighbours (camino, pilgrim, walk, catwalk, fashion, model, hamper,
christmas, gift, cloud, finops, flood, warden, travel, expense, crowd, kickstart, ship, bulk,
charter, freight, dyslex, assess, first_aid, training, food_styl, photo, golf, diver, diving,
homeless, shelter, night, kit_car, car, block, leasehold, property, mast, phone, telecom, ppc,
search, advert, ads, probate, estate, will, speak, coach, speech, rage, smash, reservoir, dam,
water, sensory, taste, tasting, panel, container, startup, cap_table, invest, share, twin and
exchange), joined onto one line by `tr`; it printed the names sharing a word or fragment; those and
other names seen in the full reading of the list that were judged neighbouring trades are listed
below. The next command wrote and ran /tmp/h90/subst.py (a `cat` heredoc): it cut the first copy at
the line that is exactly `from __future__ import annotations` (asserted to be the only such whole
line), so set 89's docstring is not part of this file, and substituted this set's OUT and PREFIX,
"sets 1-88" -> "sets 1-89" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are
kept as they were), EARLIER (sets 1-89, `range(2, 89)` -> `range(2, 90)`) and REGISTER_CHECK (sets
19-89, adding make_heldout_89.py after make_heldout_88.py), all in the first block, and "sets 19 to
88" -> "sets 19 to 89" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth copies are used
as copied); the same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "88",
"89", "90" and "19 to" (with the REGISTER_CHECK lines of sets 19-87 filtered out) and a `tail -2`
of c1.py. Then `cat` heredocs wrote this set's own blocks under /tmp/h90/own/: a_calc.py (money(),
the register constants and REGISTERS, and the calculator items, with a `grep -cE` of lines opening
with calc( (45) and a `grep -cE` of lines holding only a register constant (56: the 25 of REGISTERS
and the 31 register word problems)), b_units.py (unit constants and unit items, with a `grep -cE`
of lines opening a unit call, 45), c_dates.py (date items, with a `grep -c` of its date_item calls,
45), d_negs.py (the ORDINARY table; an `echo ok` only), e_near.py (near-positive negatives, with a
`grep -c` of its near( calls, which said 66) and, after an inline script removed one near-positive
(on London's fashion week dates, chosen by this writer as the weakest; the script asserted that its
removal applied once and printed "ok") and a second `grep -c` (65), f_convs.py (conversations and
this set's own structural asserts, with a `grep -c` of its convo( calls, 35). The next command
wrote a one-line placeholder docstring to /tmp/h90/doc.txt (by `echo`), /tmp/h90/assemble.py (it
builds this file from doc.txt and the blocks in order: c1.py, the own a_calc.py, b_872_932.py, the
own b_units.py, c_1131_1215.py, the own c_dates.py, d_1432_1439.py, the own d_negs.py, e_near.py
and f_convs.py, and c5.py, and prints its line count) and a helper /tmp/h90/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`
and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h90/ruff.txt and printing the exit codes and its `tail -3`, then this generator from /tmp,
passing on any arguments, writing its output to /tmp/h90/out.txt, and prints its exit code and the
`tail -6` of it, and last a list, by a short inline script, of the lines of this file over 99
characters), made run.sh executable and ran it. After its first run, a `grep` of ruff.txt for its
rule codes (counted by `uniq -c`) and the first four of its findings (a `grep` with `head -8`) and
a loop of `sed -n Np` printing the twelve lines of this file that were over 99 characters (all of
them this set's own lines) were looked at. Then /tmp/h90/fix1.py (a `cat` heredoc) made thirteen
exact replacements in the own blocks (each asserted to apply once); the same command wrote
/tmp/h90/wrap.py (a `cat` heredoc; it parenthesises every implicitly concatenated string that sits
directly in a list, set, dict or tuple, for ruff's ISC004, and writes the result to
/tmp/h90/own_w/), pointed assemble.py at own_w/ by `sed -i` (a `grep -c` found the six own paths
changed), added a run of wrap.py before assemble.py at the start of run.sh by `sed -i` (a `head -4`
of run.sh showed it) and ran run.sh (wrap.py parenthesised 29 groups, all in f_convs.py). After the
second run, /tmp/h90/fix2.py (a `cat` heredoc) made one replacement in a_calc.py and one in wrap.py
(each asserted to apply once) and added an import of json to wrap.py: wrap.py now also re-splits
each plain string it parenthesises into pieces of at most 78 characters (asserting the text is
unchanged); run.sh was run again in the same command. After the third run, one command printed by
`sed -n` the lines around the two lines of this file still over 99 characters; then
/tmp/h90/fix3.py (a `cat` heredoc) made seven exact replacements (each asserted to apply once),
with run.sh run again in the same command; that fourth run passed every check. The edits are listed
under "Checks that failed along the way". Then a `sed -n 1,4p` and a `grep -c` of the non-empty
lines of out.txt (206) were read, this generator was run with --show from /tmp (its output written
to /tmp/h90/show.txt) and the listing of ids, expected values and tolerances (a `grep` of show.txt
laid out by `column -t`) was read; this writer checked every expected value against the stories.
The next command took `grep -o -F` counts over the own blocks (money( 31: its def, two in its
assert and 28 calls; sayw( 9; sayus( 1; clock_span( 1; nth_weekday( 5; weeks(D 1; TD(weeks 10;
TD(days 19; TD(hours 1; EXACT 11; unit_r( 34; weekday(D 3; days(D 4; age(D 3; f_to_c( 5, one of
them in an assert; c_to_f( 3, one of them in an assert; PSI 2; GIB 2; CUFT 4; SQYD 1; SQFT 6; MPH
3; ACRE 4; LB 6; min( 2; max( 1; STONE, OZ and whole_up( none) and looked at the layout ruff format
gave this file by a `grep -n` of its section lines and a `head -3`. This docstring was written last
over the placeholder: its source text, /tmp/h90/doc/doc_src.txt, was written by a `cat` heredoc
(with a `wc -w`: 5847 words); /tmp/h90/doc/fixdoc.py (a `cat` heredoc) then corrected it in seven
places after this writer checked it against the commands actually run and the items (each
replacement asserted to apply once), and in the same command /tmp/h90/doc/make_doc.py (a `cat`
heredoc; it uses textwrap, keeps the indented lines as they are and asserts that the words are
unchanged, that no line exceeds 99 characters, that every register value is named and that the text
holds no three quotes of its own) filled it to 99 columns into /tmp/h90/doc.txt and printed its
line count, in the same command as a `head -3` and a `tail -3` of doc.txt; then run.sh was run
again, with a `cat` of ruff.txt and a `sed -n 1,3p` of out.txt (every check passed, the same
sha256); and then, in one command, `ruff format --no-cache --check` and `ruff check --no-cache` of
this file (from /work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7),
`sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h90`, an `ls` of /tmp/h90 (gone) and an `ls` of
/work/sealed90. Writes: only this file and its JSONL in /work/sealed90/ (earlier_registers.txt and
make_heldout_89.py left as they were); temporary blocks, scripts and output under /tmp/h90/ were
deleted afterwards. Nothing was written into /work/main. Every run of this generator used
/work/main/.venv/bin/python. The JSONL's sha256 from the last edit of the items on was
97074e07b69005a11e31bdb65dbac8729629e0007035931729c9a3d3ad5188e0 (335 lines); the docstring does
not enter the output.

Changes to set 89's main() and checks: only the substitutions listed above (file names, sets 1-89
for the duplicate check, sets 19-89 for the register check). Set 89 lies next to this file in
/work/sealed90, and EARLIER_DIRS and earlier_path() are kept as set 89 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_89.py is found next to this file and, as no other
generator lies here, sets 1-88 in router_heldout, as the passing runs show) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 89's as copied;
ruff format may have changed layout only. All of set 89's checks are kept: counts per kind, ids and
prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used once, by a plain weeks one-liner), clock_span()
(used once, by a plain one-liner), nth_weekday() (used five times, once to date a conversation
turn), age() (used three times), days() (four times), unit_r() with close_enough_at_2dp() (used by
every rounded unit answer, 34), say() (used only through sayw()), sayw() (nine calls: seven in date
items and two in conversation turns, for stated weekdays), sayus() (used once, for a US-style
launch date with its weekday), OZ and STONE (not used here; a stone-and-pounds one-liner counts 14
lb to the stone), SQYD (once), SQFT and CUFT. Added, newly written: money() (asserts whole pence,
with an assert of its own; every calculator money answer passes through it, 28 of them, in pounds,
euros or dollars; the three other register calculator answers are a number of conversions, a
percentage stake and a number of options), MM, CM, KM and HA, with asserts on IN/MM, CM/MM, MI/KM,
ACRE/HA, SQFT, CUFT, MPH/KMH, f_to_c(-4) and c_to_f(37); the register constants and the REGISTERS
tuple (sorted, asserted 25 and distinct); an assert that the square-root one-liner's radicand is a
perfect square; the ORDINARY table and the near() and convo() helpers with their NEAR and CONVS
lists; and this set's own asserts, rewritten from set 89's docstring's description of them (its
code was not seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four
each; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and "conv-..."
respectively (asserted by the helpers and after each list); the positive registers of each tool are
exactly the REGISTERS, with 31 register word problems per tool; exactly 18 registers have four
positives and 7 have three; the ordinary negatives are 100, four per register; every negative
outside the registers is a near-... or conv-... family; no positive contains an all-numeric date
(NUMERIC_DATE_POS, this set's own pattern; no positive uses one at all). The date items' weeks()
call asserts whole weeks, and date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 89's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 89's, copied (P = "plain" is copied too, as the
last line of the first block). Set 89's docstring (within lines 1-398) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen. Some of this set's near-positive and conversation
kinds share generic kinds with those lists, newly worded with new figures and subjects: current
prices, fees and rates (stamp duty on a flat, a cycling mileage rate, cloud egress, a cost per
click, a mast site's market rent, tracked postage for a hamper, an overseas subsistence rate),
rules and regulations (exam access arrangements, a trainer-to-learner ratio, a Section 20
threshold, a visa-free stay, the stamps for a Compostela, an IVA noise limit, a large raised
reservoir, intestacy shares, a cold-weather shelter trigger, camp beds in a hall, a container home
in a garden), estimates (golf balls lost in lakes, plates smashed in a session, a kit car's
acceleration, the words in a speech of given length, a probable maximum flood), judgements and
valuations (a reading-age gap, a fair service charge, a lake ball's grade, a company valuation, a
ROAS target, a runway walk, the length of a best man's speech, chutney's shelf life, insurance
cover, a triangle test's result and panel size, a mast near a school, a dive without decompression,
tax on share options), missing figures (a cost per customer with no cost), live data (a freight
index, a river level, a ship's position, probate waiting times), facts to look up (a route
distance, a twinning date, a container's steel, the date of Diwali; set 89 had the start of
Ramadan), a date that depends on the year asked in (a last posting date), code to write (SQL; set
89 had a spreadsheet formula) and a laytime clause; and for conversations references to an earlier
figure (a rear tyre pressure in another unit), house rules given earlier (an expenses policy and a
price list), writing around a figure (a WhatsApp, a sign-off email, a counter-offer letter, a
catch-up email), output forms set earlier (a terse stage manager, a markdown table, a fixture
recap, a calendar invite description), role play (a casualty in a first aid scenario; set 89 had
haggling and a pirate persona), a what-if on an earlier rule (a volume discount) and scheduling
(panels around office closures; set 89 continued a sequence of dates). No item of set 89 was seen,
so none was reused verbatim. New kinds here (not in set 89's lists as far as its docstring shows):
conversions that follow a convention, not a formula (oven gas marks, dress and shoe sizes, cups of
flour by weight, Beaufort forces, a bulker's size class), a standard score's percentile, a
guideline range (chest compressions in a cycle), an opaque auction formula (a quality score), a
misconception about return periods, astronomy and tides (a sunrise, a high tide, a full moon), a
number said in Spanish; and these conversation kinds: answering the assistant's clarifying
question, spotting the odd day or keyword in earlier data, finding the slip in the user's own
working (twice), interpreting a clause quoted earlier (a charter party and a lease), reordering a
running order under constraints, putting dates in order against deadlines, timing a quoted script
at an agreed pace, a summary for an absent member, sensitive advice after a shortfall, a
recommendation given site conditions, an engineering judgement on freeboard, marketing and workload
judgements, and an explanation of a pool top-up. No conversation here ends in a user turn that
could be answered alone: each last turn either needs figures, rules or text from the earlier turns
or asks for writing, judgement or explanation. Some near-positives depend on current figures
(prices, rates, thresholds, waiting times) or on live data; they are negatives, with no "now"
field. No positive depends on a looked-up figure: every rate, price, fee and discount is given in
the text, so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the camino pilgrim walker next to the ramblers walking group leader, the walkers luggage
transfer service, the gap year backpacker budget and the duke of edinburgh expedition assessor; the
catwalk fashion show producer next to the fashion retail buying office, the personal shopper
stylist, the film extras casting agency and the trade show stand builder (the model_ registers are
model railways, rocketry and villages, which share only a word); the christmas hamper company next
to the turkey farm christmas orders, the christmas market chalet trader, the italian deli counter
and the lighthouse museum gift shop; the cloud cost finops analyst next to the data centre night
operations, the office it helpdesk and the penetration testing consultancy; the community flood
warden next to the flood restoration contractor, the coastal erosion survey team and the water main
leak detection team (the alpine hut, seabird island, sheltered housing and lighthouse heritage
trust wardens share only a word); the corporate travel expenses desk next to the high street travel
agent, the payroll bureau bookkeeper and the sole trader tax accountant; the crowdfunding campaign
creator next to the indie game studio producer, the board game cafe and the handmade candle webshop
(the data labelling crowdwork team shares only a fragment); the dry bulk shipbroker desk next to
the container terminal vessel planner, the freight forwarder customs desk, the tugboat harbour
towage desk, the grain store cooperative and the yacht delivery skipper; the dyslexia assessment
practice next to the speech and language therapist caseload, the exam hall invigilation team, the
private tuition agency and the braille transcription service; the first aid training provider next
to the forklift training centre, the hgv driver training school, the motorcycle cbt training school
and the lifeguard pool rota; the food stylist photo shoots next to the tiered cake decorator, the
cookery school class bookings, the film set location caterer and the portrait photography studio
sittings; the golf ball recovery diver next to the golf club greenkeeper, the golf club fitting
studio, the driving range, the crazy golf seafront kiosk, the disc golf course, the commercial
diving welders and the cave diving school; the homeless night shelter coordinator next to the food
bank warehouse, the community pantry volunteers, the refugee charity warehouse, the sheltered
housing warden and the hospital night porter log; the kit car assembly workshop next to the vintage
motorcycle restorer, the campervan conversion workshop, the ebike conversion workshop, the mot
garage service bay, the radio control car club and the used car forecourt dealer; the leasehold
block management office next to the letting agent lettings desk, the party wall surveyor and the
conveyancing solicitor desk; the phone mast site rental agent next to the broadband fibre installer
van and the tv aerial installer (the phone screen repair kiosk shares only a word); the ppc search
ads agency next to the magazine ad sales desk, the influencer talent manager, the billboard poster
crew and the freelance web designer; the probate estate administration desk next to the notary
public office, the conveyancing solicitor desk, the funeral director arrangements office, the
insolvency practitioner office and the parish register genealogist; the public speaking coach next
to the speech and language therapist caseload, the debate tournament tab room and the voice over
artist studio (the many coaches of earlier sets, from the ballroom dance competition coach to the
jobcentre work coach, share only a word); the rage room smash venue next to the axe throwing lanes,
the escape room operators, the laser tag and the paintball site marshals; the reservoir dam safety
engineer next to the bridge inspection engineer, the structural engineer site visits, the
desalination plant operators and the micro hydro scheme operator (the beaver reintroduction project
deals with dams of another kind); the sensory taste panel leader next to the market research field
interviewer, the tea blender, the cheese affineur registers and the science fair judge panel (the
baby sensory class leader shares only a word); the shipping container home builder next to the
shepherds hut maker, the treehouse builder, the straw bale house builder, the timber frame house
builder and the campervan conversion workshop (the container terminal vessel planner and the
hydroponic container farm share only a word); the startup founder cap table next to the pension
scheme administrator, the insolvency practitioner office, the credit union loan desk and the indie
game studio producer; the town twinning association next to the exchange student host family, the
choir tour organiser, the coach holiday tour operator, the school trip organiser and the parish
council clerk; the judgement of "different topic" is this writer's. Two pairs of this set's
registers touch each other (the community flood warden and the reservoir dam safety engineer both
watch floodwater, though as a volunteer and as an engineer, and the crowdfunding campaign creator
and the startup founder cap table both raise money for a venture, from backers and from investors).
At the edges of the allowed ranges: line 599 is P = "plain", 872, 1131 and 1432 are section
headers, 2340 opens the stated-weekday check and 2563 is the call of main(). No query text of any
earlier set was seen: main()'s duplicate check names only this set's ids. Every query here was
newly written from imagination of each trade or situation; five items that the duplicate check
reported as exact repeats of earlier queries or user turns (their earlier counterparts unseen) were
reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known
here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query
or user turn is ruled out by main(), and main() asserts that no register is a family name of sets
19 to 89 (the near-.../conv-... families are not registers and may coincide with earlier family
names). This set has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format, but ruff check reported 29 ISC004 findings (implicitly concatenated strings directly inside
the conversation tuples); the generator stopped at unit_r()'s assert on the probate hectares item
(its figure gave about 1.3 hectares, which is off by more than the 1e-3 tolerance when rounded to
two decimals), before main() was reached; and the list of lines over 99 characters named twelve
lines, all of this set's own (two unit items and one conversation turn whose two pieces ruff format
had joined into lines of 100 characters, and nine single strings of 100 to 106 characters in the
ordinary negatives, a near-positive and three conversation turns). fix1.py changed the probate item
to a larger holding (13.25 acres) and shortened the twelve texts, and wrap.py parenthesised the 29
groups. The second run passed ruff check (no finding, as on every later run) and failed main()'s
wording rule against lengths in months or years on the second PPC calculator item (it spoke of
spend over a number of months), and twenty lines were over 99 characters: the conversation turns
that wrap.py had parenthesised, which ruff format indents four columns deeper. fix2.py reworded
that item (monthly spend for the quarter) and made wrap.py re-split the strings it parenthesises
into shorter pieces. The third run passed every check up to the duplicate check, which reported
five items by id as repeats of earlier queries or user turns: the square-root one-liner, the
Celsius-to-Fahrenheit and feet-and-inches-to-centimetres one-liners, and the near-positives on cups
of flour in grams and on an oven gas mark; two lines were still over 99 characters, two
conversation turns built from an f-string, which wrap.py does not re-split. fix3.py fixed all of
them without the earlier queries being looked at: the square root became that of 7,921 (still
asserted a perfect square), the conversions got new figures (−23 °C; 4 ft 7 in, still exact), the
two near-positives were reworded with other figures (a recipe's cups of bread flour; gas mark 7 for
a studio oven), and the two f-string turns were split earlier. The fourth run passed every check,
and the list of lines over 99 characters was empty. Every later run passed every check. The
register check, the stated-weekday check, the counts, the gradability checks, this set's own
structural asserts, money()'s asserts and unit_r()'s other asserts passed on every run that reached
them; ruff format never failed. Before any run, one near-positive was removed by this writer's own
review (the grep count showed 66, one more than wanted).

Registers (families), 25, new: camino_pilgrim_walker, catwalk_fashion_show_producer,
christmas_hamper_company, cloud_cost_finops_analyst, community_flood_warden,
corporate_travel_expenses_desk, crowdfunding_campaign_creator, dry_bulk_shipbroker_desk,
dyslexia_assessment_practice, first_aid_training_provider, food_stylist_photo_shoots,
golf_ball_recovery_diver, homeless_night_shelter_coordinator, kit_car_assembly_workshop,
leasehold_block_management_office, phone_mast_site_rental_agent, ppc_search_ads_agency,
probate_estate_administration_desk, public_speaking_coach, rage_room_smash_venue,
reservoir_dam_safety_engineer, sensory_taste_panel_leader, shipping_container_home_builder,
startup_founder_cap_table, town_twinning_association. Every register is used by all three tools
(asserted); eighteen distinct registers have one further positive (a second calculator word
problem: cloud_cost_finops_analyst, dry_bulk_shipbroker_desk, leasehold_block_management_office,
ppc_search_ads_agency, probate_estate_administration_desk, startup_founder_cap_table; a second unit
word problem: camino_pilgrim_walker, food_stylist_photo_shoots, golf_ball_recovery_diver,
kit_car_assembly_workshop, reservoir_dam_safety_engineer, shipping_container_home_builder; a second
date word problem: crowdfunding_campaign_creator, dyslexia_assessment_practice,
first_aid_training_provider, homeless_night_shelter_coordinator, phone_mast_site_rental_agent,
town_twinning_association). The seven registers with three positives are
catwalk_fashion_show_producer, christmas_hamper_company, community_flood_warden,
corporate_travel_expenses_desk, public_speaking_coach, rage_room_smash_venue and
sensory_taste_panel_leader. Positives are one-liners (family "plain") or word problems of one to
three sentences, in UK usage with £ and pence, pounds, feet, inches, yards, acres and miles, some
in euros, some in US usage with dollars and cents or with a month-first written date, and other
touches (a pilgrim's budget of nights, meals and a credencial, a show's costs with a charity
discount on the venue, hampers with a volume discount, delivery and VAT, a cloud bill with a
committed-use discount on compute only, a reservation's saving, sandbags with a council grant,
mileage with capped hotel nights, a campaign's takings after percentage and per-pledge fees,
charter hire less address commission, demurrage pro rata, an assessment with a student discount on
part of it, a course with a free place and VAT, a shoot's invoice with a half-rate day and a
mark-up on ingredients and props, graded lake balls after junk, a shelter's food bill at an average
occupancy, a build cost with a trade discount on paint, a lease share of a service charge, major
works after the reserve fund shared by flats, a rent compounded over reviews, conversions from a
budget, fees with a monthly minimum, an estate's residue after legacies, an executor's costs with
an agent's fee plus VAT, a coaching package discount, a group discount on entry only, a spillway
estimate with contingency and a survey fee, a panel's pay with a missed session and a bonus,
containers and welding less a discount, a post-money stake, options left in a pool, and a coach
shared by travellers plus a ferry fare; a stage in miles, a pack's weight, a runway in feet, a
hamper for a courier, a backup in chunks, a river gauge in feet, a hire car's distance, a reward
box, a ship's grain capacity, a reading distance, a casualty's temperature, an oven, a tray, a
lake's depth and area, a hall's floor area, tyre pressure and top speed, a flat's floor area, a
mast compound in square yards, a location radius, a smallholding in hectares, a hall's temperature,
sledgehammers, a reservoir's capacity and a spillway crest, serving temperature, a container's
length and floor, an office, and a drive to a twin town; Celsius and Fahrenheit both ways, mph to
km/h and back, psi to bar, GiB to MiB, square feet and square metres both ways, square inches to
square centimetres, square metres to square yards, acres to hectares and hectares to acres, acres
to square metres, cubic metres and cubic feet both ways, kilograms to pounds, pounds to kilograms,
stone and pounds to kilograms, inches to centimetres, feet and inches to centimetres, feet to
metres, metres to feet, yards to metres, miles to kilometres and kilometres to miles), some chatty,
terse or lower-case, with questions at the start or the end, several terse commands and two
statements to complete. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 89: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, a campaign counting both its first and last days, a pilgrimage and a
launch counting their first day as day 1, a peak a number of hours after a stated time, the fifth
dive at three-week intervals, the fifth shift at nine-night intervals, the first of nine weekly
sessions ending a week before a stated date, the last day of a three-day course from the second
Monday of a month, 9, 15, 19, 23, 26, 28, 30, 45, 100, 180, 365, 1,095, 1,461, 1,500 and 1,826 days
after or before a date, 6, 8, 10, 11, 16 and 156 weeks and 18 weeks and 3 days after or before a
date, weeks between two stated dates (a plain one-liner), the weekday of a stated date (three
times), the fourth Wednesday, the last Monday and the last Thursday of a stated month and year, and
a day of the year counting 1 January as day 1); the three ages (one an anniversary) are in whole
years from a stated date to a stated date, and the one clock span runs from one stated time to the
next occurrence of the other (it crosses midnight, saying "the following morning", and is in
minutes). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 89):
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

Run: python3 make_heldout_90.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-03-03.jsonl"
PREFIX = "ho90-"
# earlier generators: sets 1-89 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 90))
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
    """A money answer: whole pence (or cents), asserted."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100) and money(7) == 7

CAM = "camino_pilgrim_walker"
CAT = "catwalk_fashion_show_producer"
HAM = "christmas_hamper_company"
CLD = "cloud_cost_finops_analyst"
FLD = "community_flood_warden"
EXP = "corporate_travel_expenses_desk"
CRW = "crowdfunding_campaign_creator"
SHB = "dry_bulk_shipbroker_desk"
DYS = "dyslexia_assessment_practice"
FAT = "first_aid_training_provider"
FSP = "food_stylist_photo_shoots"
GBD = "golf_ball_recovery_diver"
SHL = "homeless_night_shelter_coordinator"
KIT = "kit_car_assembly_workshop"
BLK = "leasehold_block_management_office"
MST = "phone_mast_site_rental_agent"
PPC = "ppc_search_ads_agency"
PRB = "probate_estate_administration_desk"
PSC = "public_speaking_coach"
RGE = "rage_room_smash_venue"
DAM = "reservoir_dam_safety_engineer"
TST = "sensory_taste_panel_leader"
CNT = "shipping_container_home_builder"
CAP = "startup_founder_cap_table"
TWN = "town_twinning_association"
REGISTERS = (
    CAM,
    CAT,
    HAM,
    CLD,
    FLD,
    EXP,
    CRW,
    SHB,
    DYS,
    FAT,
    FSP,
    GBD,
    SHL,
    KIT,
    BLK,
    MST,
    PPC,
    PRB,
    PSC,
    RGE,
    DAM,
    TST,
    CNT,
    CAP,
    TWN,
)
assert len(REGISTERS) == 25 == len(set(REGISTERS)) and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "what's 3,847 × 26", 3847 * 26)
calc(P, "17.5% of 6,480?", pct("17.5") * 6480)
calc(P, "Work out (418 − 97.25) ÷ 5 for me.", (418 - dec("97.25")) / 5)
ROOT = math.isqrt(7921)
assert ROOT * ROOT == 7921  # a perfect square
calc(P, "the square root of 7,921 is what", ROOT)
calc(P, "two to the thirteenth power, minus one thousand", 2**13 - 1000)
calc(P, "How much is seven eighths of 1,368?", F(7, 8) * 1368)
calc(P, "0.0375 x 48,000 =", dec("0.0375") * 48000)
calc(P, "1,254 divided by 0.38", 1254 / dec("0.38"))
calc(P, "What is 12.6 squared?", dec("12.6") ** 2)
calc(P, "Increase 2,350 by 14 per cent.", 2350 * (1 + pct(14)))
calc(P, "mean of 71, 88, 93, 64 and 79?", F(71 + 88 + 93 + 64 + 79, 5))
calc(P, "35% of 1,240 plus 8% of 950 — total?", pct(35) * 1240 + pct(8) * 950)
calc(P, "Seventeen per cent of 4,300 comes to", pct(17) * 4300)
calc(P, "Knock 12.5% off 9,600, then add 340. What do you get?", 9600 * (1 - pct("12.5")) + 340)

# register word problems
calc(
    CAM,
    "Camino budget check: 34 nights in albergues at €14 on average, food at €22 a day for 35 "
    "days, and €9 for the credencial. What's the total in euros?",
    money(34 * 14 + 35 * 22 + 9),
)
calc(
    CAT,
    "Show costs: 18 models at £650 each for the day, the hair and make-up team at £3,900, and the "
    "venue at £12,500 less a 15% charity discount. Total?",
    money(18 * 650 + 3900 + 12500 * (1 - pct(15))),
)
calc(
    HAM,
    "corporate order of 140 hampers at £62.50 each, 8% off because it's over 100, then delivery "
    "at £4.75 a hamper, and 20% VAT on everything. what's the invoice total",
    money((140 * dec("62.50") * (1 - pct(8)) + 140 * dec("4.75")) * (1 + pct(20))),
)
calc(
    CLD,
    "Monthly cloud bill: 12 VMs at $0.25 an hour for 730 hours each, with a 28% committed-use "
    "discount on those, plus 4,200 GB-months of storage at $0.023 (no discount). Total?",
    money(12 * dec("0.25") * 730 * (1 - pct(28)) + 4200 * dec("0.023")),
)
calc(
    CLD,
    "On demand this box costs $0.84 an hour. A reservation is $5,256 paid up front and covers "
    "all 8,760 hours. How much does reserving save us?",
    money(dec("0.84") * 8760 - 5256),
)
calc(
    FLD,
    "Flood group order: 600 sandbags at £1.35 each and 40 bulk bags of sand at £4.80. The "
    "council grant covers 60% of it. What does the group itself pay?",
    money((600 * dec("1.35") + 40 * dec("4.80")) * (1 - pct(60))),
)
calc(
    EXP,
    "My claim: 412 business miles at 45p a mile, plus two hotel nights capped at £85 each. The "
    "actual bills were £92 and £71. What's the most I can claim?",
    money(412 * dec("0.45") + min(92, 85) + min(71, 85)),
)
calc(
    CRW,
    "We raised $48,600 from 1,150 backers. The platform keeps 5%, and payment processing is 3% "
    "plus 20 cents per pledge. How much actually lands in our account?",
    money(48600 * (1 - pct(5) - pct(3)) - 1150 * dec("0.20")),
)
calc(
    SHB,
    "Time charter at $15,200 a day for 23.5 days, less 3.75% address commission. What hire is "
    "payable to owners?",
    money(15200 * dec("23.5") * (1 - pct("3.75"))),
)
calc(
    SHB,
    "laytime allowed 5 days, loading actually took 7.25 days, demurrage $18,400 per day pro "
    "rata. how much demurrage is due",
    money((dec("7.25") - 5) * 18400),
)
calc(
    DYS,
    "A full diagnostic assessment is £525 with 10% off for students, plus £60 for an exam access "
    "report, which isn't discounted. What does a student pay?",
    money(525 * (1 - pct(10)) + 60),
)
calc(
    FAT,
    "First aid at work course: £265 per delegate plus 20% VAT. The client is sending 11 people "
    "and gets one place free for booking 10 or more. What's the invoice total?",
    money(10 * 265 * (1 + pct(20))),
)
calc(
    FSP,
    "Invoice for a cookbook shoot: day rate £550 for two shoot days, one prep day at half rate, "
    "ingredients £318.40 and prop hire £145, with a 10% handling mark-up on ingredients and "
    "props only. Total?",
    money(2 * 550 + F(550, 2) + (dec("318.40") + 145) * (1 + pct(10))),
)
GOOD = 8400 * (1 - pct(15))
GRADE_A = GOOD * pct(40)
calc(
    GBD,
    "pulled 8,400 balls out of the lake. 15% are junk; of the rest, 40% are grade A at 45p and "
    "the remainder grade B at 22p. what's the lot worth",
    money(GRADE_A * dec("0.45") + (GOOD - GRADE_A) * dec("0.22")),
)
calc(
    SHL,
    "Night shelter food budget: 14 beds over 92 nights, average occupancy 75%, and food costs "
    "£3.85 per guest per night. What's the food bill?",
    money(14 * 92 * pct(75) * dec("3.85")),
)
calc(
    KIT,
    "Build cost so far: the kit £12,995, donor parts £1,840, IVA test £456, and paint at £2,350 "
    "less a 12% trade discount. Total?",
    money(12995 + 1840 + 456 + 2350 * (1 - pct(12))),
)
calc(
    BLK,
    "The service charge budget for the block is £86,400 and flat 7's lease share is 4.375%. What "
    "does flat 7 pay for the year?",
    money(86400 * pct("4.375")),
)
calc(
    BLK,
    "Roof works come to £142,000. The reserve fund covers £58,000 and the rest is split equally "
    "between the 24 flats. How much per flat?",
    money(F(142000 - 58000, 24)),
)
calc(
    MST,
    "The mast site rent starts at £6,400 and goes up 2.5% at each review, compounding. What is "
    "the rent after the third review?",
    money(6400 * (1 + pct("2.5")) ** 3),
)
calc(
    PPC,
    "Client budget £9,000, average cost per click £1.50, conversion rate 3.2%. How many "
    "conversions should we expect?",
    9000 / dec("1.50") * pct("3.2"),
)
calc(
    PPC,
    "Our fee is 15% of ad spend with a £750 monthly minimum. Monthly spend for the quarter "
    "was £4,200, £6,800 and £5,100. Total fees?",
    money(sum(max(s * pct(15), 750) for s in (4200, 6800, 5100))),
)
calc(
    PRB,
    "Net estate £486,000. Legacies of £15,000 and £8,500 come out first, then the residue is "
    "split equally between four children. How much does each child get?",
    money(F(486000 - 15000 - 8500, 4)),
)
calc(
    PRB,
    "Executor's costs: the £300 probate fee, 6 extra sealed copies at £1.50 each, and the estate "
    "agent's 1.2% plus 20% VAT on a £325,000 house sale. Add it all up?",
    money(300 + 6 * dec("1.50") + 325000 * pct("1.2") * (1 + pct(20))),
)
calc(
    PSC,
    "coaching package = 6 one-to-one sessions at £95 plus a filmed rehearsal review at £140, "
    "with 15% off the lot for booking together. price?",
    money((6 * 95 + 140) * (1 - pct(15))),
)
calc(
    RGE,
    "Nine of us booked the smash room at £32 each, 10% off the entry for groups of 8 or more, "
    "plus 3 extra crates of plates at £15 a crate. How much altogether?",
    money(9 * 32 * (1 - pct(10)) + 3 * 15),
)
calc(
    DAM,
    "Spillway repair estimate: 340 m² of concrete resurfacing at £185 per m², plus 12% "
    "contingency on that, plus a £9,400 survey fee. Total?",
    money(340 * 185 * (1 + pct(12)) + 9400),
)
calc(
    TST,
    "Taste panel pay is £18 per session over 5 sessions for 24 panellists. 21 came to all five "
    "and 3 missed one each; the 21 full attenders also get a £25 bonus. Total payout?",
    money(21 * 5 * 18 + 3 * 4 * 18 + 21 * 25),
)
calc(
    CNT,
    "Two 40-foot containers at £3,450 each, 37 hours of cutting and welding at £68 an hour and "
    "insulation at £2,180; the supplier takes 5% off the whole lot. How much?",
    money((2 * 3450 + 37 * 68 + 2180) * (1 - pct(5))),
)
calc(
    CAP,
    "Pre-money valuation is £3.2m and the angel puts in £800,000. What percentage does the "
    "angel own post-money?",
    F(800000, 3200000 + 800000) * 100,
)
calc(
    CAP,
    "Our option pool is 10% of 8,400,000 fully diluted shares and 37% of the pool has been "
    "granted. How many options are left to grant?",
    8400000 * pct(10) * (1 - pct(37)),
)
calc(
    TWN,
    "Twinning trip to Germany: 44 travellers share the £2,860 coach equally, and each pays £35 "
    "for the ferry on top. How much per person?",
    money(F(2860, 44) + 35),
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
unit_r(P, "Convert 37.5 miles to kilometres.", dec("37.5") * MI / KM)
unit_r(P, "how many feet is 1,830 metres", 1830 / FT)
unit_r(P, "212.5 °F in Celsius?", f_to_c(dec("212.5")))
unit(P, "−23 °C in Fahrenheit, please", c_to_f(-23), EXACT)
unit_r(P, "165 lb to kg", 165 * LB)
unit_r(P, "9 st 11 lb in kilograms, please", (9 * 14 + 11) * LB)
unit_r(P, "How many acres is 14.8 hectares?", dec("14.8") * HA / ACRE)
unit(P, "2.75 GiB = how many MiB?", dec("2.75") * GIB / MIB, EXACT)
unit_r(P, "48 psi in bar", 48 * PSI / BAR)
unit_r(P, "What is 112 km/h in mph?", 112 * KMH / MPH)
unit_r(P, "how many square feet in 86 square metres", 86 / SQFT)
unit(P, "4 ft 7 in to cm", (4 * 12 + 7) * IN / CM, EXACT)
unit(P, "3,500 yards in metres", 3500 * YD, EXACT)
unit_r(P, "Convert 7.2 cubic metres to cubic feet.", dec("7.2") / CUFT)

# register word problems
unit_r(
    CAM,
    "The guidebook gives 22.4 km for the stage out of Sarria. How many miles is that?",
    dec("22.4") * KM / MI,
)
unit_r(
    CAM,
    "my pack is 8.5 kg with water in it — what's that in pounds for my american walking buddy?",
    dec("8.5") / LB,
)
unit_r(
    CAT,
    "The runway at the venue is 24 metres long and the US production team work in feet. How "
    "many feet?",
    24 / FT,
)
unit_r(
    HAM,
    "Packed, the luxury hamper weighs 6.8 kg. The US courier's form wants pounds: what do I put?",
    dec("6.8") / LB,
)
unit(
    CLD,
    "We're splitting a 768 GiB backup into 256 MiB chunks. How many chunks is that?",
    768 * GIB / (256 * MIB),
    EXACT,
)
unit_r(
    FLD,
    "The river gauge by the bridge read 2.46 m at 6am. The older residents think in feet, so "
    "what's that in feet?",
    dec("2.46") / FT,
)
unit_r(
    EXP,
    "The hire car in France clocked 640 km and our policy pays per mile. How many miles do I "
    "claim?",
    640 * KM / MI,
)
unit_r(
    CRW,
    "Each reward box ships at 1.9 kg. For the US backers' page I need that in lb.",
    dec("1.9") / LB,
)
unit_r(
    SHB,
    "Grain capacity is 1,850,000 cubic feet. What's that in cubic metres for the charterer?",
    1850000 * CUFT,
)
unit(
    DYS,
    "The reading test is done with the page 16 inches from the eyes. How many centimetres?",
    16 * IN / CM,
    EXACT,
)
unit(
    FAT,
    "In the hypothermia scenario the casualty's core temperature is 34.6 °C. The trainees from "
    "the US want Fahrenheit. What is it?",
    c_to_f(dec("34.6")),
    EXACT,
)
unit_r(
    FSP,
    "The recipe says bake at 425 °F but the studio oven is in Celsius. What do I set it to?",
    f_to_c(425),
)
unit_r(
    FSP,
    "The hero tray is 12 by 18 inches. What's its area in square centimetres?",
    12 * 18 * IN * IN / (CM * CM),
)
unit_r(
    GBD,
    "deep end of the lake is 14 ft, how many metres is that",
    14 * FT,
)
unit_r(
    GBD,
    "The water hazard covers 1.6 acres. How many square metres of lake bed is that to search?",
    dec("1.6") * ACRE,
)
unit_r(
    SHL,
    "The church hall we use as the shelter is 18 m by 11 m. The fire officer's form asks for "
    "the floor area in square feet.",
    18 * 11 / SQFT,
)
unit_r(
    KIT,
    "Manual says 28 psi in the front tyres but my gauge reads bar. What should it show?",
    28 * PSI / BAR,
)
unit_r(
    KIT,
    "Claimed top speed is 128 mph. What's that in km/h for the European buyers?",
    128 * MPH / KMH,
)
unit_r(
    BLK,
    "Flat 12's lease plan gives the floor area as 63.5 m². A buyer wants it in square feet.",
    dec("63.5") / SQFT,
)
unit_r(
    MST,
    "The mast compound is 12 m by 8 m. What's that in square yards for the old lease plan?",
    12 * 8 / SQYD,
)
unit_r(
    PPC,
    "Client delivers up to 35 miles from the shop and I'm setting the location radius in "
    "kilometres. What number goes in?",
    35 * MI / KM,
)
unit_r(
    PRB,
    "The deceased owned a smallholding of 13.25 acres. The valuer works in hectares: how "
    "many hectares?",
    dec("13.25") * ACRE / HA,
)
unit(
    PSC,
    "the venue promises the hall will be at 68 °F. in celsius?",
    f_to_c(68),
    EXACT,
)
unit_r(
    RGE,
    "Our sledgehammers are 10 lb each. What's that in kilos for the safety sheet?",
    10 * LB,
)
unit_r(
    DAM,
    "The reservoir holds 2.4 million cubic metres at top water level. In cubic feet?",
    2400000 / CUFT,
)
unit(
    DAM,
    "Spillway crest height on the 1930s drawings is 42.5 ft. Give it in metres.",
    dec("42.5") * FT,
    EXACT,
)
unit(
    TST,
    "Samples have to be served at 140 °F. What's that in Celsius for the booth thermometers?",
    f_to_c(140),
    EXACT,
)
unit(
    CNT,
    "A 40-foot box: how many metres long is 40 feet exactly?",
    40 * FT,
    EXACT,
)
unit_r(
    CNT,
    "Internal floor of the container is 2.35 m by 12.03 m. What's that in square feet?",
    dec("2.35") * dec("12.03") / SQFT,
)
unit_r(
    CAP,
    "The office we're leasing after the round is 2,400 sq ft. In square metres?",
    2400 * SQFT,
)
unit_r(
    TWN,
    "Our twin town is 1,046 km away by road. How many miles is the drive?",
    1046 * KM / MI,
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
date_item(P, "What date is 100 days after 14 June 2032?", D(2032, 6, 14) + TD(days=100))
date_item(
    P,
    "how many days from 3 February 2029 to 19 November 2029",
    days(D(2029, 2, 3), D(2029, 11, 19)),
)
date_item(P, "Which day of the week was 9 August 2027?", weekday(D(2027, 8, 9)))
date_item(P, "6 weeks before 2 April 2031 is which date?", D(2031, 4, 2) - TD(weeks=6))
date_item(P, "Weeks between 5 January 2032 and 24 May 2032?", weeks(D(2032, 1, 5), D(2032, 5, 24)))
date_item(
    P,
    "Someone born 17 October 1991: how old are they on 1 September 2034?",
    age(D(1991, 10, 17), D(2034, 9, 1)),
)
date_item(P, "365 days after 28 February 2031, what date?", D(2031, 2, 28) + TD(days=365))
date_item(P, "fourth Wednesday of November 2030?", nth_weekday(2030, 11, WED, 4))
date_item(P, "Last Monday in May 2033 falls on which date?", nth_weekday(2033, 5, MON, -1))
date_item(
    P,
    "What day of the year is 21 October 2029, counting 1 January as day 1?",
    days(D(2029, 1, 1), D(2029, 10, 21)) + 1,
)
date_item(
    P,
    "How many minutes are there from 21:40 to 06:15 the following morning?",
    clock_span("21:40", "06:15", 60),
)
date_item(P, "Date 1,500 days after 10 March 2030", D(2030, 3, 10) + TD(days=1500))
date_item(P, "Christmas Day 2040: what weekday?", weekday(D(2040, 12, 25)))
date_item(
    P, "What's 18 weeks and 3 days after 7 August 2031?", D(2031, 8, 7) + TD(weeks=18, days=3)
)

# register word problems
date_item(
    CAM,
    "I set off from Saint-Jean-Pied-de-Port on 4 May 2031 and plan 34 walking days plus 2 rest "
    "days. Counting the first day as day 1, on what date do I reach Santiago?",
    D(2031, 5, 4) + TD(days=34 + 2 - 1),
)
date_item(
    CAT,
    f"Fashion week opens on {sayw(D(2031, 9, 12))}. Final fittings start 23 days earlier. What "
    "date is that?",
    D(2031, 9, 12) - TD(days=23),
)
date_item(
    HAM,
    "Last order date for Christmas delivery is 9 December 2030 and sourcing needs 26 days before "
    "that. When must stock ordering start?",
    D(2030, 12, 9) - TD(days=26),
)
date_item(
    CLD,
    "Our compute savings plan began on 1 March 2030 and ends 1,095 days after that. End date?",
    D(2030, 3, 1) + TD(days=1095),
)
date_item(
    FLD,
    f"The flood alert went out at 09:00 on {sayw(D(2031, 11, 16))} and the river peaked 58 "
    "hours later. On what date did it peak?",
    (DT(2031, 11, 16, 9, 0) + TD(hours=58)).date(),
)
date_item(
    EXP,
    "Claims have to be in 45 days after a trip ends. My trip ended on 27 January 2032. What's "
    "the deadline?",
    D(2032, 1, 27) + TD(days=45),
)
date_item(
    CRW,
    f"We launch on {sayus(D(2032, 4, 6))}, and run 30 days counting launch day as day 1. What "
    "date is the last day?",
    D(2032, 4, 6) + TD(days=29),
)
date_item(
    CRW,
    "The campaign closes on 5 May 2032 and manufacturing takes 11 weeks from the close. When do "
    "rewards ship?",
    D(2032, 5, 5) + TD(weeks=11),
)
date_item(
    SHB,
    "Vessel sails from Santos on 28 February 2031 and the voyage is 19 days. On which date does "
    "she arrive?",
    D(2031, 2, 28) + TD(days=19),
)
date_item(
    DYS,
    "assessment is on 11 June 2031 and I promise the report 15 days later. date?",
    D(2031, 6, 11) + TD(days=15),
)
date_item(
    DYS,
    "The client was born on 2 February 2014. How old will they be on assessment day, 30 January "
    "2032?",
    age(D(2014, 2, 2), D(2032, 1, 30)),
)
date_item(
    FAT,
    "A first aid certificate dated 20 October 2029 runs out 156 weeks after that date. On what "
    "date?",
    D(2029, 10, 20) + TD(weeks=156),
)
date_item(
    FAT,
    "Our three-day course starts on the second Monday of February 2031 and runs on consecutive "
    "days. What's the date of the final day?",
    nth_weekday(2031, 2, MON, 2) + TD(days=2),
)
date_item(
    FSP,
    f"The shoot is on {sayw(D(2032, 1, 22))} and the publisher needs retouched images 10 weeks "
    "after it. By what date?",
    D(2032, 1, 22) + TD(weeks=10),
)
date_item(
    GBD,
    "First dive of the season at the lake was 3 April 2031, then one every 3 weeks after that. "
    "Date of the fifth dive?",
    D(2031, 4, 3) + TD(weeks=3 * 4),
)
date_item(
    SHL,
    "The shelter opens on 1 December 2031 and shuts on 1 March 2032. How many days is that?",
    days(D(2031, 12, 1), D(2032, 3, 1)),
)
date_item(
    SHL,
    f"A volunteer's first shift is {sayw(D(2031, 12, 6))} and they do every 9th night after "
    "that. When is their fifth shift?",
    D(2031, 12, 6) + TD(days=9 * 4),
)
date_item(
    KIT,
    "Kit ordered on 14 September 2030 with a 16-week lead time. Delivery date?",
    D(2030, 9, 14) + TD(weeks=16),
)
date_item(
    BLK,
    "The Section 20 notice went out on 3 March 2031 and the observation period ends 30 days "
    "after the notice date. What date is that?",
    D(2031, 3, 3) + TD(days=30),
)
date_item(
    MST,
    "The mast lease began on 29 September 2026 and the break clause can be used 1,826 days "
    "after the start. What date is that?",
    D(2026, 9, 29) + TD(days=1826),
)
date_item(
    MST,
    f"The operator gave notice on {sayw(D(2031, 5, 7))} and has to wait 28 days before "
    "access. Earliest access date?",
    D(2031, 5, 7) + TD(days=28),
)
date_item(
    PPC,
    "The campaign ran from 4 November 2030 to 16 December 2030. Counting both the first and "
    "last days, how many days did it run?",
    days(D(2030, 11, 4), D(2030, 12, 16)) + 1,
)
date_item(
    PRB,
    "We applied for the grant of probate on 5 November 2030 and were told to expect it 16 weeks "
    "later. What date would that be?",
    D(2030, 11, 5) + TD(weeks=16),
)
date_item(
    PSC,
    f"My keynote is on {sayw(D(2031, 3, 8))}. We'll meet weekly for 9 sessions, the last one "
    "exactly a week before the keynote. When is the first session?",
    D(2031, 3, 8) - TD(weeks=9),
)
date_item(
    RGE,
    "A gift voucher bought on 19 November 2030 is good for 180 days from purchase. What's the "
    "last date it can be used?",
    D(2030, 11, 19) + TD(days=180),
)
date_item(
    DAM,
    "What weekday is 14 October 2031? That's when the drawdown starts.",
    weekday(D(2031, 10, 14)),
)
date_item(
    TST,
    "We hold the panel on the last Thursday of the month. Which date is the October 2031 panel?",
    nth_weekday(2031, 10, THU, -1),
)
date_item(
    CNT,
    "Planning came through on 2 June 2031 and the groundworks start 8 weeks later. Date?",
    D(2031, 6, 2) + TD(weeks=8),
)
date_item(
    CAP,
    "Founder shares granted on 1 July 2030 finish vesting 1,461 days after the grant. Final "
    "vesting date?",
    D(2030, 7, 1) + TD(days=1461),
)
date_item(
    TWN,
    "The twinning charter was signed on 24 June 1967. Which anniversary falls on 24 June 2032?",
    age(D(1967, 6, 24), D(2032, 6, 24)),
)
date_item(
    TWN,
    f"The visitors from Brittany arrive on {sayw(D(2032, 7, 23))} and stay 9 nights. On what "
    "date do they leave?",
    D(2032, 7, 23) + TD(days=9),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: advice, explanations, judgements, rules, opinions and writing, per register
ORDINARY = {
    CAM: (
        "What should I pack for the Camino Francés in late April? I think I'm overthinking it.",
        "Is it bad form to book albergues ahead, or should I just turn up like a proper pilgrim?",
        "write me a short blessing I could read out at the start of our group's camino",
        (
            "My knees are complaining after the Pyrenees day. Rest a day or push on slowly? "
            "What do experienced walkers do?"
        ),
    ),
    CAT: (
        (
            "Give me a running order for a 20-look show that builds to the finale gown without "
            "losing the audience halfway."
        ),
        "How do I brief models who have never walked a runway before? Keep it kind.",
        (
            "Draft the press release for our graduate collection show: sustainable fabrics, "
            "upcycled denim and a live string quartet."
        ),
        "what's the etiquette when two editors both expect the end seat on the front row",
    ),
    HAM: (
        "Suggest a theme for a vegan Christmas hamper that doesn't feel like a compromise.",
        (
            "A corporate client wants their logo on the ribbon but it's enormous. How would you "
            "handle that tactfully?"
        ),
        "Write the little card that goes inside our 'Cosy Night In' hamper.",
        (
            "Should we put alcohol in hampers for a company whose staff come from lots of "
            "different backgrounds?"
        ),
    ),
    CLD: (
        (
            "Explain the difference between savings plans and reserved instances like I'm a "
            "finance person, not an engineer."
        ),
        "How do I get engineering teams to actually care about tagging their resources?",
        (
            "Write a Slack message nudging the data team about an idle GPU cluster without "
            "sounding like the cost police."
        ),
        "Should FinOps sit in finance or in engineering? Pros and cons, please.",
    ),
    FLD: (
        "How do I persuade older neighbours to sign up for flood warnings on their phones?",
        "Write a calm, clear leaflet paragraph on what to do when the amber alert goes out.",
        "What should go in a household flood kit? We're a street of mostly terraced houses.",
        (
            "The parish wants a wall of sandbags along the lane. Good idea, or could it just push "
            "the water onto other homes?"
        ),
    ),
    EXP: (
        (
            "How should our policy treat a weekend tacked onto a business trip? Who pays for the "
            "extra hotel night?"
        ),
        "Write a polite rejection for an expense claim that includes a minibar bill.",
        "What's a sensible way to handle receipts that got lost abroad?",
        (
            "People keep booking business class for short flights. How do I tighten the rules "
            "without a revolt?"
        ),
    ),
    CRW: (
        "Write a backer update saying the enamel pins are late because of a factory holiday.",
        "Which reward tiers tend to work best for a first board game campaign?",
        "how honest should my campaign video be about the risks? i don't want to scare people off",
        "Suggest some stretch goals that won't wreck our shipping costs.",
    ),
    SHB: (
        "Explain what WWD SHINC means in a charter party and why owners care about it.",
        "Draft a polite chaser to charterers about a late hire payment.",
        "How do brokers usually split commission when two of them work a fixture together?",
        "What are the main risks of fixing a ship on subjects over a long weekend?",
    ),
    DYS: (
        "How do I explain dyslexia to a ten-year-old without making it sound like a problem?",
        (
            "Write a summary paragraph for a report, warm but professional, saying the student "
            "qualifies for extra time."
        ),
        "What questions should I ask parents before an assessment day?",
        "A university says my report is too old to use. How should I advise the student?",
    ),
    FAT: (
        "Give me an icebreaker for a first aid class of warehouse staff sent by their boss.",
        "How should I handle a delegate who gets upset during the CPR section?",
        "Write a five-question feedback form for our paediatric first aid course.",
        "What's a good way to teach the recovery position to people with bad backs?",
    ),
    FSP: (
        "How do food stylists keep ice cream from melting under hot lights?",
        "Write a brief for a prop stylist for a rustic autumn soup shoot.",
        "What's the trick to make a roast chicken look golden on camera without overcooking it?",
        "The client wants 'authentic' mess on the table. How much is too much?",
    ),
    GBD: (
        "What should I say to a golf club committee to win the contract for their lakes?",
        "How do you stay safe diving in murky water with zero visibility?",
        "Write a short online listing for refurbished golf balls that's honest about grade B.",
        "Is it worth buying a ball washing machine or should I keep doing it by hand?",
    ),
    SHL: (
        "Write a welcome note for guests that sets out the house rules kindly.",
        "A guest turned up drunk after curfew. How should the volunteers handle it?",
        "What training should new overnight volunteers have before their first shift?",
        "How can we ask local churches for more volunteers without guilt-tripping them?",
    ),
    KIT: (
        "What tools will I really need for a first kit car build in a single garage?",
        "Explain the IVA test to my dad, who thinks it's just an MOT.",
        "Should I use a Ford Sierra donor or buy all-new parts?",
        "write a for-sale ad for my half-finished Cobra replica, honest about what's left to do",
    ),
    BLK: (
        "Write a letter to leaseholders explaining why the service charge is going up.",
        (
            "A ground-floor leaseholder refuses to pay towards the lift because they never use "
            "it. How do I respond?"
        ),
        "What makes a good reserve fund policy for an older block?",
        "How do I chair a residents' meeting when two neighbours are feuding?",
    ),
    MST: (
        "What should a farmer look out for before agreeing to a phone mast on their land?",
        "Draft a letter asking the operator for a meeting about the rent review.",
        "How would you explain the Electronic Communications Code to a farmer in plain English?",
        "A neighbour says the mast is an eyesore. What can the landowner realistically do?",
    ),
    PPC: (
        "Write three ad headlines for a family-run bike repair shop.",
        "The client thinks we should bid on competitors' brand names. Good idea?",
        "How do I explain to a client why their cost per click went up in December?",
        "Give me a checklist for auditing a messy Google Ads account we've just inherited.",
    ),
    PRB: (
        (
            "Write a sympathetic letter to beneficiaries explaining why probate is taking longer "
            "than expected."
        ),
        "Two siblings both want their mum's piano. How do executors usually handle that?",
        "What's the difference between an executor and an administrator?",
        (
            "Should an executor sell the house or transfer it to the beneficiaries? What are the "
            "trade-offs?"
        ),
    ),
    PSC: (
        "Give me three warm-up exercises to calm my nerves before a best man speech.",
        "How do I stop saying 'um' so much?",
        (
            "Rewrite this opening line to be punchier: 'Today I want to talk to you about our "
            "quarterly results.'"
        ),
        "My client freezes when it's time for questions. What drills would help?",
    ),
    RGE: (
        "Write the safety briefing our staff read out before each smash session.",
        "Is a rage room actually good for stress, or does it make anger worse?",
        "Suggest some themed packages for hen parties that aren't tacky.",
        "Where could we source old crockery and printers cheaply and ethically?",
    ),
    DAM: (
        (
            "Explain what a reservoir panel engineer does to a parish council that's worried "
            "about the dam."
        ),
        (
            "Draft the summary of an inspection report recommending vegetation clearance on the "
            "downstream face."
        ),
        "What are the warning signs of internal erosion a supervising engineer should watch for?",
        (
            "If the budget only covers the spillway or the outlet valve, not both, how would you "
            "prioritise?"
        ),
    ),
    TST: (
        "Write the instructions that go on each tasting booth for a triangle test.",
        "How do we stop panellists influencing each other's scores?",
        "What's a good palate cleanser between spicy crisp samples?",
        "Explain the difference between a trained panel and a consumer panel.",
    ),
    CNT: (
        "Is a container home a good idea in a rainy climate? What about condensation?",
        "Write a friendly blog post about how we insulate our container homes.",
        "What do planning officers usually object to in container home applications?",
        "How would you lay out a 40-foot container as a one-bedroom home?",
    ),
    CAP: (
        "Explain pro-rata rights to my co-founder, who thinks they're bad for us.",
        "Should we go for a SAFE or a priced round for our first raise? We're UK-based.",
        (
            "Write a friendly note telling early employees that the new round will dilute their "
            "options."
        ),
        (
            "How do I decide on a fair equity split with a technical co-founder who joined six "
            "months after me?"
        ),
    ),
    TWN: (
        "Write a welcome speech for the mayor of our twin town, warm and a little bit funny.",
        "How do we get younger people involved in the twinning association?",
        "Suggest a programme for a weekend visit from our Polish twin town.",
        "Our host families are getting older and fewer. What are the alternatives?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
assert all(len(qs) == 4 for qs in ORDINARY.values())
for _fam, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_fam, _q)


# near-positives: single turns that look like a tool question but need the language model
NEAR: list[str] = []


def near(family, query, note):
    assert family.startswith("near-") and family not in NEAR, family
    NEAR.append(family)
    neg(family, query, note)


near(
    "near-stamp-duty-now",
    "How much stamp duty would I pay on a £465,000 flat?",
    "depends on the current SDLT bands and on the buyer (first-time, additional property)",
)
near(
    "near-cycle-mileage-rate",
    "What's the approved mileage rate for business trips by bike, and what would 120 miles earn?",
    "needs the current HMRC approved rate, which is not given",
)
near(
    "near-sarria-distance",
    "how far is it from Sarria to Santiago in km",
    "a looked-up route distance; guidebooks and route variants differ",
)
near(
    "near-gas-mark",
    "The old cookbook says gas mark 7. What's that in °F for the studio oven?",
    "gas marks follow a conventional table, not a formula; needs knowledge",
)
near(
    "near-dress-size",
    "A UK size 12 sample: what's that in US dress sizes?",
    "clothing sizes are brand conventions, not an exact conversion",
)
near(
    "near-shoe-size",
    "EU 43 is what UK shoe size?",
    "shoe size systems do not convert exactly; brands differ",
)
near(
    "near-cups-of-flour",
    "My American recipe wants 2¾ cups of bread flour. How many grams do I weigh out?",
    "depends on the cup and how the flour is packed; a density judgement",
)
near(
    "near-iht-estate",
    "Mum's estate is £720,000 and goes to us three kids. How much inheritance tax is due?",
    "needs current nil-rate bands, the residence band and any reliefs or gifts",
)
near(
    "near-egress-price",
    "What will AWS charge us to move 3 TB out of eu-west-2 this month?",
    "current cloud prices and tiers are not given",
)
near(
    "near-baltic-dry",
    "Where is the Baltic Dry Index today?",
    "live market data",
)
near(
    "near-river-level-live",
    "What's the river level at Bewdley right now?",
    "live gauge data",
)
near(
    "near-hundred-year-flood",
    "We just flooded in a 1-in-100-year zone. Does that mean we're safe for the next 99 years?",
    "a misconception to explain: return periods are probabilities, not schedules",
)
near(
    "near-beaufort-mph",
    "Force 8 gale: how many mph is that?",
    "a Beaufort force is a band of wind speeds, not one value",
)
near(
    "near-standard-score-percentile",
    "The student's standard score is 85. What percentile is that?",
    "needs the test's norms or a normal-distribution approximation, not arithmetic",
)
near(
    "near-reading-age-gap",
    "A 12-year-old with a reading age of 9 years 4 months: is that a significant gap?",
    "a professional judgement about significance",
)
near(
    "near-access-arrangements",
    "How much extra time do dyslexic students get in GCSE exams?",
    "exam board rules and individual evidence decide it; not a fixed calculation",
)
near(
    "near-cpr-cycle",
    "how many chest compressions should you do in a 2 minute cycle of adult CPR",
    "a guideline range (100 to 120 a minute, with breaths), not a single exact figure",
)
near(
    "near-trainer-ratio",
    "What's the maximum number of learners per trainer on a regulated first aid course?",
    "an awarding body rule to look up",
)
near(
    "near-cpc-benchmark",
    "What's a normal cost per click for plumbers in Leeds?",
    "market data that changes; an estimate",
)
near(
    "near-quality-score",
    "Our quality score is 6 out of 10. How much cheaper would clicks be at 8?",
    "the auction formula is not public; needs explanation, not arithmetic",
)
near(
    "near-arr-valuation",
    "We have £1.4m ARR and 40% growth. What's the company worth?",
    "a valuation judgement",
)
near(
    "near-emi-exercise-tax",
    "If I exercise 20,000 EMI options at 10p when they're worth £2, how much tax do I pay?",
    "depends on tax rules and the person's circumstances",
)
near(
    "near-vessel-position",
    "Where is the MV Lady Hermione now, and when will she reach Qingdao?",
    "live ship-tracking data",
)
near(
    "near-mast-market-rent",
    "What's the going rent for a rooftop mast site in Manchester under the new Code?",
    "market evidence and valuation judgement",
)
near(
    "near-mast-school-distance",
    "How many metres should a phone mast be from a primary school to be safe?",
    "a contested health and planning question, no single exact answer",
)
near(
    "near-service-charge-fair",
    "Is £3,780 a year a reasonable service charge for a two-bed in a block with a lift?",
    "a judgement of reasonableness",
)
near(
    "near-section-20-threshold",
    "Above what cost per leaseholder do major works need a Section 20 consultation?",
    "a legal threshold to look up and explain",
)
near(
    "near-lost-golf-balls",
    "How many golf balls end up in UK lakes every year?",
    "an unknown figure; only a rough estimate is possible",
)
near(
    "near-pro-v1-grade",
    "Is a Pro V1 that's sat in a lake for two years still good enough to sell as grade A?",
    "a condition judgement",
)
near(
    "near-no-deco-limit",
    "Can I stay at 12 m for 80 minutes without a decompression stop?",
    "depends on tables, computer algorithms and conditions; a safety question",
)
near(
    "near-hall-bed-limit",
    "How many camp beds are allowed in a 198 m² hall under fire rules?",
    "depends on a fire risk assessment and guidance, not on the area alone",
)
near(
    "near-swep-trigger",
    "At what temperature does the emergency cold-weather protocol have to open?",
    "a local policy that differs by council",
)
near(
    "near-iva-noise",
    "What's the IVA noise limit, and will a sports exhaust on a Cobra replica pass?",
    "a rule to look up plus a judgement",
)
near(
    "near-zero-to-sixty",
    "My kit car weighs 720 kg with a 2-litre engine. How quick will it be 0 to 60?",
    "an estimate that depends on power, gearing and traction",
)
near(
    "near-container-steel",
    "How thick is the steel in a standard shipping container wall?",
    "a looked-up specification that varies by maker",
)
near(
    "near-garden-container-planning",
    "Can I put a container home in my back garden without planning permission?",
    "planning rules and use depend on the case",
)
near(
    "near-triangle-panel-size",
    "How many panellists do I need for a triangle test to be statistically meaningful?",
    "depends on the significance level, power and expected difference; a design judgement",
)
near(
    "near-triangle-result",
    "14 of our 36 panellists picked the odd sample out. Is that significant?",
    "needs a statistical test and a chosen threshold, then a judgement",
)
near(
    "near-twinning-history",
    "When did Coventry twin with Stalingrad?",
    "a historical fact to look up",
)
near(
    "near-plates-per-session",
    "How many plates can one person smash in a 30-minute session?",
    "an estimate",
)
near(
    "near-rage-room-cover",
    "How much public liability cover does a rage room need?",
    "insurance advice, not a calculation",
)
near(
    "near-large-raised-reservoir",
    "Does a reservoir holding 2.4 million cubic metres count as a large raised reservoir?",
    "a legal definition that depends on the jurisdiction",
)
near(
    "near-probable-max-flood",
    "What's the probable maximum flood for a 14 km² catchment?",
    "a hydrological estimate needing much more data",
)
near(
    "near-chutney-shelf-life",
    "how long will homemade chutney keep in a hamper",
    "a food safety judgement",
)
near(
    "near-parcel-postage",
    "How much does it cost to send a 6.8 kg hamper by tracked post?",
    "current carrier prices",
)
near(
    "near-last-posting-date",
    "What's the last posting date for Christmas this year?",
    "depends on the current year and the carrier's announcement",
)
near(
    "near-schengen-stay",
    "How many days can our British twinning group stay in France without a visa?",
    "an immigration rule to look up and apply",
)
near(
    "near-runway-walk-time",
    "How long should each model take to walk a 24-metre runway?",
    "a styling convention and judgement",
)
near(
    "near-galicia-rain",
    "Will it rain in Galicia the week I arrive?",
    "a forecast",
)
near(
    "near-compostela-stamps",
    "How many stamps do I need in my credencial to get the Compostela?",
    "a rule of the pilgrim office to look up",
)
near(
    "near-cost-per-customer-missing",
    "We serve 12,000 customers. What's our cloud cost per customer?",
    "the cost figure is missing; needs a clarifying question",
)
near(
    "near-roas-target",
    "What ROAS should an online florist aim for?",
    "a business judgement",
)
near(
    "near-speech-word-count",
    "How many words is a 7-minute speech?",
    "depends on speaking rate; an estimate",
)
near(
    "near-best-man-length",
    "How long should a best man's speech be?",
    "a convention and opinion",
)
near(
    "near-probate-wait",
    "How long is probate taking at the moment?",
    "current processing times",
)
near(
    "near-intestacy-shares",
    "Dad died without a will leaving £400,000, a wife and two kids. Who gets what?",
    "intestacy rules and the current statutory legacy apply",
)
near(
    "near-overseas-subsistence",
    "What's the HMRC overseas subsistence rate for a night in Lyon?",
    "a published rate to look up",
)
near(
    "near-diwali-date",
    "When does Diwali fall in 2031? We want the Diwali hampers out a week before.",
    "a lunisolar calendar date to look up",
)
near(
    "near-santiago-sunrise",
    "What time is sunrise in Santiago de Compostela on 8 June 2031?",
    "an astronomical calculation for a place, not date arithmetic",
)
near(
    "near-high-tide",
    "When's high tide at King's Lynn on 3 January 2031?",
    "a tide prediction to look up",
)
near(
    "near-full-moon-finale",
    "Is there a full moon on 12 September 2031? We'd love a moonlit finale outdoors.",
    "a lunar phase to look up",
)
near(
    "near-billing-sql",
    "Write the SQL to total our monthly cloud spend by team from the billing export table.",
    "code to write",
)
near(
    "near-euros-in-spanish",
    "How do I say 1,255 euros in Spanish when I ring the albergue?",
    "a translation of a number into words",
)
near(
    "near-supramax-class",
    "Is a 63,000 dwt bulker a Supramax or an Ultramax?",
    "a market classification convention",
)
near(
    "near-shex-laytime",
    "Notice was tendered Friday at 17:00 on SHEX terms. When does laytime run out?",
    "depends on the charter party clauses and the laytime allowed, which are not given",
)
assert len(NEAR) == WANT_NEAR_NEGATIVES, len(NEAR)


# conversations: the last user turn needs the earlier turns, or asks for judgement or writing
CONVS: list[str] = []


def convo(family, turns, note):
    assert family.startswith("conv-") and family not in CONVS, family
    assert turns[-1][0] == U, family
    CONVS.append(family)
    conv(family, turns, note)


convo(
    "conv-camino-rest-day-choice",
    [
        (
            U,
            (
                "My plan: Burgos to Hontanas 31 km, Hontanas to Boadilla 28 km, Boadilla to "
                "Carrión 25 km, Carrión to Terradillos 27 km."
            ),
        ),
        (A, "That's 111 km over four days, about 28 km a day on average."),
        (
            U,
            (
                "My left knee is sore after long flat days. Which of those would you swap for a "
                "rest day, and why?"
            ),
        ),
    ],
    "a judgement about the plan given earlier",
)
convo(
    "conv-camino-sister-message",
    [
        (U, "Thanks to you the Camino budget came out at €1,255."),
        (A, "Yes: €476 for albergues, €770 for food and €9 for the credencial."),
        (U, "Write my sister a WhatsApp explaining where the money goes so she stops worrying."),
    ],
    "writing around figures from earlier turns",
)
convo(
    "conv-catwalk-reorder-looks",
    [
        (
            U,
            (
                "Running order: 1 white shirt dress, 2 red wool coat, 3 red slip dress, 4 denim "
                "set, 5 grey suit, 6 finale gown."
            ),
        ),
        (A, "Noted: six looks with the gown last."),
        (
            U,
            (
                "Move things so the two reds aren't back to back, keep the gown last, and give "
                "me the new order."
            ),
        ),
    ],
    "rearranging an earlier list under constraints",
)
convo(
    "conv-catwalk-terse-stage-manager",
    [
        (S, "You are the show's stage manager. Answer in under ten words."),
        (U, "Doors at 19:30, show starts 20:15."),
        (A, "Got it. Doors 19:30, show 20:15."),
        (U, "Models need 40 minutes in hair first. What's the latest they can arrive?"),
    ],
    "needs the times given earlier and the house style set by the system turn; 'first' is vague",
)
convo(
    "conv-hamper-smaller-order",
    [
        (
            U,
            "Hamper order: 140 at £62.50, 8% off orders over 100, delivery £4.75 each, plus VAT.",
        ),
        (A, "That comes to £10,458 including VAT."),
        (
            U,
            (
                "They might cut it to 95. What changes, and is it worth giving them the "
                "discount anyway?"
            ),
        ),
    ],
    "a what-if on the earlier discount rule, plus a business judgement",
)
convo(
    "conv-cloud-spike-day",
    [
        (
            U,
            (
                "Daily spend last week: Mon $412, Tue $398, Wed $1,870, Thu $405, Fri $421, Sat "
                "$190, Sun $188."
            ),
        ),
        (A, "The weekly total is $3,884."),
        (U, "Which day is the odd one out, and what usually causes a spike like that?"),
    ],
    "spotting an anomaly in earlier data and explaining causes",
)
convo(
    "conv-cloud-team-table",
    [
        (U, "Team spend this month: data $14,200, web $6,350, ML $21,900, platform $9,800."),
        (A, "That's $52,250 in total."),
        (
            U,
            (
                "Make it a markdown table, biggest first, with each team's share of the total "
                "as a percentage."
            ),
        ),
    ],
    "formatting earlier figures into a table",
)
convo(
    "conv-flood-feet-and-inches",
    [
        (
            U,
            (
                "Can you turn the gauge readings into something the residents will understand? "
                "1.82 m, 2.10 m and 2.46 m."
            ),
        ),
        (A, "Sure. Would you like feet and inches, or decimal feet?"),
        (U, "feet and inches please, to the nearest inch"),
    ],
    "an answer to a clarifying question; meaningless without the earlier readings",
)
convo(
    "conv-flood-boards-now-or-later",
    [
        (
            U,
            (
                "Readings at the bridge: 06:00 1.82 m, 09:00 2.10 m, 12:00 2.46 m. Our plan "
                "says the boards go up at 2.8 m."
            ),
        ),
        (A, "It has risen 0.64 m in six hours."),
        (
            U,
            (
                "Should we put the boards up now or wait for the 15:00 reading? More rain is "
                "forecast tonight."
            ),
        ),
    ],
    "a judgement on a trend from earlier readings",
)
convo(
    "conv-expenses-dinner-policy",
    [
        (
            S,
            (
                "Expenses policy: dinner is reimbursed up to £35 a night; alcohol is never "
                "reimbursed; tips up to 10% of the food bill."
            ),
        ),
        (U, "Dinner in Leeds: food £41, a glass of wine £9, tip £5."),
        (A, "Noted."),
        (U, "So what can I claim for that dinner?"),
    ],
    "house rules in the system turn decide how the caps combine; the last turn alone has no data",
)
convo(
    "conv-expenses-signoff-email",
    [
        (U, "My Glasgow claim comes to £341.40: mileage £185.40 and two hotel nights."),
        (A, "That looks right under the caps you mentioned."),
        (
            U,
            (
                "Write the email to my manager asking her to sign it off before Friday's "
                "payroll cut-off."
            ),
        ),
    ],
    "writing around an earlier figure",
)
convo(
    "conv-crowd-final-push",
    [
        (
            U,
            (
                "Tiers: £15 digital, £39 standard game, £65 deluxe with metal coins, £120 "
                "collector with signed art. We're at 82% with two days left."
            ),
        ),
        (A, "Understood."),
        (U, "Which tier should we push hardest in the last 48 hours, and how?"),
    ],
    "marketing judgement on earlier tiers",
)
convo(
    "conv-shipbroker-sunday-clause",
    [
        (
            U,
            (
                "Clause 17: 'Laytime shall not count from 17:00 Friday to 08:00 Monday unless "
                "used, in which case actual time used shall count.'"
            ),
        ),
        (A, "That's an 'unless used' weekend exception."),
        (U, "They loaded for four hours on Sunday. Does that count, and does the rest of Sunday?"),
    ],
    "interpreting a clause quoted earlier",
)
convo(
    "conv-shipbroker-recap",
    [
        (
            U,
            (
                "Fixed: MV Aurora Star, 63,500 dwt, Santos to Qingdao, 60,000 mt soya 10% "
                "MOLOO, laycan 14-20 March, $15,200 a day, 3.75% address."
            ),
        ),
        (A, "Got it, congratulations on the fixture."),
        (U, "Put that into a clean fixture recap I can send to owners."),
    ],
    "formatting earlier terms as a recap",
)
convo(
    "conv-dyslexia-score-spread",
    [
        (
            U,
            (
                "Scores: verbal comprehension 118, working memory 92, processing speed 81, "
                "single word reading 86."
            ),
        ),
        (A, "There's a notable spread between verbal ability and processing speed."),
        (U, "How do I explain that spread to the parents without jargon?"),
    ],
    "explaining earlier scores",
)
convo(
    "conv-first-aid-casualty-roleplay",
    [
        (S, "You are playing a casualty in a first aid training scenario. Stay in character."),
        (U, "Hello, I'm a first aider. Can you hear me? What's your name?"),
        (A, "Ugh... it's Dave... my chest really hurts..."),
        (U, "Dave, can you tell me where the pain is and whether it's spreading anywhere?"),
    ],
    "role play set by the system turn",
)
convo(
    "conv-first-aid-invoice-slip",
    [
        (U, "Invoice check: 11 delegates, 1 free place, £265 each plus VAT. I got £3,498."),
        (A, "Let's check it together."),
        (U, "Where did I go wrong?"),
    ],
    "finding the slip in the user's own working from the earlier turn",
)
convo(
    "conv-food-stylist-shot-order",
    [
        (U, "Shots: hero soup, ice cream sundae, roast chicken, salad bowl, chocolate fondant."),
        (A, "Five hero shots, noted."),
        (U, "Put them in the best order for a hot studio so nothing dies on set, and say why."),
    ],
    "ordering by practical judgement",
)
convo(
    "conv-golf-balls-wrong-base",
    [
        (
            U,
            "8,400 balls, 15% junk. I did 40% of 8,400 at 45p plus 60% at 22p and got £2,620.80.",
        ),
        (A, "The grading split looks like it used the wrong base."),
        (U, "so what should I have done, and how much did I overstate it by"),
    ],
    "explaining a mistake in earlier working; needs the earlier figures",
)
convo(
    "conv-shelter-rota-gaps",
    [
        (U, "Volunteers for week one: Ann Mon Wed, Bilal Tue Thu Sat, Chris Mon Fri, Dee Sun."),
        (A, "Got it."),
        (
            U,
            "Which nights still need a second person, and who could double up without burnout?",
        ),
    ],
    "reading an earlier rota and judging workload",
)
convo(
    "conv-shelter-turning-away",
    [
        (U, "We've got 14 beds and 19 people asked for Friday."),
        (A, "That leaves 5 people without a bed that night."),
        (
            U,
            (
                "How do I tell the volunteers we'll have to turn people away, and what can we "
                "offer those five?"
            ),
        ),
    ],
    "sensitive advice",
)
convo(
    "conv-kit-car-rear-tyres",
    [
        (U, "Manual says 28 psi front, 32 psi rear."),
        (A, "28 psi is about 1.93 bar."),
        (U, "and the back ones?"),
    ],
    "an elliptical follow-up; the figure is only in the earlier turn",
)
convo(
    "conv-kit-car-power-verdict",
    [
        (U, "720 kg car, 2-litre Zetec making 150 bhp."),
        (A, "That's roughly 208 bhp per tonne."),
        (U, "Is that quick for a Seven-style car, or will I be disappointed at track days?"),
    ],
    "a judgement",
)
convo(
    "conv-lease-window-clause",
    [
        (
            U,
            (
                "My lease says: 'The Tenant shall pay a fair proportion of the cost of "
                "maintaining the structure and exterior, including windows save for the glass.'"
            ),
        ),
        (A, "That's a fairly common wording."),
        (U, "So do I pay towards the new window frames or not?"),
    ],
    "interpreting a lease clause quoted earlier",
)
convo(
    "conv-mast-counter-offer",
    [
        (
            U,
            (
                "The operator is offering £3,200 a year for the rooftop site. I said I'd take "
                "nothing under £4,500."
            ),
        ),
        (A, "Noted."),
        (U, "Draft a firm but friendly counter-offer at my figure."),
    ],
    "writing a negotiation letter around an earlier figure",
)
convo(
    "conv-ppc-odd-keyword",
    [
        (
            U,
            (
                "CPCs this week: 'emergency plumber' £4.10, 'boiler repair' £3.80, 'plumber "
                "near me' £3.95, 'how to fix a dripping tap' £0.60."
            ),
        ),
        (A, "The average is £3.11."),
        (U, "Which keyword doesn't belong, and should we pause it?"),
    ],
    "search intent judgement on earlier keywords",
)
convo(
    "conv-probate-date-order",
    [
        (
            U,
            (
                "Dates: house sale completed 3 March 2031, death 12 August 2030, grant issued "
                "25 February 2031, IHT account sent 20 January 2031."
            ),
        ),
        (A, "Got all four."),
        (U, "Put them in order and tell me if anything looks like it happened too late."),
    ],
    "ordering earlier dates and judging them against deadlines",
)
convo(
    "conv-speech-opening-timing",
    [
        (
            U,
            (
                "My opening: 'Good evening. Three years ago I couldn't stand up in a meeting "
                "without my hands shaking. Tonight I want to tell you how that changed, and why "
                "it can change for you too.'"
            ),
        ),
        (A, "Lovely opening."),
        (U, "How long will that take me to say if I slow down like we practised?"),
    ],
    "an estimate from an earlier text and an agreed pace not stated",
)
convo(
    "conv-rage-room-saturday",
    [
        (
            S,
            (
                "Rage room prices: weekdays £28 per person, weekends £32, 10% off entry for "
                "groups of 8 or more, extra crates £15."
            ),
        ),
        (U, "Friday for 6 people with 2 crates?"),
        (A, "That's £198."),
        (U, "same again but Saturday"),
    ],
    "house prices in the system turn and an elliptical follow-up",
)
convo(
    "conv-dam-freeboard-worry",
    [
        (U, "The 1968 flood peaked 0.35 m below the crest. The crest was raised 2 m in 1985."),
        (A, "So that flood level would now leave 2.35 m of freeboard."),
        (
            U,
            (
                "Does that mean we can stop worrying about overtopping? The panel engineer "
                "seemed less sure."
            ),
        ),
    ],
    "an engineering judgement",
)
convo(
    "conv-taste-panel-closures",
    [
        (
            U,
            (
                "The office is shut from 22 December to 2 January and on 16 February. We need "
                f"five weekly panels on Thursdays, from {sayw(nth_weekday(2032, 1, THU, 2))}."
            ),
        ),
        (A, "OK."),
        (U, "Fit them round the closures, list the dates and flag any that fall in a short week."),
    ],
    "scheduling against constraints from the earlier turn",
)
convo(
    "conv-container-insulation-choice",
    [
        (
            U,
            (
                "The site is an exposed hill in Cumbria, very damp, and the client wants to "
                "keep as much headroom as possible."
            ),
        ),
        (A, "Understood; those conditions matter for insulation."),
        (U, "Given that, spray foam or panels?"),
    ],
    "a recommendation based on earlier conditions",
)
convo(
    "conv-cap-table-pool-topup",
    [
        (U, "Cap table: founders 6,000,000, angels 1,200,000, pool 800,000."),
        (A, "That's 8,000,000 shares in total."),
        (
            U,
            (
                "If the VC wants the pool topped up before the round, who actually pays for it, "
                "and why do founders grumble?"
            ),
        ),
    ],
    "explanation based on the earlier cap table",
)
convo(
    "conv-twinning-calendar-invite",
    [
        (
            U,
            (
                f"Visit plan: arrive {sayw(D(2032, 7, 23))}, civic reception on 24 July, day trip "
                "on 26 July, leave on 1 August."
            ),
        ),
        (A, "Noted."),
        (
            U,
            "Turn that into a calendar invite description for the committee, one line per event.",
        ),
    ],
    "formatting earlier plans",
)
convo(
    "conv-twinning-catch-up-email",
    [
        (
            U,
            (
                "Tonight: coach booked at £2,860, 44 going, ferry £35 each, Brigitte couldn't "
                "come, and three host families dropped out."
            ),
        ),
        (A, "That's a lot to pass on."),
        (U, "Summarise it for Brigitte in a short friendly email."),
    ],
    "summarising an earlier thread",
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES, len(CONVS)

# this set's own structural asserts
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS), _label
    assert len(_regs) == 31, (_label, len(_regs))
_per_reg = {r: 0 for r in REGISTERS}
for i in items:
    if i["label"] != "negative" and i["family"] != P:
        _per_reg[i["family"]] += 1
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == WANT_ORDINARY_NEGATIVES
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
    # no register (family name) of this set is a family name of sets 19 to 89
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 89: {reused}"
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
