r"""Generate heldout-2027-02-01.jsonl: a sixtieth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed60/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 775
register names of recent earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_59.py, by `sed -n` with comma ranges: lines 1-447
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 716-776 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 982-1066 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1273-1280 (its negatives
section header, neg() and conv()) and 2202-2426 (its stated-weekday check, its checks and main()).
The ranges and the line count (2426) were given by the brief; no `wc -l` of that file was run. A
`wc -l` of earlier_registers.txt and an `ls -la` of /work/sealed60 were run once, in the same
command as the `cat` of grading.py (`wc -l` printed 775; the listing showed only
earlier_registers.txt). None of set 59's query blocks (448-715, 777-981, 1067-1272, 1281-2201) was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from the five ranges), not README.md and
not pyproject.toml; `cd` into /work/main/tests/data/router_heldout preceded the `sed -n` commands,
and into /work/main before each ruff run. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor any /work/sealed*
directory apart from /work/sealed60 was listed. The earlier generators (sets 1-59) are only
imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages, the `tail -6` of its output and its --show listing of
ids, expected values and tolerances were read), no git command was run, no network and no search
tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py with the `wc -l` and `ls -la` above; the `cat` of
earlier_registers.txt through `tr`; `sed -n 1,447p` of set 59's generator; `sed -n` of 716,776,
982,1066 and 1273,1280 together with `echo` separators; `sed -n 2202,2426p` alone. Then, in one
command, `mkdir -p` of /tmp/h60/blocks and /tmp/h60/own, `sed -n` copies of the same five allowed
ranges into raw files r1-r5 under /tmp/h60/blocks/ and a `wc -l` of them. Then one run of
/tmp/h60/subst.py (written by a `cat` heredoc in the same command) that cuts the first copy at the
line that is exactly `from __future__ import annotations` (asserted to be the only such whole line,
so not the words inside set 59's docstring), substitutes this set's OUT and PREFIX, "sets 1-58" ->
"sets 1-59" in the comment on EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), is kept as it was), EARLIER (sets 1-59, `range(2,
60)`) and REGISTER_CHECK (sets 19-59, adding make_heldout_59.py), and "sets 19 to 58" -> "sets 19
to 59" in one comment and one message string of main() (each substitution asserted to apply once,
the last twice; it printed "ok" for each), followed in the same command by a `grep -n` of the
blocks for "57", "58", "59", "60", "19 to", "EARLIER" and "sealed" (it printed only configuration
lines, two unit-factor lines, main()'s loop over EARLIER and the substituted lines) and a `head -3`
and `tail -2` of the first block. Then `cat` heredocs, each in its own command, wrote this set's
own blocks under /tmp/h60/own/: a_calc.py (registers and calculator items), b_units.py (unit
constants and unit items), c_dates.py (date items; four wordings in it were changed straight away,
before any run, by a Python script on standard input: a word caught by the CONTESTED pattern of
main(), and two day counts and an end date reworded so that none could be read as inclusive), then
a one-line Python computation of the Easter dates of 2031 and 2033 (Gauss's algorithm) and the
weekday of 14 February 2032, for notes and a conversation, then d_negs.py (ordinary negatives),
e_near.py (near-positive negatives; followed by a `grep -c` of its families, which printed 65),
f_convs.py (conversations and this set's own structural asserts), and, in one command, an assembly
script /tmp/h60/assemble.py (it builds this file from /tmp/h60/doc.txt, or a one-line placeholder,
and the blocks in order, and prints its line count) and a helper /tmp/h60/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`
and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h60/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h60/out.txt, and prints the exit codes and the `tail -6` of
it), with a first run of run.sh. Edits after failed checks (listed below) were made by Python
scripts on standard input or written by a `cat` heredoc to /tmp/h60/fix1.py, all exact and asserted
once, each followed by run.sh. Once, to see every failing unit figure at a time, a `sed` copy of
this file with the two-decimal assert of unit_r() turned into a print was written to
/tmp/h60/probe.py and imported (not run: its main() was not called, nothing was written) by a
Python one-liner, after a `grep -c` that the replacement had been made once; it printed the first
60 characters of two of this set's own unit queries with their values; in the same command a
`grep`, `sort` and `uniq -c` of the rule codes in ruff.txt and a `grep -A3` of its error lines cut
by `head -20` were read. A Python one-liner then searched figures that pass the two-decimal assert
(grammage from 380 to 475 g per square metre, fabric from 1.5 to 3.9 square yards). Then run.sh
with --show (its `tail -6` not printed), a `sed -n 1,3p` of out.txt for its summary lines, a `grep
-c` of the listed ids and a listing of the ids, expected values and tolerances (a `grep` of out.txt
laid out by `column -t`). Then a Python check of line lengths (in characters) over this file, which
found one line of 101 columns (the funeral calculator string), a `sed -n 250,256p` of this file
(own text), a Python script on standard input rewrapping that string, run.sh and the line-length
check again (nothing over 100). After reading the --show listing, a Python script on standard input
added "the next morning" to the plain clock span that crosses midnight and removed two unused
constants (ML, KPA) from b_units.py; then a `grep -n` of the own blocks for those names (it printed
nothing) and run.sh. This docstring was written last over the placeholder: its source text,
/tmp/h60/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h60/doc/make_doc.py (written by
a `cat` heredoc; it uses textwrap, keeps the lines marked as preformatted and asserts that the
words are unchanged, that no line exceeds 100 columns and that every register value of a_calc.py is
named) filled it to 99 columns into /tmp/h60/doc.txt; then run.sh, a `head -3` of this file and a
Python check of its line lengths; then a `sed -n 255,285p` of this file (the end of this
docstring), after which the source was edited once more by a Python script on standard input (an
exact, asserted-once replacement adding this account of that `sed`), filled again and followed by
run.sh, a `head -3` of this file and the same line-length check; then two runs of this file with
--digest (one with PYTHONHASHSEED=7), `sha256sum` of the JSONL and a `sed -n` of out.txt's three
summary lines; finally `rm -rf /tmp/h60`. Writes: only this file and its JSONL in /work/sealed60/
(earlier_registers.txt left as it was); temporary blocks, scripts and output under /tmp/h60/ were
deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 59's main() and checks: only the substitutions listed above (file names, sets 1-59
for the duplicate check, sets 19-59 for the register check). Set 59 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 59 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-59 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 59's as
printed; ruff format may have changed layout only. All of set 59's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (not used here), weeks() (used by two date items), unit_r()
with close_enough_at_2dp(), say() (used through sayw() and by one conversation), sayw(), sayus()
(not used here), and SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, LITRE, HA, MS, CUYD,
CUIN, KWH and MJ (with asserts on CUFT, SQFT, CUYD, SQYD, CUIN and KWH), the register constants and
the REGISTERS tuple (sorted by value, asserted 25 and distinct), the ORDINARY, NEAR and CONVS
tables, dates stated with their computed weekday by sayw() in six positives (a death date, a
contract start, a first issue, a first karaoke night, an order date, a first sprint), one
conversation whose assistant turn gives a stated date's weekday computed by weekday(), an assert
that the square-root one-liner's radicand is a perfect square, an assert that the stated first
issue is a Thursday, and this set's own asserts: the ORDINARY negatives are keyed by exactly the
REGISTERS, in order, four each; NEAR has 65 entries and CONVS 35, each with distinct families, all
"near-..." and "conv-..." respectively; the positive registers are exactly the REGISTERS, and so
are those of each tool; 193 items lie in the registers (25 x 3 positives, 18 second positives, 100
negatives), 31 register word problems per tool; exactly 18 registers have four positives and 7 have
three; every negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 59's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 59's, copied (P = "plain" is copied too, as the
last line of the first block). Set 59's docstring (within lines 1-447) names its 25 registers, its
provenance and the generic kinds of its items, which were therefore seen; all of those register
names are also in earlier_registers.txt, and none of their trades is used here.
earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it (for instance no funeral, market research, jewellery,
motor insurance, architecture, care home, student halls, water testing, game development, energy
supply, newspaper, netball, crane, demolition, vehicle recovery, register office, box making,
supermarket, karaoke, parking enforcement, window blinds, broadband, fire extinguisher, house share
or stag do register appears there; a pedicab, a vinyl pressing plant and a tarmac crew are there,
so a minicab office, an injection moulding shop and a roadworks crew were set aside as too near
them); the judgement of "different topic" is this writer's. Many plain one-liners, near-positives
and conversations here are of the same generic kinds as set 59's (for instance an operator, a
decimal comma, a persona, a contested unit, implied multiplication, a weekday of a historical
event, a number in a title, software versions), newly worded. At the edges of the allowed ranges:
line 447 is P = "plain", 716, 982 and 1273 are section headers, 776 is a blank line after unit_r(),
1066 is the assert after sayus(), 1280 is the last line of conv(), 2202-2208 hold the comment and
the compiled pattern of the stated-weekday check and 2426 is the call of main(). No query text of
any earlier set was seen: main()'s duplicate check names only this set's ids. Every query here was
newly written from imagination of each trade or situation; 31 first-draft items that the duplicate
check reported as exact repeats of earlier queries or user turns (their earlier counterparts
unseen) were reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt
are not known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of sets 19 to 59 (the near-.../conv-... families are not registers and may coincide with
earlier family names). This set has no algebra or calculus question (the only proof asked for is a
written proof about consecutive integers). Conversations that define an operator, a function,
letter values, a name for a number, swapped signs, clock arithmetic on a 24-hour face, a decimal
comma, a unit, an input or output base, modular arithmetic or slang amounts are negatives because
the notation is set up in an earlier turn (one base by a system turn); one conversation spreads its
figures over three user turns. Some conversations (answer format, language, verse, rounding,
precision, target unit, date wording, fraction form) end in a user turn that could be computed
alone; they are negatives, as in set 59, because the earlier turn changes what a right answer looks
like. Some near-positives depend on the current date (days until a festival, an age from a birth
date); one asks for "one month after" the 31st, one for a year after a leap day, one for working
days between stated dates (a span with Good Friday and Easter Monday in it), one uses all-numeric
dates of unstated order, one asks the weekday of a historical event, one asks when the clocks go
back; they are negatives, with no "now" field. Two negatives ask what a short piece of code returns
or why (code semantics). One near-positive is a negative for its contested reading (implied
multiplication), not as symbolic math. Near-positives ask for conversions in gallons, cups, tons,
mpg, horsepower, fluid ounces, kilobytes, knots, light years and ounces of silver, and for dog
years (left out of positives as contested); one asks for letters in a word and one for an oven gas
mark in Celsius.

Checks that failed along the way: the register check passed on every run where it was reached. The
first run of run.sh failed ruff check with 21 errors, all ISC004 (implicitly concatenated strings
in a collection: in the ORDINARY table and one conversation turn), and the generator failed its own
assert that REGISTERS is sorted (the tuple had been written in the order of the constants' names,
not of their values); a Python script on standard input reordered the REGISTERS tuple and the
ORDINARY table by register value. The next run failed ruff check the same way and unit_r()'s
two-decimal assert on the box grammage problem (440 g per square metre); the probe above showed
that one and the blinds fabric problem (2.3 square yards) as the only failures, and a Python script
on standard input changed them to 430 g per square metre and 2.5 square yards, put all 22
multi-line strings of the ORDINARY table in parentheses (rewrapped to at most 100 columns, the
joined text asserted unchanged) and parenthesised the multi-line user turn of the ten-day-week
conversation; ruff format printed nothing and ruff check passed on every later run. The next run
failed main()'s duplicate check, which reported 29 items by id: three plain calculator one-liners,
one plain date one-liner, four plain unit one-liners, six conversations (24-hour clock face,
decimal comma, verse, hex output, recall, system base; the user turns reworded with new figures,
and the verse and system-base ones renamed conv-limerick-answers and conv-system-base-six for their
new forms) and 15 near-positives (cups, days until, division by zero, dosing, Easter, exchange
rate, historical price, historical weekday, horsepower, income tax, lottery odds, proof, shoe size,
time zone, number in a title); all were reworded by /tmp/h60/fix1.py, with new figures or new
subjects, without the earlier queries being looked at. The next run again reported two items (the
reworded proof and the reworded stone-and-pounds one-liner), reworded by a Python script with a new
subject and new figures (which also corrected the income-tax note to match its reworded query); the
next run passed every check, and so did every later run. The Python line-length check then found
the one line over 100 columns described above.

Registers (families), 25, new: architect_practice_drawing_office, broadband_fibre_installer_van,
care_home_activities_coordinator, corrugated_box_factory_floor, demolition_contractor_site_office,
energy_supplier_call_centre, fire_extinguisher_servicing_round,
funeral_director_arrangements_office, high_street_jeweller_repairs, house_share_bills_kitty,
indie_game_studio_producer, karaoke_bar_host, local_newspaper_sub_editor,
market_research_field_interviewer, motor_insurance_claims_handler, netball_league_umpire_rota,
parking_enforcement_officer_beat, register_office_ceremonies_desk,
roadside_recovery_truck_dispatch, stag_do_weekend_organiser, student_halls_accommodation_office,
supermarket_night_shift_stacking, tower_crane_operator_site_log, water_quality_testing_lab,
window_blinds_fitter_quotes. Every register is used by all three tools (asserted); eighteen
distinct registers have one further positive (a second calculator word problem:
house_share_bills_kitty, stag_do_weekend_organiser, karaoke_bar_host,
funeral_director_arrangements_office, motor_insurance_claims_handler, energy_supplier_call_centre;
a second unit word problem: water_quality_testing_lab, tower_crane_operator_site_log,
window_blinds_fitter_quotes, corrugated_box_factory_floor, broadband_fibre_installer_van,
demolition_contractor_site_office; a second date word problem: register_office_ceremonies_desk,
netball_league_umpire_rota, student_halls_accommodation_office, local_newspaper_sub_editor,
indie_game_studio_producer, care_home_activities_coordinator). Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly UK usage with £ and a few US touches,
some chatty, terse, lower-case or in shorthand, a few with numbers in words, questions at the start
or the end. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live gold price or
share price, a current central bank rate, missing loan terms, contested units (gallon, cup, ton,
mpg, horsepower, fluid ounce, kilobyte, knot, light year, ounce of silver, dog years), today's date
or an age without a stated date, a lunisolar festival, Easter, working days, month arithmetic from
the 31st, a year after a leap day, all-numeric dates of unstated order, time zones, daylight
saving, identifiers that look like numbers (a flight, an ISBN, a dialling code, a postcode, an IP
address, software versions, a formation, chess notation), a paper size, a nominal timber size, code
semantics, world or science facts, nutrition, tax rules, dosing, a size chart, an oven convention,
an estimate, lottery odds, missing prevalence, a translation, a writing task, a number in a title,
an opinion, a contested reading, a random choice, a written proof, an explanation, the history of
numerals, letters in a word, a forecast, a historical price, the weekday of a historical event, a
tipping custom, a current postage price, a regional time idiom; or, in conversations, an operator,
function, letter values or a name defined earlier, swapped signs, clock arithmetic, a decimal
comma, a unit defined earlier, a number base (input, output, or set by a system turn), Roman
numerals, a persona set by a system turn, answer language, verse form, output format, rounding,
precision, target unit, a fixed currency rate or date order fixed earlier, date wording, fraction
form, an invented calendar, a week numbering, a correction, a summary, a follow-up explanation or
recall of earlier turns, figures spread over turns, a result from an earlier turn, a judgement
about earlier figures, advice about a date given earlier, modular arithmetic or slang amounts
defined earlier. The ordinary negatives ask for advice, explanations, judgements, rules, facts or
writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 59: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces (no ounce in a jewellery
setting), carats, nominal sizes, leap-day results, all-numeric dates (none in a positive;
asserted), time zones and daylight saving, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted). Week counts are asserted to be whole weeks; no
day count is inclusive (each is the difference of the two dates, and queries are worded as N days
or weeks after or before a stated date, "days between", "how many days from ... to ...", "how many
weeks from ... to ...", "how many weeks apart", how many days apart two stated dates are, "every 9
days" counted from a stated first date, weekly issues from a stated first one, back-to-back
two-week sprints from a stated first one, the last Friday or Saturday, second Tuesday or third
Wednesday of a stated month and year), ages are in whole years from a stated birth date to a stated
date, and clock spans run from one stated time to the next occurrence of the other (three cross
midnight, each saying "next morning" or "following morning"). Every rounded unit result stays
within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime /
math.isqrt. Exact conversion factors (sources as in set 59, plus the kilowatt-hour):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet, yards and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, MJ); 1 L = 10^-3 m^3;
    1 bar = 10^5 Pa; 1 h = 3600 s; 1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32;
    1 km/h = 1000 m / 3600 s; 1 W = 1 J/s, so 1 kWh = 3.6 MJ
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_60.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-01.jsonl"
PREFIX = "ho60-"
# earlier generators: sets 1-59 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 60))
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


# registers of this set (family names of its word problems and ordinary negatives)
ARCHITECT = "architect_practice_drawing_office"
BLINDS = "window_blinds_fitter_quotes"
BOXES = "corrugated_box_factory_floor"
CAREHOME = "care_home_activities_coordinator"
CLAIMS = "motor_insurance_claims_handler"
CRANE = "tower_crane_operator_site_log"
DEMOLITION = "demolition_contractor_site_office"
ENERGY = "energy_supplier_call_centre"
EXTINGUISHER = "fire_extinguisher_servicing_round"
FIBRE = "broadband_fibre_installer_van"
FUNERAL = "funeral_director_arrangements_office"
GAMEDEV = "indie_game_studio_producer"
HALLS = "student_halls_accommodation_office"
HOUSESHARE = "house_share_bills_kitty"
JEWELLER = "high_street_jeweller_repairs"
KARAOKE = "karaoke_bar_host"
NETBALL = "netball_league_umpire_rota"
NEWSDESK = "local_newspaper_sub_editor"
NIGHTSHIFT = "supermarket_night_shift_stacking"
PARKING = "parking_enforcement_officer_beat"
RECOVERY = "roadside_recovery_truck_dispatch"
REGISTRAR = "register_office_ceremonies_desk"
RESEARCH = "market_research_field_interviewer"
STAGDO = "stag_do_weekend_organiser"
WATERLAB = "water_quality_testing_lab"
REGISTERS = (
    ARCHITECT,
    FIBRE,
    CAREHOME,
    BOXES,
    DEMOLITION,
    ENERGY,
    EXTINGUISHER,
    FUNERAL,
    JEWELLER,
    HOUSESHARE,
    GAMEDEV,
    KARAOKE,
    NEWSDESK,
    RESEARCH,
    CLAIMS,
    NETBALL,
    PARKING,
    REGISTRAR,
    RECOVERY,
    STAGDO,
    HALLS,
    NIGHTSHIFT,
    CRANE,
    WATERLAB,
    BLINDS,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# ---- plain one-liners
calc(P, "what's 12.5% of 3,928", pct("12.5") * 3928)
calc(P, "(385 - 127) * 14", (385 - 127) * 14)
SQ = 8649
assert math.isqrt(SQ) ** 2 == SQ
calc(P, f"whats the square root of {SQ}", math.isqrt(SQ))
calc(P, "3/8 + 1/4 as a decimal", F(3, 8) + F(1, 4))
calc(P, "23 cubed", 23**3)
calc(P, "2.75 x 4.4 =", dec("2.75") * dec("4.4"))
calc(P, "What is 84,000 less 15 per cent?", 84000 * (1 - pct(15)))
calc(P, "-48 + 13.5 - 7", -48 + dec("13.5") - 7)
calc(P, "seven to the power four, minus a thousand", 7**4 - 1000)
calc(P, "mean of 14, 29, 35 and 42", F(14 + 29 + 35 + 42, 4))
calc(P, "63 divided by 0.35", 63 / dec("0.35"))
calc(P, "12 × 1.5²", 12 * dec("1.5") ** 2)
calc(P, "57 is what percentage of 76", F(57, 76) * 100)
calc(P, "six hundred and forty times thirty-five", 640 * 35)

# ---- word problems, one per register (first pass)
calc(
    FUNERAL,
    "Family's gone for the £3,850 package, plus the wicker coffin upgrade at £465 and 40 orders "
    "of service at £1.85 each. They paid a £1,000 deposit on Monday. What's the balance to "
    "invoice?",
    3850 + 465 + 40 * dec("1.85") - 1000,
)
calc(
    RESEARCH,
    "we get £4.20 per completed interview plus 45p a mile. did 37 interviews and 62 miles of "
    "driving this fortnight, what do i put on my claim form",
    37 * dec("4.20") + 62 * dec("0.45"),
)
calc(
    JEWELLER,
    "Ring resize £38, new claw setting £27.50 and rhodium plating £45, then VAT at 20% on the "
    "lot - what total do I quote the customer?",
    (38 + dec("27.50") + 45) * (1 + pct(20)),
)
calc(
    CLAIMS,
    "Repair estimate came in at £2,940 and the policy excess is £350. The insurer pays the repair "
    "less the excess, plus 6 days of courtesy car at £42 a day. Total payout?",
    2940 - 350 + 6 * 42,
)
calc(
    ARCHITECT,
    "Our fee is 9.5% of the build cost, which is £286,000, and the concept stage is billed at 15% "
    "of the fee. How much is the concept stage invoice?",
    286000 * pct("9.5") * pct(15),
)
calc(
    CAREHOME,
    "Garden centre outing: 14 residents at £7.50 entry each, minibus hire £95 and £23.40 of fuel. "
    "The League of Friends covers 40% of the total - how much comes out of my activities budget?",
    (14 * dec("7.50") + 95 + dec("23.40")) * (1 - pct(40)),
)
calc(
    HALLS,
    "Room is £168 a week on a 42-week contract, paid in three equal instalments - how much is "
    "each instalment?",
    F(168 * 42, 3),
)
calc(
    WATERLAB,
    "Standard panel is £36 a sample and the lead test is £18.50 extra. Client sent 24 samples, 9 "
    "of them want lead as well, and orders over 20 samples get 10% off the whole invoice. Total?",
    (24 * 36 + 9 * dec("18.50")) * (1 - pct(10)),
)
calc(
    GAMEDEV,
    "The game's £14.99 on the store, the store keeps 30%, and the publisher takes 25% of what "
    "comes to us. If we sell 8,000 copies, what's the studio left with?",
    8000 * dec("14.99") * (1 - pct(30)) * (1 - pct(25)),
)
calc(
    ENERGY,
    "Customer used 2,340 kWh at 24.5p per kWh, and the standing charge is 53p a day over a "
    "91-day quarter. What's the bill in pounds?",
    2340 * dec("0.245") + 91 * dec("0.53"),
)
calc(
    NEWSDESK,
    "freelance rate's 18p a word and £40 for each picture we use. 1,150-word feature, three of "
    "her photos ran. invoice amount?",
    1150 * dec("0.18") + 3 * 40,
)
calc(
    NETBALL,
    "Umpire fee is £22 a match plus 35p a mile travel. On Saturday I umpired three matches and "
    "drove 48 miles altogether. What am I owed?",
    3 * 22 + 48 * dec("0.35"),
)
calc(
    CRANE,
    "Crane hire is £1,450 a week and the operator is £38.50 an hour on top. Two weeks of hire "
    "and 72 operator hours - what's the total?",
    2 * 1450 + 72 * dec("38.50"),
)
calc(
    DEMOLITION,
    "Strip-out job quoted at £18,600, asbestos removal adds £3,250, and 6 skips at £285 each. "
    "Client holds back 5% retention until the end. What do we get paid now?",
    (18600 + 3250 + 6 * 285) * (1 - pct(5)),
)
calc(
    RECOVERY,
    "Call-out is £85 plus £2.40 a mile towing, and it's a 25% surcharge at night on the whole "
    "thing. Towed a car 37 miles at 2am - what do we charge?",
    (85 + 37 * dec("2.40")) * (1 + pct(25)),
)
calc(
    REGISTRAR,
    "How much altogether: ceremony in the Grand Room £560, two marriage certificates at £12.50 "
    "each, and the notice of marriage fee of £42 for each of the two of them?",
    560 + 2 * dec("12.50") + 2 * 42,
)
calc(
    BOXES,
    "Each box costs us 62p to make and we sell it at 95p. The order is 12,500 boxes and we eat "
    "a £180 tooling setup. Profit on the order?",
    12500 * (dec("0.95") - dec("0.62")) - 180,
)
calc(
    NIGHTSHIFT,
    "Base rate's £11.80 an hour and nights pay 25% on top. Gross pay for a 38-hour week of nights?",
    38 * dec("11.80") * (1 + pct(25)),
)
calc(
    KARAOKE,
    "Booth is £18 a head for two hours, there's 8 of us, we had 4 pitchers at £16.50 and "
    "knocked a £20 voucher off. Split evenly, what does each person pay?",
    F(8 * 18 + 4 * dec("16.50") - 20, 8),
)
calc(
    PARKING,
    "A £110 PCN is halved for early payment. On my patch 23 got paid early and 9 at the full "
    "amount. How much was collected?",
    23 * F(110, 2) + 9 * 110,
)
calc(
    BLINDS,
    "Three roller blinds at £64 each and a Roman blind at £139, with 10% off the blinds "
    "themselves, plus fitting at £15 per blind. Total for the job?",
    (3 * 64 + 139) * (1 - pct(10)) + 4 * 15,
)
calc(
    FIBRE,
    "Paid £32 per standard install and £55 for any that need a new pole run. Did 14 standard and "
    "3 pole jobs, less the £18 a day van charge for 4 days. What's my take?",
    14 * 32 + 3 * 55 - 4 * 18,
)
calc(
    EXTINGUISHER,
    "Office has 18 extinguishers, all get the £9.50 annual service and 4 of those also need the "
    "£28 discharge test. £45 call-out on top, then 20% VAT. Total inc VAT?",
    (18 * dec("9.50") + 4 * 28 + 45) * (1 + pct(20)),
)
calc(
    HOUSESHARE,
    "There are five of us. Gas and electric is £184.50 this month, broadband £32, water £41.50. "
    "Tom's got the big room so he pays £10 more than everyone else and the other four pay the "
    "same as each other - how much do the other four each pay?",
    F(dec("184.50") + 32 + dec("41.50") - 10, 5),
)
calc(
    STAGDO,
    "Lodge is £1,296 for the weekend and paintballing is £36 a head for all 10 of us. The groom "
    "doesn't pay anything, so the other nine split the lot evenly. How much per person?",
    F(1296 + 10 * 36, 9),
)

# ---- second calculator word problems (six registers)
calc(
    HOUSESHARE,
    "kitty check: 6 of us put in twenty-five quid each, we've spent £67.80 on cleaning stuff and "
    "£41.35 on loo roll and bin bags. what's left?",
    6 * 25 - dec("67.80") - dec("41.35"),
)
calc(
    STAGDO,
    "I paid the 25% deposit on the £1,840 house myself. The balance gets split equally between "
    "the 8 of us - what's each person's share of the balance?",
    F(1840 * (1 - pct(25)), 8),
)
calc(
    KARAOKE,
    "Cocktails are £9.40 each, 2-for-1 before nine. A table had 8 before nine and 3 after. "
    "What's their cocktail bill?",
    4 * dec("9.40") + 3 * dec("9.40"),
)
calc(
    FUNERAL,
    "The funeral bill comes to £5,376, a £250 grant comes off it, and the four siblings split "
    "the rest equally. How much does each sibling pay?",
    F(5376 - 250, 4),
)
calc(
    CLAIMS,
    "Settlement figure? Car was written off at a valuation of £8,400, customer is keeping the "
    "car so we deduct 20% of the valuation for salvage, then the £250 excess.",
    8400 * (1 - pct(20)) - 250,
)
calc(
    ENERGY,
    "customer is £312.60 in arrears, we've agreed £24.50 a fortnight towards it. after 8 "
    "payments how much is still owed",
    dec("312.60") - 8 * dec("24.50"),
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
MS = F(1)  # m/s
CUYD = YD * YD * YD  # m^3
CUIN = IN * IN * IN  # m^3
KWH = F(1000 * 3600)  # J
MJ = F(10**6)  # J
assert CUFT == dec("0.028316846592") and SQFT == dec("0.09290304")
assert CUYD == 27 * CUFT and SQYD == 9 * SQFT and CUIN * 1728 == CUFT and KWH / MJ == dec("3.6")

# ---- plain one-liners
unit(P, "6 ft 1 in to centimetres", (6 * FT + 1 * IN) / CM, EXACT)
unit(P, "convert 68°F to celsius", f_to_c(68), EXACT)
unit_r(P, "how many kilometres is 26.2 miles", dec("26.2") * MI / KM)
unit_r(P, "how many kg is 14 stone 3 lb", (14 * STONE + 3 * LB) / 1)
unit_r(P, "250 g = ? oz", 250 * G / OZ)
unit_r(P, "3.75 acres in square metres", dec("3.75") * ACRE)
unit_r(P, "90 km/h to mph", 90 * KMH / MPH)
unit(P, "6.25 GiB in MiB", dec("6.25") * GIB / MIB, EXACT)
unit(P, "what is -10 °C in fahrenheit", c_to_f(-10), EXACT)
unit_r(P, "450 sq ft to m²", 450 * SQFT)
unit_r(P, "1500 metres in feet?", 1500 / FT)
unit_r(P, "eight cubic yards in cubic metres", 8 * CUYD)
unit(P, "half a mile in yards", MI / 2 / YD, EXACT)
unit_r(P, "How many hectares are 60 acres?", 60 * ACRE / HA)

# ---- word problems, one per register (first pass)
unit(
    FUNERAL,
    "Coffin spec sheet wants the height in cm and the family gave it as 6 ft 3 in. What's that?",
    (6 * FT + 3 * IN) / CM,
    EXACT,
)
unit_r(
    RESEARCH,
    "The doorstep route for my interviews is 4.5 miles. How far is that in km?",
    dec("4.5") * MI / KM,
)
unit(
    JEWELLER,
    "Customer wants a bracelet 7.25 inches long but the supplier lists lengths in mm - what "
    "length do I order?",
    dec("7.25") * IN / MM,
    EXACT,
)
unit_r(
    CLAIMS,
    "Claimant says he was doing 38 mph at the time of the collision - what's that in km/h for "
    "the engineer's report?",
    38 * MPH / KMH,
)
unit_r(
    ARCHITECT,
    "Client's old plan shows a bedroom 14 ft by 11 ft 6 in. What's the floor area in square "
    "metres?",
    14 * FT * (11 * FT + 6 * IN),
)
unit(
    CAREHOME,
    "The lounge thermostat is showing 75.2 °F. Residents keep asking what that is in Celsius?",
    f_to_c(dec("75.2")),
    EXACT,
)
unit_r(
    HALLS,
    "An American student asked how big the 11.5 m² en-suite room is in square feet",
    dec("11.5") / SQFT,
)
unit(
    WATERLAB,
    "Flow into the sampling rig is 2.5 litres per second - how many cubic metres an hour is that?",
    dec("2.5") * LITRE * 3600,
    EXACT,
)
unit_r(
    GAMEDEV,
    "The build is 3,750 MiB. Console cert wants it in GiB - what do we write?",
    3750 * MIB / GIB,
)
unit(
    ENERGY,
    "Customer asks what 1,250 kWh of gas comes to in megajoules.",
    1250 * KWH / MJ,
    EXACT,
)
unit_r(
    NEWSDESK,
    "Copy says the floodwater was 2.3 metres deep; style guide wants feet in brackets. 2.3 m in "
    "feet?",
    dec("2.3") / FT,
)
unit_r(
    NETBALL,
    "A netball court is 30.5 m long and 15.25 m wide. What's its area in square feet?",
    dec("30.5") * dec("15.25") / SQFT,
)
unit_r(
    CRANE,
    "Gusts are forecast at 45 mph and our wind limit is set in metres per second. What's 45 mph "
    "in m/s?",
    45 * MPH / MS,
)
unit_r(
    DEMOLITION,
    "Roughly 40 cubic yards of brick rubble on site - how many cubic metres for the waste "
    "transfer note?",
    40 * CUYD,
)
unit_r(
    RECOVERY,
    "Breakdown is 17 miles north up the motorway, the French driver wants it in kilometres",
    17 * MI / KM,
)
unit_r(
    REGISTRAR,
    "The ceremony room measures 24 ft by 18 ft - what's that in square metres?",
    24 * 18 * SQFT,
)
unit_r(
    BOXES,
    "Our liner board is 430 g per square metre. A US buyer wants grammage in ounces per square "
    "foot - what is it?",
    430 * G / OZ * SQFT,
)
unit(
    NIGHTSHIFT,
    "The freezer aisle display reads -4 °F. What's that in Celsius?",
    f_to_c(-4),
    EXACT,
)
unit_r(
    KARAOKE,
    "Stage riser is 3 m by 2.4 m. The hire company quotes in square feet, so how many is that?",
    3 * dec("2.4") / SQFT,
)
unit_r(
    PARKING,
    "a marked bay is 4.8 m long, how long is that in feet",
    dec("4.8") / FT,
)
unit(
    BLINDS,
    "Window recess is 52 inches wide. Convert to cm for the order form.",
    52 * IN / CM,
    EXACT,
)
unit_r(
    FIBRE,
    "The drop cable from the pole to the house is 85 m. How many feet of cable is that?",
    85 / FT,
)
unit_r(
    EXTINGUISHER,
    "Gauge on the CO2 unit reads 195 psi - in bar?",
    195 * PSI / BAR,
)
unit(
    HOUSESHARE,
    "fridge thermometer says 5 °C, my american housemate wants fahrenheit",
    c_to_f(5),
    EXACT,
)
unit_r(
    STAGDO,
    "In mph, how fast are the go-karts if they top out at 45 km/h?",
    45 * KMH / MPH,
)

# ---- second unit word problems (six registers)
unit(
    WATERLAB,
    "Incubator for the E. coli plates is set to 44.5 °C. What's that in Fahrenheit?",
    c_to_f(dec("44.5")),
    EXACT,
)
unit_r(
    CRANE,
    "The next lift is a 2,750 lb generator. Load chart is in kilograms - what's the weight in kg?",
    2750 * LB,
)
unit_r(
    BLINDS,
    "This blackout fabric needs 2.5 square yards per blind. How many square metres is that?",
    dec("2.5") * SQYD,
)
unit_r(
    BOXES,
    "Volume in litres of a box measuring 16 by 12 by 10 inches inside?",
    16 * 12 * 10 * CUIN / LITRE,
)
unit(
    FIBRE,
    "Duct has to go in 24 inches deep - what's that in millimetres?",
    24 * IN / MM,
    EXACT,
)
unit(
    DEMOLITION,
    "Exclusion zone is 150 ft from the wall. Put it in metres for the method statement.",
    150 * FT,
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


# ---- plain one-liners
date_item(P, "What day of the week is 14 July 2029?", weekday(D(2029, 7, 14)))
date_item(
    P, "days between 11 March 2033 and 26 October 2033", days(D(2033, 3, 11), D(2033, 10, 26))
)
date_item(P, "90 days after 12 October 2028", D(2028, 10, 12) + TD(days=90))
date_item(P, "six weeks before 2 April 2030?", D(2030, 4, 2) - TD(weeks=6))
date_item(
    P, "how many weeks from 5 January 2032 to 29 March 2032", weeks(D(2032, 1, 5), D(2032, 3, 29))
)
date_item(P, "date 1,000 days after 1 January 2030", D(2030, 1, 1) + TD(days=1000))
date_item(P, "last Friday of November 2031", nth_weekday(2031, 11, FRI, -1))
date_item(P, "Second Tuesday in February 2033?", nth_weekday(2033, 2, TUE, 2))
date_item(P, "hours from 21:45 to 06:15 the next morning", clock_span("21:45", "06:15", 3600))
date_item(P, "minutes between 09:40 and 17:05", clock_span("09:40", "17:05", 60))
date_item(
    P,
    "how old on 30 June 2034 is someone born 17 August 1989",
    age(D(1989, 8, 17), D(2034, 6, 30)),
)
date_item(P, "25 December 2032 falls on what weekday", weekday(D(2032, 12, 25)))
date_item(P, "240 days before 1 May 2031", D(2031, 5, 1) - TD(days=240))
date_item(
    P, "How many days from 28 February 2030 to 1 March 2031?", days(D(2030, 2, 28), D(2031, 3, 1))
)

# ---- word problems, one per register (first pass)
DIED = D(2031, 3, 3)
date_item(
    FUNERAL,
    f"Death was on {sayw(DIED)} and the crematorium's first slot is 16 days after that. "
    "What date is the funeral?",
    DIED + TD(days=16),
)
date_item(
    RESEARCH,
    "Fieldwork starts 8 September 2031 and the report is due 23 November 2031. How many days "
    "from the start to the deadline?",
    days(D(2031, 9, 8), D(2031, 11, 23)),
)
date_item(
    JEWELLER,
    "Sent the watch off to the repair centre on 19 May 2031 and they quote eight weeks. When "
    "should it be back?",
    D(2031, 5, 19) + TD(weeks=8),
)
date_item(
    CLAIMS,
    "Policyholder's date of birth is 2 November 1998 and the accident was on 14 January 2024. "
    "How old was the driver on the day?",
    age(D(1998, 11, 2), D(2024, 1, 14)),
)
date_item(
    ARCHITECT,
    "planning application validated 9 October 2030, decision due 56 days later. what date's that",
    D(2030, 10, 9) + TD(days=56),
)
date_item(
    CAREHOME,
    "Ethel was born on 28 June 1931. We're holding her party on 20 June 2031 - how old is she "
    "on the day of the party?",
    age(D(1931, 6, 28), D(2031, 6, 20)),
)
HALLS_IN = D(2031, 9, 20)
date_item(
    HALLS,
    f"Contract starts {sayw(HALLS_IN)} and move-out is 44 weeks after that. Move-out date?",
    HALLS_IN + TD(weeks=44),
)
date_item(
    WATERLAB,
    "Samples collected at 10:35 went into the incubator at 15:10. How many minutes were they in "
    "transit?",
    clock_span("10:35", "15:10", 60),
)
date_item(
    GAMEDEV,
    "How many days from 15 September 2031 until our launch on 14 March 2032?",
    days(D(2031, 9, 15), D(2032, 3, 14)),
)
date_item(
    ENERGY,
    "Last meter reading was 3 February 2031 and the next estimated read is 84 days after that. "
    "Which date?",
    D(2031, 2, 3) + TD(days=84),
)
NEW_LAYOUT = D(2031, 3, 6)
assert NEW_LAYOUT.weekday() == THU
date_item(
    NEWSDESK,
    f"We print every Thursday and the first issue in the new layout is {sayw(NEW_LAYOUT)}. What "
    "date is the 20th issue in the new layout?",
    NEW_LAYOUT + TD(weeks=19),
)
date_item(
    NETBALL,
    "League season starts 13 September 2031 and finals day is 30 weeks later. Date of finals day?",
    D(2031, 9, 13) + TD(weeks=30),
)
date_item(
    CRANE,
    "First lift hooked on at 06:20 and the last one landed at 13:05. How many hours was that?",
    clock_span("06:20", "13:05", 3600),
)
date_item(
    DEMOLITION,
    "Party wall notice was served on 4 August 2031 and works can start 28 days after. Start date?",
    D(2031, 8, 4) + TD(days=28),
)
date_item(
    RECOVERY,
    "I'm on call from 19:00 until 07:30 next morning, how many hours is that shift",
    clock_span("19:00", "07:30", 3600),
)
date_item(
    REGISTRAR,
    "They gave notice of marriage on 12 May 2031 and booked the ceremony for 70 days after "
    "that. What's the ceremony date?",
    D(2031, 5, 12) + TD(days=70),
)
date_item(
    BOXES,
    "Corrugator run started at 22:40 and finished at 05:55 the following morning - how many "
    "minutes?",
    clock_span("22:40", "05:55", 60),
)
date_item(
    NIGHTSHIFT,
    "yoghurts packed on 27 December 2031 have a use-by 9 days after packing. what's the use-by "
    "date",
    D(2031, 12, 27) + TD(days=9),
)
KARAOKE_FIRST = D(2032, 1, 2)
date_item(
    KARAOKE,
    f"We're running a karaoke night every 9 days starting {sayw(KARAOKE_FIRST)}. What date is "
    "the sixth one?",
    KARAOKE_FIRST + TD(days=9 * 5),
)
date_item(
    PARKING,
    "The charge certificate goes out 28 days after the date of the ticket. Ticket was issued on "
    "17 October 2031 - what date does the certificate go out?",
    D(2031, 10, 17) + TD(days=28),
)
BLINDS_ORDER = D(2031, 11, 4)
date_item(
    BLINDS,
    f"Order went in on {sayw(BLINDS_ORDER)} and the factory takes 23 days to make them. On what "
    "date are they ready?",
    BLINDS_ORDER + TD(days=23),
)
date_item(
    FIBRE,
    "Router installed 2 February 2032, follow-up visit 22 March 2032. How many weeks apart?",
    weeks(D(2032, 2, 2), D(2032, 3, 22)),
)
date_item(
    EXTINGUISHER,
    "Cylinder was last pressure tested on 10 June 2026 and it's due again on 10 June 2031. How "
    "many days apart are those dates?",
    days(D(2026, 6, 10), D(2031, 6, 10)),
)
date_item(
    HOUSESHARE,
    "for the bills spreadsheet: how many days from 1 September 2031 to 30 June 2032?",
    days(D(2031, 9, 1), D(2032, 6, 30)),
)
date_item(
    STAGDO,
    "groom was born 21 August 1996, stag do is 15 August 2031, how old will he be on the stag",
    age(D(1996, 8, 21), D(2031, 8, 15)),
)

# ---- second date word problems (six registers)
date_item(
    REGISTRAR,
    "Couple want a Saturday - what day of the week is 29 November 2031?",
    weekday(D(2031, 11, 29)),
)
date_item(
    NETBALL,
    "Date of the last Saturday in March 2032? That's when the league final is.",
    nth_weekday(2032, 3, SAT, -1),
)
date_item(
    HALLS,
    "Invoice dated 6 January 2032 and the late fee kicks in 21 days after the invoice date. "
    "What date does it kick in?",
    D(2032, 1, 6) + TD(days=21),
)
date_item(
    NEWSDESK,
    "Need it for the April Fools' front page: what day of the week is 1 April 2032?",
    weekday(D(2032, 4, 1)),
)
SPRINT1 = D(2032, 1, 5)
date_item(
    GAMEDEV,
    f"Sprint 1 starts {sayw(SPRINT1)} and sprints are two weeks long, back to back. What date "
    "does sprint 9 start?",
    SPRINT1 + TD(weeks=2 * 8),
)
date_item(
    CAREHOME,
    "Music afternoon is the third Wednesday of each month. Which date is it in October 2031?",
    nth_weekday(2031, 10, WED, 3),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four per register, in the registers' order
ORDINARY = {
    ARCHITECT: (
        (
            "Client wants a flat roof on the extension but I think a pitched one suits the house "
            "better. How do I make the case without sounding pushy?"
        ),
        (
            "What's the difference between permitted development and full planning permission for "
            "a rear extension?"
        ),
        (
            "Can you draft a polite email chasing a structural engineer who's two weeks late with "
            "his calcs?"
        ),
        "Is it better to show clients hand sketches or rendered 3D views at the first meeting?",
    ),
    FIBRE: (
        "Why does the wifi slow down in rooms far from the router even on full fibre?",
        (
            "Customer wants the router hidden in a cupboard under the stairs - how do I talk them "
            "out of it?"
        ),
        "What's the difference between FTTC and FTTP, in plain English?",
        "The neighbour won't let us run the cable across their wall. What are my options?",
    ),
    CAREHOME: (
        (
            "Any ideas for activities for residents with advanced dementia who don't enjoy group "
            "sessions?"
        ),
        (
            "How do I encourage a new resident who stays in her room all day to join in, without "
            "pressuring her?"
        ),
        "Can you suggest some songs from the 1950s that would work well for a sing-along?",
        "Write a cheerful notice for the residents' board about the summer fete.",
    ),
    BOXES: (
        "Why does corrugated board lose its strength when it's stored in a humid warehouse?",
        (
            "What's the difference between single wall and double wall board, and when would a "
            "customer actually need double?"
        ),
        "Our die-cutter keeps leaving fluffy edges on the cuts. What are the usual causes?",
        "How should I brief a new starter on forklift safety on the factory floor?",
    ),
    DEMOLITION: (
        (
            "How do I reassure the neighbours who are worried about dust from the strip-out next "
            "door?"
        ),
        "What's the difference between a soft strip and structural demolition?",
        "Which materials in a 1960s office block are usually worth salvaging?",
        "Draft a short letter to residents about the road closures during the demolition.",
    ),
    ENERGY: (
        (
            "How do I explain the difference between a fixed and a variable tariff to an elderly "
            "customer?"
        ),
        "Customer says the smart meter display has gone blank - what should they try first?",
        "What does the standing charge actually pay for?",
        "How do I calm down a customer who's shouting about a back-bill?",
    ),
    EXTINGUISHER: (
        "Which type of extinguisher should a small restaurant kitchen have for a fat fire?",
        "Why shouldn't you use a water extinguisher on an electrical fire?",
        (
            "Customer wants to keep a dented extinguisher in service. How do I explain why it has "
            "to be condemned?"
        ),
        "What's the difference between a foam extinguisher and a powder one?",
    ),
    FUNERAL: (
        (
            "How do I gently explain the difference between a direct cremation and a traditional "
            "funeral to a grieving family?"
        ),
        (
            "Could you help me write a short, warm obituary for a retired bus driver who loved his "
            "allotment?"
        ),
        "What are some non-religious readings that work well at a humanist funeral?",
        "The family can't agree on burial or cremation. How should I run the meeting?",
    ),
    JEWELLER: (
        "Why does a cheap silver ring turn your finger green?",
        (
            "Customer wants her late mother's wedding ring resized - how do I explain the risk of "
            "losing the engraving?"
        ),
        "White gold or platinum for an engagement ring, what are the pros and cons?",
        "How should I clean an opal safely?",
    ),
    HOUSESHARE: (
        "How do we split bills fairly when one housemate works from home all day?",
        "One of us never washes up. How do I bring it up without starting a row?",
        "Is it worth setting up a joint bank account just for the household bills?",
        "write us some house rules for the shared fridge that are funny but get the point across",
    ),
    GAMEDEV: (
        (
            "Playtesters say the second level is boring. How do I run a post-mortem with the team "
            "without it turning into blame?"
        ),
        "Should we launch in early access or wait for a full release?",
        "Write a short, punchy store page description for a cosy farming game about ducks.",
        "How do I tell our publisher we're going to miss the milestone?",
    ),
    KARAOKE: (
        "What songs get a shy crowd singing early in the night?",
        "How do I politely get someone off the mic when they've had three songs in a row?",
        "Why does the speaker squeal with feedback and how do I stop it?",
        "Write a short intro I can say before a birthday group gets up to sing.",
    ),
    NEWSDESK: (
        (
            "Rewrite this headline to be less sensational: 'Council chaos as bin strike leaves "
            "streets buried'"
        ),
        "Quick rule for junior reporters on 'affect' versus 'effect'?",
        (
            "Should we name a local cafe in a story about its hygiene rating before they've had a "
            "chance to respond?"
        ),
        "How do I cut a court report in half without losing any of the key facts?",
    ),
    RESEARCH: (
        "How do I get people to open the door when they think I'm selling something?",
        "A respondent keeps going off topic. How do I steer them back politely?",
        "What's the difference between quota sampling and random sampling?",
        "Is it ever okay to help a respondent interpret a question?",
    ),
    CLAIMS: (
        (
            "How do I explain to a customer why their no-claims bonus is affected even though the "
            "accident wasn't their fault?"
        ),
        "What's the difference between a comprehensive policy and third party, fire and theft?",
        (
            "Customer's furious their car was written off instead of repaired. How should I handle "
            "the call?"
        ),
        "What are the red flags that a whiplash claim might not be genuine?",
    ),
    NETBALL: (
        "What's the difference between contact and obstruction in netball?",
        "A coach shouted at me after the match. How should I report it?",
        "How do I get better at positioning so I can see everything in the shooting circle?",
        "What should I include in feedback for a newly qualified umpire?",
    ),
    PARKING: (
        "How do I deal with a driver who gets aggressive while I'm writing a ticket?",
        "What's the difference between a council PCN and a private parking charge?",
        "Someone's on a double yellow with a blue badge on display. Can I still ticket them?",
        "What should I write in my pocketbook each time I issue a ticket?",
    ),
    REGISTRAR: (
        "Can a couple write their own vows for a civil ceremony, and are there any restrictions?",
        "How do I explain to a couple why their hymn can't be used in a civil ceremony?",
        "How do I gently handle a death registration when the family is very upset?",
        "Suggest some readings for a civil partnership ceremony.",
    ),
    RECOVERY: (
        (
            "What's the safest way to position the truck behind a broken-down car on a hard "
            "shoulder?"
        ),
        "Customer's electric car has run completely flat. Can we tow it on its own wheels?",
        "How do I reassure a stranded driver with young kids while they wait at night?",
        "Why can towing an automatic with the drive wheels on the road damage the gearbox?",
    ),
    STAGDO: (
        "Ideas for a stag do that both the groom's dad and his teenage cousin would enjoy?",
        "How do I chase the lads who still haven't paid without falling out with anyone?",
        "Write a funny but not cruel opener for the best man's speech at the stag dinner.",
        "Budapest or Krakow for a stag weekend, which is better?",
    ),
    HALLS: (
        (
            "A student has reported that their flatmate hasn't been seen for days. What should I "
            "do first?"
        ),
        "How do I handle complaints about a flat that has parties every night?",
        "Write a friendly welcome email for international students arriving before term starts.",
        "What should I be checking during the end-of-year room inspections?",
    ),
    NIGHTSHIFT: (
        "How do I stay awake at 4am when the aisles are nearly done?",
        "What's the best way to rotate chilled stock so the older dates sell first?",
        "Any tips for sleeping properly during the day after a night shift?",
        "How should I lift heavy packs of bottled water without hurting my back?",
    ),
    CRANE: (
        "What hand signals does a banksman use for 'stop' and for 'emergency stop'?",
        "How do I stay alert through a long shift up in the cab?",
        "Why is side loading so dangerous for a tower crane?",
        "What should my pre-use check cover at the start of a shift?",
    ),
    WATERLAB: (
        "Why do water samples need to be kept chilled on the way to the lab?",
        "What's the difference between total coliforms and E. coli on a drinking water result?",
        "Client's result shows high lead. How should I explain it without panicking them?",
        "How do I write up a non-conformance when a sample arrived outside its holding time?",
    ),
    BLINDS: (
        (
            "Customer can't decide between Venetian and vertical blinds for a south-facing office "
            "- what would you recommend and why?"
        ),
        (
            "How do I explain to a customer why we always measure the recess ourselves instead of "
            "using their measurements?"
        ),
        "what's the safest way to deal with looped cords on blinds in a house with toddlers",
        "Write a short Facebook post advertising our free home measuring service.",
    ),
}
assert tuple(ORDINARY) == REGISTERS
for family, queries in ORDINARY.items():
    assert len(queries) == 4, family
    for q in queries:
        neg(family, q)


# ---- hard single-turn negatives that look like tool questions
NEAR = (
    ("near-exchange-rate", "what's 480 quid in US dollars", "needs a current exchange rate"),
    (
        "near-gold-price",
        "What's a 12 gram gold chain worth at the going rate?",
        "needs a live gold price",
    ),
    ("near-gallons", "how many litres in 5 gallons", "contested unit: US or imperial gallon"),
    (
        "near-cups",
        "1.5 cups of caster sugar in grams?",
        "contested unit (which cup) and a density the text does not give",
    ),
    ("near-tons", "3 tons in kg", "contested unit: short, long or metric ton"),
    ("near-mpg", "45 mpg in litres per 100 km", "mpg depends on US or imperial gallons"),
    (
        "near-horsepower",
        "what's 220 bhp in kilowatts",
        "contested unit: mechanical, metric or electrical hp",
    ),
    ("near-fluid-ounces", "how many ml is 12 fl oz", "contested unit: US or imperial fl oz"),
    (
        "near-dog-years",
        "My dog just turned 7, how old is that in human years?",
        "dog years have no exact factor",
    ),
    (
        "near-age-now",
        "How old am I if I was born on 4 March 1990?",
        "depends on the current date, which is not given",
    ),
    ("near-days-until", "how many sleeps till bonfire night", "depends on the current date"),
    (
        "near-month-after-31st",
        "What's one month after 31 January 2031?",
        "month arithmetic from the 31st has no single answer",
    ),
    (
        "near-working-days",
        "How many working days are there between 1 April 2031 and 30 April 2031?",
        "working days depend on the holidays counted (Good Friday and Easter Monday fall in it)",
    ),
    (
        "near-numeric-dates",
        "how many days between 03/04/2031 and 05/06/2031",
        "all-numeric dates of unstated order",
    ),
    (
        "near-time-zone",
        "When it's 9am in Chicago what time is it in Manchester?",
        "time zones and daylight saving on an unstated date",
    ),
    (
        "near-clocks-back",
        "When do the clocks go back in 2031?",
        "daylight saving rules are facts of a jurisdiction",
    ),
    ("near-easter-date", "When is Easter Monday in 2036?", "Easter date: a church rule"),
    (
        "near-lunar-new-year",
        "What date is Chinese New Year in 2034?",
        "a lunisolar festival date",
    ),
    ("near-flight-number", "Is BA 2490 usually on time?", "a flight number, not a number"),
    ("near-isbn", "what book is ISBN 9780141036144", "an identifier that looks like a number"),
    ("near-postcode", "Which town is the postcode LS6 3AA in?", "a postcode, not arithmetic"),
    (
        "near-ip-address",
        "what's 10.0.0.138 and why does my router use it",
        "an IP address: explanation",
    ),
    (
        "near-version-order",
        "Which is newer, version 2.10 or version 2.9?",
        "software versions do not order as decimals",
    ),
    (
        "near-formation",
        "Is 4-3-3 better than 4-4-2 for a Sunday pub team?",
        "a formation, not a subtraction; opinion",
    ),
    (
        "near-chess-opening",
        "After 1.e4 e5 2.Nf3 Nc6 3.Bb5, what's the opening called?",
        "chess notation",
    ),
    ("near-paper-size", "What are the dimensions of A3 paper in mm?", "a paper-size fact"),
    (
        "near-float-code",
        "Why does Python print 0.30000000000000004 for 0.1 + 0.2?",
        "code semantics: an explanation",
    ),
    ("near-js-code", "what does [] + [] evaluate to in JavaScript", "code semantics"),
    ("near-everest", "How tall is Everest in feet?", "a world fact before any conversion"),
    (
        "near-speed-of-sound",
        "what's the speed of sound in km/h",
        "a science fact that depends on conditions",
    ),
    ("near-calories", "How many calories in a large banana?", "nutrition fact, contested unit"),
    (
        "near-income-tax",
        "What's the take-home pay on £36,500 a year in Scotland?",
        "tax rules and tax year not stated",
    ),
    (
        "near-vat-rule",
        "Do you pay VAT on children's shoes in the UK?",
        "a tax rule, not a VAT calculation",
    ),
    (
        "near-dosing",
        "how many mg of paracetamol can a 16 kg toddler take",
        "dosing: medical advice, not arithmetic",
    ),
    ("near-shoe-size", "what's a US men's 10 in UK shoe size", "a size chart, no exact formula"),
    ("near-gas-mark", "gas mark 4 in celsius", "an oven convention, no exact formula"),
    (
        "near-estimate",
        "How many golf balls would fit in a double-decker bus?",
        "an estimate, no single answer",
    ),
    (
        "near-lottery-odds",
        "what are the chances of matching five numbers on the Lotto",
        "depends on the game's current rules",
    ),
    (
        "near-prevalence",
        "A test is 98% accurate and I tested positive - what's the chance I actually have it?",
        "prevalence missing",
    ),
    ("near-translation", "How do you say ninety-nine in Danish?", "a translation"),
    ("near-poem", "write a short poem about the number seven", "a writing task"),
    ("near-title-number", "What's the plot of Slaughterhouse-Five?", "a number in a title"),
    ("near-opinion-price", "Is £45 too much for a kid's haircut?", "an opinion"),
    (
        "near-implied-multiplication",
        "8 ÷ 2(2+2) = ?",
        "contested reading of implied multiplication",
    ),
    (
        "near-random-pick",
        "pick a random number from 1 to 60 for our raffle",
        "a random choice",
    ),
    (
        "near-proof",
        "Prove that the product of any three consecutive integers is divisible by 6.",
        "a written proof",
    ),
    ("near-divide-by-zero", "Why is 0 divided by 0 undefined rather than 1?", "an explanation"),
    ("near-roman-zero", "Why did the Romans never have a zero?", "history of numerals"),
    (
        "near-letter-count",
        "How many letter e's are in the word 'independence'?",
        "letters in a word, not arithmetic",
    ),
    ("near-forecast", "What will UK inflation be in 2030?", "a forecast"),
    (
        "near-historic-price",
        "What did a first class stamp cost in 1989?",
        "a historical price",
    ),
    (
        "near-historic-weekday",
        "Which day of the week did the Great Fire of London start on?",
        "weekday of a historical event: a fact, and calendar reform",
    ),
    (
        "near-tipping",
        "How much should I tip on a $120 dinner in Chicago?",
        "a tipping custom, no single rate",
    ),
    ("near-postage", "How much is a second class stamp at the moment?", "a current price"),
    (
        "near-time-idiom",
        "If a German friend says 'halb acht', what time do they mean?",
        "a regional time idiom",
    ),
    (
        "near-mortgage",
        "What would the monthly payment be on a £240,000 mortgage?",
        "loan terms and rate missing",
    ),
    (
        "near-base-rate",
        "what's the Bank of England base rate at the moment",
        "a current central bank rate",
    ),
    ("near-share-price", "What's the Rolls-Royce share price?", "a live share price"),
    ("near-kilobytes", "How many kB in a MB?", "contested: decimal or binary prefixes"),
    (
        "near-nominal-timber",
        "What's the actual size of a 2x4 in mm?",
        "a nominal size, not a conversion",
    ),
    ("near-knots", "25 knots in mph", "knots left out of positives as contested"),
    ("near-light-year", "How many km is a light year?", "a contested astronomical unit"),
    (
        "near-troy-ounce",
        "How many grams in an ounce of silver?",
        "troy or avoirdupois ounce: contested",
    ),
    (
        "near-leap-day",
        "What date is one year after 29 February 2032?",
        "a year after a leap day has no single answer",
    ),
    ("near-dialling-code", "Which country uses the dialling code +354?", "a dialling code"),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES
assert len({f for f, _, _ in NEAR}) == len(NEAR)
for family, query, note in NEAR:
    assert family.startswith("near-"), family
    neg(family, query, note)


# ---- conversations: the last user turn depends on an earlier turn
WEDDING_DAY = D(2032, 2, 14)
CONVS = (
    (
        "conv-defined-operator",
        [
            (U, "For this puzzle, a ★ b means a squared minus b."),
            (A, "Got it: a ★ b = a² − b."),
            (U, "So what's 6 ★ 11?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-defined-function",
        [(U, "Let g(n) = 4n + 7."), (A, "Okay, g(n) = 4n + 7."), (U, "what is g(12)")],
        "function defined in an earlier turn",
    ),
    (
        "conv-letter-scores",
        [
            (U, "In our team game each letter scores its place in the alphabet, A=1 up to Z=26."),
            (A, "Understood."),
            (U, "What does the word CRANE score?"),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-number-nickname",
        [
            (U, "For this quiz we're calling the number 37 'Bob'."),
            (A, "Fine, Bob is 37."),
            (U, "What's Bob times 4 plus Bob?"),
        ],
        "a name for a number defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Game rule: from now on + means subtract and − means add."),
            (A, "Okay, I'll treat them the other way round."),
            (U, "20 + 8 − 3 = ?"),
        ],
        "swapped signs",
    ),
    (
        "conv-clock-dial",
        [
            (U, "Work on a 24-hour clock face for this one, so 22 + 5 = 3."),
            (A, "Okay, wrapping round at 24."),
            (U, "what about 17 + 11"),
        ],
        "clock arithmetic set up earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Heads up, I'm Dutch and I use a decimal comma."),
            (A, "No problem."),
            (U, "12,75 minus 4,4?"),
        ],
        "a decimal comma announced earlier",
    ),
    (
        "conv-defined-cage",
        [
            (U, "On our shop floor a 'cage' means 48 cases."),
            (A, "Noted: one cage is 48 cases."),
            (U, "How many cases are in 7 cages?"),
        ],
        "a unit defined earlier",
    ),
    (
        "conv-binary-input",
        [
            (U, "All the numbers I give you in this chat are in binary."),
            (A, "Okay."),
            (U, "1011 + 110?"),
        ],
        "input base set earlier",
    ),
    (
        "conv-hex-output",
        [
            (U, "Please reply with answers in hex, uppercase letters."),
            (A, "Sure."),
            (U, "what's 1000 - 745?"),
        ],
        "output base set earlier",
    ),
    (
        "conv-system-base-six",
        [(S, "Every number the user writes is in base 6."), (U, "what's 45 + 23?")],
        "number base set by a system turn",
    ),
    (
        "conv-roman-answers",
        [
            (U, "Answer in Roman numerals from now on."),
            (A, "Very well."),
            (U, "48 + 19?"),
        ],
        "answer format: Roman numerals",
    ),
    (
        "conv-pirate-persona",
        [
            (S, "You are Captain Bluebeard, a pirate who answers every question in pirate speak."),
            (U, "What's 12 times 12, captain?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-welsh-replies",
        [
            (U, "Reply only in Welsh please."),
            (A, "Iawn."),
            (U, "What's 25 times 4?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-limerick-answers",
        [
            (U, "Please answer everything as a limerick from now on."),
            (A, "There once was a helper who'd rhyme / each answer, whatever the time..."),
            (U, "what's 14 times 6?"),
        ],
        "verse form set earlier",
    ),
    (
        "conv-json-output",
        [
            (U, "From now on return results as JSON with a single key called value."),
            (A, "Okay."),
            (U, "what's 365 * 3"),
        ],
        "output format set earlier",
    ),
    (
        "conv-round-to-ten",
        [
            (U, "Round every answer to the nearest ten."),
            (A, "Will do."),
            (U, "473 + 288?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-five-places",
        [
            (U, "I need five decimal places on everything."),
            (A, "Understood."),
            (U, "22 divided by 7?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-inches-only",
        [
            (U, "Give all lengths in inches for me, I'm old school."),
            (A, "Sure."),
            (U, "How long is 2.3 metres?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-euro-rate",
        [
            (U, "For this budget just assume £1 = €1.17."),
            (A, "Okay."),
            (U, "How much is £80 then?"),
        ],
        "a currency rate fixed earlier",
    ),
    (
        "conv-us-date-order",
        [
            (U, "I'm American, so dates I write are month/day/year."),
            (A, "Got it."),
            (U, "How many days from 4/5/2031 to 6/7/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-spoken-dates",
        [
            (U, "When you give dates, write them out like 'the third of May, twenty thirty-one'."),
            (A, "Okay."),
            (U, "What's 45 days after 20 March 2031?"),
        ],
        "date wording set earlier",
    ),
    (
        "conv-fraction-answers",
        [
            (U, "Give answers as simplified fractions, not decimals."),
            (A, "Sure."),
            (U, "0.375 + 0.25?"),
        ],
        "fraction form set earlier",
    ),
    (
        "conv-ten-day-week",
        [
            (
                U,
                (
                    "In my novel's world a week has 10 days, named Oneday to Tenday, and every "
                    "year starts on a Oneday."
                ),
            ),
            (A, "Interesting setup."),
            (U, "What day is day 47 of the year?"),
        ],
        "an invented calendar",
    ),
    (
        "conv-fiscal-weeks",
        [
            (U, "Our company's week 1 starts on the first Monday of April."),
            (A, "Noted."),
            (U, "what date does week 12 start in 2031?"),
        ],
        "a week numbering defined earlier",
    ),
    (
        "conv-price-correction",
        [
            (U, "Sofa is £640, chair £215, footstool £89. Total?"),
            (A, "That's £944."),
            (U, "Sorry, the chair was £251 not £215 - redo it."),
        ],
        "a correction of earlier figures",
    ),
    (
        "conv-plan-summary",
        [
            (U, "Let's plan the party: venue £1,200, band £650, food £1,400."),
            (A, "Got those three."),
            (U, "Can you summarise what we've agreed so far in a few bullet points?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-why-multiply",
        [
            (U, "What's 15% of 360?"),
            (A, "It's 54."),
            (U, "Why did you multiply by 0.15? I don't get it."),
        ],
        "follow-up explanation",
    ),
    (
        "conv-split-over-turns",
        [
            (U, "Rent is £950 a month."),
            (A, "Okay."),
            (U, "Bills come to about £180 a month on top."),
            (A, "Noted."),
            (U, "Split three ways, what's each share?"),
        ],
        "figures spread over three user turns",
    ),
    (
        "conv-add-to-result",
        [
            (U, "What's 48 times 27?"),
            (A, "1,296."),
            (U, "Take that and add 15%."),
        ],
        "uses a result from an earlier turn",
    ),
    (
        "conv-flooring-judgement",
        [
            (U, "Quote came back at £2,400 for 60 m² of flooring."),
            (A, "That works out at £40 per square metre."),
            (U, "Is that reasonable or am I being ripped off?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-wedding-date-advice",
        [
            (U, f"We're thinking of {say(WEDDING_DAY)} for the wedding."),
            (A, f"That's a {weekday(WEDDING_DAY)}."),
            (U, "Is that a good idea or will everything cost more?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-mod-seven",
        [
            (U, "Let's work modulo 7 for this exercise."),
            (A, "Okay."),
            (U, "What's 5 × 6?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-money-slang",
        [
            (U, "In this chat 'a pony' is £25 and 'a monkey' is £500."),
            (A, "Got it."),
            (U, "What's two monkeys and three ponies?"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-recall-number",
        [
            (U, "Keep hold of these for me: 63, 9 and 214."),
            (A, "Noted."),
            (U, "Which of them was the biggest one I gave?"),
        ],
        "recall of an earlier turn",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
for family, turns, note in CONVS:
    assert family.startswith("conv-"), family
    conv(family, turns, note)

# ---- this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
_in_reg = [i for i in items if i["family"] in REGISTERS]
assert len(_in_reg) == 25 * 3 + 18 + 100, len(_in_reg)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _n = sum(1 for i in _pos if i["label"] == _label and i["family"] in REGISTERS)
    assert _n == 31, (_label, _n)
    assert {i["family"] for i in _pos if i["label"] == _label} - {P} == set(REGISTERS), _label
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
    # no register (family name) of this set is a family name of sets 19 to 59
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 59: {reused}"
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
