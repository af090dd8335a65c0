r"""Generate heldout-2027-02-25.jsonl: an eighty-fourth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed84/earlier_registers.txt (in full: a `wc -l` gave 1375 lines and a `wc -c` 32323
characters, a `head -3` showed its first names, then a `tr` turning its newlines into spaces was
printed in two pieces, `head -c 17000` and `tail -c +16900`, which overlap by 101 characters, so
nothing was left out): the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those; and these line ranges of
/work/sealed84/make_heldout_83.py (a `wc -l` gave 2485 lines, as the brief said): lines 1-550 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 823-883 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1087-1171 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1400-1407 (its
negatives section header, neg() and conv()) and 2262-2485 (its stated-weekday check, its checks and
main()). None of set 83's query blocks (551-822, 884-1086, 1172-1399, 1408-2261) was opened or
printed.

The first batch ran one command doing `mkdir -p /tmp/h84`, the `wc -l` of make_heldout_83.py, the
copies of the five ranges by `sed -n A,Bp` into /tmp/h84/a_1_550.py, b_823_883.py, c_1087_1171.py,
d_1400_1407.py and e_2262_2485.py (not printed), a `wc -l` of the copies (550, 61, 85, 8 and 224)
and an `ls` of /work/sealed84 (earlier_registers.txt and make_heldout_83.py), and a second command,
the `cat` of grading.py. The next command printed the copy a_1_550.py by `cat -n` piped to `sed -n
1,300p` and the one after it by `cat -n` piped to `sed -n 300,550p` (the two pieces overlap at line
300); then, in one batch, one command ran a `cat -n` of the second to fourth copies and another a
`cat -n` of e_2262_2485.py. The display cut nothing, so all of the allowed ranges were seen and
nothing outside them. The next command ran the `wc -l`, `wc -c`, `head -3` and first `tr` piece of
earlier_registers.txt and the one after it the second piece. Nothing under /work/main was opened or
listed apart from grading.py: nothing under router/, tools/, docs/, server/ or tests/, not
README.md and not pyproject.toml. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). No other /work/sealed* directory was listed.
The earlier generators (sets 1-83) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` or `sed -n 1,4p` of its printed output and its --show listing of ids, expected values and
tolerances, picked out by a `grep` and laid out by `column -t`, were read), no git command was run,
no network and no search or fetch tool was used, and neither the router nor the bench nor the tests
were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h84/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the chosen trades and
their neighbours (army and surplus, barbers, harmony, chorus and choirs, charcuterie, curing,
salami and smoking, churros, pancakes and doughnuts, drive and cinema, flint, knapping and stone,
floating, spas, saunas and baths, guitars, pedals and effects, houseplants and plants, skydiving
and tunnels, jets and skiing, keys and locks, microgreens, cress and hydroponics, mussels,
shellfish and oysters, open tops, buses and sightseeing, pets and sitting, pickleball, tennis and
padel, rugs, tufting and carpets, straw and bales, tractors and pulling, vaccines, clinics and
travel, VR, arcades and virtual, wargames, miniatures, models and painting, wildlife, photography
and hides, stoves, wood, chimneys and flues); it printed the names sharing a word or fragment;
those and other names seen in the full reading of the list that were judged neighbouring trades are
listed below. The next command wrote and ran /tmp/h84/subst.py (a `cat` heredoc, run by the system
`python3`): it cut the first copy at the line that is exactly `from __future__ import annotations`
(asserted to be the only such whole line) and substituted this set's OUT and PREFIX, "sets 1-82" ->
"sets 1-83" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept as they
were), EARLIER (sets 1-83, `range(2, 83)` -> `range(2, 84)`) and REGISTER_CHECK (sets 19-83, adding
make_heldout_83.py), all in the first block, and "sets 19 to 82" -> "sets 19 to 83" in one comment
and one message string of main() in the last block (each substitution asserted to apply once, the
last twice; it printed "ok" for each). It wrote the cut first block and the substituted last block
as c1.py and c5.py (the second to fourth ranges are used as copied); the same command ran a `head
-3` of c1.py, a `grep -nE` of c1.py and c5.py for "82", "83", "84" and "19 to" (with the
REGISTER_CHECK lines of sets 19-81 filtered out) and a `tail -2` of c1.py. Then `cat` heredocs
wrote this set's own blocks under /tmp/h84/own/: a_calc.py (money(), the register constants and
REGISTERS, and the calculator items, with a `grep -c` of its calc calls, 45, and of money(, 29
lines counting its def and its assert), b_units.py (unit constants and unit items, with a `grep -c`
of its unit calls, 45), c_dates.py (date items, with a `grep -c` of its date_item calls, 45, and a
system `python3` one-liner printing the weekdays of the six dates stated with weekdays and five
planned results), d_negs.py (the ORDINARY table, with a `grep -c` of its question lines, 100, and
an `awk` length check, none over 99), e_near.py (near-positive negatives, counted by a system
`python3` reading of the table, 65 entries and 65 families, and an `awk` length check, none over
99) and f_convs.py (conversations and this set's own structural asserts; an `awk` length check
found one conversation turn over 99 characters, and a `grep -c` of "conv- found 37 lines, the 35
families and two lines of the asserts). Between writing the blocks, inline system `python3` scripts
applying exact replacements (each asserted to apply once) made edits found by this writer's own
review before any run, not after a failed check: in b_units.py a unit word problem whose wording
would have broken the rule against relative days was reworded, three rounded plain or register
results that would not have stayed within the tolerance at two decimals were given other figures or
another target unit (grams instead of kilograms), and a figure-height question whose meaning was
unclear (and whose result would not round well) was replaced by a length in inches to centimetres;
in c_dates.py one question's wording about the 500th day was made unambiguous; and in f_convs.py
the over-long turn was shortened. The next command wrote /tmp/h84/assemble.py (it builds this file
from /tmp/h84/doc.txt, or a one-line placeholder, and the blocks in order: c1.py, own/a_calc.py,
b_823_883.py, own/b_units.py, c_1087_1171.py, own/c_dates.py, d_1400_1407.py, own/d_negs.py,
own/e_near.py, own/f_convs.py and c5.py, and prints its line count) and a helper /tmp/h84/run.sh
(it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format
--no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h84/ruff.txt and printing the exit codes and its `tail -3`, then this generator from /tmp,
passing on any arguments, writing its output to /tmp/h84/out.txt, and prints its exit code and the
`tail -6` of it) and made a first run of run.sh, after which a `grep` of ruff.txt printed its error
code and location and a `sed -n` of ten lines of this file showed that location (in this set's own
conversation table). Edits after each failed check (listed below) were made by inline system
`python3` scripts applying exact replacements, each asserted to apply once. After the second run,
which passed every check, a system `python3` count of lines over 99 characters in this file found
four lines of exactly 100 (ruff format had joined implicit string concatenations into single lines,
and ruff check passed them); a `sed -n` piped to `cut -c1-60` printed their starts (two date word
problems and two conversation turns in this file's own code), and the `sed -n 1,4p` of out.txt and
a `grep -c` for ids (0, as --show was not given) followed. An inline script changed the split
points of the two date strings and shortened the two turns by one character; run.sh with --show ran
twice (once printing to /dev/null, once piped to `head -4`), and the count found the same four
lines at 100 (ruff format had joined the re-split strings again and kept the shortened turns on one
line); a `sed -n` loop piped to `cut -c1-70` printed the starts of those and nearby lines. Another
inline script made each of the two date questions one shorter string and shortened the two turns
further; run.sh with --show (printing to /dev/null), the count (none over 99) and a `sed -n 1,3p`
of out.txt followed, all checks passing; then run.sh with --show, its printing shown, and the
listing of ids, expected values and tolerances (a `grep` of out.txt laid out by `column -t`). One
command then ran `grep -c` over the own blocks, counting money( (29 lines), sayw( (5 lines),
clock_span( (5), nth_weekday( (5), age(D (3), weeks( (2) and TD(weeks (7). This docstring was
written last over the placeholder: its source text, /tmp/h84/doc/doc_src.txt, was written by a
`cat` heredoc, and /tmp/h84/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented
lines as they are and asserts that the words are unchanged, that no line exceeds 99 characters,
that every register value is named and that the text opens with r and three quotes and holds only
two sets of three quotes) filled it to 99 columns into /tmp/h84/doc.txt; then run.sh and a `head
-3` of this file were run, with a count of lines over 99 characters by a system `python3` one-liner
and a `cat` of ruff.txt. Then, in one command, `ruff format --no-cache --check` and `ruff check
--no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h84`, an `ls` of /tmp/h84
(gone) and an `ls` of /work/sealed84. Writes: only this file and its JSONL in /work/sealed84/
(earlier_registers.txt and make_heldout_83.py left as they were); temporary blocks, scripts and
output under /tmp/h84/ were deleted afterwards. Nothing was written into /work/main. Every run of
this generator used /work/main/.venv/bin/python.

Changes to set 83's main() and checks: only the substitutions listed above (file names, sets 1-83
for the duplicate check, sets 19-83 for the register check). Set 83 lies next to this file in
/work/sealed84, and EARLIER_DIRS and earlier_path() are kept as set 83 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_83.py is found next to this file and, as no other
generator lies here, sets 1-82 in router_heldout) and after this file is copied there. The copied
helpers, unit factors, checks and main() are otherwise set 83's as copied; ruff format may have
changed layout only. All of set 83's checks are kept: counts per kind, ids and prefixes, no
duplicate queries, the wording rules for positives, the answers' consistency (calculator and exact
unit answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat
of an earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: whole_up() (not
used here), weeks() (used twice, by a plain date one-liner and the chorus's weeks to its contest),
clock_span() (used five times), nth_weekday() (used five times), age() (used three times), unit_r()
with close_enough_at_2dp() (used by every rounded unit answer), say() (used through sayw() only),
sayw() (six calls in five date word problems, for stated weekdays), sayus() (not used here), OZ
(not used here), SQYD, SQFT and CUFT. Added, newly written: money() (asserts whole pence or cents,
with an assert of its own; every calculator money answer passes through it, 27 of them; the four
other register answers are kWh, kg and two counts), MM, CM, KM, GRAM, LITRE, ML, SQM and HA, with
asserts on MM/CM/ML/LITRE/KM, ACRE/HA, SQFT, CUFT/LITRE, KM/MI, f_to_c(46.4), c_to_f(14.5) and
c_to_f(-12); the register constants and the REGISTERS tuple (sorted, asserted 25 and distinct); an
assert that the square-root one-liner's radicand is a perfect square; the ORDINARY, NEAR and CONVS
tables; and this set's own asserts, rewritten from set 83's description of them (its code was not
seen): the ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four each; NEAR
has 65 entries and CONVS 35, each with distinct families, all "near-..." and "conv-..."
respectively; the positive registers of each tool are exactly the REGISTERS, with 31 register word
problems per tool; exactly 18 registers have four positives and 7 have three; the ordinary
negatives are 100, four per register; every negative outside the registers is a near-... or
conv-... family; no positive contains an all-numeric date (NUMERIC_DATE_POS, this set's own
pattern; no positive uses one at all).

Disclosures: the kinds of item and the counts follow set 83's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 83's, copied (P = "plain" is copied too, as the
last line of the first block). Set 83's docstring (within lines 1-550) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen; several of this set's near-positive and
conversation kinds were taken from those lists of generic kinds, newly worded with new figures and
subjects, and some family names echo those kinds (an age needing the current date, an exchange
rate, the weekday of a date next year, a tip, percentage points, missing figures, estimates,
judgements, facts and rules; and for conversations an operator, an invented unit, swapped
operators, a scoring rule, letter values, a relative day notation, a season's week numbering, a
decimal comma, a VAT-inclusive convention, a redefined discount, a financial year, an overtime
rule, JSON output, a persona, Roman numerals, a reply language, words only, significant figures, a
target unit, a fixed currency rate, month-first dates, fraction form, figures spread over user
turns, a spreadsheet formula instead of a number, decimal hours, a "run" meaning there and back,
cash rounding and inclusive day counting). Variants of set 83's kinds, with new subjects: the
pickleball score call (near-pickleball-score-call, three numbers joined by dashes that look like
subtraction) is of its GAA score notation kind; the NATO size label (near-nato-size-label, a code
that looks like a division) and the nominal rug size are of its sizing-table kind; the cash
rounding here rounds up to the next 50p (set 83's to the nearest 20p), and the inclusive counting
is set by a float pass's terms (set 83's by a hire contract). New kinds here (not in set 83's
lists): a resistor colour code, a key's bitting code read as a number (near-key-bitting-depth), a
decibel sum, a dew point needing an empirical formula, an f-stop change, a lens crop factor, dog
years, a figure scale's ratio, a full pull's distance that differs between federations, a court
line's distance needing the rule first, a contest score as a percentage without its maximum, a skin
temperature to convert, water activity, bale moisture, a wall's U-value, a headset age limit, a
points list's legality, a rating scale's meaning, a bank holiday, school half term, the date the
clocks go forward, a current minimum wage, a mileage rate, a fuel price, value for money without
prices, break-even without figures, "Tuesday week", a film's end time without its running time,
projector brightness, cars per acre, pedal current draw, cat food, plant light levels, a hand axe's
age, freefall speed and duration, depuration hours, flue diameter, a stove model's output, smoke
control rules, free NHS travel jabs, jab timing, a do-not-duplicate key, a jet ski licence abroad,
a drive-in FM frequency, a bus loop's length of time, a stove's clearance to a beam, a room's stove
size, plant watering, seed density, cat visits with an unstated month, tufting yarn, cure salt,
float salt, mussel meat yield, a jet ski's range and flints for a wall of unstated size; and for
conversations output in fractional inches to the nearest sixteenth, resistor values in RKM code, a
count word redefined (a "dozen bag" of 13), output in stone and pounds, a figure corrected in a
later user turn, a reference to the previous answer, and a year assumed for all dates by an earlier
turn. All of set 83's register names are also in earlier_registers.txt, and none of their trades is
used here. earlier_registers.txt was read in full and this set's registers were chosen to be of
trades and situations different from every name in it; some are of neighbouring fields judged to be
different trades: the army surplus store next to the school uniform outfitter, the fancy dress hire
shop, the vintage clothes resale app, the fishing tackle shop and the polar expedition and mountain
rescue quartermasters; the barbershop harmony chorus next to the community choir treasurer, the
choir school, the choir tour organiser, the touring chamber choir manager and the change ringing
bands (the barber shop walk-in chairs are a hairdresser, another trade sharing a word); the
charcuterie curing cellar next to the smokehouse, the eel smokery, the farm shop butcher counter,
the Italian deli counter, the cheese caves and affineurs and the vanilla curing house (another kind
of curing); the churro stand next to the pancake stall, the chestnut roaster, the falafel street
cart, the street food taco truck, the fudge shop and the crisp factory fryer line; the drive-in
cinema field next to the mobile cinema, the pop-up cinema projectionist, the cinema bar and the
film society; the flint knapping workshop next to the dry stone wallers, the stonemason headstone
letter cutter, the gravestone letter cutter, the lime burner and the arrow fletcher; the flotation
tank centre next to the sauna house, the bath spa, the Turkish hammam, the seaweed bath house, the
hot spring bathhouse, the hyperbaric oxygen unit and the cryotherapy chamber clinic; the guitar
effects pedal builder next to the circuit board assembly line, the hifi separates dealer, the
luthiers, the rock band and the makerspace 3D print bureau; the houseplant shop next to the garden
centre tills, the bonsai and penjing nurseries, the orangery citrus grower and the cut flower farm;
the indoor skydiving tunnel next to the skydiving drop zone, the wind tunnel test lab (a research
laboratory), the trampoline park and the bouldering gyms; the jet ski hire next to the paddleboard
hire hut, the wakeboard cable park, the canoe hire, the hovercraft tours and the marina berth
office; the key cutting kiosk next to the cobbler shoe repair counter, the locksmith callout vans
and the safe and vault engineer; the microgreens grower next to the hydroponic container farm, the
watercress beds, the greenhouse tomato grower and the mushroom grow rooms; the mussel rope farm
next to the oyster farms and hatchery, the cockle pickers cooperative, the lobster creel skipper
and the salmon farm pen site; the open-top sightseeing bus next to the coach holiday tour operator,
the bus depot scheduler, the vintage bus trust and rally, the rickshaw tours and the haunted walk
tour guide; pet sitting home visits next to the dog walker pack walks, the boarding cattery, the
foster kitten rescue and the mobile dog groomers; the pickleball club court rota next to the padel
tennis court bookings, the tennis club junior coaching, the badminton club treasurer, the table
tennis league secretary, the squash club ladder organiser and the real tennis court professional;
the rug tufting studio next to the carpet shop, the handloom weavers, the patchwork quilt guild,
the tapestry conservator and the wool spinning guild; the straw bale house builder next to the
timber frame house builder, the thatchers and reed merchants and the hay bale contractor; the
tractor pulling contest next to the monster truck show crew, the ploughing match committee, the
agricultural machinery dealer, the stock car racing promoter and the combine harvester contractor;
the travel vaccination clinic next to the high street pharmacy counter, the GP surgery reception,
the high street travel agent and the clinical trial site coordinator; the VR arcade booking desk
next to laser tag, the seaside amusement arcade, the escape rooms and the esports managers; the
wargames miniature painter next to the trading card game shop, the board game cafe, the ship model
maker and the model railway clubs; the wildlife photography hide next to the bird ringing group,
the seal watching boat trips, the bat survey ecologist, the moth trapping recorder, the seabird
island warden and the portrait photography studio; the woodburning stove fitter next to the chimney
sweeps, the flue brush sweep business, the firewood log merchant, the gas boiler service engineer
and the heat pump installer; the judgement of "different topic" is this writer's. At the edges of
the allowed ranges: line 550 is P = "plain", 823, 1087 and 1400 are section headers, 2262 opens the
stated-weekday check and 2485 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; seven items that the duplicate check reported as exact
repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded, see
below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an
overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn
is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 83 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question. Conversations that define an operator, an invented unit (a bus
"loop" of 47 minutes), swapped operators, a ladder scoring rule, letter values for key cut depths,
a relative day notation (D-n before show day), a season's week numbering, a decimal comma, a
VAT-inclusive convention, a redefined "member rate", a financial year, an overtime rule, a "run" of
there and back, cash rounding up to 50p, a "dozen bag" of 13, an assumed year or inclusive day
counting are negatives because the notation or convention is set up in an earlier turn (a persona
and JSON output by a system turn); one conversation spreads its figures over two user turns before
asking in a third, one corrects a figure in its last turn and one refers to the previous answer.
Some conversations (Roman numeral, fractional inch, RKM code and stone-and-pounds output, a Welsh
reply, words only, a formula instead of a number, decimal hours, JSON output, a persona,
significant figures, a target unit of chains, a fixed currency rate, month-first date order,
fraction form) end in a user turn that could be computed alone, or nearly; they are negatives, as
in set 83, because the earlier turn changes what a right answer looks like. Some near-positives
depend on the current date or current figures (a tractor's age now, the weekday of an opening night
next year, "Tuesday week", an exchange rate, a minimum wage, a mileage rate), and one each asks for
a half term, a bank holiday and the date the clocks go forward; they are negatives, with no "now"
field. Near-positives also ask for conversions that are not conversions (a resistor colour code, a
NATO size label, a nominal rug size, a figure scale, skin temperature, a court line needing its
rule, a flue diameter needing its rule), facts (a stove model's output, a U-value, free jabs,
depuration hours, a headset age limit), estimates (freefall speed and duration, a jet ski's range,
mussel meat yield, cars per acre, projector brightness, plant light, a hand axe's age), judgements
(a stove size, watering, water activity, bale moisture, a tip, jab timing, a cure's salt), rules
(smoke control, a stove's clearance, a jet ski licence, a do-not-duplicate key, a points list, a
full pull's distance, a drive-in frequency), missing figures (flints for an unsized wall, seed per
tray, visits with no month, tufting yarn, float salt, a loop's time, a film's end, a contest's
maximum score, pedal current draws, cat food, a fuel price, prices for value, break-even figures),
an identifier that looks like arithmetic (a pickleball score call, a key bitting code), conventions
(dog years, percentage points, decibels, f-stops, a crop factor, a rating scale) and a dew point
needing an empirical formula. No positive depends on a looked-up figure: every rate, price, fee and
discount is given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts, money()'s asserts and unit_r()'s asserts
passed on every run that reached them (ruff format ran without error every time). Before the first
run, the line-length check of the own blocks found one conversation turn over 99 characters,
shortened as said above. The first run of run.sh failed ruff check with one ISC004 error (implicit
string concatenation inside a collection: a two-line conversation turn, the pickleball ladder's
scoring rule), and the generator failed the duplicate check, which reported seven items by id as
repeats of earlier queries or user turns: six conversations (fraction form, JSON output, persona,
Roman numerals, season week numbers and VAT-inclusive prices) and one unit one-liner (a height in
feet and inches to centimetres). An inline script wrapped the concatenation in parentheses,
reworded every user turn of the six conversations (the JSON and persona ones have a single user
turn each) with new wording and the same conventions and reworded the one-liner with the same
figures, without the earlier queries being looked at, after which every check passed (the same
command's `awk` length check of the own blocks listed seven lines over 99 bytes: five code lines,
left for ruff format to wrap, and two of the reworded conversation turns, left for the later count
of this file's lines). Every later run passed every check; the line-length counts (not a check of
the generator) found the four 100-character lines said above, fixed in two rounds.

Registers (families), 25, new: army_surplus_store, barbershop_harmony_chorus,
charcuterie_curing_cellar, churro_stand, drive_in_cinema_field, flint_knapping_workshop,
flotation_tank_centre, guitar_effects_pedal_builder, houseplant_shop, indoor_skydiving_tunnel,
jet_ski_hire, key_cutting_kiosk, microgreens_grower, mussel_rope_farm, open_top_sightseeing_bus,
pet_sitting_home_visits, pickleball_club_court_rota, rug_tufting_studio, straw_bale_house_builder,
tractor_pulling_contest, travel_vaccination_clinic, vr_arcade_booking_desk,
wargames_miniature_painter, wildlife_photography_hide, woodburning_stove_fitter. Every register is
used by all three tools (asserted); eighteen distinct registers have one further positive (a second
calculator word problem: churro_stand, key_cutting_kiosk, open_top_sightseeing_bus,
pickleball_club_court_rota, travel_vaccination_clinic, woodburning_stove_fitter; a second unit word
problem: charcuterie_curing_cellar, indoor_skydiving_tunnel, jet_ski_hire, mussel_rope_farm,
straw_bale_house_builder, tractor_pulling_contest; a second date word problem:
barbershop_harmony_chorus, drive_in_cinema_field, flotation_tank_centre, houseplant_shop,
microgreens_grower, pet_sitting_home_visits). The seven registers with three positives are
army_surplus_store, flint_knapping_workshop, guitar_effects_pedal_builder, rug_tufting_studio,
vr_arcade_booking_desk, wargames_miniature_painter and wildlife_photography_hide. Positives are
one-liners (family "plain") or word problems of one to three sentences, mostly UK usage with £ and
pence, with euros for the jet ski hire and dollars for the drive-in, stone and pounds, feet,
inches, yards and miles (on land), and other touches (a fryer, a spec sheet, a tunnel's wind, a sea
temperature, an American curing book, a sled's pull, a sleeping bag's rating, riser steps, an
inflatable screen, a pedal enclosure, a key blank, a grow room, a low bridge, a court, a rug, a
stove manual's clearance, a vaccine fridge thermometer, a VR play space, a tabletop move, a walk to
the hide, Celsius and Fahrenheit both ways, speeds between mph and km/h, psi to bar, GiB to MiB,
square feet, square yards and square metres, acres to hectares, cubic metres to cubic feet and
litres to millilitres), some chatty, terse or lower-case, with questions at the start or the end
and statements to complete. No positive conversations. No dosing in positives (the clinic's
positives are about fees, appointments and a fridge temperature).

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 83: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, how many days separate two dates, how many days apart two flights are,
visits counting both the day of leaving and the day of return, 90, 200, 300, 430, 500 and 1,500
days after a date, the sixth feed at ten-day intervals, the tenth weekly league night, the third
Thursday, second Tuesday, first Friday, last Saturday and last Monday of a stated month and year,
and a day of the year counting 1 January as day 1, twice); ages are in whole years from a stated
birth or first running date to a stated date, and the five clock spans run from one stated time to
the next occurrence of the other (three cross midnight, one saying "the following morning" and two
"next morning"; two lie within one day). Every rounded unit result stays within its 1e-3 tolerance
when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 83):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, mL); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_84.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-25.jsonl"
PREFIX = "ho84-"
# earlier generators: sets 1-83 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 84))
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
    """A money amount, exact and in whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("4.05")) == F(81, 20)

