r"""Generate heldout-2027-02-28.jsonl: an eighty-seventh held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed87/earlier_registers.txt (in full: a `wc -lc` gave 1450 lines and 34084 characters, a
`head -3` showed its first names, then a `tr` turning its newlines into spaces was printed in two
pieces, `head -c 17500` and `tail -c +17400`, which overlap by 101 characters, so nothing was left
out): the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed87/make_heldout_86.py (a `wc -l` gave 2502 lines, as the brief said): lines 1-560 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 843-903 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1103-1187 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1432-1439 (its
negatives section header, neg() and conv()) and 2279-2502 (its stated-weekday check, its checks and
main()). None of set 86's query blocks (561-842, 904-1102, 1188-1431, 1440-2278) was opened or
printed.

The first batch ran one command doing `mkdir -p /tmp/h87`, an `ls -la` of /work/sealed87
(earlier_registers.txt and make_heldout_86.py), a `wc -l` of make_heldout_86.py and
earlier_registers.txt, the copies of the five ranges by `sed -n A,Bp` into /tmp/h87/r1.py, r2.py,
r3.py, r4.py and r5.py (not printed) and a `wc -l` of the copies (560, 61, 85, 8 and 224), and a
second command, the `cat` of grading.py. The next command printed the whole first copy by `cat`;
the display cut lines 164-246 of it (marked as truncated); one command then printed the second to
fifth copies by `cat`, and the next printed lines 160-250 of the first copy by `sed -n 160,250p`,
overlapping the cut on both sides. The display cut nothing else, so all of the allowed ranges were
seen and nothing outside them. The next command ran the `wc -lc`, `head -3` and first `tr` piece of
earlier_registers.txt and the one after it the second piece. Nothing under /work/main was opened or
listed apart from grading.py: nothing under router/, tools/, docs/, server/ or tests/, not
README.md and not pyproject.toml. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). No other /work/sealed* directory was listed.
The earlier generators (sets 1-86) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, `tail`, `sed -n 1,4p` and
`grep` excerpts of its printed summary, a `grep` of ruff.txt for ruff's findings and its --show
listing of ids, expected values and tolerances, picked out by a `grep` and laid out by `column -t`,
were read), no git command was run, no network and no search or fetch tool was used, and neither
the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h87/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), `sort -c` (sorted), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the
chosen trades and their neighbours (tea, air con, clothing, textile, record office, archiv,
genealog, crochet, amigurumi, knit, spray, gate, equine, horse, physio, fantasy, football, extras,
casting, film, forest, harvest, golf, hgv, driv, lorry, home ed, tuition, ironing, laund, led,
video, screen, auto elec, mot, opera, surtitle, subtitle, pottery, ceramic, piling, pile, pool
table, snooker, powder, coating, scrap, suckler, beef, cattle, workwear, ppe and uniform); it
printed the names sharing a word or fragment; those and other names seen in the full reading of the
list that were judged neighbouring trades are listed below. The next command wrote and ran
/tmp/h87/subst.py (a `cat` heredoc, run by the system `python3`): it cut the first copy at the line
that is exactly `from __future__ import annotations` (asserted to be the only such whole line), so
set 86's docstring is not part of this file, and substituted this set's OUT and PREFIX, "sets 1-85"
-> "sets 1-86" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept as they
were), EARLIER (sets 1-86, `range(2, 86)` -> `range(2, 87)`) and REGISTER_CHECK (sets 19-86, adding
make_heldout_86.py), all in the first block, and "sets 19 to 85" -> "sets 19 to 86" in one comment
and one message string of main() in the last block (each substitution asserted to apply once, the
last twice; it printed "ok" for each). It wrote the cut first block and the substituted last block
as c1.py and c5.py (the second to fourth copies are used as copied); the same command ran a `head
-3` of c1.py, a `grep -nE` of c1.py and c5.py for "85", "86", "87" and "19 to" (with the
REGISTER_CHECK lines of sets 19-79 filtered out) and a `tail -2` of c1.py. Then `cat` heredocs
wrote this set's own blocks under /tmp/h87/own/: a_calc.py (money(), the register constants and
REGISTERS, and the calculator items, with a `grep -c` of lines opening with calc( (45), one of
lines holding money( and an `awk` byte-length check, which flagged one line only because its £
signs count as two bytes), b_units.py (unit constants and unit items, with a `grep -cE` of lines
opening a unit call, 45), c_dates.py (date items, with a `grep -c` of its date_item calls, 45),
d_negs.py (the ORDINARY table, with a count of its lists, 25), e_near.py (near-positive negatives,
with a `grep -c` of its near( calls, 65) and f_convs.py (conversations and this set's own
structural asserts, with a `grep -c` of its convo( calls, 35). A further command wrote
/tmp/h87/assemble.py (it builds this file from /tmp/h87/doc.txt, or a one-line placeholder, and the
blocks in order: c1.py, own/a_calc.py, r2.py, own/b_units.py, r3.py, own/c_dates.py, r4.py,
own/d_negs.py, own/e_near.py, own/f_convs.py and c5.py, and prints its line count) and a helper
/tmp/h87/run.sh (it runs assemble.py from /tmp, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing
the latter's output to /tmp/h87/ruff.txt and printing the exit codes and its `tail -3`, then this
generator from /tmp, passing on any arguments, writing its output to /tmp/h87/out.txt, and prints
its exit code and the `tail -6` of it), and ran run.sh. Between runs, inline system `python3`
scripts applying exact replacements (each asserted to apply the expected number of times) made the
edits listed under "Checks that failed along the way". After the run that passed every check,
run.sh with --show (printing to /dev/null) and the listing of ids, expected values and tolerances
(a `grep` of out.txt laid out by `column -t`) were read, a system `python3` count of lines over 99
characters in this file was run and `grep -o -F` counts over the own blocks were taken (money( 31:
its def, its assert, and 29 calls; sayw( 8; clock_span( 4; nth_weekday( 6; weeks( 2; TD(weeks 3;
EXACT 13; unit_r( 32; weekday( 10; age(D 1; whole_up( none); then a `sed -n` of the five over-long
lines and, after the fixes below, one more run and count (none over 99). This docstring was written
last over the placeholder: its source text, /tmp/h87/doc/doc_src.txt, was written by a `cat`
heredoc, and /tmp/h87/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented lines
as they are and asserts that the words are unchanged, that no line exceeds 99 characters, that
every register value is named and that the text holds no three quotes of its own) filled it to 99
columns into /tmp/h87/doc.txt; then run.sh was run again with a count of lines over 99 characters
by a system `python3` one-liner and a `cat` of ruff.txt. Then, in one command, `ruff format
--no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two runs of this
file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf
/tmp/h87`, an `ls` of /tmp/h87 (gone) and an `ls` of /work/sealed87. Writes: only this file and its
JSONL in /work/sealed87/ (earlier_registers.txt and make_heldout_86.py left as they were);
temporary blocks, scripts and output under /tmp/h87/ were deleted afterwards. Nothing was written
into /work/main. Every run of this generator used /work/main/.venv/bin/python. The JSONL's sha256
from the last edit of the items on was
789981a97d91cc0f225ae943fb1233ecfb0c4e8bdfa02addc1f12942c40110b3 (335 lines); the docstring does
not enter the output.

Changes to set 86's main() and checks: only the substitutions listed above (file names, sets 1-86
for the duplicate check, sets 19-86 for the register check). Set 86 lies next to this file in
/work/sealed87, and EARLIER_DIRS and earlier_path() are kept as set 86 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_86.py is found next to this file and, as no other
generator lies here, sets 1-85 in router_heldout) and after this file is copied there. The copied
helpers, unit factors, checks and main() are otherwise set 86's as copied; ruff format may have
changed layout only. All of set 86's checks are kept: counts per kind, ids and prefixes, no
duplicate queries, the wording rules for positives, the answers' consistency (calculator and exact
unit answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat
of an earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: whole_up() (not
used here), weeks() (used twice, by a plain weeks one-liner and the home education exam countdown),
clock_span() (used four times), nth_weekday() (used six times), age() (used once), unit_r() with
close_enough_at_2dp() (used by every rounded unit answer, 32), say() (used only through sayw()),
sayw() (eight calls in seven date items, for stated weekdays), sayus() (not used here), OZ (not
used here), SQYD (not used here), SQFT and CUFT. Added, newly written: money() (asserts whole
pence, with an assert of its own; every calculator money answer passes through it, 29 of them; the
three other register calculator answers are grams of flour, tanks of spray and cubic metres of
concrete), MM, CM, KM, GRAM, LITRE, SQM and HA, with asserts on IN/MM, CM/MM, KM/MI, ACRE/HA, SQFT,
CUFT/LITRE, KMH/KM, GRAM, f_to_c(68), f_to_c(392), c_to_f(-7), c_to_f(96), c_to_f(1050) and
c_to_f(200); the register constants and the REGISTERS tuple (sorted, asserted 25 and distinct); an
assert that the square-root one-liner's radicand is a perfect square; the ORDINARY table and the
near() and convo() helpers with their NEAR and CONVS lists; and this set's own asserts, rewritten
from set 86's docstring's description of them (its code was not seen): the ORDINARY table is keyed
by exactly the REGISTERS, in REGISTERS order, four each; NEAR has 65 entries and CONVS 35, each
with distinct families, all "near-..." and "conv-..." respectively (asserted by the helpers and
after each list); the positive registers of each tool are exactly the REGISTERS, with 31 register
word problems per tool; exactly 18 registers have four positives and 7 have three; the ordinary
negatives are 100, four per register; every negative outside the registers is a near-... or
conv-... family; no positive contains an all-numeric date (NUMERIC_DATE_POS, this set's own
pattern; no positive uses one at all). The date items' weeks() calls assert whole weeks, and
date_item() refuses leap-day results.

Disclosures: the kinds of item and the counts follow set 86's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 86's, copied (P = "plain" is copied too, as the
last line of the first block). Set 86's docstring (within lines 1-560) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen; several of this set's near-positive and
conversation kinds were taken from those lists of generic kinds, newly worded with new figures and
subjects, and some family names echo those kinds (current prices and rates, the current date or
time, missing figures, estimates, judgements, facts, rules and regulations, sizing tables, codes
that look like arithmetic; and for conversations invented units, letter or size codes, a redefined
count word, pricing, scoring and commission rules, a rounding rule, a decimal comma, personas, JSON
output, a reply language, words only, an assumed year, month-first dates, week numbering, a
spreadsheet formula, a fixed currency rate, significant figures, feet and inches only, a corrected
figure, a base for percentages and a reference to the previous answer). No item of set 86 was seen,
so none was reused verbatim. New kinds here (not in set 86's lists as far as its docstring shows):
a regnal year (the 14th year of a monarch), an Old Style year-start date, an American crochet hook
letter-number code, an air conditioner's BTU sizing by rule of thumb, refrigerant names (R32,
R410A), a gate motor duty cycle and an IP rating, a horse's height in hands used as if a weight, a
horse condition score, football formations written like subtractions, a tree volume with height and
form factor missing, golf swing weight codes and a shaft flex chart, drivers' hours rules, licence
category codes, a reading age score, an LED wall viewing distance from pixel pitch, a cable sizing
table, a car fuse code, a parasitic drain verdict, a surtitle reading speed, music catalogue
numbers (BWV, K.) that look like counts, a pyrometric cone, pile capacity in clay, pool table cloth
product numbers, RAL colour codes "subtracted", print and page sizes written like products (6x4 on
12x12), a calving interval verdict, a wormer withdrawal period, an EN 388 glove code, UK to
European shoe sizes and hi-vis classes; and these conversation kinds, not in set 86's lists: a tea
stand serving two guests, a tank mix code with water in hundreds of litres, a crochet round
convention with a starting ring, a block of five prepaid visits, a capped commission, a forwarder
load called a bunk, an LED wall cabinet code like 8x5, a surtitle cue numbering that restarts each
act, a party table code like M2-P1, a cloth cutting allowance ordered in whole metres, and a cow's
days in calf counting the service day as day 1. Some conversations (words only, JSON output, two
personas, significant figures, feet and inches only, a Spanish reply, a spreadsheet formula) end in
a user turn that could be computed alone, or nearly; they are negatives, as in set 86, because the
earlier turn changes what a right answer looks like. Some near-positives depend on current figures
(cream tea prices, textile prices, platform fees, player prices, union rates, timber prices, pass
rates, exam fees, cattle prices) or the current date (the record office's late opening tonight);
they are negatives, with no "now" field. No positive depends on a looked-up figure: every rate,
price, fee and discount is given in the text, so the answer follows from the text alone.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the afternoon tea room next to the cake shop, the tidal causeway cafe, the cat cafe, the
bubble tea shop, the dim sum teahouse kitchen and the village cricket teas; the air conditioning
installer next to the commercial refrigeration engineer, the heat pump installer and the kitchen
extract duct cleaner; the clothing bank collection round next to the hospice shop donation sorting,
the refugee charity warehouse, the household recycling centre and the launderette registers; the
county record office searchroom next to the parish register genealogist, the microfilm scanning
bureau, the magic lantern slide archivist and the museum conservator loan register; the crochet
amigurumi seller next to the knitting pattern designer, the wool spinning guild, the macrame plant
hanger maker and the teddy bear maker; the crop spraying contractor next to the combine harvester
contractor, the hay bale contractor, the lawn treatment round and the pest control van rounds; the
electric gate installer next to the garage door fitter, the garden fence panel installer, the
roller shutter engineer and the burglar alarm installer; the equine physiotherapist rounds next to
the equine dentist rounds, the farriers, the hoof trimmer, the horse livery, the sports massage
therapist and the physio clinic registers (human patients); the fantasy football league
commissioner next to the Sunday league football secretary, the quiz league, the darts leagues and
the esports registers; the film extras casting agency next to the film set location caterer, the
film stunt coordinator, the film festival volunteer desk and the temp recruitment agency desk; the
forestry harvester operator next to the tree surgeon crews, the mobile sawmill operator, the
coppice charcoal burner camp and the Christmas tree plantation yard; the golf club fitting studio
next to the golf club greenkeeper, the driving range, the disc golf course, the crazy golf kiosk
and the racket restringing bench; the HGV driver training school next to the driving instructor
lesson book, the forklift training centre, the motorcycle CBT training school, the long haul
trucker registers and the freight train driver roster; the home education parent next to the
private tuition agency, the forest school leader, the registered childminder and the prison
education tutor; the ironing service round next to the laundrette service wash, the launderette,
the dry cleaners counter and the hotel housekeeping linen room; the LED video wall hire next to the
stage lighting rigger, the trade show stand builder, the photo booth hire, the mobile cinema and
the pop up cinema projectionist; the mobile auto electrician next to the MOT garage service bay,
the mobile tyre fitter van, the roadside recovery truck dispatch, the windscreen repair van and the
EV charge point installer; the opera surtitle operator next to the freelance subtitle translators,
the theatre box office, the orchestra librarian parts desk and the touring chamber choir manager;
the paint-your-own pottery cafe next to the pottery kiln coops, the shared kiln ceramics
collective, the raku pottery kiln shed and the childrens party magician; the piling rig crew next
to the tunnel boring machine crew, the well drilling rig crew, the demolition contractor site
office, the ready mix concrete plant and the structural engineer site visits; the pool table
recovering fitter next to the snooker hall, the upholstery registers and the pinball arcade
restorer; the powder coating line next to the sheet metal fabrication shop, the dry ice blasting
contractor, the enameller and the garage door fitter; the scrapbooking crop night host next to the
quilting guilds, the book club host, the greeting card publisher and the paper marbler (its "crop"
is a scrapbooking session, not a farm crop, and differs from the crop spraying contractor here);
the suckler beef herd farmer next to the outdoor pig unit, the bison ranch, the deer farm venison
sales, the livestock auction mart clerk and the large animal vet rounds; the workwear PPE supplier
next to the school uniform outfitter, the army surplus store, the T-shirt screen printer and the
embroidery machine digitiser; the judgement of "different topic" is this writer's. At the edges of
the allowed ranges: line 560 is P = "plain", 843, 1103 and 1432 are section headers, 2279 opens the
stated-weekday check and 2502 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; four items that the duplicate check reported as exact
repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded, see
below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an
overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn
is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 86 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format but failed ruff check with four ISC004 findings (an implicitly concatenated string inside a
list or tuple without its own parentheses: one ORDINARY question of the tea room and three
conversation turns, the tea pricing, the tank mix code and the powder uplift), and the generator
stopped at date_item()'s leap-day assert (the gelding's surgery date plus six weeks fell on 29
February 2028); an inline script parenthesised the four strings and moved the surgery to 19 January
2028 (answer 1 March 2028). The second run passed ruff and every check up to the duplicate check,
which reported four items by id as repeats of earlier queries or user turns: the plain square-root
one-liner, the plain bar-to-psi and metres-to-yards one-liners and the words-only air conditioning
conversation; an inline script reworded them with the same figures and answers (both user turns of
the conversation were reworded, as the report named only the item), without the earlier queries
being looked at. The third run passed every check, but the count of lines over 99 characters found
five, where ruff format had joined two string pieces into one line (the cloth area of the playing
bed, the searchroom's third Tuesday, the anniversary album, the crochet round convention and the
cloth cutting conversation); an inline script reworded them shorter or split differently, with the
same figures and answers, after which no line exceeds 99 characters. Then, by this writer's own
review and not after a failed check, the 1851 conversation's last turn (a span from 30 March to 6
June, which does not depend on the year) was changed to a span from 20 January to 6 April, which
crosses February and so depends on the assumed year. Every later run passed every check. The
register check, the stated-weekday check, the counts, the gradability checks, this set's own
structural asserts, money()'s asserts and unit_r()'s asserts passed on every run that reached them.

Registers (families), 25, new: afternoon_tea_room, air_conditioning_installer,
clothing_bank_collection_round, county_record_office_searchroom, crochet_amigurumi_seller,
crop_spraying_contractor, electric_gate_installer, equine_physiotherapist_rounds,
fantasy_football_league_commissioner, film_extras_casting_agency, forestry_harvester_operator,
golf_club_fitting_studio, hgv_driver_training_school, home_education_parent, ironing_service_round,
led_video_wall_hire, mobile_auto_electrician, opera_surtitle_operator, paint_your_own_pottery_cafe,
piling_rig_crew, pool_table_recovering_fitter, powder_coating_line, scrapbooking_crop_night_host,
suckler_beef_herd_farmer, workwear_ppe_supplier. Every register is used by all three tools
(asserted); eighteen distinct registers have one further positive (a second calculator word
problem: afternoon_tea_room, crop_spraying_contractor, electric_gate_installer,
fantasy_football_league_commissioner, ironing_service_round, workwear_ppe_supplier; a second unit
word problem: air_conditioning_installer, forestry_harvester_operator, golf_club_fitting_studio,
piling_rig_crew, powder_coating_line, suckler_beef_herd_farmer; a second date word problem:
county_record_office_searchroom, equine_physiotherapist_rounds, film_extras_casting_agency,
home_education_parent, opera_surtitle_operator, scrapbooking_crop_night_host). The seven registers
with three positives are clothing_bank_collection_round, crochet_amigurumi_seller,
hgv_driver_training_school, led_video_wall_hire, mobile_auto_electrician,
paint_your_own_pottery_cafe and pool_table_recovering_fitter. Positives are one-liners (family
"plain") or word problems of one to three sentences, in UK usage with £ and pence, stone and
pounds, feet, inches and miles, and other touches (cream teas and scone batches, a split unit quote
with VAT, textile merchant payments, record office copy charges, amigurumi materials, spraying by
the hectare and tankfuls, a gate job and instalments, physio visits with mileage, a fantasy league
pot and gameweek prizes, an extra's overtime after commission, harvester cubic metres, a driver
fitting, HGV licence costs, a home ed budget, ironing by the item and per hour, LED panel hire, an
auto electrician's bill with VAT, a libretto translation fee, a pottery party, pile concrete, a
table recover with a pub discount, blasting and coating, a crop night's profit, store cattle at the
mart, a workwear order and embroidered polos; an urn and a thermostat, a bedroom's area, a bag's
weight, an estate map, a crochet bunny's height, a field in acres, a gate opening, a mare's weight
in stone, a sprint speed, an extra's height, a harvester head and forwarder tyres, a swing speed
and a club length, a trailer height, a pond, an iron's linen setting, a screen's area, a battery
cable, a surtitle screen's height, a kiln, piles in millimetres and a rig's hydraulic pressure, a
playing bed's cloth area, a curing oven and a batch of gates, album pages, a bull and a grazing
block, and a foot for boot sizing; Celsius and Fahrenheit both ways, mph and km/h both ways, psi
and bar both ways, MiB to GiB, square feet and square metres both ways, acres and hectares both
ways, cubic feet to litres), some chatty, terse or lower-case, with questions at the start or the
end. No positive conversations. No dosing in positives (the equine physio's positives are about
fees, a weight, a surgery recovery date and a session's weekday).

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 86: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence (asserted by
money()). Week counts are asserted to be whole weeks; day counts are the difference of the two
dates (queries are worded as N days or weeks after or before a stated date, how many days from one
date to another, a season counting both the opening and closing days, a learning plan counting its
first day as day 1, the eighth collection at ten-day intervals, the fifth session at ten-day
intervals, gameweek 12 at weekly intervals, 9, 12, 16, 18, 21, 28, 45, 47, 60, 200, 283, 730 and
1,095 days and 6, 16 and 36 weeks after or before a date (the 36 weeks being the second service at
18-week intervals), weeks between two stated dates (a plain one-liner and a home ed exam
countdown), the third Wednesday, last Friday, third Tuesday, fourth Thursday, last Monday and
second Saturday of a stated month and year, and a day of the year counting 1 January as day 1); the
one age is in whole years from a stated birth date to a stated date, and the four clock spans run
from one stated time to the next occurrence of the other (one crosses midnight, saying "the
following morning"; three lie within one day; two are in minutes and two in hours). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 86):
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

Run: python3 make_heldout_87.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-28.jsonl"
PREFIX = "ho87-"
# earlier generators: sets 1-86 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 87))
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
    """A sum of money in pounds, asserted to be whole pence."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.35")) == F(247, 20)

