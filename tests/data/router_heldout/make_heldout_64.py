r"""Generate heldout-2027-02-05.jsonl: a sixty-fourth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed64/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 875
register names of recent earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_63.py, by `sed -n` with comma ranges: lines 1-477
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 750-810 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 956-1040 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1248-1255 (its negatives
section header, neg() and conv()) and 2110-2334 (its stated-weekday check, its checks and main()).
The ranges and the line count (2334) were given by the brief; no `wc -l` of that file was run. The
display of the `sed -n 1,477p` output left out lines 163-178 of that output (a truncation by the
shell tool's display, in the middle of set 63's docstring), so `sed -n 160,180p` of the same file
(inside the allowed range) was run next to read them; all of lines 1-477 were therefore seen, and
the copies made by `sed -n` (below) are complete. A `wc -l` of earlier_registers.txt and an `ls
-la` of /work/sealed64 were run once, in the same command as the `cat` of grading.py (`wc -l`
printed 875; the listing showed only earlier_registers.txt). None of set 63's query blocks
(478-749, 811-955, 1041-1247, 1256-2109) was opened. Nothing else under /work/main was opened or
listed: nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/
(apart from the five ranges), not README.md and not pyproject.toml; the two `sed -n` reads of lines
1-477 and 160-180 named the file by its full path, `cd` into /work/main preceded the other `sed -n`
reads (which named the file by its path under tests/data/router_heldout), `cd` into
/work/main/tests/data/router_heldout preceded the one command that copied the ranges, and `cd` into
/work/main preceded each ruff run. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor any /work/sealed*
directory apart from /work/sealed64 was listed. The earlier generators (sets 1-63) are only
imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages, the `tail` or `head` of its output and its --show
listing of ids, expected values and tolerances were read), no git command was run, no network and
no search tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py with the `wc -l` and `ls -la` above; `sed -n 1,477p` of set
63's generator; `sed -n 160,180p` of it; then `sed -n` of 750,810, 956,1040 and 1248,1255 together
with `echo` separators; then `sed -n 2110,2334p` alone; then the `cat` of earlier_registers.txt
through `tr`. Then, in one command, `mkdir -p` of /tmp/h64/blocks and /tmp/h64/own, `sed -n` copies
of the same five allowed ranges into raw files r1-r5 under /tmp/h64/blocks/ and a `wc -l` of them
(477, 61, 85, 8 and 225 lines). Then, run from /tmp, a loop of `grep -i` over earlier_registers.txt
for 50 words and word pieces of the candidate register names (it printed earlier names such as two
cricket bat makers, a falconry centre, charcoal burners, a builders' merchant and a reed merchant,
a document-shredding truck, a hydroponic container farm, a mountain hut, bike couriers and a
bike-shed maker, boatyards, a scrap metal weighbridge and other yards, steam, funicular and model
railways, four laboratories (dendrochronology, dental, calibration, water quality), window
cleaners, a blinds fitter and a leaded window glazier, bath houses, lighthouses and other names
containing "house", and names that merely contain "ring", "store" or "stock"; none of the same
trade as a register chosen here). Then one run of /tmp/h64/subst.py (written by a `cat` heredoc in
the same command) that cuts the first copy at the line that is exactly `from __future__ import
annotations` (asserted to be the only such whole line, so not the words inside set 63's docstring),
substitutes this set's OUT and PREFIX, "sets 1-62" -> "sets 1-63" in the comment on EARLIER_DIRS
(the tuple itself, EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout")), is kept as
it was), EARLIER (sets 1-63, `range(2, 64)`) and REGISTER_CHECK (sets 19-63, adding
make_heldout_63.py), and "sets 19 to 62" -> "sets 19 to 63" in one comment and one message string
of main() (each substitution asserted to apply once, the last twice; it printed "ok" for each) and
copies the other three ranges unchanged, followed in the same command by a `grep -n` of the blocks
for "60" to "64", "19 to", "EARLIER" and "sealed" (it printed only configuration lines, four lines
of unit factors and their asserts, main()'s loop over EARLIER and the substituted lines) and a
`head -3` and `tail -2` of the first block. Then `cat` heredocs, each in its own command, wrote
this set's own blocks under /tmp/h64/own/: a_calc.py (registers and calculator items), b_units.py
(unit constants and unit items), c_dates.py (date items), d_negs.py (ordinary negatives), e_near.py
(near-positive negatives; followed by a `grep -c` of its family strings, which printed 66: 65
entries and the assert's prefix test) and f_convs.py (conversations and this set's own structural
asserts). Then `cat` heredocs, in one command, wrote an assembly script /tmp/h64/assemble.py (it
builds this file from /tmp/h64/doc.txt, or a one-line placeholder, and the blocks in order, and
prints its line count) and a helper /tmp/h64/run.sh (it runs assemble.py, then from /work/main as
the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache`
on this file, writing the latter's output to /tmp/h64/ruff.txt and printing its `tail -3`, then
this generator from /tmp, passing on any arguments, writing its output to /tmp/h64/out.txt, and
prints the exit codes and the `tail -6` of it), with a first run of run.sh, followed by a `head
-60` of ruff.txt. Edits after failed checks (listed below) were made by /tmp/h64/fix1.py, fix2.py,
fix3.py, fix4.py and fix6.py (each written by a `cat` heredoc and run in the same command), all
exact replacements asserted to apply once, each followed by run.sh. After fix2.py: run.sh with
--show (its own output discarded), a `sed -n 1,3p` of out.txt for its summary lines, a `grep -c` of
the listed ids (135) and a listing of the ids, expected values and tolerances (a `grep` of out.txt
laid out by `column -t`); then a Python check of line lengths (in characters) over this file, which
found five lines over 100 columns, and an `awk` printing the first 60 characters of those lines.
After fix3.py: run.sh piped through `tail -3`, the line-length check and a `sed -n 1,3p` of
out.txt; then a `cat` of ruff.txt and a listing of the label and family counts from out.txt (a
`grep` of its first 80 count lines through `awk` and `column -t`). After fix4.py: run.sh piped
through `head -4`, a `cat` of ruff.txt, a `sed -n 1,3p` of out.txt and the line-length check. Then
/tmp/h64/fix5.py (written by a `cat` heredoc) made four edits that were not check failures: three
rewordings for naturalness (a weekday-of-anniversary date positive, the historical-weekday
near-positive, and a soil lime rate written in kilograms per hectare instead of tonnes, so that no
positive converts tonnes) and the use of the copied whole_up() instead of math.ceil() for the brick
lorry trips; it was followed by run.sh piped through `head -4`, a `sed -n 1,3p` of out.txt and the
line-length check, then a `tail -3` of out.txt and an `awk` printing the first 50 characters of one
long line; fix6.py then followed (see below) with run.sh, a `sed -n 1,3p` of out.txt and the
line-length check, all passing. This docstring was written last over the placeholder: its source
text, /tmp/h64/doc/doc_src.txt, was written by a `cat` heredoc; then, in one command,
/tmp/h64/doc/patch1.py (a `cat` heredoc) made four exact edits to it (the count of lines printed by
the `grep -n` above, the count of duplicate reports, the list of US touches and the wording about
the register check) and /tmp/h64/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the
lines marked as preformatted and asserts that the words are unchanged, that no line exceeds 100
columns and that every register value of a_calc.py is named) filled it to 99 columns into
/tmp/h64/doc.txt; then /tmp/h64/doc/patch2.py (a `cat` heredoc, run in the same command as
make_doc.py's second run) made this account of the docstring's own making exact; then, in one
command, run.sh, a `cat` of ruff.txt, a `sed -n 1,3p` of out.txt, the Python line-length check, a
`head -3` of this file and a `ruff format --no-cache --check` of it (from /work/main); then
/tmp/h64/doc/patch3.py (a `cat` heredoc, run with make_doc.py's third run) added that command's
`cat` and `sed` to this account, and the same command was run once more; then two runs of this file
with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the JSONL and a `sed -n 1,3p` of out.txt;
finally `rm -rf /tmp/h64`. Writes: only this file and its JSONL in /work/sealed64/
(earlier_registers.txt left as it was); temporary blocks, scripts and output under /tmp/h64/ were
deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 63's main() and checks: only the substitutions listed above (file names, sets 1-63
for the duplicate check, sets 19-63 for the register check). Set 63 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 63 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-63 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 63's as
printed; ruff format may have changed layout only. All of set 63's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (used once, for lorry trips), weeks() (used by one date
one-liner), unit_r() with close_enough_at_2dp(), say() (used through sayw()), sayw(), sayus() (not
used here), and SQFT/SQYD/CUFT (SQYD not used here). Added, newly written: MM, CM, KM, G, HA,
LITRE, MJ, KWH and FURLONG (220 yards, as the one item using it states), with asserts on SQFT,
CUFT, KWH, ACRE/HA, FURLONG, the inch, KMH and MPH; the register constants and the REGISTERS tuple
(sorted by value, asserted 25 and distinct); the ORDINARY, NEAR and CONVS tables; dates stated with
their computed weekday by sayw() in four positives (a braille order coming in, an examiner's
instruction, a bag handed in to lost property, a car tinted) and in one conversation's user turn (a
fundraiser date); an assert that the square-root one-liner's radicand is a perfect square; asserts
that a brick order fills 38 pallets, which is not a whole number of 8-pallet lorry loads, so 5
trips; an assert that a coal order is over the discount threshold it states; an assert that a debt
is cleared by a whole number of payments; and this set's own asserts: the ORDINARY negatives are
keyed by exactly the REGISTERS, in order, four each; NEAR has 65 entries and CONVS 35, each with
distinct families, all "near-..." and "conv-..." respectively; the positive registers are exactly
the REGISTERS, and so are those of each tool; 193 items lie in the registers (25 x 3 positives, 18
second positives, 100 negatives), 31 register word problems per tool; exactly 18 registers have
four positives and 7 have three; every negative outside the registers is a near-... or conv-...
family.

Disclosures: the kinds of item and the counts follow set 63's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 63's, copied (P = "plain" is copied too, as the
last line of the first block). Set 63's docstring (within lines 1-477) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; most of this set's near-positive and conversation kinds were chosen from that list
of generic kinds, newly worded with new figures and subjects. All of set 63's register names are
also in earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was
read in full and this set's registers were chosen to be of trades and situations different from
every name in it (for instance no acoustic consultant, bat ecologist, bird-ringing group, braille
service, brickworks, busker, coal merchant, refuse crew, butler, debt adviser, document examiner,
illustrator, grain store, hosiery mill, judo club, hydro scheme, trail centre, cloakroom,
bookmaker, pallet yard, lost property office, soil laboratory, steel stockholder, toll bridge or
window tinter appears there; a bed-and-breakfast, a district heating network, a hot tub maintenance
round, a screen-printing T-shirt shop, a traffic-count survey team, an office lottery syndicate and
a planning consultant were set aside as too near the hotel linen room, glamping and yurt sites, the
gas boiler engineer, the bath and sauna houses, the letterpress printers, the motorway traffic
management crew, the bingo hall and the business rates appeal consultant there; a powder-coating
line was considered and not used); the judgement of "different topic" is this writer's. Many plain
one-liners, near-positives and conversations here are of the same generic kinds as set 63's (for
instance an operator, a decimal comma, a persona, a contested unit, implied multiplication, a
weekday of a historical event, a number in a title, software versions, JavaScript floating point),
newly worded. At the edges of the allowed ranges: line 477 is P = "plain", 750, 956 and 1248 are
section headers, 810 is a blank line after unit_r(), 1040 is the assert after sayus(), 1255 is the
last line of conv(), 2110-2116 hold the comment and the compiled pattern of the stated-weekday
check and 2334 is the call of main(). No query text of any earlier set was seen: main()'s duplicate
check names only this set's ids. Every query here was newly written from imagination of each trade
or situation; 14 items that the duplicate check reported as exact repeats of earlier queries or
user turns (17 reports in all: three items were reported twice; their earlier counterparts unseen)
were reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not
known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier
query or user turn is ruled out by main(), and main() asserts that no register is a family name of
sets 19 to 63 (the near-.../conv-... families are not registers and may coincide with earlier
family names). This set has no algebra or calculus question (the only proof asked for is a written
proof that the square root of 5 is irrational). Conversations that define an operator, a function,
letter values, a name for a number, swapped signs, clock arithmetic on a 12-hour face, a decimal
comma, a unit, an input or output base, modular arithmetic, slang amounts or a VAT-inclusive
pricing convention are negatives because the notation or convention is set up in an earlier turn
(one base by a system turn); one conversation spreads its figures over three user turns. Some
conversations (Roman numerals, language, verse, output format, rounding, precision, target unit, a
fixed currency rate, date order, date wording, fraction form, a persona set by a system turn) end
in a user turn that could be computed alone, or nearly; they are negatives, as in set 63, because
the earlier turn changes what a right answer looks like. Some near-positives depend on the current
date (an age from a stated birth date, days until a named night, the date of a coming weekday); one
asks for a month added to the 31st, one for a year after a leap day, one for working days between
stated dates (a span over Christmas and New Year), one uses all-numeric dates of unstated order,
one asks the weekday of a stated historical date (in England, before the Gregorian calendar), one
asks when the clocks go forward, one asks whether a date is a bank holiday (it differs by region),
one asks for Good Friday, one for a lunisolar new year; they are negatives, with no "now" field.
One near-positive asks what a JavaScript comparison gives and why (code semantics), and one is a
negative for its contested reading (implied multiplication). Near-positives ask for conversions in
gallons, cups, tons, mpg, horsepower, fluid ounces, barrels, hundredweights, kilobytes, knots,
light-years and ounces of gold (troy or avoirdupois), for calories, and for dog years (left out of
positives as contested); one asks for vowels in a word, one for an oven gas mark in Celsius, one
for the number of zeros in a billion (short or long scale), one for a German clock idiom, and one
whether a freephone number is free from a mobile. No positive depends on a looked-up figure: every
rate, tariff, odds, allowance and the length of a furlong is given in the text, so the answer
follows from the text alone.

Checks that failed along the way: the register check passed on every run on which it was reached
(every run of run.sh; it runs before the duplicate check). The first run of run.sh failed ruff
check (seven ISC004 reports: implicitly concatenated strings inside the tuples of the ORDINARY
table) and the generator failed main()'s duplicate check, which reported 13 items by id: two plain
calculator one-liners (a percentage, a square root), one plain date one-liner (weeks between two
dates), five plain unit one-liners (km to miles, GiB to MiB, stones and pounds to kg, acres to
hectares, km/h to mph), two conversations (answer language, precision; both user turns of each
reworded) and three near-positives (days until, proof, world fact); /tmp/h64/fix1.py put the seven
two-line ordinary negatives in parentheses and reworded all 13 with new figures or new subjects,
without the earlier queries being looked at. The next run passed ruff and reported three of them
again (the square root, the proof and the world fact), reworded by fix2.py; that run passed every
check. The Python line-length check then found five lines over 100 columns (four ordinary negatives
and one conversation turn), re-split by fix3.py; its split of the conversation turn made one new
ISC004 report (seen in ruff.txt), which fix4.py put in parentheses; the next run passed every
check. After the naturalness edits of fix5.py, the duplicate check reported the reworded
historical-weekday near-positive as an exact repeat of an earlier query, and the line-length check
found one line over 100 columns (the reworded anniversary positive); fix6.py reworded the
near-positive again (stating the date) and re-split the line, and every later run passed every
check. No other check failed: unit_r()'s two-decimal assert, date_item()'s asserts, the
stated-weekday check and all of this set's own asserts passed on every run.

Registers (families), 25, new: acoustic_noise_consultant, bat_survey_ecologist, bird_ringing_group,
braille_transcription_service, brickworks_kiln_yard, busking_street_musician, coal_merchant_round,
council_refuse_collection_crew, country_house_butler, debt_advice_service,
forensic_document_examiner, freelance_childrens_illustrator, grain_store_cooperative,
hosiery_knitting_mill, judo_club_dojo, micro_hydro_scheme_operator, mountain_bike_trail_centre,
nightclub_cloakroom, on_course_bookmaker, pallet_repair_yard, railway_lost_property_office,
soil_analysis_laboratory, steel_stockholder, toll_bridge_booth, window_tinting_workshop. Every
register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: on_course_bookmaker, debt_advice_service,
nightclub_cloakroom, busking_street_musician, toll_bridge_booth, coal_merchant_round; a second unit
word problem: steel_stockholder, micro_hydro_scheme_operator, grain_store_cooperative,
soil_analysis_laboratory, mountain_bike_trail_centre, brickworks_kiln_yard; a second date word
problem: bird_ringing_group, bat_survey_ecologist, forensic_document_examiner,
railway_lost_property_office, judo_club_dojo, freelance_childrens_illustrator). The seven registers
with three positives are acoustic_noise_consultant, braille_transcription_service,
council_refuse_collection_crew, country_house_butler, hosiery_knitting_mill, pallet_repair_yard and
window_tinting_workshop. Positives are one-liners (family "plain") or word problems of one to three
sentences, mostly UK usage with £ and pence and a few US touches (a Fahrenheit thermostat setting,
thousandths of an inch for an American paper; a restaurant bill in dollars in one negative), some
chatty, terse, lower-case or in shorthand, a few with numbers in words, questions at the start or
the end, unit questions as statements to complete or with the target unit first. No positive
conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, knot, light-year, ounce of gold, dog years), calories, the
current date (an age, days until a named night, a coming weekday), a lunisolar festival, Good
Friday, working days, a regional bank holiday, month arithmetic from the 31st, a year after a leap
day, all-numeric dates of unstated order, time zones, summer time, identifiers that look like
numbers (an ISBN prefix, a postcode, an IP address, software versions, a formation, chess notation,
a phone number), a paper size, a nominal timber size, code semantics, a world fact, tax rules,
dosing, a size chart, an oven convention, an estimate, lottery odds, missing prevalence, a missing
area, a translation, a number in a title, an opinion, a contested reading, a sequence guess, a
random choice, a written proof, an explanation, letters in a word, a forecast, a historical price,
the weekday of a historical date, a tipping custom, a current postage price, a regional time idiom,
the short or long scale; or, in conversations, an operator, function, letter values or a name
defined earlier, swapped signs, clock arithmetic, a decimal comma, a unit defined earlier, a number
base (input, or output set by a system turn), Roman numerals, a persona set by a system turn,
answer language, verse form, output format, rounding, precision, target unit, a fixed currency rate
or date order fixed earlier, date wording, fraction form, an invented calendar, a week numbering, a
correction, a summary, a follow-up explanation or recall of earlier turns, figures spread over
turns, a result from an earlier turn, a judgement about earlier figures, advice about a date given
earlier, modular arithmetic, slang amounts or a VAT-inclusive pricing convention set earlier. The
ordinary negatives ask for advice, explanations, judgements, rules, facts or writing in each
register's setting.

Left out of positives entirely (their grading is contested), as in set 63: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (tonnes appear only in one
calculator item, as a charge per tonne on a weight in tonnes, with no conversion), hundredweights,
barrels, mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year"
as a length, light-years and parsecs, nautical miles and knots, troy ounces (no ounce of a precious
metal; the ounces used are avoirdupois ounces of mass, next to kilograms or grams), carats, nominal
sizes, leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no "now"
or "timezone" field; asserted). No calculator, date or exact unit result is a repeating decimal
(asserted). Week counts are asserted to be whole weeks; no day count is inclusive (each is the
difference of the two dates, and queries are worded as N days or weeks after or before a stated
date, "days between", "how many days from ... to ...", how many days from ringing to retrap, from
the date on a will to an examination, from opening to closing, from a later date to a licence's
end, how many days an item was held from hand-in to collection, a survey booked N days after
another, a logger collected N days later, a judgment paid N days after its date, a report due N
days after instruction, an auction N days after hand-in, a cure of N days, a re-treatment N days
after a certificate, a subscription of N weeks, a closure of N weeks, final art N weeks after a
call, a lead time of N weeks, the sixth of deliveries every 10 days counting the first as delivery
one, the first Saturday, second Saturday, second Wednesday, third Sunday, last Thursday or last
Friday of a stated month and year), ages are in whole years from a stated birth date to a stated
date, and clock spans run from one stated time to the next occurrence of the other (three cross
midnight, one saying "the next morning", one "the following morning" and one "in the morning").
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 63):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square inches and feet, cubic inches and feet
    from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  Stated in the one item that uses it: 1 furlong = 220 yd (so 8 furlongs = 1 mi, asserted)
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, MJ); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3 (1 hL = 100 L); 1 h = 3600 s;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s; 1 W = 1 J/s, so 1 kWh = 3.6 MJ
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_64.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-05.jsonl"
PREFIX = "ho64-"
# earlier generators: sets 1-63 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 64))
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


# =========================================================================== registers (set 64)
NOISE = "acoustic_noise_consultant"
BATS = "bat_survey_ecologist"
RINGING = "bird_ringing_group"
BRAILLE = "braille_transcription_service"
BRICKS = "brickworks_kiln_yard"
BUSKER = "busking_street_musician"
COAL = "coal_merchant_round"
BINS = "council_refuse_collection_crew"
BUTLER = "country_house_butler"
DEBT = "debt_advice_service"
FORENSIC = "forensic_document_examiner"
ILLUS = "freelance_childrens_illustrator"
GRAIN = "grain_store_cooperative"
HOSIERY = "hosiery_knitting_mill"
JUDO = "judo_club_dojo"
HYDRO = "micro_hydro_scheme_operator"
MTB = "mountain_bike_trail_centre"
CLOAK = "nightclub_cloakroom"
BOOKIE = "on_course_bookmaker"
PALLETS = "pallet_repair_yard"
LOSTPROP = "railway_lost_property_office"
SOIL = "soil_analysis_laboratory"
STEEL = "steel_stockholder"
TOLL = "toll_bridge_booth"
TINT = "window_tinting_workshop"
REGISTERS = (
    NOISE,
    BATS,
    RINGING,
    BRAILLE,
    BRICKS,
    BUSKER,
    COAL,
    BINS,
    BUTLER,
    DEBT,
    FORENSIC,
    ILLUS,
    GRAIN,
    HOSIERY,
    JUDO,
    HYDRO,
    MTB,
    CLOAK,
    BOOKIE,
    PALLETS,
    LOSTPROP,
    SOIL,
    STEEL,
    TOLL,
    TINT,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)

# ---------------------------------------------------------------- calculator one-liners
calc(P, "what's 4,375 divided by 35", F(4375, 35))
calc(P, "What's 17.5 per cent of 2,936?", pct("17.5") * 2936)
calc(P, "Work out 73 × 48 − 1,209", 73 * 48 - 1209)
calc(P, "(612 + 388) / 16 = ?", F(612 + 388, 16))
assert 109 * 109 == 11881
calc(P, "√11881 = ?", 109)
calc(P, "2^13 minus 999", 2**13 - 999)
calc(P, "What is three eighths of 9,640?", F(3, 8) * 9640)
calc(P, "0.045 x 2860", dec("0.045") * 2860)
calc(P, "increase 1,240 by 35%", 1240 * (1 + pct(35)))
calc(P, "19.99*12 + 4.75", dec("19.99") * 12 + dec("4.75"))
calc(P, "how much is 7 cubed plus 5 squared?", 7**3 + 5**2)
calc(P, "average of 14, 27, 33, 48 and 58", F(14 + 27 + 33 + 48 + 58, 5))
calc(P, "39 is what percent of 312", F(39, 312) * 100)
calc(P, "1,000,000 ÷ 640", F(10**6, 640))

# ---------------------------------------------------------------- calculator word problems
calc(
    NOISE,
    "Invoice check for a pub licensing noise survey: 3 days of monitoring at £685 a day, plus "
    "9 hours of report writing at £42.50 an hour, then VAT at 20% on top. What's the total?",
    (3 * 685 + 9 * dec("42.50")) * (1 + pct(20)),
)
calc(
    BATS,
    "each dusk emergence survey = £380 for me as lead + £210 for the second surveyor. client "
    "wants three surveys and the £450 report, and gets 10% off as a repeat client. what do i bill?",
    (3 * (380 + 210) + 450) * (1 - pct(10)),
)
calc(
    RINGING,
    "Our ringing group bought 1,250 size A rings at 14p each and 340 size C rings at 31p each. "
    "If the eight of us split the bill evenly, how much does each person pay, in pounds?",
    (1250 * dec("0.14") + 340 * dec("0.31")) / 8,
)
calc(
    BRAILLE,
    "Quote for transcribing a 348-page novel into braille: £1.85 per print page for the first "
    "200 pages, £1.40 a page after that, and £36 for binding. How much altogether?",
    200 * dec("1.85") + (348 - 200) * dec("1.40") + 36,
)
_brick_pallets = F(19000, 500)
_brick_trips = whole_up(_brick_pallets / 8)
assert _brick_pallets == 38 and _brick_trips == 5 and _brick_pallets % 8 != 0
calc(
    BRICKS,
    "A builder orders 19,000 facing bricks at 62p each. They come 500 to a pallet, our lorry "
    "takes at most 8 pallets a trip, and delivery is £85 per trip. Total cost with delivery?",
    19000 * dec("0.62") + _brick_trips * 85,
)
calc(
    BUSKER,
    "busking takings over the bank holiday weekend: fri £48.60, sat £112.35, sun £76.05. the "
    "pitch permit was £15 a day for all three days. how much did i actually make after permits",
    dec("48.60") + dec("112.35") + dec("76.05") - 3 * 15,
)
calc(
    BUSKER,
    "CDs are £8 each or two for £12. On Sunday I sold 31 CDs, and 18 of those went as pairs on "
    "the two-for-£12 deal. How much did the CDs take?",
    F(18, 2) * 12 + (31 - 18) * 8,
)
calc(
    COAL,
    "Mrs Pryce has 4 bags of house coal at £14.90 and 2 bags of smokeless at £17.60 every "
    "fortnight. What does she spend across six deliveries?",
    6 * (4 * dec("14.90") + 2 * dec("17.60")),
)
_coal_order = 8 * dec("15.50") + dec("6.20")
assert _coal_order > 100
calc(
    COAL,
    "Pensioners get 10% off orders over £100. Mr Hale orders eight bags of smokeless at £15.50 "
    "and a bag of kindling at £6.20 — what does he pay after the discount?",
    _coal_order * (1 - pct(10)),
)
calc(
    BINS,
    "Weekly wage bill for one bin crew: three loaders on £13.85 an hour and a driver on £16.40 "
    "an hour, 8-hour shifts, five days a week?",
    (3 * dec("13.85") + dec("16.40")) * 8 * 5,
)
calc(
    BUTLER,
    "For Saturday's dinner for fourteen, the wine allowance is £18.50 a head, flowers £220, and "
    "four extra staff at £95 each. What should the estate office budget in total?",
    14 * dec("18.50") + 220 + 4 * 95,
)
calc(
    DEBT,
    "Pro rata offer: my client's debts total £4,830 and she can pay £210 a month, shared in "
    "proportion. The catalogue company is owed £1,150 - how much do they get each month?",
    F(1150, 4830) * 210,
)
_debt_surplus = 1642 - dec("1387.50")
assert (3054 / _debt_surplus).denominator == 1
calc(
    DEBT,
    "Income £1,642 a month, essential outgoings £1,387.50. If every penny of the surplus goes to "
    "a £3,054 overdraft, how many monthly payments will clear it?",
    3054 / _debt_surplus,
)
calc(
    FORENSIC,
    "fee note: 6.5 hrs lab examination @ £165/hr, half-day court attendance £240, mileage 112 "
    "miles @ 45p. total?",
    dec("6.5") * 165 + 240 + 112 * dec("0.45"),
)
calc(
    ILLUS,
    "Picture book deal: 14 spreads at £290 each plus £650 for the cover, paid in three equal "
    "instalments. How much is the first instalment?",
    F(14 * 290 + 650, 3),
)
calc(
    GRAIN,
    "Drying charge at the store is £4.20 a tonne for each percentage point of moisture over "
    "14.5%. A member brings in 84.5 tonnes at 15.8% — what's the drying bill?",
    (dec("15.8") - dec("14.5")) * dec("4.20") * dec("84.5"),
)
calc(
    HOSIERY,
    "Each machine knits 96 pairs a shift. We run 11 machines, two shifts a day, five days a "
    "week, and 5% of pairs come off as seconds. How many first-quality pairs a week?",
    96 * 11 * 2 * 5 * (1 - pct(5)),
)
calc(
    JUDO,
    "Club money each month: 18 adults at £32 and 41 juniors at £21, minus £480 for the hall "
    "and mats. What's left over?",
    18 * 32 + 41 * 21 - 480,
)
calc(
    HYDRO,
    "Over the year the turbine generated 182,400 kWh. Generation tariff is 22.7p per kWh on all "
    "of it and export is 5.5p per kWh on half of it (deemed). Total income in pounds?",
    182400 * dec("0.227") + F(182400, 2) * dec("0.055"),
)
calc(
    MTB,
    "family day out at the trail centre: 2 adult trail passes at £9 (kids ride free), 2 adult "
    "hire bikes at £45 and 3 kids' bikes at £28. total?",
    2 * 9 + 2 * 45 + 3 * 28,
)
calc(
    CLOAK,
    "Saturday: 612 items checked in at £2.50 each, and three staff on £11.90 an hour for 7 "
    "hours. What did the cloakroom make after wages?",
    612 * dec("2.50") - 3 * dec("11.90") * 7,
)
calc(
    CLOAK,
    "took £1,337.50 on the cloakroom last night at £2.50 an item - how many items was that",
    dec("1337.50") / dec("2.50"),
)
calc(
    BOOKIE,
    "£20 to win at 9/4 — what's the total return, stake included?",
    20 + 20 * F(9, 4),
)
calc(
    BOOKIE,
    "£10 each way at 12-1, each-way terms a quarter the odds. The horse finishes third, so only "
    "the place half wins. How much do I hand back to the punter?",
    10 + 10 * F(12, 4),
)
calc(
    PALLETS,
    "This week we bought 445 broken pallets at £1.20 each, repaired 430 of them at £2.35 a time "
    "(the other 15 were scrap) and sold all 430 at £6.50. Profit?",
    430 * dec("6.50") - 445 * dec("1.20") - 430 * dec("2.35"),
)
calc(
    LOSTPROP,
    "Collection fee for lost property is £3 handling plus £1.50 for every day we've held the "
    "item beyond the first seven. An umbrella held 19 days — what does the owner pay?",
    3 + (19 - 7) * dec("1.50"),
)
calc(
    SOIL,
    "A farm sends 24 soil samples for the standard test at £18.50 each; 9 of them also get the "
    "heavy-metals add-on at £32. Orders of 20 or more samples get 15% off. What's the invoice?",
    (24 * dec("18.50") + 9 * 32) * (1 - pct(15)),
)
calc(
    STEEL,
    "Four 6 m lengths of flat bar at £3.85 a metre, 14 cuts at 60p each, plus 20% VAT — total?",
    (4 * 6 * dec("3.85") + 14 * dec("0.60")) * (1 + pct(20)),
)
calc(
    TOLL,
    "Tuesday's crossings: 3,412 cars at £1.20, 586 vans at £2.40 and 143 HGVs at £6.80. Total "
    "tolls taken?",
    3412 * dec("1.20") + 586 * dec("2.40") + 143 * dec("6.80"),
)
calc(
    TOLL,
    "A commuter tag gives 40 crossings for £36; cash is £1.20 a crossing. How many pence does "
    "the tag save per crossing?",
    (40 * dec("1.20") - 36) / 40 * 100,
)
calc(
    TINT,
    "Fleet job: rear tints on six vans at £129 each and full tints on two cars at £189, less a "
    "12.5% fleet discount. Total?",
    (6 * 129 + 2 * 189) * (1 - pct("12.5")),
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


# set 64's own unit constants (SI prefixes; 1 ha = 10^4 m^2; 1 L = 10^-3 m^3; 1 kWh = 3.6 MJ)
MM = F(1, 1000)  # m
CM = F(1, 100)  # m
KM = F(1000)  # m
G = F(1, 1000)  # kg
HA = F(10**4)  # m^2
LITRE = F(1, 1000)  # m^3
MJ = F(10**6)  # J
KWH = 1000 * 3600  # J
FURLONG = 220 * YD  # m

assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592") and KWH == 36 * MJ / 10
assert ACRE / HA == dec("0.40468564224") and FURLONG * 8 == MI and 100 * IN == dec("2.54")
assert KMH * 36 == 10 and abs(MPH - dec("0.44704")) == 0

# ---------------------------------------------------------------- unit one-liners
unit_r(P, "what is 38.5 km in miles", dec("38.5") * KM / MI)
unit(P, "how many centimetres is 7 ft 4 in", (7 * FT + 4 * IN) / CM, EXACT)
unit(P, "104.9 °F to Celsius", f_to_c(dec("104.9")), EXACT)
unit(P, "minus 12 degrees C in Fahrenheit?", c_to_f(-12), EXACT)
unit(P, "how many MiB in 6.25 GiB", dec("6.25") * GIB / MIB, EXACT)
unit_r(P, "13 st 2 lb in kilograms", 13 * STONE + 2 * LB)
unit_r(P, "65 square metres in square feet", 65 / SQFT)
unit_r(P, "convert 36.4 acres to hectares", dec("36.4") * ACRE / HA)
unit_r(P, "what's 95 km/h in mph?", 95 * KMH / MPH)
unit(P, "0.6 cubic metres is how many litres", dec("0.6") / LITRE, EXACT)
unit_r(P, "30 psi in bar", 30 * PSI / BAR)
unit(P, "1 mile 300 yards in metres", MI + 300 * YD, EXACT)
unit(P, "54 MJ = ? kWh", 54 * MJ / KWH, EXACT)
unit_r(P, "2.5 kg in ounces", dec("2.5") / OZ)

# ---------------------------------------------------------------- unit word problems
unit(
    NOISE,
    "The microphone has to sit 4 ft 6 in off the ground on this job. What's that in centimetres?",
    (4 * FT + 6 * IN) / CM,
    EXACT,
)
unit_r(
    BATS,
    "We walked the 3.6 km transect in 1 h 30 min. Average walking speed in mph?",
    dec("3.6") * KM / (F(3, 2) * 3600) / MPH,
)
unit_r(
    RINGING,
    "312 birds caught at the weekend, averaging 21.5 g each — total weight in pounds?",
    312 * dec("21.5") * G / LB,
)
unit_r(
    BRAILLE,
    "Braille paper sheets are 11 by 11.5 inches. Area of one sheet in square centimetres?",
    11 * dec("11.5") * IN * IN / (CM * CM),
)
unit(BRICKS, "kiln's at 1060 °C for the soak — fahrenheit please", c_to_f(1060), EXACT)
unit_r(
    BRICKS,
    "In cubic inches, what's the volume of a brick measuring 215 mm by 102.5 mm by 65 mm?",
    215 * MM * dec("102.5") * MM * 65 * MM / IN**3,
)
unit_r(BUSKER, "my amp and battery together weigh 14.2 kg, how many lb is that", dec("14.2") / LB)
unit_r(
    COAL,
    "Old Mr Dunn still thinks in stones. Two 25 kg bags of coal weigh how many stone?",
    2 * 25 / STONE,
)
unit_r(BINS, "A 240 litre wheelie bin holds how many cubic feet?", 240 * LITRE / CUFT)
unit(BUTLER, "The dining table is 16 ft 3 in long. Metres?", 16 * FT + 3 * IN, EXACT)
unit(
    DEBT,
    "Client's yearly electricity use is 3,240 kWh but the old statement quotes megajoules. "
    "Convert 3,240 kWh to MJ.",
    3240 * KWH / MJ,
    EXACT,
)
unit_r(
    FORENSIC,
    "The pen stroke measures 0.35 mm wide. The American paper I'm citing uses thousandths of "
    "an inch — what's the width in those?",
    dec("0.35") * MM / (IN / 1000),
)
unit_r(ILLUS, "publisher's trim is 250 mm square. what's each side in inches?", 250 * MM / IN)
unit_r(
    GRAIN,
    "Floor of the new grain shed: 42 m by 18 m. In square feet that is …?",
    42 * 18 / SQFT,
)
unit_r(
    GRAIN,
    "Specific weight came out at 78 kg per hectolitre. Express it in pounds per cubic foot.",
    78 / (100 * LITRE) * CUFT / LB,
)
unit_r(
    HOSIERY,
    "Our sock yarn runs 420 m per 100 g. How many yards per ounce is that?",
    (420 / YD) / (100 * G) * OZ,
)
unit_r(
    JUDO,
    "Competition area is 64 tatami, each 2 m by 1 m. How many square feet of mat is that?",
    64 * 2 * 1 / SQFT,
)
unit_r(HYDRO, "Design flow 350 litres a second: in cubic feet per second?", 350 * LITRE / CUFT)
unit(
    HYDRO,
    "45 kW flat out for 24 hours — how many megajoules is that?",
    45 * 24 * KWH / MJ,
    EXACT,
)
unit(
    MTB,
    "The blue trail drops 1,150 ft from the top to the car park. How many metres of descent?",
    1150 * FT,
    EXACT,
)
unit_r(MTB, "top speed on the downhill was 28 mph, which is what in km/h", 28 * MPH / KMH)
unit(
    CLOAK,
    "Management wants the cloakroom kept at 68°F — what do I set the Celsius thermostat to?",
    f_to_c(68),
    EXACT,
)
unit(
    BOOKIE,
    "The novice chase is over 2 miles 4 furlongs. Taking a furlong as 220 yards, how many "
    "metres is the trip?",
    2 * MI + 4 * FURLONG,
    EXACT,
)
unit_r(PALLETS, "A UK pallet is 1200 mm by 1000 mm — footprint in sq ft?", dec("1.2") / SQFT)
unit_r(
    LOSTPROP,
    "The owner of a found umbrella describes it in inches; ours measures 95 cm closed. What's "
    "95 cm in inches?",
    95 * CM / IN,
)
unit_r(
    SOIL,
    "Lime recommendation is 2,500 kg per hectare but the farmer works in acres — how many kg "
    "per acre?",
    2500 * ACRE / HA,
)
unit(SOIL, "Samples dry overnight at 105 degrees Celsius. In Fahrenheit?", c_to_f(105), EXACT)
unit(STEEL, "An 8 ft by 4 ft sheet: how long is the 8 ft side in mm?", 8 * FT / MM, EXACT)
unit_r(
    STEEL,
    "Mild steel is 7,850 kg per cubic metre. What's that in lb per cubic foot?",
    7850 * CUFT / LB,
)
unit(
    TOLL,
    "Our bridge's main span is 1,320 ft. Put that in metres for the new sign.",
    1320 * FT,
    EXACT,
)
unit_r(
    TINT,
    "A roll of film is 60 inches wide and 100 feet long. How many square metres does it cover?",
    60 * IN * 100 * FT,
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


# ---------------------------------------------------------------- date one-liners
date_item(P, "What day of the week is 17 August 2033?", weekday(D(2033, 8, 17)))
date_item(P, "date 90 days after 14 November 2029", D(2029, 11, 14) + TD(days=90))
date_item(
    P,
    "how many days between 3 March 2031 and 19 October 2031",
    days(D(2031, 3, 3), D(2031, 10, 19)),
)
date_item(P, "minutes from 22:45 to 06:10 the next morning", clock_span("22:45", "06:10", 60))
date_item(P, "What date is 6 weeks before 2 May 2034?", D(2034, 5, 2) - TD(weeks=6))
date_item(P, "1 January 2040 falls on which weekday?", weekday(D(2040, 1, 1)))
date_item(P, "second Wednesday of September 2032", nth_weekday(2032, 9, WED, 2))
date_item(P, "last Friday in June 2035?", nth_weekday(2035, 6, FRI, -1))
date_item(
    P,
    "someone born 12 July 1987 — how old on 30 June 2051?",
    age(D(1987, 7, 12), D(2051, 6, 30)),
)
date_item(P, "hours from 07:20 to 19:05", clock_span("07:20", "19:05", 3600))
date_item(
    P,
    "how many weeks between 7 February 2033 and 16 May 2033?",
    weeks(D(2033, 2, 7), D(2033, 5, 16)),
)
date_item(P, "1000 days after 1 April 2030", D(2030, 4, 1) + TD(days=1000))
date_item(
    P,
    "number of days from 25 December 2036 to 14 February 2037",
    days(D(2036, 12, 25), D(2037, 2, 14)),
)
date_item(P, "250 days before 1 March 2033?", D(2033, 3, 1) - TD(days=250))

# ---------------------------------------------------------------- date word problems
date_item(
    NOISE,
    "We set the noise logger going on 11 March 2030 and we're back to collect it 21 days later. "
    "What date's the pickup?",
    D(2030, 3, 11) + TD(days=21),
)
date_item(
    BATS,
    "First emergence survey was 14 May 2031; the second is booked exactly 23 days after. Date of "
    "the second one?",
    D(2031, 5, 14) + TD(days=23),
)
date_item(
    BATS,
    "how many days from the hibernation check on 2 November 2030 to the follow-up on 21 "
    "February 2031?",
    days(D(2030, 11, 2), D(2031, 2, 21)),
)
date_item(
    RINGING,
    "A chiffchaff we ringed on 6 June 2028 was retrapped on 19 April 2031. How many days from "
    "ringing to retrap?",
    days(D(2028, 6, 6), D(2031, 4, 19)),
)
date_item(
    RINGING,
    "The autumn training day is the first Saturday in October 2031 — which date is that?",
    nth_weekday(2031, 10, SAT, 1),
)
_braille_in = D(2031, 9, 8)
date_item(
    BRAILLE,
    f"Order came in on {sayw(_braille_in)} and we promised it 18 days later. What's the due date?",
    _braille_in + TD(days=18),
)
date_item(
    BRICKS,
    "Burners lit at 06:30 and the firing finished at 21:15 the same day — how long in hours?",
    clock_span("06:30", "21:15", 3600),
)
date_item(
    BUSKER,
    "played from 11:40 till 16:25, how many minutes is that",
    clock_span("11:40", "16:25", 60),
)
date_item(
    COAL,
    "We deliver to the farm every 10 days. Counting the first drop on 3 January 2032 as "
    "delivery one, what's the date of the sixth delivery?",
    D(2032, 1, 3) + TD(days=10 * 5),
)
date_item(
    BINS,
    "Garden waste subscriptions start on 1 March 2030 and run for 40 weeks. What date does that "
    "take us to?",
    D(2030, 3, 1) + TD(weeks=40),
)
date_item(
    BUTLER,
    "Lord and Lady Ashcombe married on 15 June 2006. What day of the week does their "
    "anniversary fall on in 2031?",
    weekday(D(2031, 6, 15)),
)
date_item(
    DEBT,
    "The judgment was dated 19 November 2030 and the client has to pay 30 days after that. "
    "What's the deadline date?",
    D(2030, 11, 19) + TD(days=30),
)
date_item(
    FORENSIC,
    "The will is dated 3 September 1998 and I examined it on 20 January 2031. How many days "
    "from the date on the will to my examination?",
    days(D(1998, 9, 3), D(2031, 1, 20)),
)
_forensic_in = D(2031, 8, 7)
date_item(
    FORENSIC,
    f"Instructed on {sayw(_forensic_in)}; the report is due 45 days later. Due date?",
    _forensic_in + TD(days=45),
)
date_item(
    ILLUS,
    "Kick-off call was 27 October 2031 and final art is due 12 weeks after. Which date is that?",
    D(2031, 10, 27) + TD(weeks=12),
)
date_item(
    ILLUS,
    "The book launch is on 4 March 2033 — what weekday is that?",
    weekday(D(2033, 3, 4)),
)
date_item(
    GRAIN,
    "Intake opened on 28 July 2031 and closed on 17 September 2031. How many days from opening "
    "to closing?",
    days(D(2031, 7, 28), D(2031, 9, 17)),
)
date_item(
    HOSIERY,
    "Night shift runs from 21:30 to 05:45 the following morning. How many hours is that?",
    clock_span("21:30", "05:45", 3600),
)
date_item(
    JUDO,
    "The kyu grading is on the third Sunday of November 2031 — what's the date?",
    nth_weekday(2031, 11, SUN, 3),
)
date_item(
    JUDO,
    "Junior born 23 April 2019 — how old will she be at the competition on 14 February 2032?",
    age(D(2019, 4, 23), D(2032, 2, 14)),
)
date_item(
    HYDRO,
    "Our abstraction licence runs out on 31 March 2041. Counting from 15 October 2033, how many "
    "days is that?",
    days(D(2033, 10, 15), D(2041, 3, 31)),
)
date_item(
    MTB,
    "The red route shuts for rebuilding on 6 January 2031 for 9 weeks. What date does it reopen?",
    D(2031, 1, 6) + TD(weeks=9),
)
date_item(
    CLOAK,
    "Cloakroom opened at 21:00 and the last coat went out at 03:35 in the morning — how many "
    "minutes was it open?",
    clock_span("21:00", "03:35", 60),
)
date_item(
    BOOKIE,
    "Our next evening fixture is the second Saturday of May 2032. Date?",
    nth_weekday(2032, 5, SAT, 2),
)
date_item(
    PALLETS,
    "heat treatment certificate issued 3 june 2031, we re-treat 180 days after that. date?",
    D(2031, 6, 3) + TD(days=180),
)
_lost_in = D(2031, 12, 5)
date_item(
    LOSTPROP,
    f"Bag handed in on {sayw(_lost_in)}. Unclaimed items go to auction 90 days after hand-in — "
    "what date is that?",
    _lost_in + TD(days=90),
)
date_item(
    LOSTPROP,
    "A violin was handed in on 18 May 2031 and collected on 2 August 2031. How many days did we "
    "have it?",
    days(D(2031, 5, 18), D(2031, 8, 2)),
)
date_item(
    SOIL,
    "The lab's open day is the last Thursday of February 2032 — which date?",
    nth_weekday(2032, 2, THU, -1),
)
date_item(
    STEEL,
    "Ordered on 29 January 2031 with a 6-week lead time — when should it arrive?",
    D(2031, 1, 29) + TD(weeks=6),
)
date_item(
    TOLL,
    "The booth opens at 05:45 and shuts at 23:10. How many minutes is it staffed each day?",
    clock_span("05:45", "23:10", 60),
)
_tint_on = D(2031, 9, 10)
date_item(
    TINT,
    f"Tinted on {sayw(_tint_on)}; the film needs 21 days to cure fully. On what date is it cured?",
    _tint_on + TD(days=21),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- ordinary negatives
ORDINARY = {
    NOISE: (
        (
            "What's the difference between LAeq and LAmax when writing up a noise survey for a "
            "planning application?"
        ),
        (
            "Draft a polite note to a neighbour explaining we'll be leaving a noise "
            "logger in their back garden for a week."
        ),
        "why is A-weighting used for environmental noise rather than the raw sound pressure level?",
        (
            "Is a class 1 sound level meter worth the money for pub licensing work, "
            "or will class 2 do?"
        ),
    ),
    BATS: (
        "Can I still do a bat emergence survey if it's drizzly and only 9 degrees out?",
        (
            "explain the difference between a soprano and a common pipistrelle for a client who's "
            "never heard of either"
        ),
        (
            "What does a preliminary roost assessment actually involve, in plain English for a "
            "homeowner?"
        ),
        (
            "Write a short toolbox talk on ladder safety for surveyors checking loft voids for "
            "droppings."
        ),
    ),
    RINGING: (
        "How do I tell a first-winter robin from an adult in the hand?",
        "What's the gentlest way to extract a bird that's badly tangled in a mist net?",
        "Write a friendly paragraph for our newsletter about what happens to ring recovery data.",
        "Should trainees be allowed to ring on their own before they get their C permit?",
    ),
    BRAILLE: (
        "What's the actual difference between grade 1 and grade 2 braille for a new reader?",
        (
            "How should we transcribe a bar chart for a blind student — describe it in "
            "words or make a tactile graphic?"
        ),
        (
            "Suggest a tactful way to tell a publisher their PDF isn't "
            "accessible enough to transcribe quickly."
        ),
        "Do UK schools use Unified English Braille for maths now, or the older code?",
    ),
    BRICKS: (
        "Why do some bricks come out of the kiln with dark flashed ends?",
        "what causes lime blowing in clay bricks and how do we stop it",
        "Write a short safety briefing for new starters working near the tunnel kiln.",
        "Is it better to set the green bricks on edge or flat for an even firing?",
    ),
    BUSKER: (
        "Do I need a licence to busk in most UK city centres, and who do I ask?",
        "What kind of songs draw a crowd on a cold Saturday morning in a shopping street?",
        "How do I deal politely with a shopkeeper who keeps complaining about my amp?",
        "write a short bio i can put on a sign by my guitar case with a QR code for tips",
    ),
    COAL: (
        "What's the difference between anthracite and smokeless ovoids for a multi-fuel stove?",
        "Can customers in a smoke control area still burn house coal on an open fire?",
        "Write a short note for customers explaining why our prices have gone up this winter.",
        "how should we stack coal bags on the wagon so they don't shift on bends",
    ),
    BINS: (
        "What should the crew do if a bin looks like it's full of clinical waste?",
        "Write a polite sticker message for bins we've left behind because of contamination.",
        "Why does the lid have to be fully closed for the lift to take the bin?",
        "How do we handle a resident who says we keep missing their assisted collection?",
    ),
    BUTLER: (
        "What's the correct way to lay a table for a formal dinner of five courses?",
        "How should I address a visiting bishop when announcing dinner?",
        "Write a note to the housekeeper about polishing the silver before the shoot weekend.",
        "which side do you serve from and which do you clear from at a formal dinner",
    ),
    DEBT: (
        "What's the difference between a debt relief order and an IVA?",
        "Which debts count as priority debts, and why should a client deal with them first?",
        "Help me write a letter asking a creditor to freeze interest while we put a plan together.",
        "How do I explain to a frightened client what bailiffs can and can't take?",
    ),
    FORENSIC: (
        "What signs suggest a signature was traced rather than written freely?",
        "Explain how ESDA reveals indented writing, in words a jury would follow.",
        "Draft the opening paragraph of an expert report on a disputed signature on a will.",
        "Can you tell how old ink is just from its colour?",
    ),
    ILLUS: (
        "how should i price a book cover when the publisher wants world rights in all formats",
        "What's a reasonable number of revision rounds to include in a picture book contract?",
        "Suggest a colour palette for a bedtime story about an owl who can't sleep.",
        "Write a firm but friendly email chasing a publisher whose payment is well overdue.",
    ),
    GRAIN: (
        "Why does wheat heat up in store, and how do we spot a hot spot early?",
        "What's the difference between feed wheat and milling wheat specifications?",
        "Write a notice to members about the new sampling procedure at intake.",
        "how worried should we be about saw-toothed grain beetles in the bins",
    ),
    HOSIERY: (
        "What's the difference between a hand-linked toe and a machine-closed toe on socks?",
        "why would a sock machine suddenly start dropping stitches on one needle",
        "Suggest some names for a range of bamboo walking socks.",
        "What yarn blend would you recommend for hard-wearing work socks?",
    ),
    JUDO: (
        "How do I explain to a parent why their child didn't pass the grading?",
        "What's the difference between ippon and waza-ari under the current rules?",
        "Write a short welcome message for new members joining the beginners' class.",
        "Is it safe to teach strangles to under-16s, and what do the rules say?",
    ),
    HYDRO: (
        "Turgo or crossflow turbine for a low-head site — which would you pick and why?",
        "How do we stop autumn leaves blocking the intake screen?",
        "Write a short update for shareholders about the dry summer and lower output.",
        "Would raising the weir mean we need to change our abstraction licence?",
    ),
    MTB: (
        "What's the difference between a red and a black graded trail?",
        "How should we rebuild a berm that's washed out after heavy rain?",
        "Write a sign asking riders to stay off the trails while they're closed for repairs.",
        "What should our trail patrol carry in their first aid kit?",
    ),
    CLOAK: (
        "What do we do if someone's lost their ticket but can describe the coat in detail?",
        "How should we deal with coats still on the rail at closing time?",
        "Write a short sign saying we're not responsible for valuables left in pockets.",
        "Is it legal to make the cloakroom compulsory and charge for it?",
    ),
    BOOKIE: (
        "What does betting 'without the favourite' mean?",
        "How do rule 4 deductions work when a horse is withdrawn at the start?",
        "Explain what an overround is to a new clerk on the pitch.",
        "Write a sign for the pitch saying we don't take bets from anyone under 18.",
    ),
    PALLETS: (
        "What does the HT stamp on a wooden pallet mean?",
        "How can you tell a Euro pallet from a standard UK pallet at a glance?",
        "Can we repair and sell on pallets painted blue, or do they belong to someone?",
        "Write an advert for our used pallets for a local buy-and-sell page.",
    ),
    LOSTPROP: (
        "What ID should we ask for before handing back a lost phone?",
        "What do we do with perishable food left on a train?",
        "Write a friendly email telling someone their bag has been found.",
        "Can we legally sell unclaimed items, and what happens to the money?",
    ),
    SOIL: (
        "What's the difference between CEC and base saturation on a soil report?",
        "Explain to a farmer why their pH is still low even though they limed two seasons ago.",
        "Should field samples be taken in a W pattern or on a grid?",
        "Write a short cover note to go with a soil report for a new allotment client.",
    ),
    STEEL: (
        "What's the difference between bright bar and black mild steel bar?",
        "Is S355 worth the extra over S275 for a small lintel job?",
        "Write a short covering email to go with a quotation for a fabricator.",
        "Why does galvanised steel sometimes come back with a dull grey patchy finish?",
    ),
    TOLL: (
        "How should we handle a driver who says they've no way to pay the toll?",
        "Write a sign explaining that motorbikes will pay the car rate from next month.",
        "What's the best way to keep the booth warm without the window fogging up?",
        "Why do some toll bridges only charge in one direction?",
    ),
    TINT: (
        "What's the legal limit for tint on front side windows in the UK?",
        "Why does fresh tint look hazy with little water bubbles for a few days?",
        "How do I explain to a customer why we won't tint their windscreen?",
        "Write a short aftercare card telling customers to keep the windows up for a few days.",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
assert all(len(qs) == 4 for qs in ORDINARY.values())
for _reg, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_reg, _q)


# ---------------------------------------------------------------- near-positive negatives
NEAR = (
    (
        "near-exchange-rate",
        "how many euros will I get for £340 at the airport?",
        "needs a current exchange rate (and the bureau's margin), not given",
    ),
    (
        "near-share-price",
        "What are 250 Rolls-Royce shares worth at the moment?",
        "needs a live share price",
    ),
    (
        "near-central-bank-rate",
        "If the Bank of England puts rates up by a quarter point, what's my tracker rate then?",
        "needs the current base rate and the tracker's margin",
    ),
    (
        "near-loan-missing-terms",
        "What would the monthly repayment be on a £14,500 loan for a van?",
        "no interest rate or term is given",
    ),
    (
        "near-gallon",
        "The stove tank holds 11 gallons of kerosene — how many litres is that?",
        "gallon is contested (imperial or US)",
    ),
    (
        "near-cup",
        "convert 3 cups of plain flour to grams",
        "cup is contested, and flour density is needed",
    ),
    (
        "near-ton",
        "How many kilograms are in 4 tons of coal?",
        "ton is contested (long, short or metric)",
    ),
    (
        "near-mpg",
        "What's 47 mpg in litres per 100 km?",
        "mpg is contested (imperial or US gallons)",
    ),
    (
        "near-horsepower",
        "My quad bike is 38 horsepower; what's that in kW?",
        "horsepower is contested (mechanical, metric, electrical)",
    ),
    (
        "near-fluid-ounce",
        "how many ml in a 16 fl oz bottle",
        "fluid ounce is contested (imperial or US)",
    ),
    (
        "near-barrel",
        "How many litres are in 30 barrels?",
        "barrel is contested (oil, beer, US or UK)",
    ),
    (
        "near-hundredweight",
        "Grandad's old scales say 3 cwt — how many kg is that?",
        "hundredweight is contested (long or short)",
    ),
    (
        "near-kilobyte",
        "How many bytes is a 720 kB floppy image?",
        "kB is contested (1000 or 1024 bytes)",
    ),
    (
        "near-knot",
        "The forecast says gusts of 38 knots on the bridge — what's that in mph?",
        "knots are left out of positives as contested",
    ),
    (
        "near-light-year",
        "A star 6.5 light-years away is how many kilometres off?",
        "light-year is contested (Julian or other year)",
    ),
    (
        "near-gold-ounce",
        "How many grams are in 5 ounces of gold?",
        "troy or avoirdupois ounce is unstated",
    ),
    (
        "near-calories",
        "How many calories do I burn cycling 25 km?",
        "needs body weight, effort and an estimate model",
    ),
    (
        "near-dog-years",
        "My collie is 9 — how old is that in dog years?",
        "dog years are a contested convention",
    ),
    (
        "near-age-now",
        "How old am I if I was born on 2 October 1984?",
        "depends on the current date",
    ),
    (
        "near-days-until",
        "How many days left till Burns Night?",
        "depends on the current date",
    ),
    (
        "near-coming-weekday",
        "What's the date on Thursday week?",
        "depends on the current date",
    ),
    (
        "near-lunisolar",
        "What date does Chinese New Year fall on in 2034?",
        "lunisolar calendar; needs calendar knowledge",
    ),
    (
        "near-easter",
        "What's the date of Good Friday in 2035?",
        "depends on the Easter computus (Western or Orthodox)",
    ),
    (
        "near-working-days",
        "How many working days from 19 December 2031 to 5 January 2032?",
        "working days depend on bank holidays and the working week",
    ),
    (
        "near-bank-holiday",
        "Is 2 January 2035 a bank holiday?",
        "differs between Scotland and the rest of the UK",
    ),
    (
        "near-month-end",
        "What date is one month after 31 May 2031?",
        "month arithmetic from the 31st is contested",
    ),
    (
        "near-leap-year-after",
        "What's the date one year after 29 February 2036?",
        "a year after a leap day is contested (28 February or 1 March)",
    ),
    (
        "near-numeric-dates",
        "How many days from 02/03/2031 to 04/05/2031?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-time-zone",
        "If it's 8 in the evening in Manchester, what time is it in Vancouver?",
        "time zones and summer time",
    ),
    (
        "near-clocks-change",
        "What date do the clocks go forward in 2033?",
        "summer time rules, not computable from the text",
    ),
    (
        "near-isbn",
        "What does the 979 at the start of an ISBN tell you?",
        "identifier that looks like a number",
    ),
    (
        "near-postcode",
        "Which part of town is the postcode BS8 4?",
        "identifier that looks like a number",
    ),
    (
        "near-ip-address",
        "Is 172.20.14.3 a private IP address?",
        "identifier that looks like a number",
    ),
    (
        "near-software-version",
        "Is release 2.12 newer than 2.9?",
        "software versions are not decimals",
    ),
    (
        "near-formation",
        "What does 3-5-2 mean for a football team?",
        "a formation, not a subtraction",
    ),
    (
        "near-chess",
        "In chess notation what does 1.d4 Nf6 2.c4 mean?",
        "chess notation, not arithmetic",
    ),
    (
        "near-paper-size",
        "What are the dimensions of A3 paper in millimetres?",
        "a paper-size fact, not given in the text",
    ),
    (
        "near-nominal-timber",
        "How wide is a 4x2 really, in mm?",
        "nominal timber size",
    ),
    (
        "near-code",
        "What does 0.1 + 0.2 == 0.3 give in JavaScript, and why?",
        "code semantics (floating point)",
    ),
    (
        "near-world-fact",
        "What's the length of the River Severn in miles?",
        "world fact needed",
    ),
    (
        "near-tax-rule",
        "How much income tax would I pay on a £41,000 salary?",
        "tax bands and allowances not given",
    ),
    (
        "near-dosing",
        "How much ibuprofen can I give my 14 kg toddler?",
        "dosing; needs medical guidance",
    ),
    (
        "near-shoe-size",
        "What's a UK size 8 in EU shoe sizes?",
        "size chart, not an exact conversion",
    ),
    (
        "near-gas-mark",
        "Recipe says gas mark 4 — what's that in Celsius?",
        "oven convention, not an exact conversion",
    ),
    (
        "near-estimate",
        "Roughly how many bricks go into a three-bed semi?",
        "an estimate, no figures given",
    ),
    (
        "near-lottery-odds",
        "What are the chances of winning the EuroMillions jackpot?",
        "needs the game's current rules",
    ),
    (
        "near-missing-prevalence",
        "A test is 98% accurate and I tested positive. What's the chance I actually have it?",
        "prevalence missing",
    ),
    (
        "near-missing-area",
        "How many tins of paint do I need for the kitchen?",
        "no area or coverage given",
    ),
    (
        "near-translation",
        "How do you say sixty-three in Welsh?",
        "translation",
    ),
    (
        "near-title-number",
        "Who sang '19th Nervous Breakdown'?",
        "a number in a title",
    ),
    (
        "near-opinion",
        "Is 4.2% a decent rate for an easy-access savings account?",
        "an opinion, and market knowledge",
    ),
    (
        "near-implied-multiplication",
        "6 ÷ 2(1+2) = ?",
        "contested reading of implied multiplication",
    ),
    (
        "near-sequence",
        "What comes next: 3, 7, 15, 31, ...?",
        "a sequence guess; more than one rule fits",
    ),
    (
        "near-random",
        "Pick a random number between 1 and 200 for the tombola.",
        "a random choice, no single answer",
    ),
    (
        "near-proof",
        "Show me a proof that the square root of 5 can't be written as a fraction.",
        "a written proof",
    ),
    (
        "near-explanation",
        "Why doesn't a 20% price rise followed by a 20% cut bring you back to the start?",
        "an explanation",
    ),
    (
        "near-letters",
        "How many vowels are in the word 'encyclopaedia'?",
        "letters in a word",
    ),
    (
        "near-forecast",
        "What will UK inflation be in 2032?",
        "a forecast",
    ),
    (
        "near-historical-price",
        "What did a loaf of bread cost in 1971?",
        "a historical price",
    ),
    (
        "near-historical-weekday",
        "The Great Fire of London broke out on 2 September 1666 — which weekday was that?",
        "a historical event in England before the Gregorian calendar",
    ),
    (
        "near-tipping",
        "How much should I tip on a $64 restaurant bill in Chicago?",
        "a tipping custom",
    ),
    (
        "near-postage",
        "How much does it cost to post a large letter second class?",
        "a current postage price",
    ),
    (
        "near-clock-idiom",
        "A German colleague said 'halb drei' — what time does she mean?",
        "a regional time idiom",
    ),
    (
        "near-billion",
        "How many zeros does a billion have?",
        "short or long scale",
    ),
    (
        "near-phone-number",
        "Is 0800 044 3217 free to ring from a mobile?",
        "a phone number, and a tariff rule",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES
assert len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# ---------------------------------------------------------------- conversation negatives
_fundraiser = D(2031, 6, 14)
CONVS = (
    (
        "conv-operator",
        [
            (U, "For this puzzle, a ◇ b means three times a, minus b."),
            (A, "Got it: a ◇ b = 3a − b."),
            (U, "so what's 9 ◇ 4?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-function",
        [
            (U, "Let g(n) be 5n plus 7."),
            (A, "Okay, g(n) = 5n + 7."),
            (U, "What's g(13)?"),
        ],
        "function defined in an earlier turn",
    ),
    (
        "conv-letter-values",
        [
            (
                U,
                (
                    "In our scout code each letter is worth its place in "
                    "the alphabet, A is 1, Z is 26."
                ),
            ),
            (A, "Understood, A = 1 up to Z = 26."),
            (U, "How much is the word HIKE worth?"),
        ],
        "letter values defined in an earlier turn",
    ),
    (
        "conv-name-number",
        [
            (U, "At the yard we call a stack of 22 pallets a 'tower'."),
            (A, "Right, one tower is 22 pallets."),
            (U, "how many pallets in 7 towers and 9 loose ones"),
        ],
        "a name for a number defined in an earlier turn",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Game rule: in my sums, + means subtract and - means add."),
            (A, "Okay, I'll swap them."),
            (U, "40 + 12 - 5 = ?"),
        ],
        "swapped signs set in an earlier turn",
    ),
    (
        "conv-clock-arithmetic",
        [
            (U, "We're doing clock arithmetic on an ordinary 12-hour face today."),
            (A, "Sure, answers wrap round at 12."),
            (U, "What's 10 + 5?"),
        ],
        "clock arithmetic set in an earlier turn",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm in Spain, so I write decimals with a comma."),
            (A, "Noted, a comma is the decimal point."),
            (U, "what's 2,4 times 1,5"),
        ],
        "decimal comma set in an earlier turn",
    ),
    (
        "conv-unit-defined",
        [
            (U, "In the workshop a 'bolt' of tint film means 30 metres."),
            (A, "Okay, one bolt is 30 m."),
            (U, "How many metres of film in 4.5 bolts?"),
        ],
        "a unit defined in an earlier turn",
    ),
    (
        "conv-input-base",
        [
            (U, "All numbers I give you now are binary."),
            (A, "Okay, I'll read them as base 2."),
            (U, "1101 plus 111?"),
        ],
        "input base set in an earlier turn",
    ),
    (
        "conv-output-base-system",
        [
            (S, "Give every numeric answer in hexadecimal."),
            (U, "What's 300 minus 45?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-modular",
        [
            (U, "Let's work modulo 9 for the rest of this."),
            (A, "Okay, everything mod 9."),
            (U, "what's 8 times 7"),
        ],
        "modular arithmetic set in an earlier turn",
    ),
    (
        "conv-slang-amounts",
        [
            (U, "At the track a 'score' is £20 and a 'ton' is £100, right?"),
            (A, "Yes, in bookies' slang."),
            (U, "So what's three tons and a score?"),
        ],
        "slang amounts set in an earlier turn",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All my prices include VAT at 20%."),
            (A, "Okay, prices are VAT-inclusive."),
            (U, "How much VAT is in a £78 tint job?"),
        ],
        "VAT-inclusive pricing convention set earlier",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "Reply in Roman numerals only, please."),
            (A, "Understood."),
            (U, "What's 27 + 18?"),
        ],
        "answer format set in an earlier turn",
    ),
    (
        "conv-persona-system",
        [
            (S, "You are Jeeves, a very formal butler. Stay in character."),
            (U, "How much is 12.5% of 360?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-answer-language",
        [
            (U, "From here on, answer me in Irish Gaelic please."),
            (A, "Cinnte."),
            (U, "what's 64 times 35"),
        ],
        "answer language set in an earlier turn",
    ),
    (
        "conv-verse",
        [
            (U, "Answer everything as a limerick tonight."),
            (A, "There once was a helper who rhymed..."),
            (U, "how many minutes in 4.5 hours"),
        ],
        "verse form set in an earlier turn",
    ),
    (
        "conv-output-format",
        [
            (U, 'Reply only with JSON like {"result": ...}.'),
            (A, '{"result": "ok"}'),
            (U, "Convert 7.5 km to metres."),
        ],
        "output format set in an earlier turn",
    ),
    (
        "conv-rounding",
        [
            (U, "Round every answer to the nearest 50."),
            (A, "Will do."),
            (U, "What's 413 × 6?"),
        ],
        "rounding set in an earlier turn",
    ),
    (
        "conv-precision",
        [
            (U, "Keep every answer to three significant figures, please."),
            (A, "Okay, three significant figures."),
            (U, "and 2,500 divided by 6.4?"),
        ],
        "precision set in an earlier turn",
    ),
    (
        "conv-target-unit",
        [
            (U, "Whatever I ask, give lengths in yards."),
            (A, "Okay, yards it is."),
            (U, "How long is a 400 m track lap?"),
        ],
        "target unit set in an earlier turn",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For the festival budget assume €1 = £0.86."),
            (A, "Got it, €1 = £0.86."),
            (U, "So what's €1,250 in pounds?"),
        ],
        "a fixed currency rate set in an earlier turn",
    ),
    (
        "conv-date-order",
        [
            (U, "I always write dates month first, American style."),
            (A, "Okay, month/day/year."),
            (U, "How many days from 3/4/2032 to 5/2/2032?"),
        ],
        "date order fixed in an earlier turn",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write any dates in words, like 'the fourth of May'."),
            (A, "Understood."),
            (U, "What date is 12 days after 25 April 2032?"),
        ],
        "date wording set in an earlier turn",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Give your answers as fractions, not decimals."),
            (A, "Okay."),
            (U, "What's 0.625 + 0.25?"),
        ],
        "fraction form set in an earlier turn",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my game world a week has six days: Ash, Birch, Cedar, Damson, Elm, Fir."),
            (A, "Lovely, six-day weeks."),
            (U, "If it's Cedar, what day is it 17 days later?"),
        ],
        "an invented calendar defined earlier",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our club's week 1 starts on the first Monday in April."),
            (A, "Okay, so week numbering counts from that Monday."),
            (U, "Which week number is 21 May 2031?"),
        ],
        "a week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "We took £1,480 on the bridge over 8 hours, what's that an hour?"),
            (A, "That's £185 an hour."),
            (U, "sorry, it was over 5 hours, not 8 — redo it"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "The turbine made 14,200 kWh in March and 9,850 kWh in April."),
            (A, "Noted, thanks."),
            (U, "Sum up what I've told you in one sentence."),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-follow-up-explanation",
        [
            (U, "How many 25 kg bags in 1,200 kg of coal?"),
            (A, "48 bags."),
            (U, "Why did you divide rather than multiply?"),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "Samples in today: 37 from Home Farm, 12 from the allotments."),
            (A, "Thanks, logged."),
            (U, "How many did I say came from Home Farm?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread-figures",
        [
            (U, "Coats on the first rail: 118."),
            (A, "Okay."),
            (U, "Second rail: 96."),
            (A, "Okay."),
            (U, "And 73 on the third. Total?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 36 × 14.5?"),
            (A, "522."),
            (U, "Now add 15% to that."),
        ],
        "a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "Busking: £58 on Monday, £31 on Tuesday, £140 on Saturday."),
            (A, "That's £229 in total."),
            (U, "Is it even worth me going out on weekdays?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, f"The dojo fundraiser is on {sayw(_fundraiser)}."),
            (A, "Noted."),
            (U, "Is that a good day for it, or will half the families be away?"),
        ],
        "advice about a date given earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# ---------------------------------------------------------------- set 64's own structure
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = {i["family"] for i in _pos if i["label"] == _label} - {P}
    assert _fams == set(REGISTERS), _label
    _words = sum(1 for i in _pos if i["label"] == _label and i["family"] in REGISTERS)
    assert _words == 31, (_label, _words)
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 25 * 3 + 18 + 100, len(_in_regs)
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")), i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 63
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 63: {reused}"
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
