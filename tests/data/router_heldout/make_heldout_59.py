r"""Generate heldout-2027-01-31.jsonl: a fifty-ninth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed59/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 750
register names of recent earlier sets, used only to choose this set's 25 registers so that their
trades differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_58.py, by `sed -n` with comma ranges: lines 1-409
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 677-737 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 940-1024 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1226-1233 (its negatives
section header, neg() and conv()) and 1875-2099 (its stated-weekday check, its checks and main()).
The ranges and the line count (2099) were given by the brief; a `wc -l` of that file was
nevertheless run once, in the same command as `sed -n 1,409p` (it printed 2099), and a `wc -l` of
earlier_registers.txt and an `ls -la` of /work/sealed59 were run once, in the same command as the
`cat` of grading.py (`wc -l` printed 750; the listing showed only earlier_registers.txt). None of
set 58's query blocks (410-676, 738-939, 1025-1225, 1234-1874) was opened. Nothing else under
/work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from
grading.py) or tests/ (apart from the five ranges), not README.md and not pyproject.toml. The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any /work/sealed* directory apart from /work/sealed59 was listed. The earlier generators
(sets 1-58) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
their queries were never printed. No JSONL file was opened (not even this set's own output: only
this generator's summary, its failure messages, the `tail -6` of its output and its --show listing
of ids, expected values and tolerances were read), no git command was run, no network and no search
tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py with the `wc -l` and `ls -la` above; the `cat` of
earlier_registers.txt through `tr`; `wc -l` of set 58's generator with `sed -n 1,409p`; `sed -n` of
677,737, 940,1024 and 1226,1233 together with `echo` separators; `sed -n 1875,2099p` alone. Then,
in one command, `mkdir -p` of /tmp/h59/blocks and /tmp/h59/own, `sed -n` copies of the same five
allowed ranges into raw files r1-r5 under /tmp/h59/blocks/ and a `wc -l` of them. Then one run of
/tmp/h59/subst.py (written by a `cat` heredoc in the same command) that cuts the first copy at the
line that is exactly `from __future__ import annotations` (asserted to be the only such whole line,
so not the words inside set 58's docstring), substitutes this set's OUT and PREFIX, replaces set
58's EARLIER_DIRS comment and tuple (which named /work/sealed57) by a two-directory tuple,
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout")), and the docstring of
earlier_path() to match, substitutes EARLIER (sets 1-58, `range(2, 59)`) and REGISTER_CHECK (sets
19-58, adding make_heldout_58.py), and "sets 19 to 57" -> "sets 19 to 58" in one comment and one
message string of main() (each substitution asserted to apply once, the last twice; it printed "ok"
for each), followed in the same command by a `grep -n` of the blocks for "57", "58", "59", "19 to",
"EARLIER" and "sealed" (it printed only configuration lines, two unit-factor lines, main()'s loop
over EARLIER and the substituted lines). Then one command with `tail -3` and `head -2` of r1 and a
`tail -2` of three blocks (that `tail` failed with a usage message: "option used in invalid
context"). Then `cat` heredocs, each in its own command, wrote this set's own blocks under
/tmp/h59/own/: a_calc.py (registers and calculator items), b_units.py (unit constants and unit
items; one wording in it was changed straight away, before any run, by a Python script on standard
input), c_dates.py (date items), d_negs.py (ordinary negatives), e_near.py (near-positive
negatives), and, in one command, f_convs.py (conversations and this set's own structural asserts),
an assembly script /tmp/h59/assemble.py (it builds this file from /tmp/h59/doc.txt, or a one-line
placeholder, and the blocks in order, and prints its line count) and a helper /tmp/h59/run.sh (it
runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache
-q` and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h59/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h59/out.txt, and prints the exit codes and the `tail -6` of
it). assemble.py was rewritten once by a `cat` heredoc (removing unused lines) in the command that
first ran run.sh. Edits after failed checks (listed below) were made by Python scripts on standard
input or written by `cat` heredocs to /tmp/h59/fix1.py and /tmp/h59/fix3.py, and by two `sed -i`
one-line substitutions in b_units.py, all exact and asserted once (the `sed -i` edits followed by a
`grep -n` of their lines), each followed by run.sh; also run once: a `cut -c1-100` of ruff.txt
filtered by `grep` and cut by `head -60`, and, in one command, a `grep` and `awk` of its line
numbers, a `grep -c` of its lines and a `grep -n` of this file for the ORDINARY, NEAR and CONVS
tables. Then run.sh with --show (its `tail -6` not printed), a `sed -n 1,3p` of out.txt for its
summary lines, a `grep -c` of the listed ids and a listing of the ids, expected values and
tolerances (a `grep` of out.txt laid out by `awk` and `column -t`). After reading that listing two
items were reworded by /tmp/h59/fix2.py (written by a `cat` heredoc): the loft calculator problem
(clearer wording of the roll) and the user turn of the month/day conversation (both dates now
ambiguous without the earlier turn, where before one of them could only be month/day); then run.sh
and a `grep -n -A2` of a_calc.py cut to 100 columns. Then an `awk` check of line lengths over this
file and the own blocks (it counts bytes, so it over-reported lines with £ or m²), a Python check
counting characters (seven lines of this file over 100 columns, none reported by ruff), and a `sed
-n` of those seven lines (own text). /tmp/h59/fix3.py rewrapped the 21 parenthesised strings of the
ORDINARY table with textwrap (asserting the joined text unchanged and every line at most 100
columns) and rewrapped the loft calculator string; then run.sh, the Python line-length check
(nothing over 100) and a `sed -n 1,2p` of out.txt. A Python script on standard input then removed
one unused constant from b_units.py; then run.sh and a `sed -n 2p` of out.txt. This docstring was
written last over the placeholder: its source text, /tmp/h59/doc/doc_src.txt, was written by a
`cat` heredoc; in the next command a Python script on standard input corrected it (exact,
asserted-once replacements: the tally of the ruff errors and the account of the command that
inspected ruff.txt), and /tmp/h59/doc/make_doc.py (written by a `cat` heredoc in that command; it
uses textwrap, keeps the lines marked as preformatted and asserts that the words are unchanged,
that no line exceeds 100 columns and that every register value of a_calc.py is named) filled it to
99 columns into /tmp/h59/doc.txt; then run.sh and a `head -3` of this file. The source was then
edited twice more by Python scripts on standard input (exact, asserted-once replacements correcting
this account of how the docstring was made), each time filled again and followed by run.sh, a `head
-3` of this file and a Python check of its line lengths; between the two edits a `sed -n 245,280p`
of this file (the end of this docstring) was read; then two runs of this file with --digest (one
with PYTHONHASHSEED=7), `sha256sum` of the JSONL and a `sed -n` of out.txt's three summary lines;
finally `rm -rf /tmp/h59`. Writes: only this file and its JSONL in /work/sealed59/
(earlier_registers.txt left as it was); temporary blocks, scripts and output under /tmp/h59/ were
deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 58's main() and checks: only the substitutions listed above (file names, sets 1-58
for the duplicate check, sets 19-58 for the register check) and where the earlier generators are
found. Set 58 is already in /work/main/tests/data/router_heldout, so each earlier generator is
looked up by earlier_path() first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-58 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 58's as
printed; ruff format may have changed layout only. All of set 58's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (used by one calculator item), weeks() (used by one date
item), unit_r() with close_enough_at_2dp(), say() (used through sayw()), sayw(), sayus() (not used
here), and SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, LITRE, HA, KPA and CUYD (with
asserts on CUFT, SQFT, CUYD and SQYD), the register constants and the REGISTERS tuple (sorted,
asserted 25 and distinct), the ORDINARY, NEAR and CONVS tables, dates stated with their computed
weekday by sayw() in five positives (a comic crossover, a flight out, a polling day, a first
episode, both ends of a retreat), in one near-positive and in one conversation, an assert that the
square-root one-liner's radicand is a perfect square, and this set's own asserts: the ORDINARY
negatives are keyed by exactly the REGISTERS, in order, four each; NEAR has 65 entries and CONVS
35, each with distinct families, all "near-..." and "conv-..." respectively; the positive registers
are exactly the REGISTERS; 193 items lie in the registers (25 x 3 positives, 18 second positives,
100 negatives), 31 register word problems per tool; exactly 18 registers have four positives; every
negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 58's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 58's, copied (P = "plain" is copied too, as the
last line of the first block). Set 58's docstring (within lines 1-409) names its 25 registers, its
provenance and the generic kinds of its items, which were therefore seen; all of those register
names are also in earlier_registers.txt, and none of their trades is used here.
earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it (for instance no bingo, comics, exam invigilation, fish
frying, travel agency, insulation, milk delivery, nail bar, IT helpdesk, decorating, fuel
forecourt, picture framing, plant hire, plastering, polling, tuition, concrete, security guarding,
septic tanks, skip hire, football, temp recruitment, trampolining, television or yoga register
appears there); the judgement of "different topic" is this writer's. Many plain one-liners,
near-positives and conversations here are of the same generic kinds as set 58's (for instance an
operator, a decimal comma, a persona, a fault code, a contested reading, implied multiplication, a
weekday of a historical event, a number in a title), newly worded. At the edges of the allowed
ranges: line 409 is P = "plain", 677, 940 and 1226 are section headers, 737 is a blank line after
unit_r(), 1024 is the assert after sayus(), 1233 is the last line of conv(), 1875-1881 hold the
comment and the compiled pattern of the stated-weekday check and 2099 is the call of main(). No
query text of any earlier set was seen: main()'s duplicate check names only this set's ids. Every
query here was newly written from imagination of each trade or situation; 31 first-draft items that
the duplicate check reported as exact repeats of earlier queries or user turns (their earlier
counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that are not in
earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled out. An
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 58 (the near-.../conv-... families are not registers and
may coincide with earlier family names). This set has no algebra or calculus question (the only
proof asked for is a written proof of a known theorem). Conversations that define an operator, a
function, letter values, a name for a number, swapped signs, clock arithmetic, a decimal comma, a
unit, an input or output base, modular arithmetic or shorthand for thousands and millions are
negatives because the notation is set up in an earlier turn (one base by a system turn); one
conversation spreads its figures over three user turns. Some near-positives depend on the current
date (days until a birthday, an age from a birth month); one asks for "one month after" the 31st,
one for working days between stated dates (a span with Good Friday and Easter Monday in it), one
uses all-numeric dates of unstated order, one asks the weekday of a historical event, one asks when
the clocks go forward; they are negatives, with no "now" field. Two negatives ask what a short
piece of code returns or why (code semantics). One near-positive is a negative for its contested
reading (implied multiplication), not as symbolic math. Near-positives ask for conversions in
gallons, cups, tons, mpg, horsepower and fluid ounces, and for dog years (left out of positives as
contested); one asks for letters in a word (vowels) and one for an oven gas mark in Celsius.

Checks that failed along the way: the register check passed on every run. The first run of run.sh
failed ruff check with 23 errors, all ISC004 (implicitly concatenated strings in a collection: 20
in the ORDINARY table, one in NEAR, two conversation turns), fixed by a Python script on standard
input that put all 21 multi-line strings of the ORDINARY table and the NEAR string in parentheses
and rewrote the two conversation turns (the system turn of the persona conversation and the first
user turn of the fortnight conversation) as parenthesised strings; ruff format printed nothing and
ruff check passed on every later run. That first run also failed unit_r()'s two-decimal assert on a
plain acres-to-hectares one-liner (2.75 acres; changed by `sed -i` to 27.5 acres, later to 37.5
acres, see below); the next run failed it on the forecourt psi-to-bar problem (35 psi; changed by
`sed -i` to 38 psi); the next failed main()'s LENGTH_IN_MONTHS rule on the second skip-hire
calculator problem ("12 months"; reworded by a Python script to a stated calendar year, 2031, with
the same answer); the next failed main()'s duplicate check, which reported 31 items by id: three
plain calculator one-liners, three plain date one-liners, six plain unit one-liners, four
conversations (decimal comma, fraction form, French number words, Roman numerals; both user turns
of each reworded, with new figures) and 15 near-positives (clocks, floating-point code, a packing
estimate, implied multiplication, an ISBN, a historical price, a historical weekday, mpg,
all-numeric dates, a random pick, Roman numerals, a proof, a time zone, a test's prevalence,
software versions); all were reworded by /tmp/h59/fix1.py, with new figures or new subjects,
without the earlier queries being looked at, and a further Python script renamed seven near-...
families to match their new subjects, changed one note and parenthesised the reworded prevalence
question. The next run again reported one plain unit one-liner (psi to kPa), reworded by a Python
script with a new figure; the next run passed every check, and so did every later run. The Python
line-length check then found seven lines over 100 columns (six ORDINARY strings lengthened by the
parentheses, and the loft string), fixed by fix3.py as described above.

Registers (families), 25, new: bingo_hall_caller_desk, comic_book_shop_pull_list,
exam_hall_invigilation_team, fish_and_chip_shop_counter, high_street_travel_agent,
loft_insulation_installer, milkman_doorstep_round, nail_bar_appointment_book, office_it_helpdesk,
painter_decorator_job_sheet, petrol_station_forecourt_kiosk, picture_framing_workshop,
plant_hire_depot_counter, plastering_contractor_skim_jobs, polling_station_presiding_officer,
private_tuition_agency, ready_mix_concrete_plant, security_guard_patrol_rota,
septic_tank_emptying_tanker, skip_hire_yard_bookings, sunday_league_football_secretary,
temp_recruitment_agency_desk, trampoline_park_session_desk, tv_studio_floor_manager,
yoga_studio_class_passes. Every register is used by all three tools (asserted); eighteen distinct
registers have one further positive (a second calculator word problem: fish_and_chip_shop_counter,
temp_recruitment_agency_desk, petrol_station_forecourt_kiosk, skip_hire_yard_bookings,
bingo_hall_caller_desk, high_street_travel_agent; a second unit word problem:
ready_mix_concrete_plant, loft_insulation_installer, plastering_contractor_skim_jobs,
septic_tank_emptying_tanker, picture_framing_workshop, office_it_helpdesk; a second date word
problem: polling_station_presiding_officer, security_guard_patrol_rota,
exam_hall_invigilation_team, sunday_league_football_secretary, tv_studio_floor_manager,
yoga_studio_class_passes). Positives are one-liners (family "plain") or word problems of one to
three sentences, mostly UK usage with £ and a few US touches, some chatty, terse, lower-case or in
shorthand, a few with numbers in words, questions at the start or the end or left implied. No
positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live share price or
commodity price, a current central bank rate, missing loan terms, contested units (gallon, cup,
ton, mpg, horsepower, fluid ounce, dog years), today's date or an age without a stated date, a
lunisolar festival, working days, month arithmetic from the 31st, all-numeric dates of unstated
order, time zones, daylight saving, identifiers that look like numbers (a flight, an ISBN, a
dialling code, a postcode, an IP address, software versions, a formation, chess notation, a fault
code, a colour code, a helpline number), a paper size, code semantics, world, science or sports
facts, nutrition, tax rules, traffic rules, dosing, a size chart, an oven convention, estimates,
lottery odds, missing prevalence, a translation, a writing task, a number in a title, an opinion, a
contested reading, a random choice, a written proof, an explanation, the history of numerals, a
puzzle's psychology, letters in a word, a forecast, a historical price, an opinion about a stated
date, the weekday of a historical event, a tipping custom, a current postage price, a regional time
idiom; or, in conversations, an operator, function, letter values or a name defined earlier,
swapped signs, clock arithmetic, a decimal comma, a unit defined earlier, a number base (input,
output, or set by a system turn), Roman numerals, a persona set by a system turn, answer language,
verse form, output format, rounding, precision, target unit, a fixed currency rate or date order
fixed earlier, date wording, fraction form, an invented calendar, a week numbering, a correction,
summary, follow-up explanation or recall of earlier turns, figures spread over turns, a result from
an earlier turn, a judgement about earlier figures, advice about a date given earlier, modular
arithmetic or shorthand defined earlier. The ordinary negatives ask for advice, explanations,
judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 58: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB/KiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as N days or weeks after or before a stated date, a stated start plus
a number of nights, "days between", "how many days from ... to ...", "how many weeks ... from ...
to ...", "every N weeks" or "every 9 days" counted from a stated first date, weekly episodes from a
stated first one, the first Monday or Sunday, third Wednesday or last Thursday or Saturday of a
stated month and year), ages are in whole years from a stated birth or opening date to a stated
date, and clock spans run from one stated time to the next occurrence of the other (three cross
midnight, each saying "next morning" or "following morning"; one runs between two stated dates and
times). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime /
math.isqrt. Exact conversion factors (sources as in set 58):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet, yards and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, kPa); 1 L = 10^-3 m^3;
    1 bar = 10^5 Pa; 1 h = 3600 s; 1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32;
    1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_59.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-31.jsonl"
PREFIX = "ho59-"
# earlier generators: sets 1-58 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 59))
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


# registers of this set (families of its positives and ordinary negatives)
BINGO = "bingo_hall_caller_desk"
COMIC = "comic_book_shop_pull_list"
EXAM = "exam_hall_invigilation_team"
CHIPPY = "fish_and_chip_shop_counter"
TRAVEL = "high_street_travel_agent"
LOFT = "loft_insulation_installer"
MILK = "milkman_doorstep_round"
NAILS = "nail_bar_appointment_book"
HELPDESK = "office_it_helpdesk"
DECORATOR = "painter_decorator_job_sheet"
FORECOURT = "petrol_station_forecourt_kiosk"
FRAMER = "picture_framing_workshop"
PLANT = "plant_hire_depot_counter"
PLASTER = "plastering_contractor_skim_jobs"
POLLING = "polling_station_presiding_officer"
TUITION = "private_tuition_agency"
CONCRETE = "ready_mix_concrete_plant"
GUARDS = "security_guard_patrol_rota"
SEPTIC = "septic_tank_emptying_tanker"
SKIPS = "skip_hire_yard_bookings"
FOOTBALL = "sunday_league_football_secretary"
TEMPS = "temp_recruitment_agency_desk"
TRAMPOLINE = "trampoline_park_session_desk"
STUDIO = "tv_studio_floor_manager"
YOGA = "yoga_studio_class_passes"
REGISTERS = (
    BINGO,
    COMIC,
    EXAM,
    CHIPPY,
    TRAVEL,
    LOFT,
    MILK,
    NAILS,
    HELPDESK,
    DECORATOR,
    FORECOURT,
    FRAMER,
    PLANT,
    PLASTER,
    POLLING,
    TUITION,
    CONCRETE,
    GUARDS,
    SEPTIC,
    SKIPS,
    FOOTBALL,
    TEMPS,
    TRAMPOLINE,
    STUDIO,
    YOGA,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "17.5% of 2,360?", pct("17.5") * 2360)
calc(P, "what's 1,284 × 37", 1284 * 37)
assert math.isqrt(7744) ** 2 == 7744
calc(P, "square root of 7744", math.isqrt(7744))
calc(P, "(53.7 - 18.45) / 1.25 = ?", (dec("53.7") - dec("18.45")) / dec("1.25"))
calc(P, "nineteen squared minus fourteen cubed", 19**2 - 14**3)
calc(P, "work out three eighths of 1,096", F(3, 8) * 1096)
calc(P, "what's 3 to the 7th", 3**7)
calc(P, "increase 640 by 35 percent", 640 * (1 + pct(35)))
calc(P, "7391 / 8", F(7391, 8))
calc(P, "add up 0.45, 1.8 and 12.075", dec("0.45") + dec("1.8") + dec("12.075"))
calc(P, "what percentage of 1,240 is 186?", F(186, 1240) * 100)
calc(P, "take 12 per cent off 1,150", 1150 * (1 - pct(12)))
calc(P, "mean of 14, 22, 9, 31 and 18.5", (14 + 22 + 9 + 31 + dec("18.5")) / 5)
calc(P, "1/8 + 3/5 as a decimal please", F(1, 8) + F(3, 5))

# word problems, one per register
calc(
    BINGO,
    "Bingo books are £2.50 for a single or £12 for a strip of six. A party of 9 each buy a strip "
    "of six and two singles. What do they pay altogether?",
    9 * (12 + 2 * dec("2.50")),
)
calc(
    COMIC,
    "pull list regulars get 10% off cover. this month Sam's pulls are 7 books at £3.80 and 2 at "
    "£4.50 - what does he owe me?",
    (7 * dec("3.80") + 2 * dec("4.50")) * (1 - pct(10)),
)
calc(
    EXAM,
    "Invigilators are on £13.40 an hour. Three of us each did 3.5 hours on Monday and 2.75 hours "
    "on Wednesday. What's the total wage bill for the three?",
    3 * (dec("3.5") + dec("2.75")) * dec("13.40"),
)
calc(
    CHIPPY,
    "cod & chips £9.20, small chips £3.10, mushy peas £1.85. order is 4 cod & chips, 3 small "
    "chips and 2 peas. total?",
    4 * dec("9.20") + 3 * dec("3.10") + 2 * dec("1.85"),
)
calc(
    TRAVEL,
    "A package holiday is £749 per adult and children go at 60% of the adult price. For two "
    "adults and three children, with a £150 deposit already paid, what's the balance owing?",
    2 * 749 + 3 * 749 * pct(60) - 150,
)
loft_rolls = whole_up(F(61) / dec("8.3"))
calc(
    LOFT,
    "Each roll of loft insulation covers 8.3 m² and costs £24.50. Buying whole rolls only, "
    "what's the material cost for a 61 m² loft?",
    loft_rolls * dec("24.50"),
)
calc(
    MILK,
    "Customer has six bottles of milk a week at 95p each and orange juice twice a week at £2.40 "
    "a carton. How much is her bill for a five-week month?",
    5 * (6 * dec("0.95") + 2 * dec("2.40")),
)
calc(
    NAILS,
    "Gel manicure £32, pedicure £38, nail art £1.50 a nail. The bride and 3 bridesmaids each "
    "have a gel mani and a pedi, and the bride has art on all ten nails. With 10% off the whole "
    "booking, what's the total?",
    (4 * (32 + 38) + 10 * dec("1.50")) * (1 - pct(10)),
)
calc(
    HELPDESK,
    "we're replacing 37 laptops at £689 each and the supplier gives £45 trade-in per old machine. "
    "net spend?",
    37 * (689 - 45),
)
calc(
    DECORATOR,
    "My day rate is £180 and my labourer's is £140. The job takes the two of us 4 and a half "
    "days and paint comes to £236.40. Add VAT at 20% to all of it - what's the final figure?",
    (dec("4.5") * (180 + 140) + dec("236.40")) * (1 + pct(20)),
)
calc(
    FORECOURT,
    "Someone put 40 litres of diesel in at 148.9p a litre and bought a £3.25 sandwich. What's "
    "the total in pounds?",
    40 * dec("1.489") + dec("3.25"),
)
calc(
    FRAMER,
    "Moulding costs £14.50 a metre. A frame for a 50 cm by 70 cm print takes the perimeter plus "
    "40 cm extra for the mitres. What does the moulding cost?",
    (2 * (dec("0.5") + dec("0.7")) + dec("0.4")) * dec("14.50"),
)
calc(
    PLANT,
    "Mini digger is £95 a day or £380 a week. Customer has it for 9 days, charged as one week "
    "plus two days, and we deliver and collect at £60 each way. How much in total?",
    380 + 2 * 95 + 2 * 60,
)
calc(
    PLASTER,
    "I charge £11.50 per square metre to skim. Two walls each 4.2 m by 2.4 m plus a ceiling "
    "4.2 m by 3.6 m - how much do I charge?",
    (2 * dec("4.2") * dec("2.4") + dec("4.2") * dec("3.6")) * dec("11.50"),
)
calc(
    POLLING,
    "The presiding officer's fee is £265 and each poll clerk gets £190, plus everyone gets £25 "
    "for attending training. One presiding officer and three clerks - what's the staffing cost "
    "for the station?",
    265 + 3 * 190 + 4 * 25,
)
calc(
    TUITION,
    "A tutor charges £42 an hour and we take 22% commission. The student has 1.5 hour sessions "
    "twice a week for 6 weeks. How much does the tutor actually receive?",
    42 * dec("1.5") * 2 * 6 * (1 - pct(22)),
)
calc(
    CONCRETE,
    "C30 is £128 per cubic metre, and a part load is charged an extra £35 for every cubic metre "
    "short of 6. Customer wants 4.5 m³ - what's the price?",
    dec("4.5") * 128 + (6 - dec("4.5")) * 35,
)
calc(
    GUARDS,
    "guards are paid £12.60 an hour, time and a half for anything over 40 hours in the week. "
    "dave did 52 hours. gross pay?",
    40 * dec("12.60") + 12 * dec("12.60") * dec("1.5"),
)
calc(
    SEPTIC,
    "We charge £240 to empty the first 4,000 litres and 4.5p a litre after that. What's the bill "
    "for a 6,800 litre tank pumped out completely?",
    240 + (6800 - 4000) * dec("0.045"),
)
calc(
    SKIPS,
    "An 8-yard skip is £285 for 14 days, then £8 for each extra day, plus a £45 council permit "
    "as it's on the road. Customer kept it 19 days. What do they pay?",
    285 + (19 - 14) * 8 + 45,
)
calc(
    FOOTBALL,
    "Subs are £8 a match; 16 players pay for each of our 22 matches. Pitch hire is £55 for each "
    "of 11 home games and the ref is £40 every match. How much of the subs is left after pitch "
    "and ref?",
    8 * 16 * 22 - 55 * 11 - 40 * 22,
)
calc(
    TEMPS,
    "Temp's pay rate is £12.80 an hour and we charge the client that plus a 35% markup. For a "
    "37.5 hour week, what's the client invoice before VAT?",
    dec("12.80") * (1 + pct(35)) * dec("37.5"),
)
calc(
    TRAMPOLINE,
    "Party of 11 kids doing the hour jump at £14.50 each, and they all need grip socks at £2.50. "
    "Parties get 10% off the jump price but socks are full price. What's the total?",
    11 * dec("14.50") * (1 - pct(10)) + 11 * dec("2.50"),
)
calc(
    STUDIO,
    "Studio hire is £2,150 a day and the crew of 8 are £310 each per day. It's a two-day shoot "
    "and we add 5% contingency on top. What's the budget?",
    (2150 + 8 * 310) * 2 * (1 + pct(5)),
)
calc(
    YOGA,
    "Drop-in is £13 a class and a 10-class pass is £110. If I come twice a week for 10 weeks, "
    "how much do I save buying passes instead of paying drop-in?",
    20 * 13 - 2 * 110,
)

# second word problems (six registers)
calc(
    CHIPPY,
    "we get through 18 kg of potatoes a day at 62p a kilo and we're open six days a week. weekly "
    "potato bill in pounds?",
    18 * dec("0.62") * 6,
)
calc(
    TEMPS,
    "We've placed 6 temps for 4 weeks at 35 hours a week each and our margin is £3.85 an hour "
    "per temp. What's the gross margin on the placement?",
    6 * 4 * 35 * dec("3.85"),
)
calc(
    FORECOURT,
    "Shop takings were £4,812.40 on Saturday and £3,907.60 on Sunday, and the card fees are 1.5% "
    "of takings. How much in fees for the weekend?",
    (dec("4812.40") + dec("3907.60")) * pct("1.5"),
)
calc(
    SKIPS,
    "A builder takes three 6-yard skips every month of 2031 at £240 each and gets 7.5% off as "
    "an account customer. What does he spend over the whole of 2031?",
    3 * 240 * (1 - pct("7.5")) * 12,
)
calc(
    BINGO,
    "The full house pot is £1,840. The hall keeps 15% and the rest is split equally between 5 "
    "winners. How much does each winner get?",
    1840 * (1 - pct(15)) / 5,
)
calc(
    TRAVEL,
    "Client booked a cruise at £3,280, pays a 20% deposit and the rest in 4 equal instalments. "
    "How much is each instalment?",
    3280 * (1 - pct(20)) / 4,
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
LITRE = F(1, 1000)  # m^3
HA = F(10**4)  # m^2
KPA = F(1000)  # Pa
CUYD = YD * YD * YD  # m^3
assert CUFT == dec("0.028316846592") and SQFT == dec("0.09290304")
assert CUYD == dec("0.764554857984") and SQYD == dec("0.83612736")

# plain one-liners
unit_r(P, "73.5 kg is how many stone", dec("73.5") / STONE)
unit(P, "height 6 ft 1 in, in centimetres", (6 * FT + 1 * IN) / CM, EXACT)
unit_r(P, "convert 13.7 miles to kilometres", dec("13.7") * MI / KM)
unit(P, "what is 14 °F in celsius", f_to_c(14), EXACT)
unit_r(P, "how many square feet is 45 m²", 45 / SQFT)
unit(P, "3.5 GiB = how many MiB", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "250 grams in ounces", 250 * G / OZ)
unit_r(P, "what's 110 km/h in mph", 110 * KMH / MPH)
unit_r(P, "convert 37.5 acres into hectares", dec("37.5") * ACRE / HA)
unit_r(P, "inches in 3.3 metres?", dec("3.3") / IN)
unit_r(P, "tyre pressure of 29 psi in kPa?", 29 * PSI / KPA)
unit(P, "0.85 litres in cubic centimetres", dec("0.85") * LITRE / (CM * CM * CM), EXACT)
unit_r(P, "1.8 bar is how many psi", dec("1.8") * BAR / PSI)
unit_r(P, "13 st 9 lb in kg", 13 * STONE + 9 * LB)

# word problems, one per register
unit_r(
    BINGO,
    "The main hall floor is 28 m by 17.5 m. How many square feet is that for the insurance form?",
    28 * dec("17.5") / SQFT,
)
unit(
    COMIC,
    "Our standard comic bags are 6 7/8 inches wide - what's that in millimetres?",
    (6 + F(7, 8)) * IN / MM,
    EXACT,
)
unit_r(
    EXAM,
    "The board says desks must be 1.25 m apart. A visiting examiner from the States asked me what "
    "that is in feet.",
    dec("1.25") / FT,
)
unit(
    CHIPPY,
    "The new fryer's manual is American. We fry at 180 °C - what do I set in Fahrenheit?",
    c_to_f(180),
    EXACT,
)
unit_r(
    TRAVEL,
    "A client's checked bag allowance is 23 kg and she wants it in pounds. How many?",
    23 / LB,
)
unit(
    LOFT,
    "loft floor is 9.6 m by 7.5 m and we're laying the quilt 270 mm deep all over. how many cubic "
    "metres of insulation is that?",
    dec("9.6") * dec("7.5") * 270 * MM,
    EXACT,
)
unit_r(
    MILK,
    "The whole round is 23.4 km end to end. What's that in miles?",
    dec("23.4") * KM / MI,
)
unit(
    NAILS,
    "Client wants her extensions three quarters of an inch past the fingertip. How many mm is "
    "that?",
    F(3, 4) * IN / MM,
    EXACT,
)
unit(
    HELPDESK,
    "Mailbox quota is 50 GiB and the user is on 37,376 MiB. How many MiB are left?",
    (50 * GIB - 37376 * MIB) / MIB,
    EXACT,
)
unit_r(
    DECORATOR,
    "Bedroom is 14 ft by 11 ft 6 in. I need the floor area in square metres for the paint "
    "calculator.",
    14 * FT * (11 * FT + 6 * IN),
)
unit_r(
    FORECOURT,
    "the air line only reads in bar. customer wants 38 psi in his tyres, what's that in bar?",
    38 * PSI / BAR,
)
unit(
    FRAMER,
    "What's the area in square centimetres of a 16 by 20 inch print?",
    16 * IN * 20 * IN / (CM * CM),
    EXACT,
)
unit_r(
    PLANT,
    "Trailer's max gross weight is 3,500 kg. The customer asked for it in pounds - how many?",
    3500 / LB,
)
unit_r(
    PLASTER,
    "Ceiling is 12 ft 6 in by 10 ft. In square metres, how big is that?",
    (12 * FT + 6 * IN) * 10 * FT,
)
unit_r(
    POLLING,
    "Campaigners have to stay 100 metres back from the door. In yards, how far is that?",
    100 / YD,
)
unit_r(
    TUITION,
    "One tutor's trip to a student is 7.5 miles one way. What's that in km for the mileage claim?",
    dec("7.5") * MI / KM,
)
unit(
    CONCRETE,
    "Slab is 6 m × 4.5 m × 150 mm thick. How many cubic metres do we send?",
    6 * dec("4.5") * 150 * MM,
    EXACT,
)
unit(
    GUARDS,
    "The perimeter patrol is 2.8 km and takes 35 minutes. What's the average walking speed in "
    "km/h?",
    dec("2.8") / F(35, 60),
    EXACT,
)
unit(
    SEPTIC,
    "Tank is 2.4 m long, 1.5 m wide and 1.6 m deep. How many litres does it hold?",
    dec("2.4") * dec("1.5") * dec("1.6") / LITRE,
    EXACT,
)
unit_r(
    SKIPS,
    "how many cubic metres is a 6 cubic yard skip?",
    6 * CUYD,
)
unit_r(
    FOOTBALL,
    "Our pitch is 100 yards by 60 yards. What's the area in square metres?",
    100 * 60 * SQYD,
)
unit_r(
    TEMPS,
    "The warehouse job has a 20 kg lifting limit and the American client wants it in lb. How "
    "many lb?",
    20 / LB,
)
unit_r(
    TRAMPOLINE,
    "Max user weight on the big trampolines is 16 stone. What's that in kg?",
    16 * STONE,
)
unit_r(
    STUDIO,
    "Studio B floor is 60 ft by 40 ft. How many square metres is that?",
    60 * FT * 40 * FT,
)
unit(
    YOGA,
    "We keep the hot room at 40 °C - what's that in Fahrenheit? a student asked",
    c_to_f(40),
    EXACT,
)

# second word problems (six registers)
unit_r(
    CONCRETE,
    "Customer on the phone wants 20 cubic yards. How many m³ do we batch?",
    20 * CUYD,
)
unit_r(
    LOFT,
    "Building regs want 270 mm of insulation. Customer asks: how many inches is that?",
    270 * MM / IN,
)
unit_r(
    PLASTER,
    "A bag of multi-finish is 25 kg. How much is that in pounds?",
    25 / LB,
)
unit_r(
    SEPTIC,
    "Our tanker holds 9,000 litres. How many cubic feet is that?",
    9000 * LITRE / CUFT,
)
unit(
    FRAMER,
    "Customer wants a mount border of 2.5 inches all round. What's that in cm?",
    dec("2.5") * IN / CM,
    EXACT,
)
unit(
    HELPDESK,
    "attachment limit is 2 GiB. how many KiB is that?",
    2 * GIB / KIB,
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
date_item(P, "what day of the week is 9 November 2033?", weekday(D(2033, 11, 9)))
date_item(P, "days between 8 March 2029 and 23 October 2029", days(D(2029, 3, 8), D(2029, 10, 23)))
date_item(P, "date 250 days after 12 January 2031", D(2031, 1, 12) + TD(days=250))
date_item(P, "what's the date six weeks before 2 June 2028", D(2028, 6, 2) - TD(weeks=6))
date_item(
    P,
    "how many weeks are there from 12 January 2032 to 5 April 2032?",
    weeks(D(2032, 1, 12), D(2032, 4, 5)),
)
date_item(P, "first Monday of September 2030?", nth_weekday(2030, 9, MON, 1))
date_item(P, "date of the last Thursday in November 2029", nth_weekday(2029, 11, THU, -1))
date_item(P, "minutes from 21:35 to 06:50 the following morning", clock_span("21:35", "06:50", 60))
date_item(P, "1000 days after 1 April 2027 is what date", D(2027, 4, 1) + TD(days=1000))
date_item(
    P, "someone born 14 August 1987 - how old on 30 June 2040?", age(D(1987, 8, 14), D(2040, 6, 30))
)
date_item(P, "which weekday was 14 July 1989", weekday(D(1989, 7, 14)))
date_item(
    P, "How many days from 28 February 2031 to 1 March 2032?", days(D(2031, 2, 28), D(2032, 3, 1))
)
date_item(P, "90 days before 10 May 2030?", D(2030, 5, 10) - TD(days=90))
date_item(P, "third Wednesday of February 2035", nth_weekday(2035, 2, WED, 3))

# word problems, one per register
date_item(
    BINGO,
    "Evening session runs from 18:45 until 22:10. How many minutes is that on the floor?",
    clock_span("18:45", "22:10", 60),
)
crossover = D(2030, 10, 2)
date_item(
    COMIC,
    f"The big crossover starts {sayw(crossover)} with a new issue every 2 weeks, 8 issues in "
    "all. What date does issue 8 land?",
    crossover + TD(weeks=2 * 7),
)
date_item(
    EXAM,
    "This summer's exam series runs from 11 May 2037 to 24 June 2037. How many days between "
    "those two dates?",
    days(D(2037, 5, 11), D(2037, 6, 24)),
)
date_item(
    CHIPPY,
    "We opened on 20 November 1986. How many years old is the shop on 12 September 2031?",
    age(D(1986, 11, 20), D(2031, 9, 12)),
)
fly_out = D(2031, 6, 14)
date_item(
    TRAVEL,
    f"Client flies out on {sayw(fly_out)} for 10 nights. What date does she fly home?",
    fly_out + TD(days=10),
)
date_item(
    LOFT,
    "Grant was approved on 19 October 2028 and the install has to happen 21 days after that. "
    "Which date is it?",
    D(2028, 10, 19) + TD(days=21),
)
date_item(
    MILK,
    "customer pays every 4 weeks, first payment was 6 January 2034. date of her fifth payment?",
    D(2034, 1, 6) + TD(weeks=4 * 4),
)
date_item(
    NAILS,
    "Infills are every 3 weeks. Her last set was 28 November 2029 - what day of the week will "
    "the next infill fall on?",
    weekday(D(2029, 11, 28) + TD(weeks=3)),
)
date_item(
    HELPDESK,
    "Passwords expire 90 days after they're set. This one was set on 17 December 2029 - when "
    "does it expire?",
    D(2029, 12, 17) + TD(days=90),
)
date_item(
    DECORATOR,
    "job starts 7 April 2031 and we're booked to finish 2 May 2031. how many days between?",
    days(D(2031, 4, 7), D(2031, 5, 2)),
)
date_item(
    FORECOURT,
    "Night shift in the kiosk is 22:00 to 06:30 next morning. How many hours is that?",
    clock_span("22:00", "06:30", 3600),
)
date_item(
    FRAMER,
    "The gallery opens on 3 March 2032 and wants all the framing done 18 days before. What's the "
    "deadline date?",
    D(2032, 3, 3) - TD(days=18),
)
date_item(
    PLANT,
    "Excavator went out on 24 July 2029 and came back 9 August 2029. How many days between the "
    "two?",
    days(D(2029, 7, 24), D(2029, 8, 9)),
)
date_item(
    PLASTER,
    "Plastered on 26 February 2030 and it needs 10 days before the decorators can paint. What "
    "date is that?",
    D(2030, 2, 26) + TD(days=10),
)
date_item(
    POLLING,
    "Polls open at 07:00 and close at 22:00. How many hours is the presiding officer on duty "
    "from open to close?",
    clock_span("07:00", "22:00", 3600),
)
date_item(
    TUITION,
    "A student was born on 3 September 2015. How old will he be on 15 May 2031?",
    age(D(2015, 9, 3), D(2031, 5, 15)),
)
date_item(
    CONCRETE,
    "cubes from the pour on 13 August 2033 get crushed 28 days later. what date is the test?",
    D(2033, 8, 13) + TD(days=28),
)
date_item(
    GUARDS,
    "The long shift is 19:00 to 07:00 the next morning. How many hours?",
    clock_span("19:00", "07:00", 3600),
)
date_item(
    SEPTIC,
    "We emptied the tank on 15 March 2029 and it's on a schedule of every 26 weeks. When's the "
    "next visit due?",
    D(2029, 3, 15) + TD(weeks=26),
)
date_item(
    SKIPS,
    "Skip went out 30 October 2030 and was collected 14 November 2030. Days between?",
    days(D(2030, 10, 30), D(2030, 11, 14)),
)
date_item(
    FOOTBALL,
    "The season kicks off on the first Sunday of September 2031. What date is that?",
    nth_weekday(2031, 9, SUN, 1),
)
date_item(
    TEMPS,
    "A temp starts on 4 August 2031 and the assignment runs 12 weeks. What's the end date?",
    D(2031, 8, 4) + TD(weeks=12),
)
date_item(
    TRAMPOLINE,
    "Party's booked for the last Saturday of March 2032 - which date is that?",
    nth_weekday(2032, 3, SAT, -1),
)
date_item(
    STUDIO,
    "Recording runs from 18:30 to 21:15. How many minutes of studio time?",
    clock_span("18:30", "21:15", 60),
)
date_item(
    YOGA,
    "My class pass bought on 9 September 2030 expires 120 days after purchase. What date does it "
    "expire?",
    D(2030, 9, 9) + TD(days=120),
)

# second word problems (six registers)
polling_day = D(2030, 5, 2)
date_item(
    POLLING,
    f"Polling day is {sayw(polling_day)} and postal vote applications close 11 days before. "
    "What's the closing date?",
    polling_day - TD(days=11),
)
date_item(
    GUARDS,
    "Site nights come round every 9 days, the first one on 2 January 2035. What date is the sixth?",
    D(2035, 1, 2) + TD(days=9 * 5),
)
date_item(
    EXAM,
    "The access arrangements room is open from 08:50 to 12:20. How many hours is that?",
    clock_span("08:50", "12:20", 3600),
)
date_item(
    FOOTBALL,
    "Under-18s cut-off: a lad born 29 October 2013 - how old is he on 1 September 2031?",
    age(D(2013, 10, 29), D(2031, 9, 1)),
)
first_episode = D(2032, 1, 6)
date_item(
    STUDIO,
    f"Eight episodes go out weekly starting {sayw(first_episode)}. What's the date of the last "
    "one?",
    first_episode + TD(weeks=7),
)
retreat_start = DT(2031, 10, 3, 16, 0)
retreat_end = DT(2031, 10, 5, 14, 0)
date_item(
    YOGA,
    f"The weekend retreat runs from 16:00 on {sayw(retreat_start.date())} to 14:00 on "
    f"{sayw(retreat_end.date())}. How many hours is that?",
    F(int((retreat_end - retreat_start).total_seconds()), 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, advice, explanations, judgements, rules, facts, writing
ORDINARY = {
    BINGO: (
        (
            "What are some of the traditional calls for numbers in the eighties? Our new caller "
            "doesn't know any and the regulars love them."
        ),
        (
            "how do i explain the difference between one line, two lines and a full house to "
            "first-timers without boring the regulars"
        ),
        (
            "Write a short, cheerful announcement asking players to put their phones on silent "
            "before the main session."
        ),
        (
            "Can a charity run a bingo night in England without a licence? What should we check "
            "first?"
        ),
    ),
    COMIC: (
        (
            "What's the best way to store older comics so the pages don't yellow - bags and "
            "boards, or something better?"
        ),
        (
            "A customer wants to get into Batman but feels overwhelmed. Which runs would you point "
            "them to first?"
        ),
        "Explain what a variant cover is and why some collectors pay so much for them.",
        "Draft a polite email to pull-list customers who haven't collected their books in ages.",
    ),
    EXAM: (
        (
            "What should an invigilator do if a candidate's phone goes off in their bag partway "
            "through a paper?"
        ),
        (
            "Write the announcement I read out before candidates start a GCSE paper, in plain "
            "friendly English."
        ),
        (
            "A student says she feels faint but wants to carry on with the exam. How should I "
            "handle it?"
        ),
        "why are candidates made to bring pens in clear pencil cases?",
    ),
    CHIPPY: (
        "Why do chips fried in beef dripping taste different from ones done in vegetable oil?",
        "What's the trick to a batter that stays crisp in the box on the way home?",
        "A customer asked if our chips are vegan. What do I need to check before I answer?",
        "Give me five fun names for the Friday special on our chalkboard.",
    ),
    TRAVEL: (
        "Does a British passport need six months left on it to visit Thailand?",
        (
            "A nervous first-time flyer wants to know what happens at airport security. How should "
            "I explain it?"
        ),
        "Which Greek islands are quieter in late September but still warm enough for the beach?",
        (
            "Write a short message telling a client their ferry's been cancelled and we're "
            "rebooking them."
        ),
    ),
    LOFT: (
        "Should I leave a gap around downlights when I lay mineral wool, and why?",
        (
            "Customer's worried spray foam in the loft will stop them getting a mortgage. What do "
            "I tell them?"
        ),
        "Explain to a homeowner why the loft hatch needs insulating and draught-stripping as well.",
        "is sheep's wool insulation actually any good compared with glass fibre?",
    ),
    MILK: (
        (
            "How can I persuade customers to rinse their glass bottles and put them out for "
            "collection?"
        ),
        "Write a friendly doorstep note saying we're adding oat milk to the round.",
        "What's the best way to keep milk cold on the float during a heatwave?",
        "Why did doorstep milk deliveries decline in Britain, and why are they coming back?",
    ),
    NAILS: (
        "What's the difference between gel, acrylic and BIAB, in words a client will follow?",
        "A client has a greenish patch under one nail. Should I still do her infill?",
        "Suggest some autumn nail art ideas that aren't just orange and brown.",
        "How do I word a no-show policy for our booking page without sounding rude?",
    ),
    HELPDESK: (
        "A user says their laptop is 'running slow'. What are the first things I should check?",
        "Explain to a non-technical manager why the team shouldn't all share one admin password.",
        (
            "Write a short all-staff email warning about a phishing message pretending to come "
            "from payroll."
        ),
        (
            "What's the difference between a VPN and remote desktop, for someone who just wants to "
            "work from home?"
        ),
    ),
    DECORATOR: (
        "Why is my emulsion drying patchy on new plaster, and how do I sort it?",
        "Do I really need a mist coat on fresh plaster, and what's it for?",
        (
            "Customer wants dark navy in a small north-facing room. How do I talk them through the "
            "pros and cons?"
        ),
        "Best way to stop masking tape pulling the paint off when I peel it?",
    ),
    FORECOURT: (
        "A customer drove off without paying for fuel. What should I do first?",
        "Why does diesel sometimes go up when petrol comes down?",
        "What do I say to someone who's just put petrol in a diesel car?",
        "Write a sign asking drivers to switch off their engines and not smoke while filling up.",
    ),
    FRAMER: (
        "Should I use UV glass or museum glass for a watercolour that'll hang opposite a window?",
        "How do I explain to a customer why a float mount costs more?",
        "What colour mount would suit a black and white photo of a beach?",
        "Is it safe to frame a signed football shirt pressed right up against the glass?",
    ),
    PLANT: (
        "Does a customer need any kind of licence to drive a dumper on a private site?",
        "What checks should we do on a mini digger before it goes out on hire?",
        "Write a short safety briefing for a first-time hirer of a cement mixer.",
        (
            "A customer brought a breaker back with a chipped chisel. How do I handle the damage "
            "charge conversation?"
        ),
    ),
    PLASTER: (
        "Why does my skim keep cracking in the corners where the walls meet the ceiling?",
        "Can I skim straight over painted walls or do I need to PVA them first?",
        "What's the difference between bonding coat and browning, and when do I use each?",
        "Customer wants polished plaster. How do I explain what's involved?",
    ),
    POLLING: (
        (
            "What do I do if someone arrives and the register shows they've already been issued a "
            "ballot paper?"
        ),
        "Is a voter allowed to take a photo of their ballot paper inside the booth?",
        "Which kinds of photo ID are accepted at polling stations in England?",
        "Write a friendly sign asking voters to keep the queue clear of the doorway.",
    ),
    TUITION: (
        "How do I match a shy Year 9 student with the right maths tutor?",
        "What should our safeguarding policy say about tutors visiting students at home?",
        "A parent wants us to guarantee a grade 7. How should I reply?",
        "Write a short bio template our tutors can fill in for the website.",
    ),
    CONCRETE: (
        (
            "Why shouldn't our drivers add extra water to the drum on site even when the customer "
            "asks?"
        ),
        "What's the difference between C25 and C35 concrete, and which suits a driveway?",
        "A customer's pour is forecast a hard frost overnight. What advice should I give?",
        "Explain what a slump test tells us about a load.",
    ),
    GUARDS: (
        "What should a guard write in the incident log after finding a fire door propped open?",
        "How do I stay alert on long night shifts without living on energy drinks?",
        "Is a security guard allowed to search someone's bag in the UK?",
        "Write a handover note template for the end of a night patrol.",
    ),
    SEPTIC: (
        "What shouldn't people flush if they're on a septic tank?",
        "Customer says her drains gurgle after heavy rain. What might be going on?",
        "Explain the difference between a septic tank and a cesspit to a new homeowner.",
        (
            "Do the general binding rules mean a customer has to replace a tank that discharges "
            "into a ditch?"
        ),
    ),
    SKIPS: (
        "Which items can't go in a skip, and why not?",
        "Customer wants the skip on the pavement outside their terrace. What do they need to know?",
        (
            "Write a polite reply to a neighbour complaining that someone else filled our "
            "customer's skip overnight."
        ),
        "Is a skip or a grab lorry better for a garden clearance with a lot of soil?",
    ),
    FOOTBALL: (
        "How do I deal with a parent shouting at the ref from the touchline?",
        "What are the rules on rolling substitutions in Sunday league football?",
        "Write a match report for our 3-2 win that's fun to read in the club newsletter.",
        "What should go in a first aid kit for a grassroots football team?",
    ),
    TEMPS: (
        "A temp didn't turn up for day two and isn't answering. What do I tell the client?",
        "Explain what the 12-week rule under the Agency Workers Regulations means for a temp.",
        "Write a short job ad for temporary warehouse pickers on nights.",
        "How do I tell a long-standing temp that the client doesn't want them back?",
    ),
    TRAMPOLINE: (
        "Why do we only allow one person per trampoline at a time?",
        "A dad wants to jump with his toddler in the open session. How do I explain our policy?",
        "Write a short script for the safety video jumpers watch before their session.",
        "What are good ideas for a sensory session for autistic children at a trampoline park?",
    ),
    STUDIO: (
        "How do I run a countdown on the floor so the presenter knows exactly when we're live?",
        "What hand signals does a floor manager use for 'wind up' and 'stretch'?",
        "The audience has gone flat after a long reset. Any tips to get the energy back?",
        "Write a short warm-up script for the studio audience of a daytime quiz show.",
    ),
    YOGA: (
        "Is hot yoga safe during pregnancy?",
        "How should I cue a beginner's downward dog so they stop hunching their shoulders?",
        "Write a short welcome message for new members joining our early morning flow classes.",
        "What's the difference between yin and restorative yoga?",
    ),
}
assert list(ORDINARY) == list(REGISTERS) and all(len(q) == 4 for q in ORDINARY.values())
for family, queries in ORDINARY.items():
    for q in queries:
        neg(family, q)


# hard single-turn negatives: they look like tool questions but need the language model
wedding_day = D(2032, 6, 12)
NEAR = (
    (
        "near-exchange-rate",
        "how many euros will I get for £450 at the post office?",
        "needs a live exchange rate (and the bureau's margin)",
    ),
    (
        "near-share-price",
        "What would 120 Rolls-Royce shares be worth at the close?",
        "needs a live share price",
    ),
    (
        "near-base-rate",
        (
            "If I put £8,000 in savings paying the Bank of England base rate, how much interest "
            "would I get over a year?"
        ),
        "needs the current central bank rate, which is not stated",
    ),
    (
        "near-loan-terms",
        "What would my monthly repayment be on a £14,000 car loan?",
        "no interest rate or term given",
    ),
    (
        "near-gallons",
        "how many gallons is 30 litres",
        "US and imperial gallons differ (contested unit)",
    ),
    (
        "near-cups-flour",
        "Convert 2 cups of plain flour to grams.",
        "cup sizes differ and a volume of flour has no fixed mass",
    ),
    (
        "near-tons-topsoil",
        "I've ordered 4 tons of topsoil - how many kilograms is that?",
        "short, long and metric tons differ (contested unit)",
    ),
    (
        "near-mpg",
        "Is 52 mpg good for a diesel estate, and what's that in L/100km?",
        "US and imperial mpg differ (contested unit)",
    ),
    (
        "near-horsepower",
        "150 horsepower is how many kW?",
        "mechanical and metric horsepower differ (contested unit)",
    ),
    (
        "near-fluid-ounces",
        "How many fl oz are in a 330 ml can?",
        "US and imperial fluid ounces differ (contested unit)",
    ),
    (
        "near-dog-years",
        "My spaniel is 9. How old is that in human years?",
        "no agreed conversion of dog years",
    ),
    (
        "near-birthday-countdown",
        "how many days until my birthday on 14 March?",
        "depends on today's date",
    ),
    (
        "near-age-from-birth-year",
        "I was born in June 1990. How old am I?",
        "depends on today's date",
    ),
    (
        "near-diwali",
        "What date is Diwali in 2031?",
        "lunisolar festival: needs calendar knowledge, not date arithmetic",
    ),
    (
        "near-working-days",
        "How many working days are there between 2 March 2032 and 30 April 2032?",
        "working days depend on bank holidays (and on counting conventions)",
    ),
    (
        "near-month-after-31st",
        "What's the date one month after 31 August 2030?",
        "month arithmetic from the 31st is contested",
    ),
    (
        "near-numeric-date-order",
        "How many days are there between 07/08/2032 and 09/10/2032?",
        "all-numeric dates of unstated order (day/month or month/day)",
    ),
    (
        "near-toronto-time",
        "It's 8pm in Manchester - what time is it in Toronto?",
        "time zones and daylight saving in both places, date unstated",
    ),
    (
        "near-clocks-forward",
        "On what date do UK clocks spring forward in 2034?",
        "daylight saving rules: knowledge, not arithmetic",
    ),
    (
        "near-flight-number",
        "What does the number in flight BA2490 tell me about the route?",
        "a flight number is an identifier, not a quantity",
    ),
    (
        "near-isbn-lookup",
        "Tell me the title behind ISBN 978-1-78-108298-5.",
        "an ISBN is an identifier; needs a lookup, not arithmetic",
    ),
    (
        "near-dialling-code",
        "Which country has the dialling code +351?",
        "a dialling code is an identifier",
    ),
    (
        "near-postcode-district",
        "What part of Leeds does the LS6 postcode cover?",
        "a postcode is an identifier",
    ),
    (
        "near-ip-address",
        "Is 192.168.0.254 a public or a private IP address?",
        "networking knowledge about an identifier that looks like numbers",
    ),
    (
        "near-version-compare",
        "Which is later, macOS 10.9 or 10.13?",
        "version numbers are not decimals",
    ),
    (
        "near-formation",
        "Why do so many sides play 4-2-3-1 these days?",
        "a formation, not a subtraction",
    ),
    (
        "near-chess-opening",
        "Is 1. e4 e5 2. Nf3 Nc6 3. Bb5 the Ruy Lopez?",
        "chess notation",
    ),
    (
        "near-fault-code",
        "Washing machine is flashing E21. What does that mean?",
        "a fault code is an identifier",
    ),
    (
        "near-colour-code",
        "What colour is #2E8B57?",
        "a colour code; needs naming, not arithmetic",
    ),
    (
        "near-paper-size",
        "What paper size should I use for a wedding invitation?",
        "advice about paper sizes",
    ),
    (
        "near-float-code",
        "What does round(2.675, 2) return in Python, and why isn't it 2.68?",
        "code semantics (binary floating point rounding)",
    ),
    (
        "near-js-sort",
        "In JavaScript, why does [10, 9, 1].sort() give [1, 10, 9]?",
        "code semantics (default string sort)",
    ),
    (
        "near-building-height",
        "How tall is the Shard in metres?",
        "a world fact",
    ),
    (
        "near-boiling-altitude",
        "At what temperature does water boil on the summit of Ben Nevis?",
        "needs physics and air pressure data; an estimate",
    ),
    (
        "near-drop-goal",
        "How many points is a drop goal worth in rugby union?",
        "a sports rule",
    ),
    (
        "near-protein",
        "How much protein is in 150 g of cooked chicken breast?",
        "nutrition data",
    ),
    (
        "near-income-tax",
        "How much income tax would I pay on a £42,000 salary?",
        "tax rules and year not given",
    ),
    (
        "near-towing-limit",
        "What's the speed limit for a car towing a caravan on a dual carriageway?",
        "a traffic rule",
    ),
    (
        "near-ibuprofen",
        "How many 200 mg ibuprofen tablets can I take in a day?",
        "dosing: medical advice",
    ),
    (
        "near-dress-size",
        "I'm a UK size 12 - what's that in US dress sizes?",
        "a size chart, not a conversion factor",
    ),
    (
        "near-gas-mark",
        "what's gas mark 6 in celsius",
        "an oven convention, only approximate",
    ),
    (
        "near-ping-pong-container",
        "About how many ping pong balls would fill a standard shipping container?",
        "an estimate with no stated dimensions or packing",
    ),
    (
        "near-lotto-odds",
        "What are my chances of winning the Lotto jackpot if I buy 3 tickets?",
        "lottery odds need the game's rules",
    ),
    (
        "near-test-prevalence",
        (
            "A screening test catches 95% of cases and my result came back positive. How "
            "likely is it that I have the condition?"
        ),
        "missing prevalence (and what 'accurate' means)",
    ),
    (
        "near-translation",
        "How do you say 'forty-five pounds, please' in Spanish?",
        "a translation",
    ),
    (
        "near-limerick",
        "Write a limerick about a cashier who keeps getting the change wrong.",
        "a writing task",
    ),
    (
        "near-title-number",
        "Who wrote The Thirty-Nine Steps?",
        "a number in a title",
    ),
    (
        "near-window-seat",
        "Is it worth paying £30 extra for a window seat on a long-haul flight?",
        "an opinion",
    ),
    (
        "near-implied-multiplication",
        "evaluate 16 ÷ 4(2+2) - is it 1 or 16?",
        "contested reading of implied multiplication",
    ),
    (
        "near-tombola-pick",
        "Choose any number from 1 to 80 for our tombola.",
        "a random choice, no single right answer",
    ),
    (
        "near-primes-proof",
        "Show that there are infinitely many primes.",
        "a written proof",
    ),
    (
        "near-loss-then-gain",
        "Why doesn't a 50% drop followed by a 50% rise get you back to where you started?",
        "an explanation",
    ),
    (
        "near-roman-arithmetic",
        "How did the Romans manage arithmetic without a symbol for nothing?",
        "history of numerals",
    ),
    (
        "near-monty-hall",
        "Why do so many people get the Monty Hall problem wrong?",
        "the psychology of a puzzle",
    ),
    (
        "near-vowel-count",
        "How many vowels are there in the word 'onomatopoeia'?",
        "letters in a word, not arithmetic",
    ),
    (
        "near-house-prices",
        "Will house prices in Leeds go up by 2030?",
        "a forecast",
    ),
    (
        "near-bread-price-1971",
        "What did a loaf of bread cost in Britain in 1971?",
        "a historical price",
    ),
    (
        "near-berlin-wall-weekday",
        "On which weekday did the Berlin Wall fall?",
        "the weekday of a historical event: needs the date (and a time zone)",
    ),
    (
        "near-taxi-tip",
        "How much should I tip a taxi driver in New York?",
        "a tipping custom",
    ),
    (
        "near-wedding-date",
        f"Is {sayw(wedding_day)} a good day for an outdoor wedding?",
        "an opinion about a stated date (weather unknown)",
    ),
    (
        "near-brent-crude",
        "How much is a barrel of Brent crude going for at the moment?",
        "a live price",
    ),
    (
        "near-helpline-number",
        "Whose number is 0800 1111?",
        "a phone number is an identifier",
    ),
    (
        "near-stamp-price",
        "How much does it cost to post a large letter first class?",
        "a current price",
    ),
    (
        "near-jog-calories",
        "How many calories does a 30-minute jog burn?",
        "an estimate that depends on the person",
    ),
    (
        "near-half-ten",
        "Does 'half ten' mean 10:30 or 9:30?",
        "a regional idiom, an explanation",
    ),
)
for family, query, note in NEAR:
    neg(family, query, note)


# conversations: the last user turn depends on something set up earlier
decorator_start = D(2032, 1, 14)
CONVS = (
    (
        "conv-custom-operator",
        [
            (U, "Let's define a ⊕ b as three times a, minus b."),
            (A, "Got it: a ⊕ b = 3a − b."),
            (U, "Right, so what does 7 ⊕ 4 come to?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-defined-function",
        [
            (U, "Call f(n) the price of hiring n skips: f(n) = 210n + 45."),
            (A, "Noted, f(n) = 210n + 45."),
            (U, "ok what's f(3) then"),
        ],
        "function defined in an earlier turn",
    ),
    (
        "conv-letter-values",
        [
            (
                U,
                "In our puzzle each letter is worth double its place in the alphabet, so A=2, B=4.",
            ),
            (A, "Understood: each letter is twice its position."),
            (U, "Then what's CAB worth if you add its letters?"),
        ],
        "letter values defined in an earlier turn",
    ),
    (
        "conv-named-number",
        [
            (U, "In our house 'a bunch' always means fifteen."),
            (A, "Fun - a bunch is 15 in your house."),
            (U, "So three bunches plus eight is how many?"),
        ],
        "a name for a number set up earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "For this game, + means take away and - means add."),
            (A, "Alright, the signs are swapped."),
            (U, "What's 20 + 6 - 3 in our game?"),
        ],
        "swapped signs defined earlier",
    ),
    (
        "conv-clock-arithmetic",
        [
            (U, "We're doing 12-hour clock sums today, so after 12 you wrap back round to 1."),
            (A, "Sure, clock arithmetic on a 12-hour face."),
            (U, "What's 9 + 8 on that clock?"),
        ],
        "clock arithmetic set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm writing from Austria, where the comma is the decimal point."),
            (A, "Noted, a comma is your decimal separator."),
            (U, "Multiply 3,75 by 2,4 for me."),
        ],
        "decimal comma declared earlier",
    ),
    (
        "conv-unit-defined",
        [
            (U, "On my allotment a 'bed' is always 1.2 m by 3 m."),
            (A, "Okay, one bed is 1.2 m × 3 m."),
            (U, "How many square metres do five beds cover?"),
        ],
        "a unit defined earlier",
    ),
    (
        "conv-octal-input",
        [
            (U, "Every number I give you from now on is in octal."),
            (A, "OK, I'll read your numbers as octal."),
            (U, "Add 17 and 5 for me."),
        ],
        "input base set earlier",
    ),
    (
        "conv-binary-output",
        [
            (U, "Please give all your answers in binary from here on."),
            (A, "Will do."),
            (U, "What's 19 plus 14?"),
        ],
        "output base set earlier",
    ),
    (
        "conv-system-hex",
        [
            (S, "You are a calculator that reads and writes every number in hexadecimal."),
            (U, "What's 1F + A?"),
        ],
        "number base set by a system turn",
    ),
    (
        "conv-roman-output",
        [
            (U, "For the rest of this chat, write every number in Roman numerals."),
            (A, "Understood."),
            (U, "What's 37 times 4?"),
        ],
        "Roman numerals required earlier",
    ),
    (
        "conv-pirate-persona",
        [
            (
                S,
                (
                    "You are Captain Ledger, a pirate bookkeeper who answers everything "
                    "in pirate speak."
                ),
            ),
            (U, "Arr, what be £85 split four ways between the crew?"),
        ],
        "a persona set by a system turn",
    ),
    (
        "conv-french-words",
        [
            (U, "Only answer in French from now on, and spell the numbers out in words."),
            (A, "D'accord."),
            (U, "What is 12% of 350?"),
        ],
        "answer language and number words set earlier",
    ),
    (
        "conv-haiku",
        [
            (U, "Answer my next sum as a haiku, please."),
            (A, "Happy to."),
            (U, "What's 36 divided by 4?"),
        ],
        "verse form requested earlier",
    ),
    (
        "conv-json-format",
        [
            (U, "Give answers as JSON with keys 'working' and 'answer'."),
            (A, "OK."),
            (U, "what's 7.5 × 12"),
        ],
        "output format set earlier",
    ),
    (
        "conv-round-to-ten",
        [
            (U, "Always round to the nearest ten when you answer me."),
            (A, "Sure."),
            (U, "What's 47 × 3?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give me answers to two significant figures only."),
            (A, "OK."),
            (U, "How many seconds are there in 3.7 hours?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-millimetres",
        [
            (U, "Everything in millimetres please, I'm ordering glass."),
            (A, "Noted, millimetres."),
            (U, "what's 3 feet 2 inches"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-dollar-rate",
        [
            (U, "For this quote let's use $1.25 to the pound."),
            (A, "Okay, £1 = $1.25."),
            (U, "So how many dollars is £640 at that rate?"),
        ],
        "a currency rate fixed earlier",
    ),
    (
        "conv-us-date-order",
        [
            (U, "All my dates are month/day/year."),
            (A, "Got it."),
            (U, "How many days from 5/6/2031 to 7/8/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-fortnight-tuesday",
        [
            (
                U,
                (
                    "When I say 'fortnight Tuesday' I mean the Tuesday two weeks on from "
                    "the date I give."
                ),
            ),
            (A, "Understood."),
            (U, "So what's fortnight Tuesday from 3 June 2031?"),
        ],
        "date wording defined earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Please keep all answers as fractions in lowest terms - no decimals at all."),
            (A, "Will do."),
            (U, "Add 0.625 and 0.25."),
        ],
        "fraction form required earlier",
    ),
    (
        "conv-novel-calendar",
        [
            (U, "In my novel's world a year has 10 months of 36 days each."),
            (A, "Interesting calendar."),
            (U, "How many days are there in three and a half of their years?"),
        ],
        "an invented calendar",
    ),
    (
        "conv-company-week-numbers",
        [
            (U, "Our company counts week 1 as starting on the first Monday of April."),
            (A, "OK."),
            (U, "Which week number is 20 May 2031?"),
        ],
        "a week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "What's 340 plus 15%?"),
            (A, "That's 391."),
            (U, "Sorry, I meant 18 not 15 - redo it."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Quote is 3 bedrooms at £220 each and the hallway at £180."),
            (A, "That comes to £840."),
            (U, "Can you sum up what we agreed in one sentence for the customer?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-why-not-45",
        [
            (U, "What's 15% off £60?"),
            (A, "£51."),
            (U, "Why isn't it £45?"),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-lucky-numbers",
        [
            (U, "My lucky numbers are 7, 19 and 33."),
            (A, "Nice choices."),
            (U, "Add up my lucky numbers."),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread-figures",
        [
            (U, "The tenant's deposit was £250."),
            (A, "OK."),
            (U, "Monthly rent is £975."),
            (A, "Noted."),
            (U, "And they've paid three months' rent. What have we received in total?"),
        ],
        "figures spread over three user turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 48 × 25?"),
            (A, "1,200."),
            (U, "Now divide that by 16."),
        ],
        "uses a result from an earlier turn",
    ),
    (
        "conv-affordability",
        [
            (U, "My mortgage is £1,100 a month and I take home £2,300."),
            (A, "That's just under half of your take-home pay."),
            (U, "Is that too much, honestly?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-exterior-painting-date",
        [
            (U, f"The decorator can start on the outside of the house on {sayw(decorator_start)}."),
            (A, "Okay, noted."),
            (U, "Is that a sensible time of year for exterior painting?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-mod-seven",
        [
            (U, "Work modulo 7 for the rest of this."),
            (A, "OK, everything mod 7."),
            (U, "What's 12 × 5?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-k-and-m",
        [
            (U, "When I write k I mean thousand and m means million."),
            (A, "Got it."),
            (U, "What's 2.5m minus 340k?"),
        ],
        "shorthand defined earlier",
    ),
)
for family, turns, note in CONVS:
    conv(family, turns, note)

# this set's own structural asserts
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("near-") for f, _, _ in NEAR)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
_pos_registers = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_registers == set(REGISTERS), sorted(_pos_registers ^ set(REGISTERS))
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _n = sum(1 for i in items if i["label"] == _label and i["family"] in REGISTERS)
    assert _n == 31, (_label, _n)
_seconds = [
    f
    for f in REGISTERS
    if sum(1 for i in items if i["family"] == f and i["label"] != "negative") == 4
]
assert len(_seconds) == 18, _seconds  # eighteen registers have a second positive
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
    # no register (family name) of this set is a family name of sets 19 to 58
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 58: {reused}"
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