TEA = "afternoon_tea_room"
AIRCON = "air_conditioning_installer"
CLOTHES = "clothing_bank_collection_round"
RECORDS = "county_record_office_searchroom"
CROCHET = "crochet_amigurumi_seller"
SPRAY = "crop_spraying_contractor"
GATES = "electric_gate_installer"
EQUINE = "equine_physiotherapist_rounds"
FANTASY = "fantasy_football_league_commissioner"
EXTRAS = "film_extras_casting_agency"
HARVESTER = "forestry_harvester_operator"
GOLF = "golf_club_fitting_studio"
HGV = "hgv_driver_training_school"
HOMEED = "home_education_parent"
IRONING = "ironing_service_round"
LEDWALL = "led_video_wall_hire"
AUTOELEC = "mobile_auto_electrician"
SURTITLES = "opera_surtitle_operator"
POTTERY = "paint_your_own_pottery_cafe"
PILING = "piling_rig_crew"
POOLTABLE = "pool_table_recovering_fitter"
POWDER = "powder_coating_line"
SCRAPBOOK = "scrapbooking_crop_night_host"
SUCKLER = "suckler_beef_herd_farmer"
WORKWEAR = "workwear_ppe_supplier"
REGISTERS = (
    TEA,
    AIRCON,
    CLOTHES,
    RECORDS,
    CROCHET,
    SPRAY,
    GATES,
    EQUINE,
    FANTASY,
    EXTRAS,
    HARVESTER,
    GOLF,
    HGV,
    HOMEED,
    IRONING,
    LEDWALL,
    AUTOELEC,
    SURTITLES,
    POTTERY,
    PILING,
    POOLTABLE,
    POWDER,
    SCRAPBOOK,
    SUCKLER,
    WORKWEAR,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "what is 17.5% of 2,348?", pct("17.5") * 2348)