# the registers (trades and situations) of this set
ARMY = "army_surplus_store"
BARBERSHOP = "barbershop_harmony_chorus"
CHARCUTERIE = "charcuterie_curing_cellar"
CHURRO = "churro_stand"
DRIVE_IN = "drive_in_cinema_field"
FLINT = "flint_knapping_workshop"
FLOAT = "flotation_tank_centre"
PEDAL = "guitar_effects_pedal_builder"
HOUSEPLANT = "houseplant_shop"
SKYDIVE = "indoor_skydiving_tunnel"
JETSKI = "jet_ski_hire"
KEYS = "key_cutting_kiosk"
MICROGREENS = "microgreens_grower"
MUSSELS = "mussel_rope_farm"
BUS = "open_top_sightseeing_bus"
PETSIT = "pet_sitting_home_visits"
PICKLEBALL = "pickleball_club_court_rota"
RUG = "rug_tufting_studio"
STRAW = "straw_bale_house_builder"
TRACTOR = "tractor_pulling_contest"
JABS = "travel_vaccination_clinic"
VR = "vr_arcade_booking_desk"
WARGAMES = "wargames_miniature_painter"
HIDE = "wildlife_photography_hide"
STOVE = "woodburning_stove_fitter"
REGISTERS = (
    ARMY,
    BARBERSHOP,
    CHARCUTERIE,
    CHURRO,
    DRIVE_IN,
    FLINT,
    FLOAT,
    PEDAL,
    HOUSEPLANT,
    SKYDIVE,
    JETSKI,
    KEYS,
    MICROGREENS,
    MUSSELS,
    BUS,
    PETSIT,
    PICKLEBALL,
    RUG,
    STRAW,
    TRACTOR,
    JABS,
    VR,
    WARGAMES,
    HIDE,
    STOVE,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# calculator: plain one-liners
calc(P, "what's 17.5% of 3,848", pct("17.5") * 3848)
calc(P, "4096 / 0.128 = ?", F(4096) / dec("0.128"))
SQUARE = 15129
assert math.isqrt(SQUARE) ** 2 == SQUARE
calc(P, f"Work out the square root of {SQUARE:,}.", math.isqrt(SQUARE))
calc(P, "(38.6 - 12.85) x 4", (dec("38.6") - dec("12.85")) * 4)
calc(P, "two to the seventeenth power?", 2**17)
calc(P, "Sum these: 1,284.75 + 96.4 + 3,019.06", dec("1284.75") + dec("96.4") + dec("3019.06"))
calc(P, "Which number is 35 percent bigger than 480?", 480 * (1 + pct(35)))
calc(P, "386 times 47 comes to what", 386 * 47)
calc(P, "seven eighths written as a decimal", F(7, 8))
calc(P, "Knock 18% off 2,750 - what's left?", 2750 * (1 - pct(18)))
calc(
    P,
    "mean of 14.2, 9.8, 11.5 and 16.1",
    (dec("14.2") + dec("9.8") + dec("11.5") + dec("16.1")) / 4,
)
calc(P, "1,000,000 take away 387,654", 1000000 - 387654)
calc(P, "What is 12.5% of 12.5% of 6,400?", pct("12.5") * pct("12.5") * 6400)
calc(P, "2.5 cubed, then times 8", dec("2.5") ** 3 * 8)

# calculator: register word problems
calc(
    CHURRO,
    "Churros are £4.50 a bag of six and the chocolate dip is 80p on top. Saturday we sold 137 "
    "bags and 58 of them had dip. What did we take in total?",
    money(137 * dec("4.50") + 58 * dec("0.80")),
)
calc(
    CHURRO,
    "our 20 litre drum of sunflower oil costs £31.60. the fryer gets topped up with 3.5 litres "
    "every day and on saturday it also has a full 12 litre change. what's the oil spend for a "
    "six day trading week, monday to saturday?",
    money((dec("3.5") * 6 + 12) * dec("31.60") / 20),
)
calc(
    STOVE,
    "Quote for a customer: stove £1,185, twin-wall flue kit £640, slate hearth £210 and two "
    "days' labour at £320 a day, with VAT at 20% added to the whole lot. What's the total?",
    money((1185 + 640 + 210 + 2 * 320) * (1 + pct(20))),
)
calc(
    STOVE,
    "If a stove runs at 78% efficiency and kiln-dried logs hold 4.2 kWh per kg, how many kWh of "
    "heat does a 40 kg net of logs put into the room?",
    40 * dec("4.2") * pct(78),
)
calc(
    BUS,
    "Coach party booking: 34 adults at £19 and 12 children at £9.50, less a 10% group discount "
    "on the total. How much do they pay?",
    money((34 * 19 + 12 * dec("9.50")) * (1 - pct(10))),
)
calc(
    BUS,
    "We run 5 buses, each does 7 loops a day with 41 passengers per loop on average, and the "
    "average fare works out at £16.20. What's a day's fare revenue?",
    money(5 * 7 * 41 * dec("16.20")),
)
calc(
    PICKLEBALL,
    "The leisure centre charges the club £14 per court per hour. Thursday we had 5 courts for "
    "2.5 hours and 28 players came - split evenly, how much does each player owe?",
    money(F(14) * 5 * dec("2.5") / 28),
)
calc(
    PICKLEBALL,
    "Ordering 16 club paddles at £64.99 each with 12.5% off for bulk, then £9.95 delivery on "
    "top. Total to pay?",
    money(16 * dec("64.99") * (1 - pct("12.5")) + dec("9.95")),
)
calc(
    JABS,
    "Family of four going to Ghana: all four need typhoid at £45 and hepatitis A at £55 a jab "
    "with two jabs each, and two of them also need yellow fever at £78. What's the bill?",
    money(4 * 45 + 4 * 2 * 55 + 2 * 78),
)
calc(
    JABS,
    "We had 240 appointments booked in March and 7.5% of them didn't show. Each no-show is "
    "charged £25. How much do the no-show fees come to?",
    money(240 * pct("7.5") * 25),
)
calc(
    KEYS,
    "A landlord wants 3 copies of each of 7 front door keys at £4.50 a copy, plus 2 dimple "
    "keys for the bin store at £18 each. How much is that?",
    money(3 * 7 * dec("4.50") + 2 * 18),
)
calc(
    KEYS,
    "A box of 50 key blanks costs me £27.50. I charge £4.80 per cut key and about 1 cut in 25 "
    "goes wrong and gets binned. What's my profit on one box?",
    money((50 - 50 // 25) * dec("4.80") - dec("27.50")),
)
calc(
    ARMY,
    "Jerry cans are £12.50 each on a 3 for 2 deal and boots are £38 a pair. Someone buys 6 "
    "jerry cans and 2 pairs of boots and hands over £200 - how much change?",
    money(200 - (4 * dec("12.50") + 2 * 38)),
)
calc(
    BARBERSHOP,
    "Convention costs for our 40 singers: contest entry £18 each, plus the £1,260 coach and the "
    "£96 chorus registration shared equally. What does each singer pay altogether?",
    money(18 + F(1260 + 96, 40)),
)
calc(
    CHARCUTERIE,
    "A pork leg goes into the cellar at 11.2 kg and the ham is ready when it has lost 32% of its "
    "weight. What weight in kg am I waiting for?",
    dec("11.2") * (1 - pct(32)),
)
calc(
    DRIVE_IN,
    "Admission is $28 a car plus $6 for every person over four in the car. Friday 212 cars came "
    "in; 37 of them had 5 people and 9 had 6. How much did the gate take?",
    money(212 * 28 + 37 * 6 + 9 * 2 * 6),
)
calc(
    FLINT,
    "A knapped flint panel 1.8 m high and 6.5 m long, at about 70 flints per square metre of "
    "face. How many flints is that?",
    dec("1.8") * dec("6.5") * 70,
)
calc(
    FLOAT,
    "Each of our six tanks holds 550 kg of Epsom salt and we replace 4% of it every week. Salt "
    "is 62p a kilo. What's the weekly salt bill for all six tanks?",
    money(6 * 550 * pct(4) * dec("0.62")),
)
calc(
    PEDAL,
    "parts per overdrive pedal: enclosure £6.40, pcb £3.15, three pots at £1.20, footswitch "
    "£4.85, two jacks at 95p and £2.60 of odds and ends. cost of parts for a batch of 25?",
    money(
        25
        * (
            dec("6.40")
            + dec("3.15")
            + 3 * dec("1.20")
            + dec("4.85")
            + 2 * dec("0.95")
            + dec("2.60")
        )
    ),
)
calc(
    HOUSEPLANT,
    "A monstera costs me £11.20 from the wholesaler, I mark it up 150% and then the sale takes "
    "20% off that. What's the sale price?",
    money(dec("11.20") * (1 + pct(150)) * (1 - pct(20))),
)
calc(
    SKYDIVE,
    "Group of 9 all book the first-timer package at £49.99, and 4 of them add 2 extra flights "
    "each at £22 a flight. Total for the group?",
    money(9 * dec("49.99") + 4 * 2 * 22),
)
calc(
    JETSKI,
    "Jet ski hire is €75 for 30 minutes or €130 for an hour, plus €8 fuel per half hour. A group "
    "takes 3 skis for an hour and 2 for half an hour. What's the bill?",
    money(3 * 130 + 2 * 75 + (3 * 2 + 2 * 1) * 8),
)
calc(
    MICROGREENS,
    "Each tray gives me 350 g of pea shoots, sold in 50 g punnets at £2.25, and seed plus "
    "compost costs £1.90 a tray. If all of 48 trays sell, what's the profit?",
    money(48 * (F(350, 50) * dec("2.25") - dec("1.90"))),
)
calc(
    MUSSELS,
    "1,850 dropper ropes at about 14 kg of mussels each, 6% lost at grading, and the rest sold "
    "at £2.35 a kilo. What does the harvest fetch?",
    money(1850 * 14 * (1 - pct(6)) * dec("2.35")),
)
calc(
    PETSIT,
    "Cat sitting: £14 a visit, two visits a day for 11 days, plus £5 a day for the second cat, "
    "then 10% off because they're regulars. What's the invoice total?",
    money((11 * 2 * 14 + 11 * 5) * (1 - pct(10))),
)
calc(
    RUG,
    "Tufting workshop is £85 a head including 1 kg of yarn, extra cones £14 each. 12 people "
    "came and 5 of them bought 2 extra cones. How much did the session bring in?",
    money(12 * 85 + 5 * 2 * 14),
)
calc(
    STRAW,
    "The wall run is 36 m, our bales are 0.9 m long and we need 7 courses. Add 10% spare - how "
    "many bales go on the order?",
    F(36) / dec("0.9") * 7 * (1 + pct(10)),
)
calc(
    TRACTOR,
    "Pull day figures: 66 tractors entered at £35 each, 1,240 spectators paid £12, and costs "
    "were £9,800. What was the profit?",
    money(66 * 35 + 1240 * 12 - 9800),
)
calc(
    VR,
    "Birthday party of 14 at the VR arcade: two 45-minute slots each at £24 per person per slot, "
    "the birthday kid plays free, and drinks are £4.50 a head for all 14. Total?",
    money(13 * 2 * 24 + 14 * dec("4.50")),
)
calc(
    WARGAMES,
    "Commission: 60 infantry at £6.50 each, 4 characters at £28 and 3 tanks at £45. I take a "
    "25% deposit up front - how much is the deposit?",
    money((60 * dec("6.50") + 4 * 28 + 3 * 45) * pct(25)),
)
calc(
    HIDE,
    "The hide is £120 a day for up to two photographers and £45 a day for each extra person. "
    "Four photographers for 3 days, with 15% off bookings of 3 days or more. Cost?",
    money((120 + 2 * 45) * 3 * (1 - pct(15))),
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
ML = LITRE / 1000  # m^3
SQM = F(1)  # m^2
HA = 10**4 * SQM  # m^2

assert 10 * MM == CM and 1000 * ML == LITRE and KM == 1000
assert abs(ACRE / HA - dec("0.404686")) < dec("1e-6") and abs(SQFT - dec("0.0929")) < dec("1e-4")
assert abs(CUFT / LITRE - dec("28.3168")) < dec("1e-4") and abs(KM / MI - dec("0.621371")) < dec(
    "1e-6"
)
assert (
    f_to_c(dec("46.4")) == 8 and c_to_f(dec("14.5")) == dec("58.1") and c_to_f(-12) == dec("10.4")
)

# units: plain one-liners
unit(P, "how many millilitres are there in 3.75 litres", dec("3.75") * LITRE / ML, EXACT)
unit_r(P, "13 miles is how many kilometres?", 13 * MI / KM)
unit_r(P, "Convert 70 kg to stone.", 70 / STONE)
unit(P, "Express a height of 5 ft 11 in in centimetres.", (5 * FT + 11 * IN) / CM, EXACT)
unit(P, "minus 18 celsius in fahrenheit", c_to_f(-18), EXACT)
unit_r(P, "12.5 acres expressed in hectares", dec("12.5") * ACRE / HA)
unit_r(P, "What is 40 psi in bar?", 40 * PSI / BAR)
unit(P, "6 GiB = how many MiB", 6 * GIB / MIB, EXACT)
unit_r(P, "change 100 km/h into mph", 100 * KMH / MPH)
unit_r(P, "15 square yards in square metres please", 15 * SQYD / SQM)
unit_r(P, "How many cubic feet is 2 cubic metres?", 2 / CUFT)
unit_r(P, "2,250 grams to pounds", 2250 * GRAM / LB)
unit(P, "A temperature of 101.3 °F is what in °C?", f_to_c(dec("101.3")), EXACT)
unit_r(P, "3 kilometres expressed in yards", 3 * KM / YD)

# units: register word problems
unit_r(
    JETSKI,
    "The spec sheet says our jet skis top out at 65 mph. What's that in km/h?",
    65 * MPH / KMH,
)
unit(
    JETSKI,
    "The swim buoy line sits 200 yards off the beach - customers keep asking how many metres "
    "that is.",
    200 * YD,
    EXACT,
)
unit_r(STRAW, "A wheat straw bale weighs 18 kg. What is that in pounds?", 18 / LB)
unit(
    STRAW,
    "Our walls finish 18 inches thick once rendered; how many centimetres is that?",
    18 * IN / CM,
    EXACT,
)
unit_r(
    SKYDIVE,
    "Wind speed in the tunnel gets up to 180 km/h for the pros. Convert that to mph for me.",
    180 * KMH / MPH,
)
unit_r(SKYDIVE, "The flyer weight limit is 20 stone; what is that in kilograms?", 20 * STONE)
unit_r(MUSSELS, "Each of our longlines is 220 m long. How many feet is that?", 220 / FT)
unit(
    MUSSELS,
    "Sea temperature over the ropes was 14.5 degrees C and a buyer asked for it in Fahrenheit - "
    "what is it?",
    c_to_f(dec("14.5")),
    EXACT,
)
unit_r(
    CHARCUTERIE,
    "The American book says keep the curing cellar at 55 °F. What is that in Celsius?",
    f_to_c(55),
)
unit_r(CHARCUTERIE, "This coppa weighs 3.4 lb; what's that in grams?", dec("3.4") * LB / GRAM)
unit_r(
    TRACTOR,
    "He dragged the sled 312 feet before he spun out - what's that in metres?",
    312 * FT,
)
unit_r(
    TRACTOR,
    "The tractor in the modified class weighs 9,500 kg with driver. How many pounds is that?",
    9500 / LB,
)
unit(
    ARMY,
    "This ex-forces sleeping bag is rated to -12 °C. What's that in Fahrenheit?",
    c_to_f(-12),
    EXACT,
)
unit(
    BARBERSHOP,
    "Each riser step is 32 inches deep; we need that in centimetres for the venue.",
    32 * IN / CM,
    EXACT,
)
unit_r(CHURRO, "The recipe says fry at 375 °F. What's that in °C?", f_to_c(375))
unit(DRIVE_IN, "Our inflatable screen is 40 feet wide. How many metres is that?", 40 * FT, EXACT)
unit_r(
    FLINT,
    "The boundary wall is 48 feet 6 inches long. Convert that to metres please.",
    48 * FT + 6 * IN,
)
unit_r(
    FLOAT,
    "We keep the float water at 93.5 degrees Fahrenheit. What's that in Celsius?",
    f_to_c(dec("93.5")),
)
unit(
    PEDAL,
    "A 125B enclosure is 4.77 inches long. How many millimetres is that?",
    dec("4.77") * IN / MM,
    EXACT,
)
unit_r(HOUSEPLANT, "This ceramic pot is 30 cm across; what is that in inches?", 30 * CM / IN)
unit(KEYS, "the key blank is 2.25 inches long, how many mm is that", dec("2.25") * IN / MM, EXACT)
unit_r(
    MICROGREENS,
    "My grow room is 8 feet by 12 feet. What's the floor area in square metres?",
    8 * 12 * SQFT / SQM,
)
unit_r(
    BUS,
    "There's a low bridge on the route signed 14 ft 3 in. What height is that in metres?",
    14 * FT + 3 * IN,
)
unit_r(PETSIT, "The labrador weighs 59 lb. How many kilograms?", 59 * LB)
unit_r(
    PICKLEBALL,
    "A pickleball court is 20 feet by 44 feet. What's its area in square metres?",
    20 * 44 * SQFT / SQM,
)
unit_r(
    RUG,
    "A customer wants a rug 1.5 m by 2.4 m - how many square feet is that?",
    dec("1.5") * dec("2.4") * SQM / SQFT,
)
unit(
    STOVE,
    "The manual wants 18 inches clearance to combustibles. How many millimetres is that?",
    18 * IN / MM,
    EXACT,
)
unit(
    JABS,
    "Our vaccine fridge thermometer reads 46.4 °F. What is that in °C?",
    f_to_c(dec("46.4")),
    EXACT,
)
unit_r(
    VR,
    "Each VR play space is 3 m by 3 m. How many square feet is one space?",
    9 * SQM / SQFT,
)
unit(
    WARGAMES,
    "A unit moves 7 inches in our game - how many centimetres is that on a metric tape?",
    7 * IN / CM,
    EXACT,
)
unit_r(
    HIDE,
    "From the car park the walk to the hide is 1.2 miles. How far is that in km?",
    dec("1.2") * MI / KM,
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


# datetime: plain one-liners
date_item(P, "What weekday is 23 September 2029?", weekday(D(2029, 9, 23)))
date_item(
    P, "how many days from 3 March 2027 to 19 December 2027", days(D(2027, 3, 3), D(2027, 12, 19))
)
date_item(P, "Give me the date 90 days after 11 January 2029.", D(2029, 1, 11) + TD(days=90))
date_item(P, "6 weeks before 2 May 2028 is which date?", D(2028, 5, 2) - TD(weeks=6))
date_item(
    P,
    "How many weeks are there between 7 June 2027 and 22 November 2027?",
    weeks(D(2027, 6, 7), D(2027, 11, 22)),
)
date_item(
    P,
    "born 30 November 1988 - how old on 29 November 2027?",
    age(D(1988, 11, 30), D(2027, 11, 29)),
)
date_item(
    P,
    "Which day of the year is 17 August 2027, counting 1 January as day 1?",
    D(2027, 8, 17).timetuple().tm_yday,
)
date_item(P, "minutes between 07:35 and 15:10 on the same day?", clock_span("07:35", "15:10", 60))
date_item(
    P,
    "How many hours from 19:00 to 04:30 the following morning?",
    clock_span("19:00", "04:30", 3600),
)
date_item(P, "What date is the third Thursday of May 2029?", nth_weekday(2029, 5, THU, 3))
date_item(P, "last Monday in August 2028 - what's the date", nth_weekday(2028, 8, MON, -1))
date_item(P, "Which date comes 1,500 days after 1 January 2030?", D(2030, 1, 1) + TD(days=1500))
date_item(P, "What day of the week will 1 March 2031 be?", weekday(D(2031, 3, 1)))
date_item(
    P,
    "How many days separate 25 December 2027 and 6 January 2028?",
    days(D(2027, 12, 25), D(2028, 1, 6)),
)

# datetime: register word problems
date_item(
    MICROGREENS,
    "Pea shoots take 12 days from sowing to cutting. If I sow on 23 March 2027, what date do I "
    "cut them?",
    D(2027, 3, 23) + TD(days=12),
)
SUNFLOWER_SOWN = D(2027, 5, 30)
date_item(
    MICROGREENS,
    f"Sunflower shoots sown on {sayw(SUNFLOWER_SOWN)} are ready 10 days later. Which day of the "
    "week is harvest?",
    weekday(SUNFLOWER_SOWN + TD(days=10)),
)
date_item(
    PETSIT,
    "The owners fly out on 18 July 2027 and land back on 3 August 2027, and I visit every day "
    "from the day they leave to the day they return, both included. How many days of visits?",
    days(D(2027, 7, 18), D(2027, 8, 3)) + 1,
)
date_item(
    PETSIT,
    "Mittens was born on 14 June 2015. How old is she when I next sit for her on 1 June 2027?",
    age(D(2015, 6, 14), D(2027, 6, 1)),
)
DRIVE_IN_OPENS = D(2027, 5, 28)
date_item(
    DRIVE_IN,
    f"Opening night is {sayw(DRIVE_IN_OPENS)} and the last screening is 16 weeks later. What "
    "date is the last screening?",
    DRIVE_IN_OPENS + TD(weeks=16),
)
date_item(
    DRIVE_IN,
    "The late showing starts at 21:40 and the last car is usually off the field at 00:55 the "
    "next morning. How many minutes is that?",
    clock_span("21:40", "00:55", 60),
)
CONTEST = D(2027, 10, 9)
RETREAT = CONTEST - TD(weeks=14)
date_item(
    BARBERSHOP,
    f"Our chorus retreat is on {sayw(RETREAT)} and the regional contest is on {sayw(CONTEST)}. "
    "How many weeks do we have between them?",
    weeks(RETREAT, CONTEST),
)
date_item(
    BARBERSHOP,
    "Which day of the week is our Christmas show night, 12 November 2027?",
    weekday(D(2027, 11, 12)),
)
date_item(
    HOUSEPLANT,
    "I feed the fiddle-leaf figs every 10 days, first feed on 2 April 2027. What's the date of "
    "the sixth feed?",
    D(2027, 4, 2) + TD(days=10 * 5),
)
date_item(
    HOUSEPLANT,
    "The shop opened on 20 February 2021. What date fell 500 days after it opened?",
    D(2021, 2, 20) + TD(days=500),
)
date_item(
    FLOAT,
    "The filters run overnight from 22:45 until 06:15 next morning. How many hours is that?",
    clock_span("22:45", "06:15", 3600),
)
date_item(
    FLOAT,
    "A ten-float pass bought on 4 January 2028 expires 200 days after purchase. On what date "
    "does it expire?",
    D(2028, 1, 4) + TD(days=200),
)
date_item(
    ARMY,
    "A customer ordered a parachute bag on 9 November 2027 and delivery takes 15 days. When "
    "should it arrive?",
    D(2027, 11, 9) + TD(days=15),
)
date_item(
    CHARCUTERIE,
    "The bresaola went into the cellar on 3 February 2027 and needs 9 weeks. What date does it "
    "come out?",
    D(2027, 2, 3) + TD(weeks=9),
)
date_item(
    CHURRO,
    "Our winter market pitch opens on 26 November 2027 - what day of the week is that?",
    weekday(D(2027, 11, 26)),
)
date_item(
    FLINT,
    "The lime mortar needs 28 days before we render over it, and we laid the last course on 17 "
    "October 2027. Earliest date to render?",
    D(2027, 10, 17) + TD(days=28),
)
PCB_ORDER = D(2027, 9, 6)
date_item(
    PEDAL,
    f"I ordered PCBs for 40 pedals on {sayw(PCB_ORDER)} and they take 19 days to arrive. What "
    "date should they turn up?",
    PCB_ORDER + TD(days=19),
)
date_item(
    SKYDIVE,
    "My flight log says first flight 7 August 2026 and latest flight 19 February 2027. How many "
    "days apart are they?",
    days(D(2026, 8, 7), D(2027, 2, 19)),
)
date_item(
    JETSKI,
    "Hull inspection is due 300 days after the last one on 22 June 2027. Which date is that?",
    D(2027, 6, 22) + TD(days=300),
)
date_item(
    KEYS,
    "The locksmith trade fair is on the second Tuesday of March 2028. What's the date?",
    nth_weekday(2028, 3, TUE, 2),
)
date_item(
    MUSSELS,
    "We seeded the ropes on 15 September 2026 and expect to harvest 430 days later. What date "
    "is that?",
    D(2026, 9, 15) + TD(days=430),
)
date_item(
    BUS,
    "The summer timetable starts on the last Saturday of March 2028. What date is that?",
    nth_weekday(2028, 3, SAT, -1),
)
LEAGUE_START = D(2028, 1, 12)
date_item(
    PICKLEBALL,
    f"League nights run weekly from {sayw(LEAGUE_START)}. What date is the tenth league night?",
    LEAGUE_START + TD(weeks=9),
)
date_item(
    RUG,
    "I took on a rug commission on 8 March 2027 and quoted 6 weeks. What date is it due?",
    D(2027, 3, 8) + TD(weeks=6),
)
date_item(
    STRAW,
    "First coat of lime render went on 29 August 2027 and the second coat needs 21 days' wait. "
    "What day of the week is the earliest second coat?",
    weekday(D(2027, 8, 29) + TD(days=21)),
)
date_item(
    TRACTOR,
    "Our first pull was held on 10 August 1974. How many full years old is the event on 7 "
    "August 2027?",
    age(D(1974, 8, 10), D(2027, 8, 7)),
)
date_item(
    JABS,
    "A client booked for 11 November 2027 wants the appointment exactly 5 weeks earlier. What's "
    "the new date?",
    D(2027, 11, 11) - TD(weeks=5),
)
date_item(
    VR,
    "A party has the arena from 4:20 pm to 6:05 pm. How many minutes of play is that?",
    clock_span("16:20", "18:05", 60),
)
date_item(
    WARGAMES,
    "The tournament is on 18 March 2028 and I need 37 days to paint the army. What's the latest "
    "day I can start?",
    D(2028, 3, 18) - TD(days=37),
)
date_item(
    HIDE,
    "We logged the first kingfisher of the year on 4 April 2027. What day of the year is that, "
    "with 1 January as day 1?",
    D(2027, 4, 4).timetuple().tm_yday,
)
date_item(
    STOVE,
    "I've booked the chimney sweep for the first Friday of October 2027. What date is that?",
    nth_weekday(2027, 10, FRI, 1),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# negatives: ordinary questions in each register (advice, explanations, judgements, writing)
ORDINARY = {
    ARMY: (
        "How can I tell if a 'genuine issue' jacket on my rail is really ex-military?",
        "Write a short sign asking customers not to try on respirators in the shop.",
        "Is it worth stocking airsoft gear or does it bring the wrong crowd in?",
        "What should I say to someone who wants to return boots they've clearly worn for a week?",
    ),
    BARBERSHOP: (
        "How do I get our basses to stop going flat on the tag?",
        "What's the difference between a lead and a tenor part in barbershop?",
        "Draft a friendly email inviting men from the rugby club to a guest night.",
        "Should we pick a ballad or an uptune to open our contest set, and why?",
    ),
    CHARCUTERIE: (
        "There's white fuzzy mould on my salami - is that the good kind or should I bin it?",
        "Why does case hardening happen and how do I stop it?",
        "Write a label blurb for our fennel salami for the farm shop.",
        "Which wood is best for cold smoking speck, beech or oak?",
    ),
    CHURRO: (
        "Why do my churros burst open in the fryer?",
        "Give me three ideas for a seasonal dipping sauce for the Christmas markets.",
        "Is it better to pipe straight into the oil or onto a tray first?",
        "A customer says our churros are too greasy. How should I reply to the review?",
    ),
    DRIVE_IN: (
        "How do we stop people leaving their headlights on during the film?",
        "What makes a good double bill for a Halloween night?",
        "Write the announcement asking cars with tall vehicles to park at the back.",
        "What's the best way to handle a car whose battery died during the film?",
    ),
    FLINT: (
        "What's the difference between knapped and galleted flintwork?",
        "How do I stop flint chips going in my eyes - is ordinary safety glasses enough?",
        "Can you explain why some flints shatter badly when they've been frozen?",
        "Write a short description of our flint knapping taster day for the website.",
    ),
    FLOAT: (
        "How do I explain to a nervous first-timer what a float session feels like?",
        "Is it okay to float after getting a tattoo last week?",
        "What should we do if a client has a panic attack in the tank?",
        "Suggest a calm welcome script for the front desk.",
    ),
    PEDAL: (
        "Why does my fuzz pedal squeal when I turn the gain all the way up?",
        "Is true bypass actually better than a good buffer?",
        "Write a product description for a boutique tremolo pedal with a warm, vintage feel.",
        "How do I avoid ground loop hum when powering eight pedals?",
    ),
    HOUSEPLANT: (
        "Why are the leaves on my calathea curling at the edges?",
        "Which plants would you recommend for a dark bathroom with no window?",
        "Write an Instagram caption for our new shipment of rare philodendrons.",
        "How do I tell a customer nicely that their plant died from overwatering?",
    ),
    SKYDIVE: (
        "How do I reassure a child who's scared of the noise in the tunnel?",
        "What's the best body position to stay stable on your first flight?",
        "Is indoor skydiving safe for someone with a previous shoulder dislocation?",
        "Write a fun birthday party description for the booking page.",
    ),
    JETSKI: (
        "What safety briefing points should every jet ski hirer hear before going out?",
        "How do I deal with a customer who keeps riding inside the swimming zone?",
        "Should we require a deposit or a credit card hold for damage?",
        "Write a short warning sign about wake near the harbour wall.",
    ),
    KEYS: (
        "Why won't a copied key turn smoothly when the original does?",
        "Should I refuse to copy a key stamped 'do not copy'?",
        "What's the difference between a Yale-type key and a mortice key?",
        "Write a sign explaining why we can't copy some high-security keys.",
    ),
    MICROGREENS: (
        "Why is my radish microgreen crop getting damping off?",
        "Which microgreens sell best to restaurants in your opinion?",
        "Write a pitch email to a local chef offering weekly microgreen deliveries.",
        "Is it better to bottom water or mist my trays?",
    ),
    MUSSELS: (
        "What causes a poor spat settlement on our ropes in some years?",
        "How do eider ducks affect a mussel farm and what can we do about it?",
        "Write a short paragraph for our website on why rope-grown mussels are sustainable.",
        "Should we sell direct to restaurants or go through a wholesaler?",
    ),
    BUS: (
        "Write a light-hearted script for the guide as we pass the cathedral.",
        "How should the driver handle passengers standing on the top deck while moving?",
        "What's a good way to keep kids entertained on a 90-minute tour?",
        "Should we give refunds when it rains halfway through the tour?",
    ),
    PETSIT: (
        "What should I ask owners before the first visit to their cat?",
        "How do I handle a key handover so owners feel their home is safe?",
        "The dog hasn't eaten since yesterday - when should I call the vet?",
        "Write a cheerful daily update message to send owners with a photo.",
    ),
    PICKLEBALL: (
        "How do we stop the tennis players complaining about the noise of pickleball?",
        "Explain the two-bounce rule to a beginner in plain words.",
        "Is it fairer to rotate partners every game or keep fixed pairs for the night?",
        "Draft a welcome message for new members joining the WhatsApp group.",
    ),
    RUG: (
        "Why is the backing cloth tearing when I tuft near the edges?",
        "Should I use latex glue or a hot glue alternative for the back of my rug?",
        "Write a cosy description of our beginner tufting workshop.",
        "How do I stop the loops pulling out when I trim cut pile?",
    ),
    STRAW: (
        "How do you stop mice getting into straw bale walls?",
        "Is straw bale building a fire risk compared with timber frame?",
        "Explain to a client why we need a big roof overhang on a bale house.",
        "What's the best way to find a mortgage lender that accepts straw bale houses?",
    ),
    TRACTOR: (
        "How should we brief the flag marshals before the first class starts?",
        "What's the appeal of tractor pulling to people who've never seen it?",
        "Write a tannoy announcement welcoming everyone to the pull.",
        "Should we let under-16s sit in the grandstand without an adult?",
    ),
    JABS: (
        "A traveller is scared of needles - how can we make the appointment easier?",
        "How should we explain to a client why the rabies jabs aren't free?",
        "Write a reminder text for people coming in for their second hepatitis B jab.",
        "What questions should we ask before giving travel advice for a trek in Nepal?",
    ),
    VR: (
        "How do we keep the headsets hygienic between customers?",
        "Which VR games work best for a group of mixed-age kids?",
        "Write a short safety briefing for players before they put the headsets on.",
        "Someone walked into a wall and broke a controller - should we charge them?",
    ),
    WARGAMES: (
        "How do I get smooth blends on a cloak without an airbrush?",
        "What's a fair way to price my painting service against the big studios?",
        "Write a commission terms paragraph about delays and refunds.",
        "Should I varnish tabletop-quality models, and gloss or matte?",
    ),
    HIDE: (
        "How do I stop people talking loudly in the hide and scaring the birds?",
        "Which lens would you recommend for kingfishers at about 8 metres?",
        "Write a short welcome note to pin up in the hide about etiquette.",
        "Is it ethical to use fish to bait the kingfisher perch?",
    ),
    STOVE: (
        "How should I explain to a customer why their stove glass keeps going black?",
        "Is a multi-fuel stove better than a wood-only one for a small cottage?",
        "Write a handover checklist for customers after a stove install.",
        "What do I say when a customer wants a stove but has no chimney at all?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
assert all(len(qs) == 4 for qs in ORDINARY.values())
for _register, _questions in ORDINARY.items():
    for _q in _questions:
        neg(_register, _q)


# negatives: near-positives (look like a tool question, but need the language model)
NEAR = (
    (
        "near-age-now",
        "How old is a Ford 7700 tractor first registered in March 1978?",
        "needs the current date, which is not given",
    ),
    (
        "near-exchange-rate",
        "What is €604 in pounds?",
        "needs a live exchange rate",
    ),
    (
        "near-weekday-next-year",
        "What day of the week does our opening night fall on next year?",
        "neither the opening night's date nor the current year is given",
    ),
    (
        "near-stove-size-room",
        "What kW stove do I need for a 5 m by 4 m living room?",
        "a sizing rule of thumb depends on insulation and ceiling height: a judgement",
    ),
    (
        "near-pickleball-score-call",
        "If the score called is 4-2-1, who's winning and who serves next?",
        "a pickleball score call, not a subtraction",
    ),
    (
        "near-resistor-colour-code",
        "What value is a brown, black, orange resistor in ohms?",
        "a colour code lookup, not a unit conversion",
    ),
    (
        "near-flints-no-size",
        "How many flints will I need for my garden wall?",
        "the wall's size is not given",
    ),
    (
        "near-bale-wall-u-value",
        "What's the U-value of a 450 mm straw bale wall in W/m²K?",
        "a material property and estimate, not a conversion",
    ),
    (
        "near-freefall-speed-mph",
        "How fast does a skydiver fall, in mph?",
        "depends on body position and weight: an estimate",
    ),
    (
        "near-jet-ski-range",
        "How many km can a jet ski do on a full tank?",
        "tank size and fuel use are not given",
    ),
    (
        "near-mussel-meat-yield",
        "What percentage of a live mussel's weight is meat?",
        "a seasonal estimate, not a calculation",
    ),
    (
        "near-cure-salt-grams",
        "How many grams of salt do I need to cure a 2 kg coppa?",
        "the salt percentage of the cure is not given; a judgement",
    ),
    (
        "near-float-salt-gravity",
        "How much Epsom salt do I add to 1,000 litres so people float?",
        "the target specific gravity and its salt relation are not given",
    ),
    (
        "near-jab-timing",
        "How many days before the trip should the last rabies jab be?",
        "medical advice depending on the schedule, not date arithmetic",
    ),
    (
        "near-tour-tip",
        "How much should I tip the guide on a £19 bus tour?",
        "a tip is a custom, not a figure to compute",
    ),
    (
        "near-pot-water-ml",
        "How many ml of water does a monstera in a 20 cm pot need a week?",
        "depends on light, season and soil: a judgement",
    ),
    (
        "near-seed-density",
        "How many grams of seed per tray for microgreens?",
        "the crop and tray size are not given",
    ),
    (
        "near-visits-unstated-month",
        "I'm away from the 3rd to the 10th - how many cat visits will I need?",
        "visits per day, the month and whether both ends count are not given",
    ),
    (
        "near-rug-yarn-estimate",
        "How much yarn do I need for a round rug 60 cm across?",
        "pile height and density are not given",
    ),
    (
        "near-heroic-scale-ratio",
        "28 mm scale is what ratio, like 1:56?",
        "28 mm is a figure-height convention with no single ratio",
    ),
    (
        "near-drive-in-fm",
        "What FM frequency should our drive-in transmit the sound on?",
        "depends on local licensing and free frequencies",
    ),
    (
        "near-full-pull-distance",
        "How many metres is a full pull?",
        "the distance differs between pulling federations",
    ),
    (
        "near-kitchen-line-cm",
        "How far is the kitchen line from the net in cm?",
        "needs the pickleball rule fact before any conversion",
    ),
    (
        "near-contest-score-percent",
        "We scored 1,476 at the contest - what's that as a percentage?",
        "the maximum score (judges and songs) is not given",
    ),
    (
        "near-nato-size-label",
        "What size is a NATO trouser label that says 7080/9000?",
        "a sizing code that looks like a division",
    ),
    (
        "near-loop-time-missing",
        "How long does the full open-top loop take?",
        "the route and its timings are not given",
    ),
    (
        "near-stove-beam-clearance",
        "How far does a stove need to be from an oak beam?",
        "depends on the stove's instructions and building regulations",
    ),
    (
        "near-smoke-control-rule",
        "Can I burn logs in a smoke control area with a 5 kW stove?",
        "a legal rule, depending on the stove's exemption",
    ),
    (
        "near-hep-a-free",
        "Is hepatitis A free on the NHS for travel?",
        "a policy fact, not a calculation",
    ),
    (
        "near-do-not-duplicate",
        "Can you legally copy a key stamped DO NOT DUPLICATE?",
        "a legal and ethical judgement",
    ),
    (
        "near-jet-ski-licence",
        "Do I need a licence to ride a jet ski in Spain?",
        "a rule that varies by country",
    ),
    (
        "near-dew-point",
        "At 13 °C and 80% humidity in the cellar, what's the dew point?",
        "needs an empirical formula chosen by the model, not a unit factor",
    ),
    (
        "near-water-activity",
        "Is a water activity of 0.89 low enough for a salami to be safe?",
        "a food safety judgement",
    ),
    (
        "near-houseplant-lux",
        "How many lux does a fiddle-leaf fig need?",
        "a plant-care estimate",
    ),
    (
        "near-dog-years",
        "My spaniel is 7. How old is that in dog years?",
        "no agreed formula: a convention question",
    ),
    (
        "near-cat-food-grams",
        "How many grams of wet food should a 4.5 kg cat get a day?",
        "depends on the food's energy content and the cat",
    ),
    (
        "near-cars-per-acre",
        "How many cars can we fit on a 2 acre field for a screening?",
        "spacing and layout are not given: an estimate",
    ),
    (
        "near-projector-lumens",
        "How many lumens do we need for a 40 ft screen?",
        "depends on screen gain and darkness: an estimate",
    ),
    (
        "near-film-end-time",
        "If the film starts at 21:15, what time will it finish?",
        "the film's running time is not given",
    ),
    (
        "near-pedal-current-draw",
        "Will a 9 V 500 mA supply run my six pedals?",
        "each pedal's current draw is not given",
    ),
    (
        "near-decibel-sum",
        "Two amps each at 100 dB playing together - how loud is that in dB?",
        "decibels do not add; needs the logarithmic convention",
    ),
    (
        "near-hand-axe-age",
        "How old is this flint hand axe I found in the gravel pit?",
        "no dating information is given",
    ),
    (
        "near-bale-moisture",
        "Our bales are at 18% moisture - okay to build with?",
        "a building judgement",
    ),
    (
        "near-headset-age-limit",
        "From what age can kids use the VR headsets?",
        "a manufacturer's rule, not a calculation",
    ),
    (
        "near-nominal-rug-size",
        "A 5x8 rug is how many metres?",
        "a nominal size, not an exact 5 ft by 8 ft; and it asks two lengths",
    ),
    (
        "near-points-list-legal",
        "Is a 2,000 point list with three HQ choices legal?",
        "a game's rules, not arithmetic",
    ),
    (
        "near-lens-crop-factor",
        "What's the full-frame equivalent of my 400 mm lens?",
        "the camera's crop factor is not given",
    ),
    (
        "near-f-stop-shutter",
        "If I go from f/5.6 to f/8, how much slower does my shutter need to be?",
        "a photographic convention of stops, not plain division",
    ),
    (
        "near-percentage-points",
        "Our no-show rate went from 8% to 12%. Is that a 4% rise?",
        "percent versus percentage points: an explanation",
    ),
    (
        "near-tuesday-week",
        "What date is Tuesday week?",
        "needs the current date",
    ),
    (
        "near-half-term",
        "When is February half term in 2028?",
        "depends on the local authority",
    ),
    (
        "near-bank-holiday",
        "Is 31 May 2027 a bank holiday?",
        "a holiday rule that differs across the UK's nations",
    ),
    (
        "near-clocks-forward",
        "On what date do the clocks go forward in 2028?",
        "needs the summer time rule and a country",
    ),
    (
        "near-current-wage",
        "What will our 16-year-old Saturday helper earn for 7 hours at minimum wage?",
        "needs the current minimum wage rate for that age",
    ),
    (
        "near-mileage-rate",
        "How much can I claim back for driving 340 miles to clients?",
        "needs the current approved mileage rate",
    ),
    (
        "near-fuel-price",
        "What will it cost to fill four jet skis with 70 litre tanks?",
        "the fuel price is not given",
    ),
    (
        "near-value-no-prices",
        "Is the 3 kg or the 5 kg bag of churro mix better value?",
        "the bags' prices are not given",
    ),
    (
        "near-break-even-missing",
        "How many bags of churros do I need to sell to cover the pitch fee?",
        "neither the fee nor the margin per bag is given",
    ),
    (
        "near-skin-temperature",
        "What is skin temperature in Fahrenheit for the float water?",
        "skin temperature is an estimate, not a fixed value to convert",
    ),
    (
        "near-key-bitting-depth",
        "The bitting is 35264 - how deep is the 3 cut in mm?",
        "depths depend on the maker's specification; the code is not a number",
    ),
    (
        "near-stove-model-output",
        "Is the Vogue Midi an 8 kW or a 5 kW stove?",
        "a product fact lookup",
    ),
    (
        "near-freefall-duration",
        "How long is freefall from 13,000 ft?",
        "an estimate depending on deployment height and body position",
    ),
    (
        "near-depuration-hours",
        "How many hours do our mussels need in the depuration tanks?",
        "a regulatory rule, not a calculation",
    ),
    (
        "near-flue-diameter",
        "What flue diameter do I need for a 12 kW stove, in inches?",
        "a building regulation fact before any conversion",
    ),
    (
        "near-dupr-level",
        "My DUPR is 3.75 - what level of player does that make me?",
        "a rating scale's meaning, not arithmetic",
    ),
)
assert len(NEAR) == 65 and len({f for f, _q, _n in NEAR}) == 65
assert all(f.startswith("near-") for f, _q, _n in NEAR)
for _family, _query, _note in NEAR:
    neg(_family, _query, _note)


# negatives: conversations (an earlier turn sets a convention, or holds the figures)
CONVS = (
    (
        "conv-defined-operator",
        [
            (U, "For this puzzle night, a ◇ b means a times b minus a minus b."),
            (A, "Got it: a ◇ b = ab - a - b."),
            (U, "So what's 7 ◇ 9?"),
        ],
        "the operator is defined in an earlier turn",
    ),
    (
        "conv-invented-unit-loop",
        [
            (U, "At our depot a 'loop' is one full circuit of the route, 47 minutes."),
            (A, "Understood, one loop is 47 minutes."),
            (U, "How many whole loops fit in a 9-hour shift?"),
        ],
        "an invented unit set up in an earlier turn",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "Let's play a game: from now on + means times and x means plus."),
            (A, "Okay, + is multiplication and x is addition."),
            (U, "6 + 4 x 3 = ?"),
        ],
        "operators swapped by an earlier turn",
    ),
    (
        "conv-ladder-points",
        [
            (
                U,
                (
                    "Our pickleball ladder gives 3 points for a win, 1 for a loss by 3 or fewer "
                    "and 0 for a heavier loss."
                ),
            ),
            (A, "Thanks, I've noted the ladder scoring."),
            (U, "I won 4, lost 2 close ones and got thrashed once. How many points?"),
        ],
        "a scoring rule from an earlier turn",
    ),
    (
        "conv-key-depth-letters",
        [
            (U, "On our old blanks the cut depths are letters: A is 1, B is 2, up to F is 6."),
            (A, "Right, A to F stand for depths 1 to 6."),
            (U, "What's the sum of the depths in ACDFB?"),
        ],
        "letter values set up in an earlier turn",
    ),
    (
        "conv-show-day-notation",
        [
            (U, "We call show day D, so D-3 means three days before the show."),
            (A, "Okay, D-n is n days before show day."),
            (U, "The show is 14 November 2027. What date is D-10?"),
        ],
        "a relative day notation defined earlier",
    ),
    (
        "conv-season-week-numbers",
        [
            (U, "For the drive-in, season week 1 begins on the first Friday of May 2027."),
            (A, "Noted: season week 1 begins on the first Friday of May 2027."),
            (U, "What date is the Friday that opens season week 9 for us?"),
        ],
        "a season's week numbering from an earlier turn",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm in Spain: I write numbers like 1.250,5, with dots for thousands."),
            (A, "Understood, dots for thousands and a comma for decimals."),
            (U, "Add 2.340,75 and 118,6 for me."),
        ],
        "a decimal comma convention set earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "Heads up: the stove prices I quote you already include 20% VAT."),
            (A, "Okay, I'll treat your prices as VAT-inclusive."),
            (U, "So how much of a £354 stove price is VAT?"),
        ],
        "a VAT-inclusive convention from an earlier turn",
    ),
    (
        "conv-member-rate",
        [
            (
                U,
                "At the tunnel, 'member rate' means 15% off and the first minute of flying free.",
            ),
            (A, "Got it, member rate is 15% off plus a free first minute."),
            (U, "Flying is £2 a minute. What's 10 minutes at member rate?"),
        ],
        "a discount redefined in an earlier turn",
    ),
    (
        "conv-financial-year",
        [
            (U, "Our club's financial year runs from 1 June to 31 May."),
            (A, "Noted, your year starts on 1 June."),
            (U, "Which quarter is 14 January in?"),
        ],
        "a financial year set up earlier",
    ),
    (
        "conv-overtime-rule",
        [
            (U, "My assistant gets £13 an hour and time and a half after 8 hours in a day."),
            (A, "Okay: £13 an hour, then £19.50 after 8 hours."),
            (U, "She did 11 hours on Saturday. What do I owe her?"),
        ],
        "an overtime rule from an earlier turn",
    ),
    (
        "conv-json-output",
        [
            (S, 'Reply only with JSON of the form {"answer": <number>}.'),
            (U, "The pitch fee is 18% of a £250 takings day. What is the fee?"),
        ],
        "a system turn fixes the output format",
    ),
    (
        "conv-persona",
        [
            (S, "You are Gravel Gus, a grumpy old tractor puller. Stay in character."),
            (U, "Gus, how many metres is a 300 foot pulling track?"),
        ],
        "a persona set by a system turn",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "From now on, write every number in your replies in Roman numerals."),
            (A, "Certainly - numbers will be in Roman numerals."),
            (U, "How many flints are in 48 rows of 12?"),
        ],
        "the answer format is set in an earlier turn",
    ),
    (
        "conv-reply-in-welsh",
        [
            (U, "Atebwch yn Gymraeg os gwelwch yn dda - please answer in Welsh from now on."),
            (A, "Iawn, byddaf yn ateb yn Gymraeg."),
            (U, "What date is 40 days after 2 March 2028?"),
        ],
        "the reply language is set earlier",
    ),
    (
        "conv-words-only",
        [
            (U, "Write all numbers out in words for my son's reading practice."),
            (A, "Of course, I'll spell out numbers in words."),
            (U, "How much is 17 packs of seeds at £3 each?"),
        ],
        "numbers in words, set in an earlier turn",
    ),
    (
        "conv-significant-figures",
        [
            (U, "Round everything you tell me to two significant figures."),
            (A, "Will do - two significant figures."),
            (U, "What's 1,850 times 14 times 0.94?"),
        ],
        "rounding set by an earlier turn",
    ),
    (
        "conv-target-unit-chains",
        [
            (U, "For the estate map, give every length in chains."),
            (A, "Okay, lengths in chains."),
            (U, "How long is a 400 metre flint wall?"),
        ],
        "a target unit fixed in an earlier turn",
    ),
    (
        "conv-fixed-euro-rate",
        [
            (U, "For this chat use €1 = £0.86 for all conversions."),
            (A, "Understood, €1 = £0.86."),
            (U, "We took €604 on the jet skis yesterday. In pounds?"),
        ],
        "a currency rate fixed in an earlier turn",
    ),
    (
        "conv-month-first-dates",
        [
            (U, "I'm in Ohio, so dates I write are month first."),
            (A, "Got it, month/day order."),
            (U, "How many days from 4/6/2028 to 6/4/2028?"),
        ],
        "a date order set in an earlier turn",
    ),
    (
        "conv-fraction-answers",
        [
            (U, "Keep each answer as a lowest-terms fraction - the homework wants no decimals."),
            (A, "Sure, fractions in lowest terms."),
            (U, "Then what do 0.875 and 0.3 make together?"),
        ],
        "fraction form required by an earlier turn",
    ),
    (
        "conv-figures-spread",
        [
            (U, "Each rug uses 1.4 kg of yarn."),
            (A, "Okay."),
            (U, "And a cone of yarn is 250 g at £14."),
            (A, "Noted."),
            (U, "So what's the yarn cost of six rugs?"),
        ],
        "the figures are spread over earlier user turns",
    ),
    (
        "conv-fractional-inches",
        [
            (U, "Give inches to the nearest sixteenth as a fraction, like 4 11/16."),
            (A, "Right, inches as sixteenths."),
            (U, "How many inches is 119 mm?"),
        ],
        "an output form of fractional inches set earlier",
    ),
    (
        "conv-rkm-code",
        [
            (U, "Write resistor values in RKM code, like 4k7 or 2R2."),
            (A, "Okay, RKM code for resistances."),
            (U, "Two 10k resistors in parallel is what?"),
        ],
        "the RKM notation is set by an earlier turn",
    ),
    (
        "conv-spreadsheet-formula",
        [
            (U, "Don't give me the numbers, give me the spreadsheet formula I'd type in."),
            (A, "Understood, formulas rather than results."),
            (U, "20% VAT on £2,675?"),
        ],
        "a formula instead of a number, asked earlier",
    ),
    (
        "conv-decimal-hours",
        [
            (U, "Log all shift lengths as decimal hours, e.g. 7.25."),
            (A, "Okay, decimal hours."),
            (U, "I worked 9:20 to 17:05. How long?"),
        ],
        "decimal hours set by an earlier turn",
    ),
    (
        "conv-run-there-and-back",
        [
            (U, "When I say a 'run' to the mussel farm I mean there and back."),
            (A, "Got it, a run is a round trip."),
            (U, "The farm is 11 km from the shed. How far are three runs?"),
        ],
        "a word redefined as a round trip earlier",
    ),
    (
        "conv-cash-rounding",
        [
            (U, "At the stand we round every cash total up to the next 50p."),
            (A, "Noted: cash totals round up to the next 50p."),
            (U, "Three bags at £4.35 each, paying cash - how much?"),
        ],
        "a cash rounding rule set earlier",
    ),
    (
        "conv-bakers-dozen",
        [
            (U, "On our stand a 'dozen bag' holds 13 churros, a baker's dozen."),
            (A, "Okay, a dozen bag is 13."),
            (U, "How many churros are in 7 dozen bags?"),
        ],
        "a count word redefined earlier",
    ),
    (
        "conv-stone-and-pounds",
        [
            (U, "Give weights to me in stone and pounds, never kilos."),
            (A, "Sure, stone and pounds."),
            (U, "The flyer weighs 62 kg. What's that?"),
        ],
        "a mixed-unit output form set earlier",
    ),
    (
        "conv-corrected-figure",
        [
            (U, "We sold 137 bags at £4.50 today."),
            (A, "That's £616.50."),
            (U, "Sorry, I meant 173 bags, not 137. Add £46.40 of dip sales to that."),
        ],
        "a figure corrected in a later turn",
    ),
    (
        "conv-previous-answer",
        [
            (U, "What's 36 divided by 0.9?"),
            (A, "40."),
            (U, "Times that by 7 courses and add 10%."),
        ],
        "refers to the previous answer",
    ),
    (
        "conv-assumed-year",
        [
            (U, "All the dates I give you are in 2029 unless I say otherwise."),
            (A, "Okay, I'll assume 2029."),
            (U, "What weekday is 5 March?"),
        ],
        "the year is set by an earlier turn",
    ),
    (
        "conv-inclusive-pass",
        [
            (U, "Our float passes count both the first and the last day as valid days."),
            (A, "Understood, both ends count."),
            (U, "A pass runs 3 June to 17 June. How many valid days?"),
        ],
        "inclusive counting set by an earlier turn",
    ),
)
assert len(CONVS) == 35 and len({f for f, _t, _n in CONVS}) == 35
assert all(f.startswith("conv-") for f, _t, _n in CONVS)
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in _pos if i["label"] == _label and i["family"] != P]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _label
_per_register = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_register.values()) == [3] * 7 + [4] * 18, _per_register
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == 100 and all(
    sum(1 for i in _ordinary if i["family"] == r) == 4 for r in REGISTERS
)
assert all(
    i["family"] in REGISTERS or i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative"
)
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
    # no register (family name) of this set is a family name of sets 19 to 83
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 83: {reused}"
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
