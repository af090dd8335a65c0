r"""Generate heldout-2027-02-09.jsonl: a sixty-eighth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat` piped through `head -400`; it has 61
lines: how answers are graded); /work/sealed68/earlier_registers.txt (in full, by `tr` turning its
newlines into spaces: the 975 register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_67.py: lines 1-492 (its docstring, imports,
configuration, helpers, calc() and the line P = "plain"), 743-803 (its units section header, unit
factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp()
and unit_r()), 938-1022 (its datetime section header, date helpers, date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1230-1237 (its negatives section header, neg() and conv()) and
1854-2078 (its stated-weekday check, its checks and main()). The ranges and the line count (2078)
were given by the brief; no `wc -l` of that file was run. The first command (after a `mkdir -p
/tmp/h68`) copied the five ranges by `sed -n A,Bp` into /tmp/h68/r1.py to r5.py without printing
them, ran `wc -l` of the copies (492, 61, 85, 8 and 225 lines), printed grading.py as above and ran
`wc -l` of grading.py and earlier_registers.txt (61 and 975). The ranges were then read from those
exact copies: `cat` of r1.py, then `cat` of r2.py to r5.py together. The display of r1.py left out
its lines 164-188 (a truncation by the shell tool's display, in the middle of set 67's docstring),
so `sed -n 160,190p` of set 67's generator (inside the allowed range) was run next to read them;
all of lines 1-492 were therefore seen. None of set 67's query blocks (493-742, 804-937, 1023-1229,
1238-1853) was opened. Nothing else under /work/main was opened or listed: nothing under router/,
tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from the five ranges), not
README.md and not pyproject.toml. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor any /work/sealed*
directory other than /work/sealed68 was listed (one `ls` of /work/sealed68, at the end, showed
only earlier_registers.txt, the JSONL and this file). The earlier generators (sets 1-67) are only
imported, in memory, by this
file's main() for the duplicate and register checks (sys.dont_write_bytecode = True; the --digest
subprocess sets PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was
opened (not even this set's own output: only this generator's summary, its failure messages, the
`tail -6` and `sed -n 1,3p` of its output and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search or fetch tool was used, and
neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command with `mkdir -p /tmp/h68/own` and /tmp/h68/subst.py
(written by a `cat` heredoc and run in the same command) that cuts the first copy at the line that
is exactly `from __future__ import annotations` (asserted to be the only such whole line) and
substitutes this set's OUT and PREFIX, "sets 1-66" -> "sets 1-67" in the comment on EARLIER_DIRS
(the tuple itself, EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout")), and
earlier_path() are kept as they were), EARLIER (sets 1-67, `range(2, 68)`) and REGISTER_CHECK (sets
19-67, adding make_heldout_67.py), all in the first block, and "sets 19 to 66" -> "sets 19 to 67"
in one comment and one message string of main() in the last block (each substitution asserted to
apply once, the last twice; it printed "ok" for each). It wrote the cut first block and the
substituted last block as c1.py and c5.py (the second to fourth ranges are used as copied); the
same command ran a `head -3` of c1.py and a `grep -n` of c1.py and c5.py for "66", "67", "68" and
"19 to" (it printed only the substituted lines). Next, one command checked the 25 chosen register
names against earlier_registers.txt: a `grep -x` of each (none printed) and a `grep -iE` of
keywords of them (it printed three earlier names sharing a word, circus_aerial_rigging_crew,
letterpress_wedding_stationer and mealworm_farm, none of them one of this set's registers, and
judged different trades). Then `cat` heredocs wrote this set's own blocks under /tmp/h68/own/:
a_calc.py (registers and calculator items) in one command; b_units.py (unit constants and unit
items) in the next, with no run; c_dates.py (date items) in the next, followed by an inline Python
check that the two week spans used are whole weeks (it printed 28.0 and 21.0); d_negs.py (ordinary
negatives, added in REGISTERS order) in the next; e_near.py (near-positive negatives) in the next;
then, in one command, f_convs.py (conversations and this set's own structural asserts), an assembly
script /tmp/h68/assemble.py (it builds this file from /tmp/h68/doc.txt, or a one-line placeholder,
and the blocks in order, and prints its line count) and a helper /tmp/h68/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`
and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h68/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h68/out.txt, and prints the exit codes and the `tail -6` of
it), all by `cat` heredocs, with a first run of run.sh. Edits after failed checks (listed below)
were made by /tmp/h68/fix1.py and fix2.py (and later fix3.py and fix4.py, below) (each written by a
`cat` heredoc and run in the same command as run.sh), all exact replacements asserted to apply
once. fix2.py was followed, in the same command, by run.sh with --show, a `sed -n 1,3p` of out.txt
and a listing of the ids, expected values and tolerances (a `grep` of out.txt laid out by `column
-t`). This docstring was written last over the placeholder: its source text,
/tmp/h68/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h68/doc/make_doc.py (a `cat`
heredoc in the same command; it uses textwrap, keeps the lines marked as preformatted and asserts
that the words are unchanged, that no line exceeds 99 columns and that every register value of
a_calc.py is named) filled it to 99 columns into /tmp/h68/doc.txt; then, in the same command,
run.sh, a `cat` of ruff.txt, a `sed -n 1,3p` of out.txt, a Python check of line lengths (in
characters) over this file, a `head -3` of this file and a `ruff format --no-cache --check` of it
(from /work/main). The line-length check printed 102: the docstring's lines were all within 99
columns, but an `awk` listing of lines over 99 bytes and a Python listing of lines over 99
characters showed that five code lines had 100 characters (two of them copied from set 67, three in
this set's own tables) and two of this set's own lines had 101 and 102; /tmp/h68/fix3.py (a `cat`
heredoc, run with run.sh) split those two strings, after which ruff check failed once (ISC004, an
implicit string concatenation in a list, on the split ordinary negative; its output was read by a
`cat` of ruff.txt), and /tmp/h68/fix4.py (likewise, exact replacements asserted to apply once)
reworded that ordinary negative shorter on one line instead; run.sh then passed every check and the
longest line had 100 characters. Then this docstring was amended to say so (an inline Python edit
of doc_src.txt with exact replacements asserted to apply once, then make_doc.py and run.sh again,
the line-length check, a `head -3` and a `ruff format --no-cache --check` of this file); then, in
one command, `ruff format --no-cache --check` and `ruff check --no-cache` of this file (from
/work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc
-l` of the JSONL, `rm -rf /tmp/h68`, an `ls` of /tmp/h68 (gone) and an `ls` of /work/sealed68.
Then a `grep -n` and two `sed -n` reads of this file's docstring, and an inline Python edit (exact
replacements asserted to apply once) corrected two of its sentences to name that last `ls`,
followed from /tmp by the line-length check, from /work/main by `ruff format --no-cache --check`
and `ruff check --no-cache` of this file, the two --digest runs again and `sha256sum` of the
JSONL; a second such edit re-wrapped one overlong docstring line that the first had made
(found by the line-length check), followed by a `sed -n` read and the same checks and runs
again. Writes: only this file and its JSONL in
/work/sealed68/ (earlier_registers.txt left as it was); temporary blocks, scripts and output under
/tmp/h68/ were deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 67's main() and checks: only the substitutions listed above (file names, sets 1-67
for the duplicate check, sets 19-67 for the register check). Set 67 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 67 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-67 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 67's as
copied; ruff format may have changed layout only. All of set 67's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used by one date one-liner and one word problem),
unit_r() with close_enough_at_2dp(), say() (used once, and through sayw()), sayw() (used twice),
sayus() (not used here), and SQFT/SQYD/CUFT (SQYD and CUFT not used here). Added, newly written:
MM, CM, KM, G and HA, with asserts on ACRE/HA, the foot in inches, MPH/KMH, CM, G and MM; the
register constants and the REGISTERS tuple (sorted by value, asserted 25 and distinct); the
ORDINARY, NEAR and CONVS tables; a date stated with its computed weekday by sayw() in two positives
(a body shop's car coming in, a first drum lesson); an assert that the square-root one-liner's
radicand is a perfect square; an assert that the last Saturday before a Christmas Day is computed
right; and this set's own asserts: the ORDINARY table is keyed by exactly the REGISTERS, four each,
and its negatives are added in REGISTERS order; NEAR has 65 entries and CONVS 35, each with
distinct families, all "near-..." and "conv-..." respectively; the positive registers are exactly
the REGISTERS, and so are those of each tool, with 31 register word problems per tool; 193 items
lie in the registers (25 x 3 positives, 18 second positives, 100 negatives); exactly 18 registers
have four positives and 7 have three; every negative outside the registers is a near-... or
conv-... family.

Disclosures: the kinds of item and the counts follow set 67's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 67's, copied (P = "plain" is copied too, as the
last line of the first block). Set 67's docstring (within lines 1-492) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen from that list of
generic kinds, newly worded with new figures and subjects, and most of this set's near-positive and
conversation family names coincide with or echo those generic kinds. Set 67's docstring also names
a few items' subjects (a board game league's first round, a tempering recipe, a refrigerant gauge,
a hot tub, a heat pump app, a care label); none of those is used here. All of set 67's register
names are also in earlier_registers.txt, and none of their trades is used here.
earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it (no accident repair body shop, axe throwing venue,
banana ripening rooms, beach clean group, book club, bubble tea shop, community midwife, family
reunion, pharmacy, hi-fi dealer, meal prep kitchen, drum teacher, portable toilet hire, Santa's
grotto, school crossing patrol, scrabble club, seal watching trips, trophy shop, stationery shop,
street party, sushi bar, high ropes course, TV aerial installer, ultimate frisbee or water polo
club appears there); some are of neighbouring fields judged to be different trades: the body shop
next to the MOT garage service bay, the car valeting bay, the used car forecourt and the roadside
recovery dispatch, the axe throwing lanes next to the archery range, the laser tag and the escape
rooms, the banana ripening rooms next to the spice importer warehouse, the cash and carry
wholesaler and the greenhouse tomato grower, the beach clean group next to the community fridge and
repair cafe volunteers and the surf beach lifeguards, the book club host next to the secondhand
bookshop, the film society and the bookbinders, the bubble tea shop next to the ice cream parlour,
the tea blender, the coffee van and the kombucha taproom, the community midwife next to the
registered childminder, the physio clinic and the blood donor session team, the family reunion
organiser next to the exchange student host family and the stag do organiser, the pharmacy counter
next to the opticians dispensing desk, the hearing aid clinic and the clinical trial site, the
hi-fi dealer next to the secondhand vinyl stall, the vinyl pressing plant and the mobile DJ, the
meal prep kitchen next to the veg box delivery scheme, the school dinner kitchen and the film set
caterer, the drum teacher next to the rock band, the private tuition agency and the brass band, the
portable toilet hire depot next to the marquee hire, the skip hire yard and the septic tank
emptying tanker, the Santa's grotto next to the Christmas tree plantation yard and the children's
party magician, the school crossing patrol next to the parking enforcement officer, the school
minibus office and the motorway traffic management crew, the scrabble club next to the chess clubs,
the bridge club, the quiz league, the crossword setter and the board game cafe, the seal watching
trips next to the cruise shore excursions, the dive boat skipper and the harbour ferry office, the
trophy shop next to the gravestone letter cutter and the high street jeweller, the stationery shop
next to the letterpress wedding stationer, the haberdashery counter and the newsagent, the street
party committee next to the village hall bookings, the parish council clerk and the car boot sale
organiser, the sushi bar next to the night market ramen stall, the fishmonger counter and the pizza
takeaway, the high ropes course next to the abseiling centre, the climbing walls and the trampoline
park, the TV aerial installer next to the broadband fibre installer van and the rooftop solar
installers (and the circus aerial rigging crew, another sense of the word), the ultimate frisbee
tournament desk next to the Sunday league football secretary, the netball umpires and the field
hockey fixtures secretary, the water polo club next to the swimming club treasurer, the lifeguard
pool rota and the lido attendant; the judgement of "different topic" is this writer's. Many plain
one-liners, near-positives and conversations here are of the same generic kinds as set 67's (for
instance an operator, a decimal comma, a persona, a contested unit, implied multiplication, a
weekday of a historical event, a number in a title, software versions, code semantics), newly
worded. At the edges of the allowed ranges: line 492 is P = "plain", 743, 938 and 1230 are section
headers, 803 is a blank line after unit_r(), 1022 is the assert after sayus(), 1237 is the last
line of conv(), 1854-1860 hold the comment and the compiled pattern of the stated-weekday check and
2078 is the call of main(). No query text of any earlier set was seen: main()'s duplicate check
names only this set's ids. Every query here was newly written from imagination of each trade or
situation; 24 distinct items that the duplicate check reported as exact repeats of earlier queries
or user turns (their earlier counterparts unseen) were reworded, see below. Registers of sets 1 to
18 that are not in earlier_registers.txt are not known here, so an overlap in TOPIC with those
cannot be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and
main() asserts that no register is a family name of sets 19 to 67 (the near-.../conv-... families
are not registers and may coincide with earlier family names). This set has no algebra or calculus
question (the only proof asked for is a written proof that the product of two even numbers is
divisible by 4). Conversations that define an operator, a function, letter values, a name for a
number, swapped signs, clock arithmetic on a twelve-hour face, a decimal comma, a unit, an input or
output base, modular arithmetic, slang amounts or a VAT-inclusive pricing convention are negatives
because the notation or convention is set up in an earlier turn (the output base and a persona by a
system turn); one conversation spreads its figures over two user turns before asking. Some
conversations (Roman numerals, language, verse, output format, rounding, precision, target unit, a
fixed currency rate, date order, date wording, fraction form, a persona set by a system turn) end
in a user turn that could be computed alone, or nearly; they are negatives, as in set 67, because
the earlier turn changes what a right answer looks like. Some near-positives depend on the current
date (an age from a stated birth date, days until a named day, a date "a week on Wednesday"); one
asks for a month added to the 31st, one for a year after a leap day, one for working days in a
stated month, one uses an all-numeric date of unstated order, one asks the weekday on which a
seventeenth-century fire started (Julian calendar, date not given), one asks when the clocks go
back, one asks whether a date is a bank holiday (it differs by UK nation), one asks for Good
Friday, one for a lunisolar festival; they are negatives, with no "now" field. One near-positive
asks what a JavaScript floating-point comparison gives and why (code semantics), and one is a
negative for its contested reading (implied multiplication). Near-positives ask for conversions in
gallons, cups, tons, mpg, horsepower, fluid ounces, barrels, hundredweights, kilobytes, knots,
light-years and ounces of gold (troy or avoirdupois), for calories, and for dog years (left out of
positives as contested); one asks for a letter count in a word, one for an oven gas mark in
Celsius, one for the number of noughts in a billion in 1960s Britain (short or long scale), one for
a roasting time, and one about the cost of an 0870 number from a landline. No positive depends on a
looked-up figure: every rate, price and discount is given in the text, so the answer follows from
the text alone.

Checks that failed along the way: the register check passed on every run on which it was reached
(it runs before the duplicate check), and ruff format passed on every run; ruff check passed on
every run but one (ISC004, after fix3.py, see above, fixed by fix4.py). The first run of run.sh
failed the duplicate check, which reported 24 items by id: two plain calculator one-liners (a
division, a percentage), two plain date one-liners (a weekday, a last weekday of a month), four
plain unit one-liners (kilograms to stone, acres to hectares, psi to bar, mph to km/h), four
conversations (date order, language, modular arithmetic, rounding; their user turns reworded) and
twelve near-positives (cups, days until a named day, an explanation, a historical price, a letter
count, light-years, a lunisolar festival, a month from the 31st, a number in a title, an oven gas
mark, a paper size, a translation); fix1.py reworded all 24 with new figures or new subjects (28
replacements, as three of the conversations had two user turns changed), without the earlier
queries being looked at. The next run reported two of them again (the language conversation and the
letter-count near-positive), which fix2.py reworded; every later run passed every check. No other
check failed: unit()'s and unit_r()'s asserts, date_item()'s asserts, the stated-weekday check and
all of this set's own asserts passed on every run on which they were reached.

Registers (families), 25, new: accident_repair_body_shop, axe_throwing_lanes,
banana_ripening_rooms, beach_clean_volunteer_group, book_club_host, bubble_tea_shop,
community_midwife_caseload, family_reunion_organiser, high_street_pharmacy_counter,
hifi_separates_dealer, meal_prep_delivery_kitchen, peripatetic_drum_teacher,
portable_toilet_hire_depot, santas_grotto_bookings, school_crossing_patrol,
scrabble_club_tournament, seal_watching_boat_trips, sports_trophy_shop, stationery_shop_counter,
street_party_committee, sushi_bar_counter, treetop_high_ropes_course, tv_aerial_installer,
ultimate_frisbee_tournament_desk, water_polo_club. Every register is used by all three tools
(asserted); eighteen distinct registers have one further positive (a second calculator word
problem: axe_throwing_lanes, bubble_tea_shop, meal_prep_delivery_kitchen, sports_trophy_shop,
stationery_shop_counter, sushi_bar_counter; a second unit word problem: banana_ripening_rooms,
portable_toilet_hire_depot, seal_watching_boat_trips, treetop_high_ropes_course,
tv_aerial_installer, water_polo_club; a second date word problem: book_club_host,
community_midwife_caseload, family_reunion_organiser, santas_grotto_bookings,
street_party_committee, ultimate_frisbee_tournament_desk). The seven registers with three positives
are accident_repair_body_shop, beach_clean_volunteer_group, high_street_pharmacy_counter,
hifi_separates_dealer, peripatetic_drum_teacher, school_crossing_patrol and
scrabble_club_tournament. Positives are one-liners (family "plain") or word problems of one to
three sentences, mostly UK usage with £ and pence, stone and miles, and a few other touches
(Fahrenheit for a ripening room, a thermometer, a fish display and a pool heater, psi on a door
sticker, MiB on a TV recorder), some chatty, terse or lower-case, with questions at the start or
the end, statements to complete, and unit questions with the target unit first. No positive
conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, knot, light-year, ounce of gold, dog years), calories, the
current date (an age, days until a named day, a coming weekday), a lunisolar festival, Good Friday,
working days, a regional bank holiday, month arithmetic from the 31st, a year after a leap day, an
all-numeric date of unstated order, time zones, summer time, identifiers that look like numbers (an
ISBN, a postcode, an IP address, software versions, a formation, chess notation, a phone number
prefix), a paper size, a nominal timber size, code semantics, a world fact, tax rules, dosing, a
size chart, an oven convention, an estimate, lottery odds, missing prevalence, a missing area, a
translation, a number in a title, an opinion, a contested reading, a sequence guess, a random
choice, a written proof, an explanation, letters in a word, a forecast, a historical price, the
weekday of a historical event, a tipping custom, a current postage price, the short or long scale,
a cooking time; or, in conversations, an operator, function, letter values or a name defined
earlier, swapped signs, clock arithmetic, a decimal comma, a unit defined earlier, a number base
(input, or output set by a system turn), Roman numerals, a persona set by a system turn, answer
language, verse form, output format, rounding, precision, target unit, a fixed currency rate or
date order fixed earlier, date wording, fraction form, an invented calendar, a week numbering, a
correction, a summary, a follow-up explanation or recall of earlier turns, figures spread over
turns, a result from an earlier turn, a judgement about earlier figures, advice about a date given
earlier, modular arithmetic, slang amounts or a VAT-inclusive pricing convention set earlier. The
ordinary negatives ask for advice, explanations, judgements, rules, facts or writing in each
register's setting.

Left out of positives entirely (their grading is contested), as in set 67: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (no tonne appears in a
positive), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are
used), "a month" or "a year" as a length, light-years and parsecs, nautical miles and knots, troy
ounces (no ounce of a precious metal; the ounces used are avoirdupois ounces of mass, next to
grams), carats, nominal sizes, leap-day results (one positive asks the weekday of a leap day, a
weekday result), all-numeric dates (none in a positive; asserted), time zones and daylight saving,
Easter, working days, "within N days", and anything depending on the current date (no "now" or
"timezone" field; asserted). No calculator, date or exact unit result is a repeating decimal
(asserted); money answers are whole pence. Week counts are asserted to be whole weeks; no day count
is inclusive (each is the difference of the two dates, and queries are worded as N days or weeks
after or before a stated date, "days between", "how many days from ... to ...", how many days apart
a grotto's opening and closing dates are, how many days from a start of term to a last day before a
break, days from starting a book to a meeting, days from a registration opening to a tournament, a
repair of N days, a best-before N days after making, a use-by N days after cooking, a return up to
N days after a sale, a due date 280 days after a stated date, a check 6 weeks after a birth, a
28-day pack, an 11-night hire collected the morning after the last night, a guarantee of 730 days,
a vinegar kept 90 days, an order placed 12 days before a stated night, a form due 8 weeks before a
party, an inspection every 6 weeks, a fourth meeting of a four-weekly club, a fourth count every 10
days, the twelfth of weekly lessons, ripening of 5 days, the first Sunday, second Sunday, second
Tuesday, third Saturday or last Thursday of a stated month and year, and the last Saturday before a
stated Christmas Day), ages are in whole years from a stated birth date to a stated date, and clock
spans run from one stated time to the next occurrence of the other (one crosses midnight, saying
"the next morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 67):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet from these;
    1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 h = 3600 s;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_68.py (writes the JSONL next to this file, checks that it regenerates
byte for byte, and prints its sha256 and counts per label and family; add --show to list every
positive's expected value, or --digest to print only the sha256 of the output)
"""

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
OUT = HERE / "heldout-2027-02-09.jsonl"
PREFIX = "ho68-"
# earlier generators: sets 1-67 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 68))
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