calc(P, "3,417 times 0.065 =", 3417 * dec("0.065"))
calc(P, "Work out (1,284 - 397) / 8 for me.", F(1284 - 397, 8))
assert 231 * 231 == 53361
calc(P, "What's the square root of 53,361, please?", 231)
calc(P, "46.2 squared", dec("46.2") ** 2)
calc(P, "If I divide 9,870 by 16, what do I get?", F(9870, 16))
calc(P, "2 to the power 13, minus 3 to the power 7", 2**13 - 3**7)
calc(P, "What's 0.375 of 7,416?", dec("0.375") * 7416)
calc(P, "Add up 14.73, 208.6 and 0.957.", dec("14.73") + dec("208.6") + dec("0.957"))
calc(P, "How much is £389.60 with 12.5% knocked off?", money(dec("389.60") * (1 - pct("12.5"))))
calc(P, "reduce 7,250 by 18 per cent", 7250 * (1 - pct(18)))
calc(P, "Mean of 41, 58, 63, 77 and 96, please.", F(41 + 58 + 63 + 77 + 96, 5))
calc(P, "1,935 is what percentage of 4,300?", F(1935 * 100, 4300))
calc(P, "Compute 68 × 47 − 1,096 ÷ 8", 68 * 47 - F(1096, 8))

# register word problems
calc(
    TEA,
    "Party of 12 booked for afternoon tea: 5 are having the cream tea at £8.75 and the other 7 "
    "the full afternoon tea at £16.50. They put down a £20 deposit. What's left to pay?",
    money(5 * dec("8.75") + 7 * dec("16.50") - 20),
)
calc(
    TEA,
    "my scone recipe is 450 g of flour for a batch of 14 scones. I need 98 scones for the "
    "Saturday weddings, so how many grams of flour do I weigh out?",
    F(98, 14) * 450,
)
calc(
    AIRCON,
    "Quote for a wall-mounted split unit: the unit itself is £1,185, the pipe run is 6 metres "
    "at £24.50 a metre and labour is £380. Add VAT at 20% on everything. What's the total?",
    money((1185 + 6 * dec("24.50") + 380) * dec("1.2")),
)
calc(
    CLOTHES,
    "The textile merchant pays us 38p a kilo for what comes out of the clothing banks. This "
    "round we emptied 14 banks averaging 96.5 kg each. How much should the payment be?",
    money(14 * dec("96.5") * dec("0.38")),
)
calc(
    RECORDS,
    "Copying charges at the record office are 40p per A4 copy, 75p per A3 copy and £6.50 per "
    "digital image licence. I've asked for 23 A4, 4 A3 and 3 images. What do I owe?",
    money(23 * dec("0.40") + 4 * dec("0.75") + 3 * dec("6.50")),
)
calc(
    CROCHET,
    "Costing my amigurumi bunny: it takes 35 g of yarn from a 50 g ball that costs £3.10, "
    "safety eyes are 15p a pair and the stuffing comes to about 22p. Materials cost per bunny?",
    money(F(35, 50) * dec("3.10") + dec("0.15") + dec("0.22")),
)
calc(
    SPRAY,
    "Invoice for spraying 146 hectares of winter wheat at £11.50 a hectare, plus our £65 "
    "distance charge. What's the total before VAT?",
    money(146 * dec("11.50") + 65),
)
calc(
    SPRAY,
    "Sprayer tank holds 4,000 litres and we're putting water on at 160 litres a hectare. The "
    "block is 175 hectares. How many full tanks will it take?",
    F(175 * 160, 4000),
)
calc(
    GATES,
    "Sliding gate job: gate £2,340, motor kit £685, and groundwork taking 2.5 days at £320 a "
    "day. Then 20% VAT. What's the customer's total?",
    money((2340 + 685 + dec("2.5") * 320) * dec("1.2")),
)
calc(
    GATES,
    "The customer pays a 10% deposit on the £4,590 gate job and splits the rest into 3 equal "
    "payments. How much is each payment?",
    money(4590 * (1 - pct(10)) / 3),
)
calc(
    EQUINE,
    "I charge £75 for the first assessment and £55 for each follow-up, plus 45p a mile for the "
    "round trip. The yard is 26 miles away each way. Assessment and two follow-ups: total bill?",
    money(75 + 2 * 55 + 3 * 52 * dec("0.45")),
)
calc(
    FANTASY,
    "Our fantasy league has 14 managers at £25 each. Winner gets 50% of the pot, second 30%, "
    "third 15%, and whatever is left goes on engraving the trophy. What's the engraving budget?",
    money(14 * 25 * (1 - pct(50) - pct(30) - pct(15))),
)
calc(
    FANTASY,
    "Out of the 14 x £25 pot I pay £5 to the top scorer in each of the 38 gameweeks. How much "
    "is left for the end-of-season prizes?",
    money(14 * 25 - 5 * 38),
)
calc(
    EXTRAS,
    "Supporting artist day rate is £102 for 10 hours, then £15.30 an hour overtime. We take "
    "10% commission. She worked 13 hours, so what does she actually get?",
    money((102 + 3 * dec("15.30")) * (1 - pct(10))),
)
calc(
    HARVESTER,
    "The harvester contract pays £14.80 per cubic metre cut and processed. Monday to Friday "
    "we did 62, 71, 58, 66 and 69 cubic metres. What did the week earn?",
    money((62 + 71 + 58 + 66 + 69) * dec("14.80")),
)
calc(
    GOLF,
    "Fitting session: driver head £379, upgraded shaft £125, grip £12.50, and the £60 fitting "
    "fee is waived if they buy. Customer buys the driver — what do they pay?",
    money(379 + 125 + dec("12.50")),
)
calc(
    HGV,
    "Cat C course £1,695, the medical £95, theory tests £23 and £22.50, and two practical test "
    "attempts at £115 each. How much did getting the licence cost altogether?",
    money(1695 + 95 + 23 + dec("22.50") + 2 * 115),
)
calc(
    HOMEED,
    "We set aside £1,200 for home ed resources. Maths workbooks are £7.99 each and we need 4, "
    "the science kit is £64.50 and museum membership £85. How much is left over?",
    money(1200 - 4 * dec("7.99") - dec("64.50") - 85),
)
calc(
    IRONING,
    "I charge £1.40 a shirt, £2.20 for trousers and £6 a duvet cover. Mrs Kaur's bag has 18 "
    "shirts, 6 pairs of trousers and 2 duvet covers. What's her bill?",
    money(18 * dec("1.40") + 6 * dec("2.20") + 2 * 6),
)
calc(
    IRONING,
    "I get through about 11 shirts an hour and charge £1.40 a shirt. What am I earning an hour "
    "on shirts?",
    money(11 * dec("1.40")),
)
calc(
    LEDWALL,
    "LED wall hire for a 3-day expo: 24 panels at £38 per panel per day, a technician at £280 "
    "a day, and £150 delivery. What's the hire total?",
    money(24 * 38 * 3 + 280 * 3 + 150),
)
calc(
    AUTOELEC,
    "Call-out £45, 1.75 hours' labour at £58 an hour, a replacement alternator at £189.50, "
    "then 20% VAT on the lot. What's the bill?",
    money((45 + dec("1.75") * 58 + dec("189.50")) * dec("1.2")),
)
calc(
    SURTITLES,
    "Translating the libretto is 8,450 words at £95 per thousand words, and cueing is 3 "
    "rehearsals at £180 each. What's my fee for the production?",
    money(F(8450, 1000) * 95 + 3 * 180),
)
calc(
    POTTERY,
    "Kids' party: 8 children each paint a mug at £12, 3 of them also paint a plate at £16, and "
    "there's a £4 studio fee per painter. What's the total?",
    money(8 * 12 + 3 * 16 + 8 * 4),
)
calc(
    PILING,
    "48 CFA piles, each 12 m deep, and the concrete works out at 0.126 cubic metres per metre "
    "of pile. How many cubic metres of concrete do we order?",
    48 * 12 * dec("0.126"),
)
calc(
    POOLTABLE,
    "Recovering a pub's 7ft table: cloth £165, fitting £120, new rubbers £85, and we give pubs "
    "10% off. What's the price?",
    money((165 + 120 + 85) * (1 - pct(10))),
)
calc(
    POWDER,
    "36 railing panels to blast and coat: blasting £7.25 a panel, coating £18.50 a panel, plus "
    "a £40 batch charge. Total for the job?",
    money(36 * (dec("7.25") + dec("18.50")) + 40),
)
calc(
    SCRAPBOOK,
    "Crop night: 16 people at £9 a table, and I spent £42 on cake and £18.60 on raffle prizes. "
    "What profit did I make?",
    money(16 * 9 - 42 - dec("18.60")),
)
calc(
    SUCKLER,
    "Sold 14 stores at the mart, averaging 482 kg at 268p a kilo. The mart deducts £12 a head. "
    "What's the net cheque?",
    money(14 * 482 * dec("2.68") - 14 * 12),
)
calc(
    WORKWEAR,
    "Order: 40 hi-vis vests at £3.85, 40 pairs of safety boots at £42, 80 pairs of gloves at "
    "£1.90, with 15% trade discount off the whole lot. What's the total?",
    money((40 * dec("3.85") + 40 * 42 + 80 * dec("1.90")) * (1 - pct(15))),
)
calc(
    WORKWEAR,
    "60 polo shirts at £11.20 each, logo embroidery at £4.50 a shirt, and a one-off £36 "
    "digitising fee. What does each shirt cost all in?",
    money((60 * dec("11.20") + 60 * dec("4.50") + 36) / 60),
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
GRAM = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
SQM = 1  # m^2
HA = 10**4  # m^2

assert IN / MM == dec("25.4") and CM / MM == 10 and KM / MI == F(1000, 1) / dec("1609.344")
assert ACRE / HA == dec("0.40468564224") and SQFT == dec("0.09290304")
assert CUFT / LITRE == dec("28.316846592") and KMH * 3600 == KM and GRAM * 1000 == 1
assert f_to_c(68) == 20 and f_to_c(392) == 200 and c_to_f(-7) == dec("19.4")
assert c_to_f(96) == dec("204.8") and c_to_f(1050) == 1922 and c_to_f(200) == 392

# plain one-liners
unit_r(P, "Convert 73 miles to kilometres.", 73 * MI / KM)
unit_r(P, "how many pounds is 3.6 kg", dec("3.6") / LB)
unit_r(P, "What's 18 stone 4 lb in kilograms?", (18 * 14 + 4) * LB)
unit_r(P, "412 °F in Celsius?", f_to_c(412))
unit(P, "Convert minus 7 degrees Celsius to Fahrenheit.", c_to_f(-7), EXACT)
unit_r(P, "How many square feet are there in 37 square metres?", 37 * SQM / SQFT)
unit(P, "5 ft 11 in in centimetres, please", (5 * 12 + 11) * IN / CM, EXACT)
unit_r(P, "Convert 27.5 acres to hectares.", dec("27.5") * ACRE / HA)
unit_r(P, "What is 96 km/h in miles per hour?", 96 * KMH / MPH)
unit_r(P, "13,700 MiB is how many GiB?", F(13700 * MIB, GIB))
unit_r(P, "How many litres in 12 cubic feet?", 12 * CUFT / LITRE)
unit_r(P, "I've got 2.4 bar on the gauge: how many psi is that?", dec("2.4") * BAR / PSI)
unit_r(P, "Express 1,250 metres in yards.", 1250 / YD)
unit_r(P, "What does 2,650 grams come to in pounds?", 2650 * GRAM / LB)

# register word problems
unit(
    TEA,
    "The urn's thermostat is showing 96 °C. One of the older staff only thinks in Fahrenheit — "
    "what is it in °F?",
    c_to_f(96),
    EXACT,
)
unit_r(
    AIRCON,
    "The bedroom we're cooling is 14 ft by 11 ft 6 in. What's the floor area in square metres "
    "so I can size the unit?",
    14 * FT * (11 * FT + 6 * IN) / SQM,
)
unit(
    AIRCON,
    "Customer has the thermostat set to 68 °F. What's that in Celsius?",
    f_to_c(68),
    EXACT,
)
unit_r(
    CLOTHES,
    "One bag from the bank weighed 23 lb on the old hanging scale. What's that in kilos?",
    23 * LB,
)
unit(
    RECORDS,
    "The estate map in the searchroom is 40 inches along its long side. How many centimetres is "
    "that for the conservation form?",
    40 * IN / CM,
    EXACT,
)
unit(
    CROCHET,
    "The pattern says the finished bunny is 9 inches tall. How tall is that in centimetres for "
    "my shop listing?",
    9 * IN / CM,
    EXACT,
)
unit_r(
    SPRAY,
    "The farmer says the field is 42 acres but the sprayer computer wants hectares. What do I "
    "put in?",
    42 * ACRE / HA,
)
unit_r(
    GATES,
    "The driveway opening measures 4.2 metres. How much is that in feet?",
    dec("4.2") / FT,
)
unit_r(
    EQUINE,
    "The mare weighed 545 kg on the weighbridge. Her owner wants to know what that is in stone.",
    545 / STONE,
)
unit_r(
    FANTASY,
    "My striker hit a top sprint speed of 35.2 km/h. What's that in mph?",
    dec("35.2") * KMH / MPH,
)
unit(
    EXTRAS,
    "Costume need the extra's height in centimetres; he's 6 ft 2 in. What do I tell them?",
    (6 * 12 + 2) * IN / CM,
    EXACT,
)
unit_r(
    HARVESTER,
    "The harvester head takes trees up to 65 cm across. What's that in inches?",
    65 * CM / IN,
)
unit_r(
    HARVESTER,
    "Forwarder tyres are meant to run at 2.8 bar. What's that in psi for the garage gauge?",
    dec("2.8") * BAR / PSI,
)
unit_r(
    GOLF,
    "His driver swing speed came up as 104 mph on the launch monitor. In km/h?",
    104 * MPH / KMH,
)
unit(
    GOLF,
    "The driver is built to 45.75 inches. How long is that in centimetres?",
    dec("45.75") * IN / CM,
    EXACT,
)
unit_r(
    HGV,
    "The trailer's running height is 4.1 metres. What's that in feet for the low bridge signs?",
    dec("4.1") / FT,
)
unit_r(
    HOMEED,
    "My daughter measured the pond at 2.4 metres across for her maths project. How many feet "
    "is that?",
    dec("2.4") / FT,
)
unit(
    IRONING,
    "The linen setting on the steam generator iron is 200 °C. What's that in Fahrenheit?",
    c_to_f(200),
    EXACT,
)
unit_r(
    LEDWALL,
    "The screen is 5 m wide and 3 m high. What's the area in square feet for the venue's form?",
    5 * 3 * SQM / SQFT,
)
unit_r(
    AUTOELEC,
    "I need an 18 foot run of battery cable. How many metres is that?",
    18 * FT,
)
unit_r(
    SURTITLES,
    "The surtitle screen is rigged 9.5 metres above the stage. What's that in feet?",
    dec("9.5") / FT,
)
unit(
    POTTERY,
    "Our kiln bisque fires to 1,050 °C. What's that in Fahrenheit?",
    c_to_f(1050),
    EXACT,
)
unit_r(
    PILING,
    "These piles are 600 mm diameter. How many inches is that?",
    600 * MM / IN,
)
unit_r(
    PILING,
    "The rig's hydraulic gauge is reading 3,200 psi. What's that in bar?",
    3200 * PSI / BAR,
)
unit(
    POOLTABLE,
    "The playing bed is 100 inches by 50 inches. How many square centimetres of cloth is that?",
    100 * IN * 50 * IN / (CM * CM),
    EXACT,
)
unit(
    POWDER,
    "The curing oven is set to 392 °F. What's that in Celsius?",
    f_to_c(392),
    EXACT,
)
unit_r(
    POWDER,
    "A batch of gates weighed 1,850 lb. How many kilograms went through the oven?",
    1850 * LB,
)
unit(
    SCRAPBOOK,
    "The album takes 12 inch square pages. How many millimetres is 12 inches?",
    12 * IN / MM,
    EXACT,
)
unit_r(
    SUCKLER,
    "The stock bull weighed 1,150 kg at the show. What's that in pounds?",
    1150 / LB,
)
unit_r(
    SUCKLER,
    "The grazing block we rent is 64 hectares. How many acres is that?",
    64 * HA / ACRE,
)
unit_r(
    WORKWEAR,
    "For the boot size chart, his foot measures 28.5 cm. What's that in inches?",
    dec("28.5") * CM / IN,
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
date_item(P, "What day of the week will 9 August 2031 be?", weekday(D(2031, 8, 9)))
date_item(
    P, "How many days from 3 March 2028 to 19 November 2028?", days(D(2028, 3, 3), D(2028, 11, 19))
)
date_item(P, "what date is 200 days after 14 June 2029", D(2029, 6, 14) + TD(days=200))
date_item(P, "Which date falls 45 days before 2 January 2030?", D(2030, 1, 2) - TD(days=45))
date_item(
    P,
    "How many whole weeks are there from 6 May 2027 to 14 October 2027?",
    weeks(D(2027, 5, 6), D(2027, 10, 14)),
)
date_item(P, "Date of the third Wednesday in November 2028?", nth_weekday(2028, 11, WED, 3))
date_item(P, "last Friday of June 2030 — what's the date?", nth_weekday(2030, 6, FRI, -1))
date_item(P, "Which weekday is 31 December 2032?", weekday(D(2032, 12, 31)))
date_item(
    P,
    "Someone born on 23 September 1961: how old, in whole years, on 1 March 2030?",
    age(D(1961, 9, 23), D(2030, 3, 1)),
)
date_item(
    P,
    "What number day of the year is 17 October 2027, counting 1 January as day 1?",
    days(D(2027, 1, 1), D(2027, 10, 17)) + 1,
)
date_item(
    P,
    "How many minutes is it from 07:45 to 16:20 on the same day?",
    clock_span("07:45", "16:20", 60),
)
date_item(
    P,
    "Count the days between 1 February 2028 and 1 March 2028.",
    days(D(2028, 2, 1), D(2028, 3, 1)),
)
date_item(P, "What's the date 16 weeks after 11 November 2027?", D(2027, 11, 11) + TD(weeks=16))
date_item(
    P,
    "How many hours from 22:30 to 06:00 the following morning?",
    clock_span("22:30", "06:00", 3600),
)

# register word problems
date_item(
    TEA,
    f"Our summer season opens on {sayw(D(2028, 5, 27))} and closes on {sayw(D(2028, 9, 30))}. "
    "How many days is that, counting both the opening day and the closing day?",
    days(D(2028, 5, 27), D(2028, 9, 30)) + 1,
)
date_item(
    AIRCON,
    "We installed the system on 19 July 2027 and it gets serviced every 18 weeks. What date is "
    "the second service?",
    D(2027, 7, 19) + TD(weeks=36),
)
date_item(
    CLOTHES,
    f"We empty the banks every 10 days, and the first collection of the year is "
    f"{sayw(D(2028, 1, 4))}. What date is the 8th collection?",
    D(2028, 1, 4) + TD(days=70),
)
date_item(
    RECORDS,
    "Late opening at the searchroom is the third Tuesday of the month. What date is that in "
    "March 2028?",
    nth_weekday(2028, 3, TUE, 3),
)
date_item(
    RECORDS,
    "The baptism register says the child was born on 14 February 1887 and baptised on 3 April "
    "1887. How many days old was the baby at the baptism?",
    days(D(1887, 2, 14), D(1887, 4, 3)),
)
date_item(
    CROCHET,
    f"Someone ordered a custom dragon on {sayw(D(2027, 11, 26))} and I promised to post it 12 "
    "days after the order. What's the posting date?",
    D(2027, 11, 26) + TD(days=12),
)
date_item(
    SPRAY,
    "We can't go back onto that field until 21 days after the last pass, which was on 29 April "
    "2028. What's the first date we can spray it again?",
    D(2028, 4, 29) + TD(days=21),
)
date_item(
    GATES,
    "The gate was commissioned on 6 November 2027 and the motor warranty ends 730 days after "
    "that. What date does it end?",
    D(2027, 11, 6) + TD(days=730),
)
date_item(
    EQUINE,
    "The gelding had colic surgery on 19 January 2028 and the vet says no physio until 6 weeks "
    "after. What's the earliest date I can book him in?",
    D(2028, 1, 19) + TD(weeks=6),
)
date_item(
    EQUINE,
    f"I'm treating a showjumper every 10 days starting {sayw(D(2028, 3, 2))}. What day of the "
    "week will the fifth session fall on?",
    weekday(D(2028, 3, 2) + TD(days=40)),
)
date_item(
    FANTASY,
    f"Gameweek 1 is {sayw(D(2027, 8, 14))} and there's a gameweek every 7 days with no breaks. "
    "What date is gameweek 12?",
    D(2027, 8, 14) + TD(days=77),
)
date_item(
    EXTRAS,
    "Our extras worked the shoot on 3 June 2028 and we pay them 21 days after the shoot. When "
    "does the money go out?",
    D(2028, 6, 3) + TD(days=21),
)
date_item(
    EXTRAS,
    "The night shoot is on 3 June 2028. What day of the week is that, for the call sheet?",
    weekday(D(2028, 6, 3)),
)
date_item(
    HARVESTER,
    "We're felling in the plantation from 14 November 2027 and have to stop before bird "
    "nesting checks start on 1 March 2028. How many days is that?",
    days(D(2027, 11, 14), D(2028, 3, 1)),
)
date_item(
    GOLF,
    "Custom irons ordered on 9 May 2028 take 16 days to build. What date will they be ready?",
    D(2028, 5, 9) + TD(days=16),
)
date_item(
    HGV,
    "He passed his theory on 5 February 2028 and the first practical slot is 47 days after "
    "that. What's the practical date?",
    D(2028, 2, 5) + TD(days=47),
)
date_item(
    HOMEED,
    "We're doing a 180-day learning plan that starts on 4 September 2027, with that being day "
    "1. What date is day 180?",
    D(2027, 9, 4) + TD(days=179),
)
date_item(
    HOMEED,
    "My son sits his first exam as a private candidate on 14 May 2029. How many weeks is that "
    "from 6 November 2028?",
    weeks(D(2028, 11, 6), D(2029, 5, 14)),
)
date_item(
    IRONING,
    "A customer goes on holiday on 2 August 2028 for 16 nights. What date are they back so I "
    "can drop off the ironing?",
    D(2028, 8, 2) + TD(days=16),
)
date_item(
    LEDWALL,
    "Crew starts building the wall at 06:30 and the doors open at 17:15. How many hours do we "
    "have?",
    clock_span("06:30", "17:15", 3600),
)
date_item(
    AUTOELEC,
    "Fleet job is booked for the fourth Thursday of January 2028. What's the date?",
    nth_weekday(2028, 1, THU, 4),
)
date_item(
    SURTITLES,
    f"Opening night is {sayw(D(2028, 10, 19))} and the surtitle file has to be locked 18 days "
    "before. What date is the lock?",
    D(2028, 10, 19) - TD(days=18),
)
date_item(
    SURTITLES,
    "Curtain up is 19:30 and it comes down at 22:55. How many minutes is that?",
    clock_span("19:30", "22:55", 60),
)
date_item(
    POTTERY,
    f"Pieces painted on {sayw(D(2027, 12, 11))} are glazed, fired and ready 9 days later. "
    "What's the collection date?",
    D(2027, 12, 11) + TD(days=9),
)
date_item(
    PILING,
    "The test pile was cast on 13 March 2028 and can't be load tested until 28 days after "
    "casting. Earliest test date?",
    D(2028, 3, 13) + TD(days=28),
)
date_item(
    POOLTABLE,
    "The pub wants the table recovered on the last Monday of February 2029. Which date is that?",
    nth_weekday(2029, 2, MON, -1),
)
date_item(
    POWDER,
    "The line gets a full clean-down every 60 days; the last one started on 4 January 2028. "
    "When does the next one start?",
    D(2028, 1, 4) + TD(days=60),
)
date_item(
    SCRAPBOOK,
    "Crop nights are on the second Saturday of each month. Which date is it in October 2028?",
    nth_weekday(2028, 10, SAT, 2),
)
date_item(
    SCRAPBOOK,
    "I'm making an anniversary album from 12 June 1999 to 12 June 2029. How many days is that?",
    days(D(1999, 6, 12), D(2029, 6, 12)),
)
date_item(
    SUCKLER,
    "The cow was served on 21 June 2028 and we reckon 283 days' gestation. When's she due to "
    "calve?",
    D(2028, 6, 21) + TD(days=283),
)
date_item(
    WORKWEAR,
    "These hard hats have to be replaced 1,095 days after manufacture, and the date stamp says "
    "8 September 2027. What's the replacement date?",
    D(2027, 9, 8) + TD(days=1095),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    TEA: [
        "How do I stop my scones spreading flat in the oven?",
        "Write a short, friendly sign asking customers to book ahead for weekend afternoon tea.",
        (
            "What should go on a gluten-free afternoon tea stand so it doesn't feel like an "
            "afterthought?"
        ),
        "Is it worth offering a bottomless prosecco option in a small village tea room?",
    ],
    AIRCON: [
        "Explain to a homeowner why an outdoor unit needs clearance around it.",
        "What's the difference between a ducted system and wall-mounted splits for a bungalow?",
        "Draft a reply to a customer complaining the unit drips water onto the patio.",
        "Why might a split system blow warm air in cooling mode?",
    ],
    CLOTHES: [
        "How should I deal with fly-tipping piled up around our clothing banks?",
        "Write a sticker for the bank telling people what we can and can't take.",
        "Which supermarkets are usually willing to host a clothing bank, and how do I ask?",
        "What's the best way to plan a collection route across rural villages?",
    ],
    RECORDS: [
        "How do I start tracing a house's history in the county archives?",
        "Explain the difference between a parish register and bishop's transcripts.",
        "Write polite guidance for readers on using pencils only in the searchroom.",
        "What's the best way to read eighteenth-century secretary hand?",
    ],
    CROCHET: [
        "How do I stop gaps appearing around the increases in my amigurumi?",
        "Write an Etsy listing for a crocheted highland cow with a calm, cosy tone.",
        "Are safety eyes OK on toys for babies, and what should I put on the label?",
        "How can I photograph small crochet toys so the stitches look crisp?",
    ],
    SPRAY: [
        "What wind conditions should make me stop spraying?",
        "Explain to a new operator why nozzle choice matters for drift.",
        "Write a notice for beekeepers near the farm about spraying plans.",
        "How do I keep good spray records for a farm assurance inspection?",
    ],
    GATES: [
        "What safety features should an electric sliding gate have to protect children?",
        "Explain the difference between swing and sliding gates for a sloped drive.",
        "Write a maintenance reminder email for customers with automated gates.",
        "Why would a gate open halfway and then reverse?",
    ],
    EQUINE: [
        "What signs of back pain should a rider look out for in their horse?",
        "Write a short aftercare sheet for owners after a massage session.",
        "How do I explain to an owner that I need vet consent before treating?",
        "What stretches are usually safe for owners to do with a horse between visits?",
    ],
    FANTASY: [
        "Should our league allow trading players between managers?",
        "Write a cheeky weekly roundup intro for our league's group chat.",
        "How do we settle a dispute where someone forgot to set their team?",
        "Explain wildcards and free hits to a first-time player.",
    ],
    EXTRAS: [
        "What should a new supporting artist bring to their first day on set?",
        "Write a booking confirmation text for extras on a period drama.",
        "How do I politely drop someone from the books for repeated no-shows?",
        "What makes a good headshot for a casting profile?",
    ],
    HARVESTER: [
        "How should I plan extraction routes to protect soft ground in winter?",
        "Explain to a landowner why we leave brash mats on the racks.",
        "What are the main hazards when working near overhead power lines in a plantation?",
        "Write a toolbox talk on chainsaw-free zones around the harvester.",
    ],
    GOLF: [
        "Would a player with a slice benefit more from a lighter or heavier shaft?",
        "Explain loft and lie angle to a beginner who's buying irons.",
        "Write a follow-up email after a fitting session thanking the customer.",
        "Is it worth getting fitted if I only play once a month?",
    ],
    HGV: [
        "What are the most common reasons learners fail the HGV practical?",
        "Explain how to do the uncoupling and recoupling exercise in plain English.",
        "Write an encouraging message to a learner who just failed their test.",
        "How should I teach reversing into a bay to someone who keeps oversteering?",
    ],
    HOMEED: [
        "How do I build a weekly home ed timetable that isn't too rigid?",
        "Explain to grandparents why we've chosen to home educate.",
        "What are good ways for home-educated teenagers to make friends?",
        "How do I show the local authority that education is suitable without formal tests?",
    ],
    IRONING: [
        "How do I get shiny marks off dark trousers without ruining them?",
        "Write a price list flyer for a village ironing collection service.",
        "Should I refuse to iron items with care labels that say do not iron?",
        "What's the best way to hang shirts so they don't crease in the van?",
    ],
    LEDWALL: [
        "Why does an LED wall look flickery on camera, and how do we fix it?",
        "Explain pixel pitch to an event planner choosing a screen.",
        "Write a risk assessment summary for flying an LED wall from a truss.",
        "What should we check on a venue visit before agreeing to a ground-stack wall?",
    ],
    AUTOELEC: [
        "What could cause a car battery to go flat overnight with nothing left on?",
        "Explain to a customer why their dashcam hardwire kit needs a fuse tap.",
        "Write a text telling a customer I'm running late because of traffic.",
        "How do I trace an intermittent fault in a rear light cluster?",
    ],
    SURTITLES: [
        "How much should I condense the libretto text for a fast patter aria?",
        "Explain to a director why some lines aren't surtitled.",
        "Write a note for the audience about where to look for the surtitles.",
        "How do I keep my place if the conductor takes a much slower tempo than in rehearsal?",
    ],
    POTTERY: [
        "Why do some glazes come out of the kiln with pinholes?",
        "Write a fun description for a paint-your-own-pottery hen party package.",
        "How can I keep toddler sessions from getting too chaotic?",
        "Explain to customers why their piece looks different after firing.",
    ],
    PILING: [
        "Explain the difference between CFA and driven piles for a housing site.",
        "What should we do if we hit an obstruction halfway down a bore?",
        "Write a letter to neighbours warning them about vibration from piling.",
        "Why is a working platform certificate needed before the rig goes on site?",
    ],
    POOLTABLE: [
        "Why does a ball roll off towards one side after a recover?",
        "Explain to a pub landlord the difference between worsted and napped cloth.",
        "Write a short care guide for pub staff to keep the new cloth clean.",
        "How do I level a slate bed on an uneven pub floor?",
    ],
    POWDER: [
        "Why is the coating peeling off galvanised railings?",
        "Explain outgassing to a customer whose cast parts came back with bubbles.",
        "Write a quote cover note explaining why we need to blast before coating.",
        "How do I match a customer's RAL colour sample if it's faded?",
    ],
    SCRAPBOOK: [
        "What's a fun theme for a spring crop night?",
        "Write a welcome message for newcomers to our scrapbooking group.",
        "How do I keep photos from yellowing in an album?",
        "Suggest some journaling prompts for a travel scrapbook.",
    ],
    SUCKLER: [
        "Is it better to calve in spring or autumn on a hill farm?",
        "How do I spot the early signs of a cow about to calve?",
        "Write a sale catalogue description for a quiet, easy-calving bull.",
        "What should I think about before switching to a native breed?",
    ],
    WORKWEAR: [
        "What's the difference between S3 and S1P safety boots?",
        "Explain to a site manager what class of hi-vis their crew needs near a road.",
        "Write a reminder email to customers that gloves should be matched to the task.",
        "How do I advise a customer whose staff complain the boots rub?",
    ],
}
assert tuple(ORDINARY) == REGISTERS and all(len(v) == 4 for v in ORDINARY.values())
for reg, qs in ORDINARY.items():
    for q in qs:
        neg(reg, q)


NEAR: list[tuple[str, str]] = []


def near(family, query, note):
    assert family.startswith("near-") and note, family
    NEAR.append((family, query))
    neg(family, query, note)


near(
    "near-scone-price-now",
    "What's the going rate for a cream tea in the Cotswolds at the moment?",
    "current prices; needs a lookup and judgement, not arithmetic",
)
near(
    "near-tea-servings-missing",
    "How many scones do I need to bake for the afternoon teas on Saturday?",
    "the number of bookings and scones per guest are not given",
)
near(
    "near-btu-rule-of-thumb",
    "What size air conditioner in BTU do I need for a 20 square metre conservatory?",
    "sizing depends on glazing, orientation and a rule of thumb the user must choose",
)
near(
    "near-refrigerant-code",
    "Is R32 better than R410A for a small office?",
    "refrigerant names look like arithmetic; a comparison needing knowledge",
)
near(
    "near-aircon-running-cost",
    "How much will it cost me to run the aircon all summer?",
    "power draw, hours of use and tariff are all missing",
)
near(
    "near-textile-price-now",
    "What are merchants paying per tonne for used clothing right now?",
    "current market price; needs a lookup",
)
near(
    "near-bank-fill-estimate",
    "Roughly how full will the bank outside the Co-op be by Friday?",
    "an estimate with no fill rate or starting level given",
)
near(
    "near-archive-reference-code",
    "Can you find D/P 123/4/7 for me before I visit?",
    "an archive reference that looks like a division; needs the catalogue",
)
near(
    "near-regnal-year",
    "A deed is dated the 14th year of George III. What year is that?",
    "needs the accession date of a monarch, a fact to look up rather than compute",
)
near(
    "near-old-style-date",
    "The register says 10 February 1740. Would that be 1741 in modern reckoning?",
    "Old Style year start convention needs explanation and judgement",
)
near(
    "near-hook-size-letter",
    "My American pattern says use a G-6 hook. What's that in millimetres?",
    "a letter-number size code from a sizing table, not a unit conversion",
)
near(
    "near-yarn-yardage-missing",
    "How many balls of yarn will I need for a giant crochet octopus?",
    "pattern size, yarn weight and yardage are not given",
)
near(
    "near-etsy-fees-now",
    "What percentage does Etsy take on a sale these days?",
    "current platform fees; needs a lookup",
)
near(
    "near-spray-weather-window",
    "Can I spray the oilseed rape on Thursday afternoon?",
    "needs a weather forecast and the product label",
)
near(
    "near-product-rate-label",
    "How much of that new fungicide goes in per hectare?",
    "the product is unnamed and its label rate is not given",
)
near(
    "near-buffer-zone-rule",
    "How close to the ditch can I spray with a 3-star LERAP nozzle?",
    "a regulatory rule that needs knowledge, not arithmetic",
)
near(
    "near-gate-duty-cycle",
    "Will a 24V motor cope with a gate that opens 80 times a day?",
    "needs the motor's duty rating and gate weight; a judgement",
)
near(
    "near-gate-ip-rating",
    "Is IP44 good enough for a gate control box on an exposed drive?",
    "an IP code that looks like a number; needs knowledge and judgement",
)
near(
    "near-gate-weight-missing",
    "What motor do I need for a six metre timber gate?",
    "the gate's weight and wind load are missing",
)
near(
    "near-horse-feed-weight",
    "How much hay should a 16.2 hand cob get a day?",
    "a hand height is not a weight; needs the horse's weight and condition",
)
near(
    "near-condition-score",
    "My mare's a 3.5 out of 5 — should she lose weight before her sessions?",
    "a condition score, not a quantity to compute; needs judgement",
)
near(
    "near-physio-session-count",
    "How many physio sessions will my horse need to get over his sacroiliac problem?",
    "a clinical prognosis, not arithmetic",
)
near(
    "near-formation-numbers",
    "Is 3-4-3 or 4-4-2 better for this gameweek?",
    "formations that look like subtraction; a tactical judgement",
)
near(
    "near-player-price-now",
    "How much is Saka in fantasy at the moment?",
    "current game price; needs a lookup",
)
near(
    "near-points-rules-missing",
    "How many points did my captain get for a goal and an assist?",
    "the league's scoring system and captain multiplier are not stated",
)
near(
    "near-extras-union-rate",
    "What's the current minimum day rate for a crowd artist on a TV drama?",
    "current union or agreement rate; needs a lookup",
)
near(
    "near-wrap-time-unknown",
    "What time will the extras be released tonight?",
    "depends on the shoot's progress; no facts given",
)
near(
    "near-tree-volume-form",
    "How many cubic metres is a spruce that's 32 cm at breast height?",
    "height and form factor are missing; a volume table or model is needed",
)
near(
    "near-felling-licence-rule",
    "Do I need a felling licence for thinning 4 cubic metres a quarter?",
    "a legal threshold question needing knowledge and judgement",
)
near(
    "near-timber-price-index",
    "What's standing softwood fetching per cubic metre this season?",
    "current price index; needs a lookup",
)
near(
    "near-swing-weight-code",
    "Should I build his irons at D2 or D4 swing weight?",
    "swing weight codes look like cells or numbers; a fitting judgement",
)
near(
    "near-shaft-flex-choice",
    "What flex shaft for a 95 mph swing speed?",
    "a fitting recommendation from a chart, not a conversion",
)
near(
    "near-drivers-hours-rule",
    "He started driving at 06:00 — when must he take his break?",
    "drivers' hours rules plus the actual driving pattern; not a simple clock sum",
)
near(
    "near-licence-category-code",
    "Can someone with C1 tow a trailer over 750 kg or do they need C1+E?",
    "licence category codes look like arithmetic; a rules question",
)
near(
    "near-test-pass-rate-now",
    "What's the current pass rate for the HGV practical at our local centre?",
    "current statistic; needs a lookup",
)
near(
    "near-key-stage-age",
    "What age is Key Stage 2 and what maths should she know by the end?",
    "curriculum knowledge, not a date computation",
)
near(
    "near-exam-centre-fee",
    "How much will a private candidate pay to sit GCSE maths?",
    "fees vary by centre and year; needs a lookup",
)
near(
    "near-reading-age",
    "My 9-year-old reads at a level of 11.4 — is that good?",
    "a reading age score that looks like a number to compute; needs interpretation",
)
near(
    "near-ironing-per-kilo",
    "Should I switch from per-item pricing to charging by the kilo?",
    "a business judgement with no figures given",
)
near(
    "near-ironing-round-time",
    "How long will the round take if I add three more houses?",
    "current round time and distances are missing",
)
near(
    "near-viewing-distance",
    "How far back should the audience sit from a 3.9 mm pitch screen?",
    "a rule of thumb for viewing distance, not a conversion",
)
near(
    "near-led-power-draw",
    "How many amps will the LED wall pull from the venue supply?",
    "panel count, model and supply voltage are missing",
)
near(
    "near-cable-size-table",
    "What size cable do I need for a 20 amp winch circuit 5 metres long?",
    "a cable sizing table plus installation method; needs knowledge",
)
near(
    "near-fuse-code",
    "The car's manual says F32 15A — is that the fuse for the cigarette lighter?",
    "a fuse code that looks like arithmetic; needs the car's fuse box layout",
)
near(
    "near-parasitic-drain-verdict",
    "I measured 85 milliamps with everything off. Is that too much?",
    "a diagnostic judgement about a measured figure",
)
near(
    "near-chars-per-second",
    "How fast can an audience comfortably read surtitles?",
    "a reading speed guideline, not a computation",
)
near(
    "near-bwv-catalogue",
    "The concert has BWV 147 then K. 618 — how many titles is that?",
    "catalogue numbers, not quantities; the title count depends on the texts",
)
near(
    "near-opera-running-time",
    "How long does Götterdämmerung run, intervals included?",
    "a fact about a production that needs a lookup",
)
near(
    "near-kiln-cone",
    "What temperature is cone 06?",
    "a pyrometric cone table lookup, not a conversion",
)
near(
    "near-pottery-party-size",
    "How many mugs should I have ready for the party on Sunday?",
    "party size and choices are not given",
)
near(
    "near-pile-capacity",
    "What load will a 450 mm pile 15 metres deep carry in clay?",
    "needs soil strength data and a design method",
)
near(
    "near-rig-on-site-rules",
    "Can the rig track over the new drainage runs?",
    "a site judgement with nothing to compute",
)
near(
    "near-cloth-speed-grade",
    "Is a 760 cloth faster than a 860?",
    "cloth product numbers that look like quantities; needs product knowledge",
)
near(
    "near-table-size-ambiguous",
    "How much cloth do I need to recover a 7 foot table?",
    "whether 7 ft is the playing area or the cabinet, and the cushions, are unclear",
)
near(
    "near-ral-code",
    "What is RAL 7016 minus RAL 9005?",
    "RAL codes are colour names, not numbers to subtract",
)
near(
    "near-powder-coverage-missing",
    "How much powder do I need to coat 40 gates?",
    "gate surface area, film thickness and powder coverage rate are missing",
)
near(
    "near-print-size-six-by-four",
    "How many 6x4 prints fit on a 12x12 page?",
    "print and page sizes look like products; layout and margins are a judgement",
)
near(
    "near-crop-night-headcount",
    "How much cake should I buy for the next crop night?",
    "headcount is unknown; no figures given",
)
near(
    "near-calving-interval-verdict",
    "My herd's calving interval is 398 days. Is that a problem?",
    "a benchmark judgement about a figure",
)
near(
    "near-finished-price-now",
    "What are finished steers making a kilo deadweight this week?",
    "current market price; needs a lookup",
)
near(
    "near-withdrawal-period",
    "How long after the wormer can I send her for slaughter?",
    "the product's withdrawal period is not given; needs the datasheet",
)
near(
    "near-glove-cut-code",
    "Is a glove rated 4X42C OK for handling sheet metal?",
    "an EN 388 code that looks like arithmetic; needs interpretation",
)
near(
    "near-boot-size-conversion-table",
    "He's a UK 9 — what's that in European sizes?",
    "shoe size systems need a sizing table; not an exact conversion",
)
near(
    "near-hi-vis-class-rule",
    "Does a crew working on a 50 mph road need class 2 or class 3 hi-vis?",
    "a standards rule, not arithmetic",
)
near(
    "near-record-office-hours-now",
    "Is the record office open late tonight?",
    "depends on the current date and the office's timetable",
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _ in NEAR}) == len(NEAR)


CONVS: list[str] = []


def convo(family, turns, note):
    assert family.startswith("conv-") and note and turns[-1][0] == U, family
    CONVS.append(family)
    conv(family, turns, note)


convo(
    "conv-tea-stand-unit",
    [
        (U, "In our tea room a 'stand' means one three-tier stand that serves two guests."),
        (A, "Understood: one stand serves two guests."),
        (U, "We've got 17 guests booked at 3pm. How many stands do I lay out?"),
    ],
    "the stand unit and its rounding are defined in an earlier turn",
)
convo(
    "conv-tea-price-rule",
    [
        (U, "Our rule: children under 10 pay half price, and the birthday guest eats free."),
        (A, "Got it, half price for under-10s and the birthday guest is free."),
        (
            U,
            (
                "Afternoon tea is £18. Four adults, three kids aged 6, 8 and 11, birthday girl "
                "is one of the adults. Total?"
            ),
        ),
    ],
    "a pricing rule set in an earlier turn changes the arithmetic",
)
convo(
    "conv-aircon-words-only",
    [
        (U, "Spell every number out in words, no digits at all; it goes into a voice prompt."),
        (A, "Of course, I'll write numbers out in words."),
        (U, "The office sits at 22 °C. What is that in Fahrenheit for the prompt?"),
    ],
    "the earlier turn requires the answer in words, which a calculator cannot give",
)
convo(
    "conv-aircon-json",
    [
        (S, 'Reply only with JSON of the form {"area_m2": number, "note": string}.'),
        (U, "Office is 8 metres by 6.5 metres. What's the floor area?"),
    ],
    "the system turn fixes a JSON output format",
)
convo(
    "conv-clothes-sack-unit",
    [
        (U, "On our round a 'sack' is what we call a full bank, about 320 kg."),
        (A, "Noted: one sack is roughly 320 kg."),
        (U, "We did 9 sacks and a half on Tuesday. Roughly how many kilos?"),
    ],
    "an invented unit defined in an earlier turn",
)
convo(
    "conv-records-assumed-year",
    [
        (U, "All the dates I'm giving you are from the 1851 census year unless I say otherwise."),
        (A, "Understood, I'll assume 1851."),
        (U, "How many days from 20 January to 6 April?"),
    ],
    "the year is assumed in an earlier turn",
)
convo(
    "conv-records-month-first",
    [
        (U, "The transcript I'm working from writes dates month first, American style."),
        (A, "OK, I'll read them month first."),
        (U, "What day of the week was 3/4/1862?"),
    ],
    "the date order is set in an earlier turn",
)
convo(
    "conv-crochet-round-count",
    [
        (U, "In my patterns a 'round' means 6 increases, and I start with a magic ring of 6."),
        (A, "Got it: start at 6 stitches and add 6 per round."),
        (U, "How many stitches will I have at the end of round 9?"),
    ],
    "a pattern convention and starting count set in earlier turns",
)
convo(
    "conv-crochet-dollar-rate",
    [
        (U, "Let's use a fixed rate of 1 pound = 1.25 US dollars for my US customers."),
        (A, "Right, £1 = $1.25."),
        (U, "The big dragon is £46. What do I list it at in dollars?"),
    ],
    "a fixed currency rate set in an earlier turn",
)
convo(
    "conv-spray-tank-code",
    [
        (
            U,
            (
                "Our tank mixes are coded like W12-F3: W is water in hundreds of litres and F is "
                "fungicide in litres."
            ),
        ),
        (A, "So W12-F3 means 1,200 litres of water and 3 litres of fungicide."),
        (U, "What about W35-F8?"),
    ],
    "a code defined in earlier turns that looks like subtraction",
)
convo(
    "conv-spray-decimal-comma",
    [
        (U, "I'm Danish, so I write decimals with a comma, like 2,5."),
        (A, "Understood, commas are decimal points for you."),
        (U, "Rate is 1,25 litres per hectare over 84 hectares. How many litres?"),
    ],
    "a decimal comma set in an earlier turn changes how the figures read",
)
convo(
    "conv-gates-corrected-width",
    [
        (U, "Quote me cable for a gate that's 4 metres wide, cable is twice the width plus 3 m."),
        (A, "That's 11 metres of cable."),
        (U, "Sorry, I meant 5.5 metres wide, not 4. What now?"),
    ],
    "a figure corrected in the last turn relies on the rule from the first turn",
)
convo(
    "conv-gates-sig-figs",
    [
        (U, "Give me every answer to 2 significant figures, it's for a rough quote."),
        (A, "Will do."),
        (U, "Gate is 1,870 mm tall. What's that in inches?"),
    ],
    "significant figures requested in an earlier turn",
)
convo(
    "conv-equine-persona",
    [
        (S, "You are Hattie, a chatty equine physio who answers in a horsey, friendly tone."),
        (U, "What's 520 kg in stone for my client's log?"),
    ],
    "a persona set by the system turn",
)
convo(
    "conv-equine-visit-block",
    [
        (U, "My 'block' is five visits paid up front at £240, any extra visit is £55."),
        (A, "Got it: £240 per block of five, £55 per extra visit."),
        (U, "Bramble has had 12 visits. What's her owner paid in total?"),
    ],
    "a block pricing rule set in an earlier turn",
)
convo(
    "conv-fantasy-points-rule",
    [
        (U, "League rules: goal 6 points, assist 3, clean sheet 4, captain scores double."),
        (A, "Noted."),
        (U, "My captain scored twice and got an assist. How many points?"),
    ],
    "a scoring rule defined in an earlier turn",
)
convo(
    "conv-fantasy-gameweek-dates",
    [
        (U, "Gameweek 1 started on Saturday and gameweeks are weekly. Call that week GW1."),
        (A, "OK, GW1 is the first week."),
        (U, "Which date is the deadline for GW20?"),
    ],
    "week numbering is set in an earlier turn but the start date is missing",
)
convo(
    "conv-extras-commission-rule",
    [
        (U, "Our commission is 12%, but we never take more than £30 from one booking."),
        (A, "Understood, 12% capped at £30."),
        (U, "A featured extra earned £320 on Tuesday. What do we keep?"),
    ],
    "a capped commission rule set in an earlier turn",
)
convo(
    "conv-extras-spanish-reply",
    [
        (U, "Please reply in Spanish from now on, I'm forwarding it to a Madrid production."),
        (A, "Claro, responderé en español."),
        (U, "If the call is at 05:45 and wrap is at 17:15, how long is the day?"),
    ],
    "the reply language is set in an earlier turn",
)
convo(
    "conv-harvester-stack-unit",
    [
        (U, "We call one forwarder load a 'bunk', and it's about 14 cubic metres."),
        (A, "Noted: one bunk is about 14 cubic metres."),
        (U, "We hauled 23 bunks this week. Roughly how many cubic metres?"),
    ],
    "an invented unit defined in an earlier turn",
)
convo(
    "conv-golf-feet-inches",
    [
        (U, "Give me heights in feet and inches only, never decimals."),
        (A, "OK, feet and inches only."),
        (U, "The customer is 183 cm tall. What's that?"),
    ],
    "the earlier turn constrains the answer format",
)
convo(
    "conv-golf-previous-answer",
    [
        (U, "What's a 7-iron loft of 30 degrees plus 2 degrees strong?"),
        (A, "32 degrees."),
        (U, "Now take that and bend it 1.5 degrees weak."),
    ],
    "refers to the previous answer",
)
convo(
    "conv-hgv-lesson-unit",
    [
        (U, "At our school a 'session' is 4 hours of driving and costs £210."),
        (A, "Got it, £210 per 4-hour session."),
        (U, "He wants 26 hours of training. How much, if we only sell whole sessions?"),
    ],
    "a session unit and whole-session rounding set in an earlier turn",
)
convo(
    "conv-homeed-term-weeks",
    [
        (U, "We call the first week of September 'week 1' of our home ed year."),
        (A, "OK, week 1 is the first week of September."),
        (U, "Which week number is the week with Bonfire Night in it?"),
    ],
    "a week numbering convention from an earlier turn, with no year given",
)
convo(
    "conv-homeed-spreadsheet",
    [
        (U, "I want Excel formulas, not numbers, I'll paste them in."),
        (A, "Sure, I'll give formulas."),
        (U, "Column B has hours per subject. How do I get the weekly total?"),
    ],
    "the answer wanted is a spreadsheet formula",
)
convo(
    "conv-ironing-basket-unit",
    [
        (U, "A 'basket' on my price list is up to 20 items for £22."),
        (A, "Noted: £22 per basket of up to 20 items."),
        (U, "Mr Osei has 47 items. How many baskets do I charge him for?"),
    ],
    "an invented pricing unit defined in an earlier turn",
)
convo(
    "conv-ledwall-panel-code",
    [
        (U, "Our cabinets are 500 by 500 mm, and we write wall sizes like 8x5 in cabinets."),
        (A, "So an 8x5 wall is 4 m wide by 2.5 m tall."),
        (U, "And a 12x7?"),
    ],
    "a size code defined in earlier turns that looks like multiplication",
)
convo(
    "conv-autoelec-hour-rounding",
    [
        (U, "I bill labour in quarter hours, always rounding up."),
        (A, "Got it, quarter hours rounded up."),
        (U, "Job took 1 hour 38 minutes at £58 an hour. What's the labour charge?"),
    ],
    "a rounding rule set in an earlier turn",
)
convo(
    "conv-surtitle-cue-numbering",
    [
        (U, "Cue numbers in my file restart at 1 each act. Act 1 has 212 cues, act 2 has 187."),
        (A, "Understood."),
        (U, "What's the overall cue number of act 2, cue 40?"),
    ],
    "a numbering convention and figures given in an earlier turn",
)
convo(
    "conv-pottery-piece-code",
    [
        (U, "We label pieces like M2-P1, meaning two mugs and one plate, for each party table."),
        (A, "OK, M2-P1 is two mugs and a plate."),
        (U, "Table 4 is M3-P2 with mugs £12 and plates £16. What's their bill?"),
    ],
    "a code that looks like subtraction, defined in an earlier turn",
)
convo(
    "conv-piling-rig-persona",
    [
        (S, "You are the site's piling foreman. Answer bluntly and mention safety every time."),
        (U, "How many metres of auger is 48 piles at 12 metres each?"),
    ],
    "a persona set by the system turn",
)
convo(
    "conv-pooltable-cloth-rule",
    [
        (U, "My rule for cloth: playing area plus 15 cm all round, ordered in whole metres."),
        (A, "Understood."),
        (U, "Bed is 1.78 m by 0.89 m, cloth roll is 1.98 m wide. How many metres do I order?"),
    ],
    "a cutting rule set in an earlier turn",
)
convo(
    "conv-powder-coat-base",
    [
        (
            U,
            (
                "When I say 'uplift', I mean a percentage on top of the blasting price only, not "
                "the coating."
            ),
        ),
        (A, "Got it."),
        (U, "Blasting £7 and coating £18 a panel, 30% uplift for a rush job. Per panel?"),
    ],
    "a base for percentages set in an earlier turn",
)
convo(
    "conv-scrapbook-dozen",
    [
        (U, "In our club a 'dozen' pack of embellishments has 10 in it, not 12. Don't ask."),
        (A, "Ha, noted: a dozen is 10 here."),
        (U, "I bought 7 dozen. How many embellishments is that?"),
    ],
    "a redefined count word from an earlier turn",
)
convo(
    "conv-suckler-day-count",
    [
        (U, "When I say a cow's 'days in calf', I count the service day as day 1."),
        (A, "Understood, the service day is day 1."),
        (U, "She was served on 2 July 2028. How many days in calf is she on 30 September 2028?"),
    ],
    "a day-counting convention set in an earlier turn",
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len(set(CONVS)) == len(CONVS)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
for _tool in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _tool and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _tool
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ord if i["family"] == r) == 4 for r in REGISTERS)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")), _i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
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
    # no register (family name) of this set is a family name of sets 19 to 86
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 86: {reused}"
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