# =========================================================================== registers
BODY = "accident_repair_body_shop"
AXE = "axe_throwing_lanes"
BANANA = "banana_ripening_rooms"
BEACH = "beach_clean_volunteer_group"
BOOKS = "book_club_host"
BOBA = "bubble_tea_shop"
MIDWIFE = "community_midwife_caseload"
REUNION = "family_reunion_organiser"
PHARMACY = "high_street_pharmacy_counter"
HIFI = "hifi_separates_dealer"
MEALS = "meal_prep_delivery_kitchen"
DRUMS = "peripatetic_drum_teacher"
LOOS = "portable_toilet_hire_depot"
GROTTO = "santas_grotto_bookings"
CROSSING = "school_crossing_patrol"
SCRABBLE = "scrabble_club_tournament"
SEALS = "seal_watching_boat_trips"
TROPHY = "sports_trophy_shop"
STATIONERY = "stationery_shop_counter"
STREET = "street_party_committee"
SUSHI = "sushi_bar_counter"
ROPES = "treetop_high_ropes_course"
AERIAL = "tv_aerial_installer"
FRISBEE = "ultimate_frisbee_tournament_desk"
POLO = "water_polo_club"
REGISTERS = tuple(
    sorted(
        (
            BODY,
            AXE,
            BANANA,
            BEACH,
            BOOKS,
            BOBA,
            MIDWIFE,
            REUNION,
            PHARMACY,
            HIFI,
            MEALS,
            DRUMS,
            LOOS,
            GROTTO,
            CROSSING,
            SCRABBLE,
            SEALS,
            TROPHY,
            STATIONERY,
            STREET,
            SUSHI,
            ROPES,
            AERIAL,
            FRISBEE,
            POLO,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# --------------------------------------------------------------------------- calculator, plain
calc(P, "What's 17.5% of 364?", pct("17.5") * 364)
calc(P, "2,357 divided by 20", F(2357, 20))
RADICAND = 7225
assert math.isqrt(RADICAND) ** 2 == RADICAND
calc(P, "square root of 7,225", math.isqrt(RADICAND))
calc(P, "Twelve times 37.5 comes to", 12 * dec("37.5"))
calc(P, "(48 + 37) x 6 - 129 = ?", (48 + 37) * 6 - 129)
calc(P, "what is 2 to the power of 15, minus 1000", 2**15 - 1000)
calc(
    P,
    "If I split £573.60 evenly between 8 people, how much does each person pay?",
    dec("573.60") / 8,
)
calc(P, "Which number is 35% bigger than 260?", 260 * (1 + pct(35)))
calc(P, "Knock 15% off £84 - what's the new price?", 84 * (1 - pct(15)))
calc(P, "mean of 13, 29, 44 and 58", F(13 + 29 + 44 + 58, 4))
calc(P, "Write 7/8 as a decimal.", F(7, 8))
calc(P, "What percentage of 140 is 91?", F(91, 140) * 100)
calc(P, "19 × 23 × 4", 19 * 23 * 4)
calc(P, "Add 48 to 6.25% of 1,920 and you get", pct("6.25") * 1920 + 48)

# --------------------------------------------------------------------------- calculator, registers
calc(
    BODY,
    "Quote for a dented wing: 3.5 hours of labour at £62 an hour, paint and materials £118.40, "
    "then VAT at 20% on the lot. What's the total?",
    (dec("3.5") * 62 + dec("118.40")) * (1 + pct(20)),
)
calc(
    AXE,
    "Axe throwing is £22 a head for an hour's session and groups of ten or more get 12% off. "
    "A group of 13 turns up - what do they pay altogether?",
    13 * 22 * (1 - pct(12)),
)
calc(
    AXE,
    "saturday takings at the lanes: 37 walk-ins at £18 each plus 6 private lane bookings at £95. "
    "total?",
    37 * 18 + 6 * 95,
)
calc(
    BANANA,
    "The ripening room holds 22 pallets, each pallet carries 48 boxes and a box weighs 18.14 kg. "
    "How many kilograms of bananas is that when the room is full?",
    22 * 48 * dec("18.14"),
)
calc(
    BEACH,
    "Our beach clean logged 1,150 bits of litter over the weekend and 38% of them were plastic "
    "bottle tops. How many bottle tops?",
    1150 * pct(38),
)
calc(
    BOOKS,
    "Nine of us are splitting the host's costs for book club: £67.50 of wine and cheese plus a "
    "£13.50 lemon drizzle. How much each?",
    (dec("67.50") + dec("13.50")) / 9,
)
calc(
    BOBA,
    "Order at the bubble tea counter: four large drinks at £5.40 with two toppings each, and "
    "three more large ones with no toppings. Toppings are 60p each. What's the total?",
    7 * dec("5.40") + 8 * dec("0.60"),
)
calc(
    BOBA,
    "Tapioca pearls cost us £36 for a 3 kg bag and each drink takes 80 g. In pence, what do the "
    "pearls in one drink cost?",
    F(36 * 100, 3000) * 80,
)
calc(
    MIDWIFE,
    "There are 42 women on my caseload and I'm planning an average of 2.5 home visits for each. "
    "How many visits is that in total?",
    42 * dec("2.5"),
)
calc(
    REUNION,
    "For the family reunion the hall is £340 and catering is £14.75 a head for 48 people. If the "
    "8 households split it equally, what does each household pay?",
    (340 + dec("14.75") * 48) / 8,
)
calc(
    PHARMACY,
    "Prescriptions are £9.90 an item. A customer collects 4 items every month and buys a "
    "prepayment certificate for £114.50 that covers a whole year. How much does she save over "
    "that year?",
    4 * 12 * dec("9.90") - dec("114.50"),
)
calc(
    HIFI,
    "I'm buying an amp at £649, speakers at £429 and cables at £36, and the shop knocks 10% off "
    "when you buy the set. What do I actually pay?",
    (649 + 429 + 36) * (1 - pct(10)),
)
calc(
    MEALS,
    "We send out 260 meals a week at £6.85 each, and the ingredients cost £2.35 per meal. What's "
    "the weekly margin before other costs?",
    260 * (dec("6.85") - dec("2.35")),
)
calc(
    MEALS,
    "A subscriber gets 5 lunches at £6.20 and 5 dinners at £7.90 each week, with 10% off for "
    "subscribing. What's her weekly bill?",
    (5 * dec("6.20") + 5 * dec("7.90")) * (1 - pct(10)),
)
calc(
    DRUMS,
    "I teach 23 drum pupils, one lesson each a week at £19, and the term is 12 weeks long. What "
    "do I take for the term?",
    23 * 19 * 12,
)
calc(
    LOOS,
    "Festival order: 18 standard toilet units at £85 each, 3 accessible units at £140 each and a "
    "£210 delivery charge. Total for the invoice?",
    18 * 85 + 3 * 140 + 210,
)
calc(
    GROTTO,
    "Grotto tickets are £12.50 per child with a present included. We sold 1,476 and the presents "
    "cost us £4.35 each. How much is left after paying for presents?",
    1476 * (dec("12.50") - dec("4.35")),
)
calc(
    CROSSING,
    "On my crossing I see 38 children across in the morning and 45 in the afternoon. Over 39 "
    "school weeks of 5 days, how many crossings is that?",
    (38 + 45) * 39 * 5,
)
calc(
    SCRABBLE,
    "At the scrabble tournament my tiles added up to 14, the word sat on a triple word score, "
    "and using all seven tiles adds a 50-point bonus after the tripling. What did the word score?",
    14 * 3 + 50,
)
calc(
    SEALS,
    "Each seal-watching boat has 12 seats and we ran 5 trips on Saturday, every seat sold at the "
    "£28 adult fare. What were the takings?",
    12 * 5 * 28,
)
calc(
    TROPHY,
    "Junior league order: 16 medals at £3.85, 4 trophies at £24.60 and engraving at 12p a letter "
    "for 310 letters. What does it come to?",
    16 * dec("3.85") + 4 * dec("24.60") + 310 * dec("0.12"),
)
calc(
    TROPHY,
    "Engraving plates cost the shop £1.12 each and sell for £4.50. What's the profit on 85 of "
    "them?",
    85 * (dec("4.50") - dec("1.12")),
)
calc(
    STATIONERY,
    "Back-to-school basket: 6 packs of pens at £3.49, 4 notebooks at £2.25 and a calculator for "
    "£7.99. Total at the till?",
    6 * dec("3.49") + 4 * dec("2.25") + dec("7.99"),
)
calc(
    STATIONERY,
    "Photocopying is 8p per side. Someone wants 240 sheets printed on both sides - how much do I "
    "charge?",
    240 * 2 * dec("0.08"),
)
calc(
    STREET,
    "Street party kitty: 31 houses put in £15 each and we've spent £382.75 so far. How much is "
    "left?",
    31 * 15 - dec("382.75"),
)
calc(
    SUSHI,
    "Table 6 had omakase for two at £68 each and two glasses of sake at £12 each, plus a 12.5% "
    "service charge. What's the bill?",
    (2 * 68 + 2 * 12) * (1 + pct("12.5")),
)
calc(
    SUSHI,
    "Tonight we sold 173 pairs of salmon nigiri at £4.20 a pair and 12 single pieces at £2.30. "
    "What did the salmon nigiri take?",
    173 * dec("4.20") + 12 * dec("2.30"),
)
calc(
    ROPES,
    "High ropes booking: 46 adult climbers at £32, 19 juniors at £24, and they've got a £60 "
    "voucher to take off. How much is due?",
    46 * 32 + 19 * 24 - 60,
)
calc(
    AERIAL,
    "Aerial job sheet: 2.5 hours at £48 an hour, a £65 aerial and 20 m of coax at £1.15 a metre. "
    "Total to bill?",
    dec("2.5") * 48 + 65 + 20 * dec("1.15"),
)
calc(
    FRISBEE,
    "Ultimate tournament: 14 teams paid £420 each, pitch hire is £2,350 and the discs cost £396. "
    "What's left over?",
    14 * 420 - 2350 - 396,
)
calc(
    POLO,
    "Pool hire for water polo is £96 an hour and we train two hours twice a week. Over 15 weeks, "
    "split between 24 players, what does each player owe?",
    F(96 * 2 * 2 * 15, 24),
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
G = F(1, 1000)  # kg
HA = F(10**4)  # m^2
assert ACRE / HA == dec("0.40468564224") and FT / IN == 12 and MPH / KMH == dec("1.609344")
assert 100 * CM == 1 and 1000 * G == 1 and 1000 * MM == 1

# --------------------------------------------------------------------------- units, plain
unit_r(P, "What is 93 kg in stone?", 93 / STONE)
unit(P, "Convert 5 ft 9 in to centimetres.", (5 * FT + 9 * IN) / CM, EXACT)
unit_r(P, "how many km is 47 miles", 47 * MI / KM)
unit(P, "-4 °F in Celsius please", f_to_c(-4), EXACT)
unit_r(P, "How many hectares is 17 acres?", 17 * ACRE / HA)
unit_r(P, "How many square metres is 180 square feet?", 180 * SQFT)
unit_r(P, "In pounds, what is 3.2 kg?", dec("3.2") / LB)
unit_r(P, "tyre pressure of 36 psi - in bar?", 36 * PSI / BAR)
unit(P, "How many MiB are there in 3.5 GiB?", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "What's 55 mph in kilometres per hour?", 55 * MPH / KMH)
unit_r(P, "Give me 850 grams in ounces.", 850 * G / OZ)
unit_r(P, "How many inches are there in 2.3 metres?", dec("2.3") / IN)
unit(P, "27 degrees C is how many degrees F?", c_to_f(27), EXACT)
unit(P, "1,500 yards is how many metres?", 1500 * YD, EXACT)

# --------------------------------------------------------------------------- units, registers
unit_r(
    BODY,
    "The customer's gauge reads 2.4 bar but the door sticker is in psi. What's 2.4 bar in psi?",
    dec("2.4") * BAR / PSI,
)
unit_r(
    AXE,
    "Our throwing line is 12 feet from the target. How far is that in metres?",
    12 * FT,
)
unit_r(
    BANANA,
    "The ripening rooms are held at 58 °F. What's that in Celsius?",
    f_to_c(58),
)
unit_r(
    BANANA,
    "A box of bananas from the importer is marked 40 lb. How many kilograms is that?",
    40 * LB,
)
unit_r(
    BEACH,
    "We walked 3.5 miles of shoreline picking up litter. In kilometres?",
    dec("3.5") * MI / KM,
)
unit(
    BOOKS,
    "The shelf I've cleared for the book club library is 38 inches wide - how many centimetres "
    "is that?",
    38 * IN / CM,
    EXACT,
)
unit(
    BOBA,
    "The roll of sealer film for the drinks machine says 300 ft. How many metres is that?",
    300 * FT,
    EXACT,
)
unit_r(
    MIDWIFE,
    "Baby weighed 7 lb 11 oz at birth; the notes need grams. What's that in grams?",
    (7 * LB + 11 * OZ) / G,
)
unit_r(
    REUNION,
    "My cousins are driving 142 miles to the reunion. How many kilometres is that?",
    142 * MI / KM,
)
unit(
    PHARMACY,
    "A customer's thermometer shows 101.3 °F. What is that in Celsius?",
    f_to_c(dec("101.3")),
    EXACT,
)
unit(
    HIFI,
    "The speaker cable run from the amp is 25 feet. In metres?",
    25 * FT,
    EXACT,
)
unit_r(
    MEALS,
    "The delivery van does 84 km a day on the round. How many miles is that?",
    84 * KM / MI,
)
unit(
    DRUMS,
    "Seat height on the drum throne should be 21 inches for this pupil. What's that in cm?",
    21 * IN / CM,
    EXACT,
)
unit_r(
    LOOS,
    "An empty portable toilet unit weighs 180 lb. In kilograms?",
    180 * LB,
)
unit_r(
    LOOS,
    "The show ground is 17 miles from the depot. How far is it in kilometres?",
    17 * MI / KM,
)
unit_r(
    GROTTO,
    "The grotto room is 14 ft by 10 ft. What's its floor area in square metres?",
    14 * 10 * SQFT,
)
unit_r(
    CROSSING,
    "The limit outside the school is 20 mph. What's that in km/h?",
    20 * MPH / KMH,
)
unit(
    SCRABBLE,
    "Our tournament boards are 15 inches along each side. How many centimetres is a side?",
    15 * IN / CM,
    EXACT,
)
unit_r(
    SEALS,
    "The boat cruises out to the seal colony at 16 km/h. What's that in mph?",
    16 * KMH / MPH,
)
unit(
    SEALS,
    "Sea temperature in the bay was 11 °C this morning - what's that in Fahrenheit?",
    c_to_f(11),
    EXACT,
)
unit(
    TROPHY,
    "The player of the season trophy stands 18 inches tall. How tall in centimetres?",
    18 * IN / CM,
    EXACT,
)
unit_r(
    STATIONERY,
    "A roll of brown parcel paper is 10 metres long. How many feet is that?",
    10 / FT,
)
unit(
    STREET,
    "The closed-off stretch of road for the street party is 240 yards. In metres?",
    240 * YD,
    EXACT,
)
unit(
    SUSHI,
    "The fish display has to stay at 5 °C or below and the thermometer reads Fahrenheit. What is "
    "5 °C in °F?",
    c_to_f(5),
    EXACT,
)
unit_r(
    ROPES,
    "The highest platform on the course is 14 metres up. How many feet is that?",
    14 / FT,
)
unit_r(
    ROPES,
    "The harnesses take a maximum user weight of 140 kg. What's that in stone?",
    140 / STONE,
)
unit(
    AERIAL,
    "A 6 ft mast plus an 18 inch bracket on top - total height in metres?",
    6 * FT + 18 * IN,
    EXACT,
)
unit(
    AERIAL,
    "The customer's recorder says a film takes up 1536 MiB. How many GiB is that?",
    1536 * MIB / GIB,
    EXACT,
)
unit_r(
    FRISBEE,
    "An ultimate pitch is 100 metres long. How long is that in yards?",
    100 / YD,
)
unit_r(
    POLO,
    "The pool we train in is 25 metres long. In yards?",
    25 / YD,
)
unit_r(
    POLO,
    "Pool heating is set to 82 °F. What's that in Celsius?",
    f_to_c(82),
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


# --------------------------------------------------------------------------- datetime, plain
date_item(P, "What day of the week will 19 September 2031 be?", weekday(D(2031, 9, 19)))
date_item(
    P,
    "How many days are there between 3 March 2029 and 17 November 2029?",
    days(D(2029, 3, 3), D(2029, 11, 17)),
)
date_item(P, "What date is 100 days after 12 April 2030?", D(2030, 4, 12) + TD(days=100))
date_item(P, "date 45 days before 1 February 2031", D(2031, 2, 1) - TD(days=45))
date_item(
    P,
    "How many weeks is it from 6 January 2030 to 2 June 2030?",
    weeks(D(2030, 1, 6), D(2030, 6, 2)),
)
date_item(P, "Which weekday is 23 November 2037?", weekday(D(2037, 11, 23)))
date_item(P, "What's the date 9 weeks after 23 October 2028?", D(2028, 10, 23) + TD(weeks=9))
date_item(
    P,
    "Someone born on 15 August 1987 - how old are they on 30 June 2033?",
    age(D(1987, 8, 15), D(2033, 6, 30)),
)
date_item(
    P, "How many hours from 21:45 to 06:15 the next morning?", clock_span("21:45", "06:15", 3600)
)
date_item(P, "What date is the last Thursday of August 2033?", nth_weekday(2033, 8, THU, -1))
date_item(P, "second Tuesday in March 2032?", nth_weekday(2032, 3, TUE, 2))
date_item(
    P,
    "How many days from 25 December 2030 to 14 February 2031?",
    days(D(2030, 12, 25), D(2031, 2, 14)),
)
date_item(P, "The date 1,000 days after 1 May 2027 is", D(2027, 5, 1) + TD(days=1000))
date_item(P, "how many minutes from 09:20 to 16:05", clock_span("09:20", "16:05", 60))

# --------------------------------------------------------------------------- datetime, registers
BODY_IN = D(2031, 3, 4)
date_item(
    BODY,
    f"The car came into the body shop on {sayw(BODY_IN)} and the repair is booked for 16 days. "
    "What date will it be ready?",
    BODY_IN + TD(days=16),
)
date_item(
    AXE,
    "A stag group wants the third Saturday of October 2030. What date is that?",
    nth_weekday(2030, 10, SAT, 3),
)
date_item(
    BANANA,
    "Bananas gassed on 9 May 2029 need 5 days to reach colour stage. What day of the week will "
    "they be ready?",
    weekday(D(2029, 5, 9) + TD(days=5)),
)
date_item(
    BEACH,
    "Our beach clean is always the first Sunday of the month. When is the first Sunday of "
    "September 2029?",
    nth_weekday(2029, 9, SUN, 1),
)
date_item(
    BOOKS,
    "Book club meets every 4 weeks and we last met on 11 January 2030. What's the date of the "
    "fourth meeting after that one?",
    D(2030, 1, 11) + TD(weeks=16),
)
date_item(
    BOOKS,
    "I start the book on 2 March 2030 and the meeting is on 20 March 2030. How many days is that "
    "to read it?",
    days(D(2030, 3, 2), D(2030, 3, 20)),
)
date_item(
    BOBA,
    "Brown sugar syrup made on 26 June 2029 is best before 21 days after making. What date do I "
    "write on the label?",
    D(2029, 6, 26) + TD(days=21),
)
date_item(
    MIDWIFE,
    "Her last period started on 7 August 2029. Using 280 days from that, what's the due date?",
    D(2029, 8, 7) + TD(days=280),
)
date_item(
    MIDWIFE,
    "Baby was born on 30 October 2029 and the check is at 6 weeks. Which date is that?",
    D(2029, 10, 30) + TD(weeks=6),
)
date_item(
    REUNION,
    "We've fixed the family reunion for 16 August 2031. What day of the week is that?",
    weekday(D(2031, 8, 16)),
)
date_item(
    REUNION,
    "Grandma was born on 2 February 1941. How old will she be at the reunion on 16 August 2031?",
    age(D(1941, 2, 2), D(2031, 8, 16)),
)
date_item(
    PHARMACY,
    "A 28-day pack was started on 19 December 2030. On what date should the next pack be started?",
    D(2030, 12, 19) + TD(days=28),
)
date_item(
    HIFI,
    "Amp bought on 14 November 2029 and the shop takes returns up to 45 days after the sale. What "
    "is the last day to return it?",
    D(2029, 11, 14) + TD(days=45),
)
date_item(
    MEALS,
    "Meals cooked on 29 December 2030 carry a use-by date 4 days after cooking. What's the use-by "
    "date?",
    D(2030, 12, 29) + TD(days=4),
)
DRUM_START = D(2031, 9, 8)
date_item(
    DRUMS,
    f"Weekly drum lessons, the first one on {sayw(DRUM_START)}. "
    "What's the date of the 12th lesson?",
    DRUM_START + TD(weeks=11),
)
date_item(
    LOOS,
    "Units were delivered on 22 July 2030 for an 11-night hire, collected the morning after the "
    "last night. What's the collection date?",
    D(2030, 7, 22) + TD(days=11),
)
date_item(
    GROTTO,
    "The grotto opens on 29 November 2030 and closes on 24 December 2030. How many days apart "
    "are those two dates?",
    days(D(2030, 11, 29), D(2030, 12, 24)),
)
XMAS = D(2030, 12, 25)
LAST_SAT = XMAS - TD(days=(XMAS.weekday() - SAT) % 7 or 7)
assert LAST_SAT.weekday() == SAT and 0 < days(LAST_SAT, XMAS) <= 7
date_item(
    GROTTO,
    "What's the date of the last Saturday before Christmas Day 2030? It'll be our busiest day.",
    LAST_SAT,
)
date_item(
    CROSSING,
    "How many days from 2 September 2030, when term starts, to 20 December 2030, the last day "
    "before the Christmas break?",
    days(D(2030, 9, 2), D(2030, 12, 20)),
)
date_item(
    SCRABBLE,
    "The club's open tournament is on the second Sunday of June 2031. What date is that?",
    nth_weekday(2031, 6, SUN, 2),
)
date_item(
    SEALS,
    "First pup of the season spotted on 28 October 2029 and we count every 10 days from then. "
    "If that was count one, what's the date of the fourth count?",
    D(2029, 10, 28) + TD(days=30),
)
date_item(
    TROPHY,
    "Engraved orders take 12 days. The awards night is 5 June 2030, so what's the latest date "
    "to place the order?",
    D(2030, 6, 5) - TD(days=12),
)
date_item(
    STATIONERY,
    "We're laying out a 2032 desk calendar. Which weekday is 29 February 2032?",
    weekday(D(2032, 2, 29)),
)
date_item(
    STREET,
    "The street party is on 6 July 2030 and the road closure form has to be in 8 weeks before. "
    "By what date?",
    D(2030, 7, 6) - TD(weeks=8),
)
date_item(
    STREET,
    "6 July 2030, the day of our street party, is what day of the week?",
    weekday(D(2030, 7, 6)),
)
date_item(
    SUSHI,
    "Rice vinegar opened on 13 January 2031 keeps for 90 days once open. Until what date?",
    D(2031, 1, 13) + TD(days=90),
)
date_item(
    ROPES,
    "The ropes course gets inspected every 6 weeks. Last inspection was 15 April 2030 - when's "
    "the next?",
    D(2030, 4, 15) + TD(weeks=6),
)
date_item(
    AERIAL,
    "Aerial installed on 17 March 2029 with a guarantee that runs 730 days from installation. "
    "On what date does it end?",
    D(2029, 3, 17) + TD(days=730),
)
date_item(
    FRISBEE,
    "Registration closes 38 days before the tournament on 24 May 2031. What's the closing date?",
    D(2031, 5, 24) - TD(days=38),
)
date_item(
    FRISBEE,
    "Registration opens on 3 February 2031 and the tournament is on 24 May 2031. How many days "
    "is that?",
    days(D(2031, 2, 3), D(2031, 5, 24)),
)
POLO_A, POLO_B = D(2030, 9, 14), D(2031, 3, 29)
date_item(
    POLO,
    f"Our league runs from {say(POLO_A)} to {say(POLO_B)}. How many weeks is that?",
    weeks(POLO_A, POLO_B),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# --------------------------------------------------------------------------- ordinary negatives
ORDINARY = {
    BODY: [
        "Is it worth claiming on insurance for a scuffed bumper or should the customer just pay?",
        "How do we explain to a customer why the paint on the new panel doesn't quite match?",
        "What's the difference between a smart repair and a full respray?",
        "Write a polite text telling a customer their courtesy car needs to come back on Friday.",
    ],
    AXE: [
        "What safety briefing should we give before anyone throws an axe?",
        "Is it a good idea to serve beer at an axe throwing venue?",
        "Suggest some fun team names for a stag party at the lanes.",
        "Why do axes sometimes bounce off the target instead of sticking?",
    ],
    BANANA: [
        "Why do bananas go grey instead of yellow if the room gets too cold?",
        "How does ethylene trigger ripening in green bananas?",
        "What are the signs that a batch has been over-gassed?",
        "Which supermarkets prefer their bananas delivered at colour stage 3 rather than 4?",
    ],
    BEACH: [
        "Write a short thank-you post for the volunteers after Sunday's beach clean.",
        "Where does most of the plastic on British beaches actually come from?",
        "Is it safe for kids to pick up litter on the strandline without gloves?",
        "How should we dispose of a washed-up gas canister we found?",
    ],
    BOOKS: [
        "Suggest a novel for book club that will spark a good argument.",
        "How do I politely stop a member spoiling endings for people who haven't finished?",
        "What are some good discussion questions for a book about grief?",
        "Is it rude to host book club and not provide food?",
    ],
    BOBA: [
        "Why do tapioca pearls go hard in the fridge?",
        "What's the best way to explain taro flavour to someone who's never tried it?",
        "Is oat milk or whole milk better in a brown sugar milk tea?",
        "Write a fun social media post for our new mango popping boba.",
    ],
    MIDWIFE: [
        "How do I reassure a first-time mum who's anxious about going overdue?",
        "What are the usual signs that labour is starting?",
        "Is a home birth a sensible choice for a second baby after an easy first delivery?",
        "Why is skin-to-skin contact encouraged straight after birth?",
    ],
    REUNION: [
        "How do I deal with two relatives who haven't spoken in years turning up at the reunion?",
        "Suggest some icebreaker games for a family reunion with toddlers and great-grandparents.",
        "Should the reunion be at a hired hall or someone's garden?",
        "Write a warm invitation message for the family group chat.",
    ],
    PHARMACY: [
        "Can ibuprofen be taken together with paracetamol?",
        "What's the difference between a generic and a branded medicine?",
        "How should a customer store insulin while travelling abroad?",
        "Is it okay to give honey to a baby with a cough?",
    ],
    HIFI: [
        "Are expensive speaker cables actually worth the money?",
        "Should I go for a valve amp or a solid-state one for jazz records?",
        "Why does my turntable hum when the volume is turned up?",
        "How far from the back wall should floorstanding speakers go?",
    ],
    MEALS: [
        "What dishes reheat well after three days in the fridge?",
        "How can we make our vegan meals feel more filling?",
        "Write a menu description for a harissa chicken traybake.",
        "Is it better to deliver meals chilled or frozen?",
    ],
    DRUMS: [
        "What's a good first rock beat to teach a nervous 9-year-old?",
        "How do I tell parents their child isn't practising enough without upsetting them?",
        "Are electronic kits good enough for learners or should they start on acoustic?",
        "Explain the difference between a paradiddle and a flam.",
    ],
    LOOS: [
        "How should we position toilets at a festival so queues don't block the main stage?",
        "What chemicals are used in portable toilets and are they safe for the environment?",
        "Write a friendly note asking wedding guests not to flush wipes in the units.",
        "Why do some councils want more accessible units than others at events?",
    ],
    GROTTO: [
        "How should Santa answer a child who asks why their friend got a bigger present?",
        "What makes a grotto feel magical rather than rushed?",
        "Write a short script for an elf greeting families at the grotto entrance.",
        "Is it okay to let parents take photos inside the grotto?",
    ],
    CROSSING: [
        "What should I do if a driver ignores my stop sign?",
        "Is it my job to tell off children who run across the road?",
        "How do I stay warm and visible standing on a crossing in winter?",
        "Why are school crossing patrols being cut in some areas?",
    ],
    SCRABBLE: [
        "Is QI a valid word in tournament scrabble?",
        "Should I swap my tiles when I've got four vowels?",
        "What's a good strategy against a player who keeps blocking the board?",
        "How do I handle a challenge dispute when the word list isn't to hand?",
    ],
    SEALS: [
        "How close can our boat legally get to grey seals hauled out on the rocks?",
        "What's the difference between a common seal and a grey seal?",
        "Write a short safety talk for passengers before we leave the harbour.",
        "Why do seal pups sometimes look abandoned on the beach?",
    ],
    TROPHY: [
        "Suggest a good inscription for a retiring club chairman's trophy.",
        "Should we offer participation medals for every child in an under-8s league?",
        "What's the best way to clean a tarnished silver-plated trophy?",
        "Is acrylic or crystal better for a corporate award?",
    ],
    STATIONERY: [
        "Which fountain pen would you recommend for a left-handed writer?",
        "Why do some notebooks make ink bleed through the page?",
        "Is it worth stocking more planners in January or do they sell all year?",
        "Write a short shop window sign for our back-to-school range.",
    ],
    STREET: [
        "Do we need insurance for a street party on a quiet cul-de-sac?",
        "How do we get the neighbours who never join in to come along?",
        "Suggest some games for a street party with kids of all ages.",
        "Write a letter to residents about parking restrictions on the day.",
    ],
    SUSHI: [
        "Is it safe to serve raw salmon that hasn't been frozen first?",
        "What's the difference between nigiri and sashimi?",
        "How do I explain to customers why we don't put mayo on the traditional rolls?",
        "Which sake goes best with fatty tuna?",
    ],
    ROPES: [
        "How do I coax a frozen, scared climber across the wobbly bridge?",
        "What should we check on the zip line cables every morning?",
        "Is the course suitable for someone with a fear of heights?",
        "Write the wording for our weather cancellation policy.",
    ],
    AERIAL: [
        "Why does Freeview drop out when it's windy?",
        "Is it better to fit the aerial in the loft or on the chimney?",
        "How do I explain to an elderly customer what a satellite dish does differently?",
        "Should we recommend a signal booster for a house in a valley?",
    ],
    FRISBEE: [
        "What's the spirit of the game rule and how do we explain it to new teams?",
        "How should a disputed foul call be settled without referees?",
        "Suggest a fun name for a mixed-ability ultimate tournament.",
        "Is a pool format or a swiss draw better for 14 teams?",
    ],
    POLO: [
        "How do I teach new players to eggbeater kick?",
        "Why do some water polo players wear two swimming costumes?",
        "Is water polo too rough for under-12s?",
        "Write a recruitment post for our club's beginners' night.",
    ],
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for reg in REGISTERS:
    for q in ORDINARY[reg]:
        neg(reg, q)


# --------------------------------------------------------------------------- near-positives
NEAR = [
    ("near-exchange-rate", "How much is £275 in Japanese yen?", "live exchange rate not given"),
    (
        "near-share-price",
        "What's 40 shares of Rolls-Royce worth at the moment?",
        "current share price not given",
    ),
    (
        "near-base-rate",
        "What interest would £6,000 earn in a year at the Bank of England base rate?",
        "the current base rate is not given",
    ),
    (
        "near-loan-missing-terms",
        "What are the monthly repayments on a £9,500 car loan?",
        "rate and term not given",
    ),
    ("near-gallon", "Convert 14 gallons to litres.", "US or imperial gallon not said"),
    (
        "near-cup",
        "A recipe says 2 cups of caster sugar - how many grams is that?",
        "cup size and flour density contested",
    ),
    ("near-ton", "How many kilograms in 3 tons?", "short, long or metric ton not said"),
    (
        "near-mpg",
        "My car does 48 mpg - what's that in litres per 100 km?",
        "US or imperial gallon in mpg not said",
    ),
    (
        "near-horsepower",
        "Turn 190 horsepower into kilowatts.",
        "mechanical or metric horsepower not said",
    ),
    ("near-fl-oz", "How many millilitres is 6 fl oz?", "US or imperial fluid ounce"),
    (
        "near-barrel",
        "How many litres of oil are in 250 barrels?",
        "the barrel differs by commodity and country",
    ),
    ("near-cwt", "What's 4 hundredweight in kilograms?", "long or short hundredweight"),
    ("near-kilobyte", "How many bytes is 640 kB?", "1000 or 1024 bytes per kB contested"),
    (
        "near-knot",
        "A yacht doing 7 knots - how fast is that in km/h, and is it quick?",
        "nautical units left out; and an opinion",
    ),
    (
        "near-light-year",
        "Alpha Centauri is 4.37 light-years off; how many miles is that?",
        "light-year definition (Julian year) contested",
    ),
    ("near-troy-ounce", "How many grams in 5 ounces of gold?", "troy or avoirdupois ounce"),
    (
        "near-dog-years",
        "My spaniel is 6. How old is that in human years?",
        "dog years are a contested rule of thumb",
    ),
    (
        "near-calories",
        "How many calories do I burn swimming 40 lengths?",
        "depends on facts not given",
    ),
    ("near-age-now", "I was born on 11 June 1994. How old am I?", "needs the current date"),
    ("near-days-until", "How many sleeps until Halloween?", "needs the current date"),
    ("near-coming-weekday", "What's the date a week on Wednesday?", "needs the current date"),
    (
        "near-lunisolar",
        "What date does Chinese New Year fall on in 2033?",
        "lunisolar festival date is a looked-up fact",
    ),
    ("near-good-friday", "What date is Good Friday in 2032?", "computus; left out of positives"),
    (
        "near-working-days",
        "How many working days are there in May 2030?",
        "bank holidays and working week not given",
    ),
    ("near-bank-holiday", "Is 4 August 2031 a bank holiday?", "differs by UK nation"),
    (
        "near-month-from-31st",
        "Add one month to 31 August 2030 - what date do I get?",
        "month arithmetic from the 31st is a convention",
    ),
    (
        "near-year-after-leap-day",
        "What date is a year after 29 February 2028?",
        "a year after a leap day is contested",
    ),
    (
        "near-numeric-date",
        "How many days from 03/04/2030 to 10/05/2030?",
        "day/month order not said",
    ),
    (
        "near-time-zone",
        "If it's 3pm in Manchester, what time is it in Auckland?",
        "time zones and summer time not given",
    ),
    ("near-summer-time", "What weekend do the clocks go back in 2029?", "a rule to be looked up"),
    (
        "near-isbn",
        "What's 978-0-14-118776-1 minus 978-0-14-118776-0?",
        "an ISBN is an identifier, not a number",
    ),
    ("near-postcode", "What is SW1A 2AA divided by two?", "a postcode is not a number"),
    ("near-ip-address", "Add 192.168.1.20 and 10.0.0.5 together.", "IP addresses are not decimals"),
    (
        "near-software-version",
        "Is version 3.10 higher than 3.9?",
        "version ordering is not decimal ordering",
    ),
    (
        "near-formation",
        "If a team plays 4-3-3 what's that as a sum?",
        "a football formation, not a subtraction",
    ),
    (
        "near-chess-notation",
        "What does Nf3 followed by e4 mean in numbers?",
        "chess notation, not arithmetic",
    ),
    (
        "near-phone-prefix",
        "How much does it cost to ring an 0870 number from a landline?",
        "tariffs not given",
    ),
    (
        "near-paper-size",
        "What are the dimensions of A5 paper in centimetres?",
        "a paper size to be looked up, then converted",
    ),
    (
        "near-timber-size",
        "A 4x2 is actually how many millimetres thick?",
        "nominal versus actual timber size",
    ),
    (
        "near-code-semantics",
        "In JavaScript, what does 0.1 + 0.2 === 0.3 give, and why?",
        "code semantics and an explanation",
    ),
    ("near-world-fact", "How many metres tall is the Shard?", "a fact not given"),
    (
        "near-tax-rule",
        "How much stamp duty on a £410,000 first home?",
        "current tax bands not given",
    ),
    ("near-dosing", "How many ml of Calpol for a 3-year-old weighing 14 kg?", "medical dosing"),
    (
        "near-size-chart",
        "I'm a UK 10 in shoes - what's that in European sizes?",
        "size charts differ by brand",
    ),
    (
        "near-oven-gas-mark",
        "Gas mark 4 is how many degrees Celsius in a fan oven?",
        "gas marks are a convention",
    ),
    (
        "near-estimate",
        "Roughly how many jelly beans fit in a 2-litre jar?",
        "an estimate depending on facts not given",
    ),
    (
        "near-lottery-odds",
        "What are my odds of winning the EuroMillions jackpot with one line?",
        "game rules not given",
    ),
    (
        "near-missing-prevalence",
        "If a test is 98% accurate and I test positive, how likely am I to have the condition?",
        "prevalence not given",
    ),
    ("near-missing-area", "How much turf do I need for my back lawn?", "lawn size not given"),
    ("near-translation", "What's the Spanish word for seventy-three?", "a translation"),
    ("near-number-in-title", "Which year was the film Apollo 13 released?", "a number in a title"),
    ("near-opinion", "Is £1,200 a lot to spend on a bike?", "an opinion"),
    ("near-contested-reading", "What's 8 ÷ 2(2+2)?", "implied multiplication is contested"),
    (
        "near-sequence-guess",
        "What comes next: 2, 3, 5, 9, 17, ...?",
        "a sequence has many continuations",
    ),
    (
        "near-random-choice",
        "Pick a random number between 1 and 59 for my lottery line.",
        "a random choice",
    ),
    (
        "near-proof",
        "Prove that the product of two even numbers is divisible by 4.",
        "a written proof",
    ),
    (
        "near-explanation",
        "Why does a negative times a negative give a positive? Explain it simply.",
        "an explanation",
    ),
    (
        "near-letter-count",
        "How many times does the letter t turn up in 'attentiveness'?",
        "letters in a word, not a calculation",
    ),
    ("near-forecast", "What will the high be in Leeds on Saturday in Celsius?", "a forecast"),
    ("near-historical-price", "How much was a first-class stamp in 1982?", "a historical price"),
    (
        "near-historical-weekday",
        "On what day of the week was the Great Fire of London started?",
        "date not given; Julian calendar",
    ),
    ("near-tipping", "How much should I tip on a $86 dinner bill in Boston?", "a tipping custom"),
    ("near-postage", "How much is a large letter first class stamp?", "a current price"),
    (
        "near-short-long-scale",
        "How many noughts did a billion have in 1960s Britain?",
        "short or long scale",
    ),
    ("near-cooking-time", "How long should I roast a 2.8 kg turkey crown?", "a cooking convention"),
]
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
assert all(f.startswith("near-") for f, _, _ in NEAR)
for fam, q, note in NEAR:
    neg(fam, q, note)


# --------------------------------------------------------------------------- conversations
CONVS = [
    (
        "conv-operator",
        [
            (U, "Let's say a ⊕ b means a times b, plus a."),
            (A, "Got it: a ⊕ b = ab + a."),
            (U, "So what is 6 ⊕ 9?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [
            (U, "Define g(x) as three times x minus 4."),
            (A, "Okay, g(x) = 3x - 4."),
            (U, "what's g(g(5))"),
        ],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "In our puzzle each letter is worth its place in the alphabet, so A=1 up to Z=26."),
            (A, "Understood."),
            (U, "Then what is WOLF worth?"),
        ],
        "letter values set earlier",
    ),
    (
        "conv-named-number",
        [
            (U, "We'll call the number of seats on our minibus 'a bus', which is 17."),
            (A, "Noted: a bus is 17 seats."),
            (U, "How many seats in three buses and a half?"),
        ],
        "a name for a number defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "For this game, + means subtract and - means add."),
            (A, "Sure, I'll swap them."),
            (U, "30 + 8 - 5 = ?"),
        ],
        "signs swapped earlier",
    ),
    (
        "conv-clock-arithmetic",
        [
            (U, "We're working on a 12-hour clock face, no am or pm."),
            (A, "Okay."),
            (U, "What's 9 plus 7 hours?"),
        ],
        "clock arithmetic set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm in Germany so I write decimals with a comma."),
            (A, "No problem."),
            (U, "What's 3,5 times 1,250?"),
        ],
        "decimal comma set earlier",
    ),
    (
        "conv-defined-unit",
        [
            (U, "In our bakery a 'tray' is 24 rolls."),
            (A, "Got it."),
            (U, "How many rolls in 7 trays?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-input-base",
        [
            (U, "All the numbers I give you from now on are in octal."),
            (A, "Understood, octal input."),
            (U, "What is 17 plus 25?"),
        ],
        "input base set earlier",
    ),
    (
        "conv-output-base-system",
        [
            (S, "Always answer with numbers written in binary."),
            (U, "What's 19 + 22?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-roman",
        [
            (U, "Give all answers in Roman numerals please, it's for a quiz sheet."),
            (A, "Will do."),
            (U, "What's 37 plus 48?"),
        ],
        "Roman numerals asked for earlier",
    ),
    (
        "conv-persona-system",
        [
            (S, "You are Captain Barnacle, a pirate who answers everything in pirate speak."),
            (U, "How many doubloons is 12 chests of 45?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-language",
        [
            (U, "Ab jetzt bitte alle Antworten nur auf Deutsch, danke!"),
            (A, "D'accord."),
            (U, "What date is 73 days after 18 October 2030?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer my next question as a limerick."),
            (A, "Happy to."),
            (U, "What's 14 times 16?"),
        ],
        "verse form asked for earlier",
    ),
    (
        "conv-output-format",
        [
            (U, "Reply only with a JSON object with keys 'value' and 'unit'."),
            (A, "Understood."),
            (U, "How many centimetres is 4 feet?"),
        ],
        "output format set earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Give me every result rounded to the nearest fifty."),
            (A, "Okay."),
            (U, "How much is 233 times 19?"),
        ],
        "rounding set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "Please give everything to exactly four significant figures."),
            (A, "Sure."),
            (U, "Convert 9 miles into kilometres."),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Whenever I give a weight, convert it to stone and pounds."),
            (A, "Got it."),
            (U, "83 kg?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For the trip budget let's fix 1 euro at 86p."),
            (A, "Okay, €1 = £0.86."),
            (U, "How much is €340 then?"),
        ],
        "currency rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "Heads up: my dates are US format, month then day."),
            (A, "Noted."),
            (U, "Days between 3/9/2031 and 5/1/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write dates out in full words, like 'the third of May, twenty thirty'."),
            (A, "Sure."),
            (U, "What date is 60 days after 9 August 2030?"),
        ],
        "date wording set earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Keep answers as fractions, don't give decimals."),
            (A, "Okay."),
            (U, "What is 5 divided by 8, plus 1?"),
        ],
        "fraction form set earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my fantasy world a year has 10 months of 36 days each."),
            (A, "Interesting - 360 days a year."),
            (U, "How many days in 3 years and 4 months there?"),
        ],
        "invented calendar set earlier",
    ),
    (
        "conv-week-numbering",
        [
            (U, "At work we number weeks from the first Monday of April, which is week 1."),
            (A, "Understood."),
            (U, "What week number is 15 July 2030?"),
        ],
        "week numbering set earlier",
    ),
    (
        "conv-correction",
        [
            (U, "What's 15% of 480?"),
            (A, "15% of 480 is 72."),
            (U, "Sorry, I meant 18%, redo it."),
        ],
        "corrects an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "I spent £42 on Monday, £17.50 on Tuesday and £63 on Friday."),
            (A, "That's three purchases noted."),
            (U, "Sum up what I told you."),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-follow-up-why",
        [
            (U, "What's 2.5 kg in pounds?"),
            (A, "About 5.51 lb."),
            (U, "Why is it that number and not 5?"),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "My flat's heating bill was £78 in March."),
            (A, "Okay."),
            (U, "What was the bill I mentioned?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread-figures",
        [
            (U, "Our hall fits 14 tables."),
            (A, "Right."),
            (U, "And each table seats 9."),
            (A, "Okay."),
            (U, "So how many guests?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 64 times 35?"),
            (A, "2,240."),
            (U, "Now halve that and add 90."),
        ],
        "uses an earlier result",
    ),
    (
        "conv-judgement",
        [
            (U, "A plumber quoted me £780 for a new bathroom tap and half a day's work."),
            (A, "Okay, noted."),
            (U, "Is that reasonable?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, "My passport expires on 3 November 2030."),
            (A, "Got it."),
            (U, "Should I renew it before a trip in August 2030?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [
            (U, "From here on we're doing arithmetic mod 11."),
            (A, "Okay, mod 11."),
            (U, "Then what is 8 times 9 plus 4?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-slang-amounts",
        [
            (U, "A monkey is £500 and a pony is £25, yeah?"),
            (A, "That's the usual slang."),
            (U, "So two monkeys and three ponies?"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All my prices include 20% VAT."),
            (A, "Understood."),
            (U, "What's the VAT on a £54 jacket?"),
        ],
        "VAT-inclusive pricing set earlier",
    ),
]
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# --------------------------------------------------------------------------- this set's asserts
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i for i in _pos if i["label"] == _label and i["family"] != P]
    assert {i["family"] for i in _regs} == set(REGISTERS), _label
    assert len(_regs) == 31, (_label, len(_regs))
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
_per = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per.values()) == [3] * 7 + [4] * 18, _per
_ord = [i["family"] for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert _ord == [r for r in REGISTERS for _ in range(4)]
assert all(
    i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative" and i["family"] not in REGISTERS
)


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


# the grading rules of bench/grading.py for numbers and ISO dates, restated to check expected values
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
            assert not re.search(r"\beaster\b|\bdaylight\b|\bGMT\b|\bUTC\b", text, re.IGNORECASE), (
                i["id"]
            )
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
    # no register (family name) of this set is a family name of sets 19 to 67
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 67: {reused}"
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
