r"""Generate heldout-2027-02-02.jsonl: a sixty-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed61/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 800
register names of recent earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_60.py, by `sed -n` with comma ranges: lines 1-455
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 722-782 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 991-1075 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1288-1295 (its negatives
section header, neg() and conv()) and 2082-2306 (its stated-weekday check, its checks and main()).
The ranges and the line count (2306) were given by the brief; no `wc -l` of that file was run. A
`wc -l` of earlier_registers.txt and an `ls -la` of /work/sealed61 were run once, in the same
command as the `cat` of grading.py (`wc -l` printed 800; the listing showed only
earlier_registers.txt). None of set 60's query blocks (456-721, 783-990, 1076-1287, 1296-2081) was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from the five ranges), not README.md and
not pyproject.toml; `cd` into /work/main preceded the `sed -n` commands (which named the file by
its path under tests/data/router_heldout), `cd` into /work/main/tests/data/router_heldout preceded
the one command that copied the ranges, and `cd` into /work/main preceded each ruff run. The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any /work/sealed* directory apart from /work/sealed61 was listed. The earlier generators
(sets 1-60) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
their queries were never printed. No JSONL file was opened (not even this set's own output: only
this generator's summary, its failure messages, the `tail -6` or `tail -3` of its output and its
--show listing of ids, expected values and tolerances were read), no git command was run, no
network and no search tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py with the `wc -l` and `ls -la` above; in one batch, `sed -n
1,455p` of set 60's generator and the `cat` of earlier_registers.txt through `tr`; then `sed -n` of
722,782, 991,1075 and 1288,1295 together with `echo` separators; then `sed -n 2082,2306p` alone.
Then, in one command, `mkdir -p` of /tmp/h61/blocks and /tmp/h61/own, `sed -n` copies of the same
five allowed ranges into raw files r1-r5 under /tmp/h61/blocks/ and a `wc -l` of them (455, 61, 85,
8 and 225 lines). Then one run of /tmp/h61/subst.py (written by a `cat` heredoc in the same
command) that cuts the first copy at the line that is exactly `from __future__ import annotations`
(asserted to be the only such whole line, so not the words inside set 60's docstring), substitutes
this set's OUT and PREFIX, "sets 1-59" -> "sets 1-60" in the comment on EARLIER_DIRS (the tuple
itself, EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout")), is kept as it was),
EARLIER (sets 1-60, `range(2, 61)`) and REGISTER_CHECK (sets 19-60, adding make_heldout_60.py), and
"sets 19 to 59" -> "sets 19 to 60" in one comment and one message string of main() (each
substitution asserted to apply once, the last twice; it printed "ok" for each), followed in the
same command by a `grep -n` of the blocks for "59", "60", "61", "19 to", "EARLIER" and "sealed" (it
printed only configuration lines, two unit-factor lines, main()'s loop over EARLIER and the
substituted lines) and a `head -3` and `tail -2` of the first block. Then a one-line Python
computation of two day counts (for a whole-week check) and of the weekdays of eight dates used in
this set's text. Then `cat` heredocs, each in its own command, wrote this set's own blocks under
/tmp/h61/own/: a_calc.py (registers and calculator items), b_units.py (unit constants and unit
items; two wordings in it were changed straight away, before any run, by a Python script on
standard input: a distance asked "to three decimal places" became a plain rounded conversion, since
an exact rounding instruction would clash with the tolerance, and a second question about a shelf
was removed from one query so that the last number of an answer is the conversion), c_dates.py
(date items; two wordings changed straight away by a Python script on standard input: a day count
now asks "from the first date to the second" and a posting date no longer has a stray "on"),
d_negs.py (ordinary negatives), e_near.py (near-positive negatives; followed by a `grep -c` of its
family strings, which printed 66: 65 entries and the assert's prefix test) and f_convs.py
(conversations and this set's own structural asserts). Then, in one command, a Python script on
standard input reworded one conversation turn (the slang-amount sum, whose first wording mixed
pounds and euros), and `cat` heredocs wrote an assembly script /tmp/h61/assemble.py (it builds this
file from /tmp/h61/doc.txt, or a one-line placeholder, and the blocks in order, and prints its line
count) and a helper /tmp/h61/run.sh (it runs assemble.py, then from /work/main as the working
directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file,
writing the latter's output to /tmp/h61/ruff.txt and printing its `tail -3`, then this generator
from /tmp, passing on any arguments, writing its output to /tmp/h61/out.txt, and prints the exit
codes and the `tail -6` of it), with a first run of run.sh. Edits after failed checks (listed
below) were made by /tmp/h61/fix1.py (written by a `cat` heredoc) or by Python scripts on standard
input, all exact and asserted once, each followed by run.sh. Then run.sh with --show (its own
output discarded), a `sed -n 1,3p` of out.txt for its summary lines, a `grep -c` of the listed ids
(135) and a listing of the ids, expected values and tolerances (a `grep` of out.txt laid out by
`column -t`). Then a Python check of line lengths (in characters) over this file, which found two
lines of 101 columns (two ordinary negatives), a `sed -n` of those two lines (own text), a Python
script on standard input putting both strings in parentheses over two lines, run.sh (piped through
`tail -3`), a `sed -n 1,3p` of out.txt and the line-length check again (nothing over 100). Then a
Python script on standard input removed one unused constant (LITRE) from b_units.py, followed by a
`grep -n` of the own blocks for it (it printed nothing) and a `cat` of ruff.txt. This docstring was
written last over the placeholder: its source text, /tmp/h61/doc/doc_src.txt, was written by a
`cat` heredoc, and /tmp/h61/doc/make_doc.py (written by a `cat` heredoc; it uses textwrap, keeps
the lines marked as preformatted and asserts that the words are unchanged, that no line exceeds 100
columns and that every register value of a_calc.py is named) filled it to 99 columns into
/tmp/h61/doc.txt; then run.sh, a `head -3` of this file and a Python check of its line lengths;
then two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the JSONL and
a `sed -n` of out.txt's three summary lines; finally `rm -rf /tmp/h61`. Writes: only this file and
its JSONL in /work/sealed61/ (earlier_registers.txt left as it was); temporary blocks, scripts and
output under /tmp/h61/ were deleted afterwards. Nothing was written into /work/main. Every python
run above used /work/main/.venv/bin/python.

Changes to set 60's main() and checks: only the substitutions listed above (file names, sets 1-60
for the duplicate check, sets 19-60 for the register check). Set 60 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 60 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-60 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 60's as
printed; ruff format may have changed layout only. All of set 60's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (not used here), weeks() (used by two date items), unit_r()
with close_enough_at_2dp(), say() (used through sayw()), sayw(), sayus() (not used here), and
SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, KWH, MJ and CUYD (with asserts on CUFT, SQFT,
CUYD, SQYD and KWH), the register constants and the REGISTERS tuple (sorted by value, asserted 25
and distinct), the ORDINARY, NEAR and CONVS tables, dates stated with their computed weekday by
sayw() in six positives (a rate-board start, a ballot opening, a first course session, a first
collection, a keg delivery, a randomisation date), one conversation whose user turn states a visa
end date with its weekday by sayw(), an assert that the square-root one-liner's radicand is a
perfect square, an assert that the stated rate-board start is a Tuesday, and this set's own
asserts: the ORDINARY negatives are keyed by exactly the REGISTERS, in order, four each; NEAR has
65 entries and CONVS 35, each with distinct families, all "near-..." and "conv-..." respectively;
the positive registers are exactly the REGISTERS, and so are those of each tool; 193 items lie in
the registers (25 x 3 positives, 18 second positives, 100 negatives), 31 register word problems per
tool; exactly 18 registers have four positives and 7 have three; every negative outside the
registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 60's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 60's, copied (P = "plain" is copied too, as the
last line of the first block). Set 60's docstring (within lines 1-455) names its 25 registers, its
provenance, the generic kinds of its items and the generic subjects of the items its duplicate
check once reported, which were therefore seen; all of its register names are also in
earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was read in
full and this set's registers were chosen to be of trades and situations different from every name
in it (for instance no bureau de change, mortgage broker, lift engineer, refrigeration engineer,
data centre, document shredding, coworking, comedy club, cookery school, food inspector, fashion
buying, film catering, freight forwarding, freight train, gap year, philately, photocopier, pub
cellar, scout camp, self-publishing, stand building, trade union, research grants, clinical trial
or street fundraising register appears there; an office cleaning contractor, a debt advice
caseworker, a rally co-driver and an archaeology dig were set aside as too near a window cleaning
round, a refugee caseworker, the vintage rallies and the fossil registers there); the judgement of
"different topic" is this writer's. Many plain one-liners, near-positives and conversations here
are of the same generic kinds as set 60's (for instance an operator, a decimal comma, a persona, a
contested unit, implied multiplication, a weekday of a historical event, a number in a title,
software versions), newly worded. At the edges of the allowed ranges: line 455 is P = "plain", 722,
991 and 1288 are section headers, 782 is a blank line after unit_r(), 1075 is the assert after
sayus(), 1295 is the last line of conv(), 2082-2088 hold the comment and the compiled pattern of
the stated-weekday check and 2306 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; 18 first-draft items that the duplicate check reported as
exact repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded,
one of them twice, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt are
not known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of sets 19 to 60 (the near-.../conv-... families are not registers and may coincide with
earlier family names). This set has no algebra or calculus question (the only proof asked for is a
written proof about odd numbers). Conversations that define an operator, a function, letter values,
a name for a number, swapped signs, clock arithmetic on a 24-hour face, a decimal comma, a unit, an
input or output base, modular arithmetic or slang amounts are negatives because the notation is set
up in an earlier turn (one base by a system turn); one conversation spreads its figures over three
user turns. Some conversations (answer format, Roman numerals, language, verse, rounding,
precision, target unit, date wording, fraction form, a persona set by a system turn) end in a user
turn that could be computed alone, or nearly; they are negatives, as in set 60, because the earlier
turn changes what a right answer looks like. Some near-positives depend on the current date (days
until a festival, an age from a birth date); one asks for "one month after" the 31st, one for a
year after a leap day, one for working days between stated dates (a span over Christmas and New
Year), one uses all-numeric dates of unstated order, one asks the weekday of a historical event (in
Britain, so also a time zone), one asks when the clocks go forward; they are negatives, with no
"now" field. Two negatives ask what a short piece of code returns or why (code semantics). One
near-positive is a negative for its contested reading (implied multiplication), not as symbolic
math. Near-positives ask for conversions in gallons, cups, tons, mpg, horsepower, fluid ounces,
pints, barrels, hundredweights, kilobytes and an ounce of platinum (troy or avoirdupois), for
calories, and for dog years (left out of positives as contested); one asks for letters in a word,
one for an oven gas mark in Celsius, one for the number of zeros in a billion (short or long
scale), and one for a German clock idiom. One date positive asks the weekday of a stated
nineteenth-century date (6 May 1840), computed in the proleptic Gregorian calendar, which Britain
used then.

Checks that failed along the way: the register check passed on every run (it runs before the
duplicate check), and ruff format and ruff check passed on every run. The first run of run.sh
failed main()'s duplicate check, which reported 18 items by id: two plain calculator one-liners (a
percentage, a square root), one plain date one-liner (a weekday), six plain unit one-liners (oven
temperature, road speed, GiB to MiB, bar to psi, grams to ounces, yards to metres) and nine
near-positives (cup, gallon, historical weekday, implied multiplication, lottery odds, opinion,
proof, random choice, troy ounce); all were reworded by /tmp/h61/fix1.py, with new figures or new
subjects, without the earlier queries being looked at. The next run reported one item again (the
reworded GiB to MiB one-liner), reworded by a Python script on standard input with new wording and
a new figure; the next run passed every check, and so did every later run. The Python line-length
check then found the two lines over 100 columns described above; no other check failed. unit_r()'s
two-decimal assert, the stated-weekday check and all of this set's own asserts passed on every run.

Registers (families), 25, new: bureau_de_change_kiosk, charity_street_fundraising_team,
clinical_trial_site_coordinator, comedy_club_open_mic_promoter, commercial_refrigeration_engineer,
cookery_school_class_bookings, coworking_space_community_desk, data_centre_night_operations,
environmental_health_food_inspector, fashion_retail_buying_office, film_set_location_caterer,
freight_forwarder_customs_desk, freight_train_driver_roster, gap_year_backpacker_budget,
mobile_document_shredding_truck, mortgage_broker_case_desk, passenger_lift_maintenance_engineer,
philatelic_society_exchange_packet, photocopier_lease_service_rep, pub_cellar_manager,
scout_troop_summer_camp_leader, self_published_novelist_royalties, trade_show_stand_builder,
trade_union_branch_secretary, university_research_grants_office. Every register is used by all
three tools (asserted); eighteen distinct registers have one further positive (a second calculator
word problem: bureau_de_change_kiosk, mortgage_broker_case_desk, gap_year_backpacker_budget,
trade_union_branch_secretary, self_published_novelist_royalties, fashion_retail_buying_office; a
second unit word problem: commercial_refrigeration_engineer, data_centre_night_operations,
mobile_document_shredding_truck, trade_show_stand_builder, pub_cellar_manager,
passenger_lift_maintenance_engineer; a second date word problem: clinical_trial_site_coordinator,
freight_train_driver_roster, university_research_grants_office, philatelic_society_exchange_packet,
environmental_health_food_inspector, scout_troop_summer_camp_leader). The seven registers with
three positives are charity_street_fundraising_team, comedy_club_open_mic_promoter,
cookery_school_class_bookings, coworking_space_community_desk, film_set_location_caterer,
freight_forwarder_customs_desk and photocopier_lease_service_rep. Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly UK usage with £ and a few US touches
(dollars, Fahrenheit, pounds per square foot, feet per minute), some chatty, terse, lower-case or
in shorthand, a few with numbers in words, questions at the start or the end. No positive
conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live gold price, a
current central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower,
fluid ounce, pint, barrel, hundredweight, kilobyte, ounce of a precious metal, dog years),
calories, today's date or an age without a stated date, a lunisolar festival, Easter, working days,
month arithmetic from the 31st, a year after a leap day, all-numeric dates of unstated order, time
zones, daylight saving, identifiers that look like numbers (a flight, an ISBN, a dialling code, a
postcode, an IP address, software versions, a formation, chess notation), a paper size, a nominal
timber size, code semantics, world or science facts, tax rules, dosing, a size chart, an oven
convention, an estimate, lottery odds, missing prevalence, a translation, a writing task, a number
in a title, an opinion, a contested reading, a random choice, a written proof, an explanation, the
history of numerals, letters in a word, a forecast, a historical price, the weekday of a historical
event, a tipping custom, a current postage price, a regional time idiom, the short or long scale;
or, in conversations, an operator, function, letter values or a name defined earlier, swapped
signs, clock arithmetic, a decimal comma, a unit defined earlier, a number base (input, output, or
set by a system turn), Roman numerals, a persona set by a system turn, answer language, verse form,
output format, rounding, precision, target unit, a fixed currency rate or date order fixed earlier,
date wording, fraction form, an invented calendar, a week numbering, a correction, a summary, a
follow-up explanation or recall of earlier turns, figures spread over turns, a result from an
earlier turn, a judgement about earlier figures, advice about a date given earlier, modular
arithmetic or slang amounts defined earlier. The ordinary negatives ask for advice, explanations,
judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 60: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces (no ounce of a precious
metal), carats, nominal sizes, leap-day results, all-numeric dates (none in a positive; asserted),
time zones and daylight saving, Easter, working days, "within N days", and anything depending on
the current date (no "now" or "timezone" field; asserted). No calculator, date or exact unit result
is a repeating decimal (asserted). Week counts are asserted to be whole weeks; no day count is
inclusive (each is the difference of the two dates, and queries are worded as N days or weeks after
or before a stated date, "days between", "how many days from ... to ...", "how many days apart",
how many weeks a campaign runs from one stated date to another, how many nights from a stated
arrival to a stated departure, "every 9 days" counted from a stated first date, six weekly sessions
from a stated first one, fortnightly collections from a stated first one, a check 13 weeks or an
examination 26 weeks after a stated date, the last Monday or Thursday, first Sunday, second Monday
or Tuesday, or third Wednesday or Thursday of a stated month and year), ages are in whole years
from a stated birth date to a stated date, and clock spans run from one stated time to the next
occurrence of the other (three cross midnight, each saying "next morning" or "following morning").
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime /
math.isqrt. Exact conversion factors (sources as in set 60):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and yards from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, MJ); 1 bar = 10^5 Pa;
    1 h = 3600 s; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s;
    1 W = 1 J/s, so 1 kWh = 3.6 MJ
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_61.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-02.jsonl"
PREFIX = "ho61-"
# earlier generators: sets 1-60 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 61))
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

# ----------------------------------------------------------------- registers (families), 25
BDC = "bureau_de_change_kiosk"
CSF = "charity_street_fundraising_team"
CLT = "clinical_trial_site_coordinator"
CCP = "comedy_club_open_mic_promoter"
CRE = "commercial_refrigeration_engineer"
CSB = "cookery_school_class_bookings"
CWS = "coworking_space_community_desk"
DCN = "data_centre_night_operations"
EHI = "environmental_health_food_inspector"
FRB = "fashion_retail_buying_office"
FSC = "film_set_location_caterer"
FFC = "freight_forwarder_customs_desk"
FTD = "freight_train_driver_roster"
GAP = "gap_year_backpacker_budget"
MDS = "mobile_document_shredding_truck"
MBK = "mortgage_broker_case_desk"
PLM = "passenger_lift_maintenance_engineer"
PHX = "philatelic_society_exchange_packet"
PCL = "photocopier_lease_service_rep"
PUB = "pub_cellar_manager"
STC = "scout_troop_summer_camp_leader"
SPN = "self_published_novelist_royalties"
TSB = "trade_show_stand_builder"
TUB = "trade_union_branch_secretary"
URG = "university_research_grants_office"
REGISTERS = (
    BDC,
    CSF,
    CLT,
    CCP,
    CRE,
    CSB,
    CWS,
    DCN,
    EHI,
    FRB,
    FSC,
    FFC,
    FTD,
    GAP,
    MDS,
    MBK,
    PLM,
    PHX,
    PCL,
    PUB,
    STC,
    SPN,
    TSB,
    TUB,
    URG,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)

# ----------------------------------------------------------------- calculator: plain one-liners
calc(P, "what's 17.5% of 3,288?", pct("17.5") * 3288)
calc(P, "847 × 263", 847 * 263)
calc(P, "(1,258 − 385) ÷ 4", F(1258 - 385, 4))
assert math.isqrt(11881) ** 2 == 11881
calc(P, "what's the square root of 11,881", math.isqrt(11881))
calc(P, "Three eighths of 1,944?", F(3, 8) * 1944)
calc(P, "1.2 cubed", dec("1.2") ** 3)
calc(P, "£86.40 with 15 percent off — what do I pay?", dec("86.40") * (1 - pct(15)))
calc(P, "six thousand four hundred divided by thirty-two", F(6400, 32))
calc(P, "Increase 644 by 12.5%.", 644 * (1 + pct("12.5")))
calc(P, "9,981 + 4,587 - 2,318 =", 9981 + 4587 - 2318)
calc(P, "57 is what percentage of 380", F(57, 380) * 100)
calc(P, "0.36 x 0.25", dec("0.36") * dec("0.25"))
calc(P, "mean of 14, 22, 37, 51 and 66?", F(14 + 22 + 37 + 51 + 66, 5))
calc(P, "£253.80 includes VAT at 20%. What's the price before VAT?", dec("253.80") / dec("1.2"))

# ----------------------------------------------------------------- calculator: register problems
calc(
    BDC,
    "We take a flat £4 commission off the pounds first, then convert what's left at 1.155 euros "
    "to the pound. Customer hands over £500 — how many euros go across the counter?",
    (500 - 4) * dec("1.155"),
)
calc(
    BDC,
    "buying back dollars at 1.25 to the pound, less a £2.50 handling fee. tourist brings in "
    "$380 — how much sterling do i give them?",
    F(380) / dec("1.25") - dec("2.50"),
)
calc(
    MBK,
    "Property's on at £285,000 and the client has a £42,750 deposit. What's the loan-to-value "
    "as a percentage?",
    F(285000 - 42750, 285000) * 100,
)
calc(
    MBK,
    "Lender's arrangement fee is 0.65% of the loan, the loan is £218,400, and our broker fee is "
    "a flat £495 on top. Total fees the client pays?",
    pct("0.65") * 218400 + 495,
)
calc(
    GAP,
    "ok so if my daily budget is £42 and I'm away for 96 days, plus £1,150 for flights I still "
    "have to pay, what's the total I need to save?",
    42 * 96 + 1150,
)
calc(
    GAP,
    "saved £3,600. flights took £780, insurance £144. if i spread what's left evenly over "
    "twelve weeks, how much is that per week?",
    F(3600 - 780 - 144, 12),
)
calc(
    TUB,
    "Branch subs are 0.8% of gross salary. What does a member on £31,250 a year pay in subs "
    "over the year?",
    pct("0.8") * 31250,
)
calc(
    TUB,
    "Hardship fund pays £50 a day. Thirty-seven members were out for four days and twelve of "
    "those stayed out one extra day. How much has the fund paid out altogether?",
    (37 * 4 + 12) * 50,
)
calc(
    SPN,
    "My ebook is £3.99, I get 70% of that minus a 6p delivery charge per copy. Sold 1,240 "
    "copies in March — what's my royalty in pounds?",
    (dec("3.99") * pct(70) - dec("0.06")) * 1240,
)
calc(
    SPN,
    "Paperback: list price £9.99, royalty is 60% of list minus printing, printing is £3.42 a "
    "copy. What do 350 copies earn me?",
    (dec("9.99") * pct(60) - dec("3.42")) * 350,
)
calc(
    FRB,
    "Cost price £14 a unit and we want a 60% gross margin on the ex-VAT selling price. What's "
    "the ticket price once 20% VAT is added?",
    F(14) / (1 - pct(60)) * dec("1.2"),
)
calc(
    FRB,
    "We bought 1,800 jackets. 35% sold at the full £79, the rest cleared at 40% off. What was "
    "total revenue?",
    1800 * pct(35) * 79 + 1800 * (1 - pct(35)) * 79 * (1 - pct(40)),
)
calc(
    CSF,
    "Bonus is £12 for every sign-up past the first 20 in a week. Priya signed 34, Tom 19 and "
    "Ade 27. What's the bonus bill?",
    ((34 - 20) + 0 + (27 - 20)) * 12,
)
calc(
    CCP,
    "Sold 74 advance tickets at £6 and 31 on the door at £8; the venue keeps 30% of ticket "
    "money. What's left for me?",
    (74 * 6 + 31 * 8) * (1 - pct(30)),
)
calc(
    CSB,
    "fresh pasta class: £85 a head, couples get 10% off both places. booked 4 couples and 7 "
    "singles. takings?",
    8 * 85 * (1 - pct(10)) + 7 * 85,
)
calc(
    CRE,
    "Invoice: £95 callout, labour 2.5 hours at £68 an hour, a relay at £37.40, everything plus "
    "20% VAT. Total?",
    (95 + dec("2.5") * 68 + dec("37.40")) * dec("1.2"),
)
calc(
    CWS,
    "Day pass is £22 or a 10-day carnet is £180. A member used 23 days this quarter: two "
    "carnets and day passes for the rest. What did they spend?",
    2 * 180 + (23 - 20) * 22,
)
calc(
    DCN,
    "How much does a rack cost to run for 30 days if it draws a steady 6.4 kW and power is "
    "21.5p per kWh? Answer in pounds.",
    dec("6.4") * 24 * 30 * dec("0.215"),
)
calc(
    EHI,
    "Each breach carries a £150 fixed penalty, cut by 40% if paid early. A café with three "
    "breaches pays early — how much do they pay?",
    3 * 150 * (1 - pct(40)),
)
calc(
    FSC,
    "Day's bill? Breakfast for 85 crew at £6.40, lunch for 112 crew at £11.75 and lunch only for "
    "30 extras at £8.20.",
    85 * dec("6.40") + 112 * dec("11.75") + 30 * dec("8.20"),
)
calc(
    FFC,
    "Goods £12,400, freight and insurance £860. Duty is 4% of goods plus freight, and import "
    "VAT is 20% of goods + freight + duty. How much is the VAT?",
    (12400 + 860) * (1 + pct(4)) * pct(20),
)
calc(
    FTD,
    "Basic is £34.20 an hour and Sunday hours are paid at time and a half. 36 weekday hours plus "
    "9 on the Sunday — gross pay?",
    36 * dec("34.20") + 9 * dec("34.20") * dec("1.5"),
)
calc(
    MDS,
    "console bins £7.50 each to empty, sacks £4.25. office has 14 bins and 38 sacks, contract "
    "customers get 10% off. what's the bill",
    (14 * dec("7.50") + 38 * dec("4.25")) * (1 - pct(10)),
)
calc(
    PLM,
    "Our service contract is £1,860 per lift per year, with 7.5% off every lift after the "
    "first. A block with five lifts pays how much a year?",
    1860 + 4 * 1860 * (1 - pct("7.5")),
)
calc(
    PHX,
    "From the packet I took stamps priced £2.40, 85p, £11.20 and £5.55. The society keeps 10% "
    "commission — how much goes to the seller?",
    (dec("2.40") + dec("0.85") + dec("11.20") + dec("5.55")) * (1 - pct(10)),
)
calc(
    PCL,
    "Lease is £149 a quarter including 3,000 mono copies. Extra mono is 0.9p a copy and colour "
    "6.5p a copy. Client ran 4,820 mono and 610 colour. Quarter's bill in pounds?",
    149 + (4820 - 3000) * dec("0.009") + 610 * dec("0.065"),
)
calc(
    PUB,
    "A 30-litre keg of cider costs us £96. We lose 2 litres cleaning the line and sell the rest "
    "in half-litre servings at £4.90. What's the profit on the keg?",
    F(30 - 2) / dec("0.5") * dec("4.90") - 96,
)
calc(
    STC,
    "Camp fee is £135 per scout, 26 scouts going, £20 off for the second child in each of 4 "
    "sibling pairs, and the group tops up the pot with £300. How much is in the pot?",
    26 * 135 - 4 * 20 + 300,
)
calc(
    TSB,
    "Space only: 6 m by 4 m at £385 per square metre with a 15% rigging surcharge on the space. "
    "Graphics are £1,150 on top. Total quote?",
    6 * 4 * 385 * (1 + pct(15)) + 1150,
)
calc(
    URG,
    "Staff costs are £184,000; estates and indirect costs add 62% of staff costs; the funder "
    "pays 80% of the total. What does the funder pay?",
    184000 * (1 + pct(62)) * pct(80),
)
calc(
    CLT,
    "Participants get £35 per visit plus £12.50 travel each time. Someone who came to 9 visits "
    "gets how much in total?",
    9 * (35 + dec("12.50")),
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
KWH = F(3600 * 1000)  # J
MJ = F(10**6)  # J
CUYD = YD * YD * YD  # m^3
assert CUFT == dec("0.028316846592") and SQFT == dec("0.09290304")
assert CUYD == dec("0.764554857984") and SQYD == dec("0.83612736") and KWH == 36 * MJ / 10

# ----------------------------------------------------------------- units: plain one-liners
unit(P, "convert 72 inches to centimetres", 72 * IN / CM, EXACT)
unit_r(P, "11 st 4 lb in kilograms?", (11 * STONE + 4 * LB))
unit_r(P, "375°F in Celsius", f_to_c(375))
unit(P, "What is -12 °C in Fahrenheit?", c_to_f(-12), EXACT)
unit_r(P, "0.75 acre = how many square metres", F(3, 4) * ACRE)
unit_r(P, "130 km/h in mph", 130 * KMH / MPH)
unit(P, "how many MiB make up 2.75 GiB?", dec("2.75") * GIB / MIB, EXACT)
unit_r(P, "2.6 bar to psi", dec("2.6") * BAR / PSI)
unit_r(P, "How many ounces is 340 grams?", 340 * G / OZ)
unit_r(P, "6 ft 2 in, in metres", 74 * IN)
unit_r(P, "cubic feet in 2 cubic metres?", 2 / CUFT)
unit(P, "15 m/s in km/h", 15 / KMH, EXACT)
unit(P, "how many metres is 440 yards", 440 * YD, EXACT)
unit(P, "2.4 kWh expressed in megajoules", dec("2.4") * KWH / MJ, EXACT)

# ----------------------------------------------------------------- units: register problems
unit_r(
    BDC,
    "Lady's just tipped a jar of coppers on the counter, scale says 2 lb 3 oz. What's that in "
    "grams?",
    (2 * LB + 3 * OZ) / G,
)
unit_r(
    MBK,
    "The floor plan says the lounge is 18 ft by 13 ft 6 in. Client wants it in square metres.",
    18 * FT * (13 * FT + 6 * IN),
)
unit_r(GAP, "trek is 26 km end to end — how far is that in miles?", 26 * KM / MI)
unit_r(
    TUB,
    "March route is 4.5 miles from the station to the square; what's that in kilometres?",
    dec("4.5") * MI / KM,
)
unit(
    SPN,
    "My paperback is 5.5 inches wide and the printer's form wants millimetres. What do I put?",
    dec("5.5") * IN / MM,
    EXACT,
)
unit_r(FRB, "Size chart says waist 81 cm. How many inches is that?", 81 * CM / IN)
unit_r(CSF, "our pop-up banner is 850 mm wide — in inches?", 850 * MM / IN)
unit_r(CCP, "How deep is a 16 ft stage in metres?", 16 * FT)
unit(
    CSB,
    "An American student asks what 200 °C is on her oven at home, which is in Fahrenheit.",
    c_to_f(200),
    EXACT,
)
unit(
    CRE,
    "Walk-in freezer should hold -18 °C. The customer's old dial thermometer only reads "
    "Fahrenheit — what should it show?",
    c_to_f(-18),
    EXACT,
)
unit_r(
    CRE,
    "Cold room inside is 3 m long, 2.5 m wide and 2.4 m high. Volume in cubic feet?",
    3 * dec("2.5") * dec("2.4") / CUFT,
)
unit_r(CWS, "Meeting room is advertised as 420 sq ft. Square metres?", 420 * SQFT)
unit(
    DCN,
    "The nightly backup came to 750 GiB; the dashboard reports in MiB. What number will it show?",
    750 * GIB / MIB,
    EXACT,
)
unit(DCN, "Cold aisle set point is 80.6 °F. What's that in °C?", f_to_c(dec("80.6")), EXACT)
unit(
    EHI,
    "Hot holding has to be at least 63 °C. Give me that in Fahrenheit for the American kitchen "
    "manager.",
    c_to_f(63),
    EXACT,
)
unit_r(
    FSC,
    "we need 12 kg of potatoes for the shoot and the supplier's list is in pounds. how many "
    "pounds do I order",
    12 / LB,
)
unit_r(FFC, "Pallet gross weight shows 1,850 lb. In kilograms?", 1850 * LB)
unit_r(FTD, "Line speed on this section is 75 mph. What's that in km/h?", 75 * MPH / KMH)
unit_r(
    MDS,
    "In kilograms: we shredded 1,320 lb of paper for the solicitors this morning.",
    1320 * LB,
)
unit_r(
    MDS,
    "The truck's bin holds 9 cubic yards of shred. How many cubic metres?",
    9 * CUYD,
)
unit_r(PLM, "Rated load 1,000 kg — what's that in pounds for the US spec sheet?", 1000 / LB)
unit_r(
    PLM,
    "Car speed is 1.6 m/s. The old drawings give speeds in feet per minute — what's the figure?",
    dec("1.6") * 60 / FT,
)
unit_r(PHX, "The album weighs 3.2 kg with the mounts in. Pounds?", dec("3.2") / LB)
unit(
    PCL,
    "Copier stands 58 inches tall — how many centimetres is that?",
    58 * IN / CM,
    EXACT,
)
unit(PUB, "Cellar should sit at 12 °C — what's that in Fahrenheit?", c_to_f(12), EXACT)
unit(PUB, "The beer line run is 25 ft. How long in metres?", 25 * FT, EXACT)
unit_r(STC, "Saturday's hike is 14 km. Roughly how many miles?", 14 * KM / MI)
unit_r(
    TSB,
    "Floor area in square metres of a 20 ft by 10 ft stand?",
    20 * 10 * SQFT,
)
unit_r(
    TSB,
    "Hall floor limit is 500 kg per square metre. The American client wants it in pounds per "
    "square foot.",
    500 / LB * SQFT,
)
unit(URG, "Ultra-low freezer runs at -80 °C. Fahrenheit equivalent?", c_to_f(-80), EXACT)
unit_r(
    CLT,
    "Participant says she's 12 stone 9 pounds. The CRF needs kilograms — what do I write?",
    12 * STONE + 9 * LB,
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

# ----------------------------------------------------------------- datetime: plain one-liners
date_item(P, "What weekday will 18 October 2046 be?", weekday(D(2046, 10, 18)))
date_item(P, "100 days after 14 March 2030?", D(2030, 3, 14) + TD(days=100))
date_item(
    P,
    "how many days between 3 January 2028 and 19 October 2028",
    days(D(2028, 1, 3), D(2028, 10, 19)),
)
date_item(P, "what date is six weeks before 2 May 2031", D(2031, 5, 2) - TD(weeks=6))
date_item(P, "Last Monday in May 2029 — which date?", nth_weekday(2029, 5, MON, -1))
date_item(P, "minutes from 08:47 to 17:12?", clock_span("08:47", "17:12", 60))
date_item(
    P,
    "Someone born on 17 November 1988 is how old on 1 July 2035?",
    age(D(1988, 11, 17), D(2035, 7, 1)),
)
date_item(P, "1,000 days after 5 June 2027 is what date", D(2027, 6, 5) + TD(days=1000))
date_item(P, "3rd Thursday of October 2032", nth_weekday(2032, 10, THU, 3))
date_item(
    P,
    "How many hours from 22:15 to 06:45 the next morning?",
    clock_span("22:15", "06:45", 3600),
)
date_item(P, "1 January 2050 falls on which day of the week?", weekday(D(2050, 1, 1)))
date_item(P, "What date is 250 days before 1 March 2034?", D(2034, 3, 1) - TD(days=250))
date_item(
    P,
    "How many weeks from 4 April 2029 to 29 August 2029?",
    weeks(D(2029, 4, 4), D(2029, 8, 29)),
)
date_item(P, "first Sunday of September 2030?", nth_weekday(2030, 9, SUN, 1))

# ----------------------------------------------------------------- datetime: register problems
RATE_START = D(2032, 1, 6)
assert weekday(RATE_START) == "Tuesday"
date_item(
    BDC,
    f"Head office resets our rate board every 9 days, starting {sayw(RATE_START)}. What date is "
    "the fifth reset, counting that first one?",
    RATE_START + TD(days=4 * 9),
)
date_item(
    MBK,
    "The mortgage offer was issued on 14 August 2029 and expires 180 days after that. What's "
    "the expiry date?",
    D(2029, 8, 14) + TD(days=180),
)
date_item(
    GAP,
    "flying out 18 september 2028, flight home 2 march 2029. how many days from the one to the "
    "other?",
    days(D(2028, 9, 18), D(2029, 3, 2)),
)
BALLOT_OPEN = D(2032, 3, 3)
date_item(
    TUB,
    f"The ballot opens on {sayw(BALLOT_OPEN)} and closes 21 days later. Closing date?",
    BALLOT_OPEN + TD(days=21),
)
date_item(
    SPN,
    "I want pre-orders to open 120 days before my launch on 1 November 2030. When do they open?",
    D(2030, 11, 1) - TD(days=120),
)
date_item(
    FRB,
    "Spring range lands in store on the second Monday of February 2031. Which date is that?",
    nth_weekday(2031, 2, MON, 2),
)
date_item(
    CSF,
    "Our street campaign runs from 12 May 2031 to 4 August 2031. How many weeks is that?",
    weeks(D(2031, 5, 12), D(2031, 8, 4)),
)
date_item(
    CCP,
    "Doors at 19:45 and the headliner's off at 23:10 — how many minutes is that?",
    clock_span("19:45", "23:10", 60),
)
COURSE_START = D(2030, 9, 7)
date_item(
    CSB,
    f"Six weekly sourdough sessions, the first on {sayw(COURSE_START)}. Date of the sixth?",
    COURSE_START + TD(weeks=5),
)
date_item(
    CRE,
    "Leak checks are every 13 weeks. Last one was 17 June 2030 — when's the next due?",
    D(2030, 6, 17) + TD(weeks=13),
)
date_item(
    CWS,
    "Member's birthday is 22 March 1994 and we do a cake on their birthday. How old are they on "
    "1 December 2031?",
    age(D(1994, 3, 22), D(2031, 12, 1)),
)
date_item(
    DCN,
    "maintenance window 23:30 to 04:15 the following morning, how many minutes?",
    clock_span("23:30", "04:15", 60),
)
date_item(
    EHI,
    "Inspected on 9 October 2029; the re-visit is 28 days later. What day of the week is the "
    "re-visit?",
    weekday(D(2029, 10, 9) + TD(days=28)),
)
date_item(
    EHI,
    "How many days from the complaint on 11 April 2030 to the hearing on 2 September 2030?",
    days(D(2030, 4, 11), D(2030, 9, 2)),
)
date_item(
    FSC,
    "Call time 05:30, wrap at 18:45. How many hours is the crew day?",
    clock_span("05:30", "18:45", 3600),
)
date_item(
    FFC,
    "Vessel sails from Ningbo on 4 March 2031 with a 38-day transit. Arrival date?",
    D(2031, 3, 4) + TD(days=38),
)
date_item(
    FTD,
    "Sign on 21:50, sign off 07:05 next morning. How many hours is that turn?",
    clock_span("21:50", "07:05", 3600),
)
date_item(
    FTD,
    "Route learning day is the third Wednesday of June 2030. What's the date?",
    nth_weekday(2030, 6, WED, 3),
)
SHRED_FIRST = D(2030, 1, 3)
date_item(
    MDS,
    f"Fortnightly collections, the first on {sayw(SHRED_FIRST)}. What date is the 10th collection?",
    SHRED_FIRST + TD(weeks=2 * 9),
)
date_item(
    PLM,
    "Last thorough examination was on 14 November 2029 and the next is due 26 weeks later. Date?",
    D(2029, 11, 14) + TD(weeks=26),
)
date_item(
    PHX,
    "What day of the week was 6 May 1840, when the first adhesive stamps became valid?",
    weekday(D(1840, 5, 6)),
)
date_item(
    PHX,
    "The exchange packet reached me on 27 September 2030 and must be sent on to the next member "
    "10 days after that. Posting date?",
    D(2030, 9, 27) + TD(days=10),
)
date_item(
    PCL,
    "Lease runs from 3 June 2028 to 2 June 2033 — how many days from the first date to the second?",
    days(D(2028, 6, 3), D(2033, 6, 2)),
)
KEG_IN = D(2030, 4, 5)
date_item(
    PUB,
    f"Keg delivered {sayw(KEG_IN)}, best before 90 days after delivery. What weekday is the "
    "best-before?",
    weekday(KEG_IN + TD(days=90)),
)
date_item(
    STC,
    "We arrive at camp on 26 July 2031 and leave on 2 August 2031 — how many nights?",
    days(D(2031, 7, 26), D(2031, 8, 2)),
)
date_item(
    STC,
    "Youngest scout was born 15 September 2020. How old is he on the first day of camp, 26 July "
    "2031?",
    age(D(2020, 9, 15), D(2031, 7, 26)),
)
date_item(
    TSB,
    "The stand has to be finished by the last Thursday of September 2031. What date is that?",
    nth_weekday(2031, 9, THU, -1),
)
date_item(
    URG,
    "Final report is due 1,096 days after the project start on 1 October 2030. Due date?",
    D(2030, 10, 1) + TD(days=1096),
)
date_item(
    URG,
    "The funding panel meets on the second Tuesday of March 2031 — which date?",
    nth_weekday(2031, 3, TUE, 2),
)
RANDOMISED = D(2030, 5, 13)
date_item(
    CLT,
    f"Randomised on {sayw(RANDOMISED)}, follow-up visit 84 days later. Date of the follow-up?",
    RANDOMISED + TD(days=84),
)
date_item(
    CLT,
    "Consent signed 2 June 2030, randomised 19 June 2030. How many days apart?",
    days(D(2030, 6, 2), D(2030, 6, 19)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ----------------------------------------------------------------- ordinary negatives, 4 each
ORDINARY = {
    BDC: (
        (
            "A customer says our euro rate is a rip-off next to the airport's. How do I explain "
            "the buy/sell spread without sounding defensive?"
        ),
        "what checks should I do when someone wants to change a big pile of cash and won't show ID",
        (
            "Write a short notice for the kiosk window saying we can't accept torn or heavily "
            "written-on banknotes."
        ),
        "Why won't most bureaux de change buy back foreign coins?",
    ),
    CSF: (
        "How do I stop someone on the street without coming across as pushy?",
        "Are there rules about where street fundraisers can stand, like near cash machines?",
        "Give me a warm 30-second doorstep pitch for a children's hospice.",
        "how do you shake it off when someone swears at you in the first hour of a shift",
    ),
    CLT: (
        "How should I explain randomisation to a participant who's nervous about getting placebo?",
        "What's the difference between an adverse event and a serious adverse event?",
        (
            "Write a short thank-you message for participants now that the study visits have "
            "finished."
        ),
        "A participant wants to withdraw consent halfway through. What do I need to do?",
    ),
    CCP: (
        "How do I tell a comic their set ran long without killing the mood of the night?",
        "Write a cheeky social media post announcing our new Thursday open mic.",
        "What's a good running order for eight new acts and a headliner?",
        "Is it OK to film acts on stage for our socials without asking them first?",
    ),
    CRE: (
        "Why would a walk-in chiller keep icing up on the evaporator every few days?",
        (
            "Explain to a restaurant owner, in plain words, why their old R404A system needs "
            "replacing."
        ),
        "What PPE should I wear when brazing in a cramped plant room?",
        "How should I write up a job sheet when the customer refuses the repair I recommended?",
    ),
    CSB: (
        "Why does my pasta dough crack when I roll it through the machine?",
        "Write a short, appetising description for a beginners' Thai curry evening class.",
        "What allergen information do we have to give students on the day?",
        "Tips for keeping a knife skills class from overrunning?",
    ),
    CWS: (
        "How do I handle a member who takes loud calls in the quiet zone?",
        "Write a friendly welcome post for new members on our community Slack.",
        "What kinds of events actually build community in a coworking space?",
        "Should we let members bring dogs in? Pros and cons please.",
    ),
    DCN: (
        "What's the difference between hot aisle and cold aisle containment?",
        "Explain RAID 6 versus RAID 10 to a new starter on the night shift.",
        (
            "Draft an incident summary for a customer whose rack lost one of its two power feeds "
            "overnight."
        ),
        "Why do UPS batteries need replacing even if the UPS has never had to kick in?",
    ),
    EHI: (
        "What does a food hygiene rating of 2 usually tell you about a takeaway?",
        (
            "How should I word a letter to a café owner about mouse droppings found in the dry "
            "store?"
        ),
        "What's the difference between a use-by date and a best-before date?",
        "What training should a new food handler have before they start work?",
    ),
    FRB: (
        "How do buyers decide how deep to buy into a trend piece compared with a core basic?",
        "What does open-to-buy mean in retail planning?",
        "Write a polite but firm email to a supplier chasing a late knitwear delivery.",
        "Which colours do you reckon will be big for autumn/winter?",
    ),
    FSC: (
        (
            "Suggest a hot lunch menu for a freezing night shoot that covers vegan and "
            "gluten-free crew."
        ),
        "How do we keep food hot safely when we're parked in a field with no mains power?",
        "Write a polite note to the production office about crew taking second portions.",
        "What's the usual etiquette for feeding background artists versus the main unit?",
    ),
    FFC: (
        "What's an EORI number and who needs one?",
        "Explain DAP versus DDP to a small business owner who's never exported before.",
        "What paperwork do I need to export handmade soap to Canada?",
        "Why would a shipment get held at customs for further examination?",
    ),
    FTD: (
        "Explain what a SPAD is and why the industry takes it so seriously.",
        "How do you stay alert on a long night freight turn?",
        "Write a short handover note for the next driver about a wagon riding roughly.",
        "What are the pros and cons of freight driving compared with passenger work?",
    ),
    GAP: (
        "is it safe to travel solo through central america at 19? what should i watch out for",
        "Which vaccinations should I ask my GP about before backpacking round Southeast Asia?",
        "suggest a rough route for a few months in south america starting in lima",
        "How do I write a short CV for picking-season work on an Australian working holiday?",
    ),
    MDS: (
        "How long are we supposed to keep certificates of destruction under data protection rules?",
        "Write a short customer FAQ answer on why we shred on site rather than off site.",
        "Is shredded paper recyclable, and what happens to it after we collect it?",
        "How can I reassure a law firm that our drivers are properly vetted?",
    ),
    MBK: (
        (
            "Explain the difference between a fixed-rate and a tracker mortgage for a "
            "first-time buyer."
        ),
        "Draft a friendly email asking a client for their last three payslips and bank statements.",
        "Should a client overpay their mortgage or put the spare cash into savings?",
        "What does a lender mean by an affordability stress test, and why might a case fail it?",
    ),
    PLM: (
        "What could make a lift door keep reopening at the same floor?",
        "Explain to residents why their lift will be out of action during a modernisation.",
        "What's the safe procedure for releasing a passenger trapped between floors?",
        "Write a short lobby notice saying the lift is closed for maintenance.",
    ),
    PHX: (
        "How can I tell whether a Penny Red has been regummed?",
        "What's the best way to store stamps so they don't tone or go yellow?",
        "Write a friendly reminder asking members to pass the packet on promptly.",
        "What's the difference between a perforation gauge and a watermark detector?",
    ),
    PCL: (
        "How do I explain to a customer why their colour copies come out streaky?",
        "What are the warning signs that a fuser unit is about to fail?",
        "Write a follow-up email after demoing our new A3 multifunction device to a school.",
        "Is leasing or buying a copier better for a small charity?",
    ),
    PUB: (
        "Why is my lager pouring all froth?",
        "How often should beer lines be cleaned, and what happens if we skip it?",
        "Write a chalkboard line for a new guest ale from the brewery down the road.",
        "What's the right way to stillage and vent a cask of real ale?",
    ),
    STC: (
        "What games work on a rainy evening at camp with a bunch of 11-year-olds?",
        "How do I deal with a homesick scout on the second night?",
        "Write a cheerful kit-list reminder for parents.",
        "What first aid training should our camp leaders have?",
    ),
    SPN: (
        "Should I go exclusive with one ebook store or publish wide? Pros and cons please.",
        "Write a 100-word blurb for a cosy crime novel set in a Cornish bakery.",
        "Do I need a separate ISBN for the audiobook, and what is an ISBN actually for?",
        "How should I respond to a one-star review that's really about the courier, not the book?",
    ),
    TSB: (
        "How do we stop graphic panels bowing in a hot exhibition hall?",
        "Write a short cover note for a quote on a double-decker stand.",
        "What are the usual rules on stand heights at the big UK venues?",
        "How can we make our stands more sustainable and reusable?",
    ),
    TUB: (
        (
            "A member's been given a final written warning without any hearing. What should I "
            "advise them to do first?"
        ),
        (
            "Write a punchy leaflet headline calling members to a meeting about the new shift "
            "patterns."
        ),
        "What's the difference between an individual grievance and a collective dispute?",
        "I've never taken minutes before. How do I do it at a branch meeting?",
    ),
    URG: (
        "What's the difference between directly incurred and directly allocated costs on a grant?",
        "Write a short reminder to academics about the internal deadline for a funding call.",
        "Why might a funder reject an application on eligibility grounds?",
        "How should a PI justify a big equipment purchase in a proposal?",
    ),
}
assert list(ORDINARY) == list(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for reg, queries in ORDINARY.items():
    for q in queries:
        neg(reg, q)

# ----------------------------------------------------------------- near-positive negatives
NEAR = (
    (
        "near-live-exchange-rate",
        "How many euros will I get for £500 at the Post Office?",
        "needs the current exchange rate, which is not given",
    ),
    (
        "near-gold-price",
        "what's 20 grams of 22 carat gold worth",
        "needs a live gold price; carats are left out of positives",
    ),
    (
        "near-base-rate",
        "If the Bank of England puts rates up by a quarter point, what's the new base rate?",
        "needs the current central bank rate",
    ),
    (
        "near-loan-missing-terms",
        "What will the monthly repayment be on a £180,000 mortgage?",
        "no interest rate or term given",
    ),
    (
        "near-gallon",
        "The generator tank holds 17 gallons — how many litres is that?",
        "US or imperial gallon is not said",
    ),
    (
        "near-cup",
        "How many grams is one and a half cups of caster sugar?",
        "contested cup size and an ingredient density",
    ),
    (
        "near-ton",
        "A 7.5 ton lorry is how many kilograms?",
        "short, long or metric ton is not said",
    ),
    (
        "near-mpg",
        "Van does 38 mpg. What's that in litres per 100 km?",
        "mpg with US or imperial gallons is not said",
    ),
    (
        "near-horsepower",
        "150 hp in kilowatts?",
        "mechanical or metric horsepower is not said",
    ),
    (
        "near-fluid-ounce",
        "How many millilitres is 8 fl oz?",
        "US or imperial fluid ounce is not said",
    ),
    (
        "near-kilobyte",
        "How many kB in 3 MB?",
        "decimal or binary prefixes are not said",
    ),
    (
        "near-dog-years",
        "My collie is 6 — how old is that in dog years?",
        "no agreed rule for dog years",
    ),
    (
        "near-pint",
        "3 pints of milk in millilitres?",
        "US or imperial pint is not said",
    ),
    (
        "near-barrel",
        "How many litres are in 40 barrels of beer?",
        "barrel sizes differ by country and trade",
    ),
    (
        "near-hundredweight",
        "What's 5 hundredweight in kilograms?",
        "short or long hundredweight is not said",
    ),
    (
        "near-calories",
        "How many calories are in 250 g of cooked basmati rice?",
        "a nutrition fact, not a computation",
    ),
    (
        "near-troy-ounce",
        "How many grams does one ounce of platinum weigh?",
        "troy or avoirdupois ounce: the precious-metal convention is a fact to know",
    ),
    (
        "near-days-until",
        "How many days until Bonfire Night?",
        "depends on the current date",
    ),
    (
        "near-age-no-date",
        "I was born on 4 June 1991. How old am I?",
        "depends on the current date",
    ),
    (
        "near-lunisolar",
        "What date does Diwali fall on in 2033?",
        "a lunisolar festival date, a fact to know",
    ),
    (
        "near-easter",
        "When is Easter Sunday in 2035?",
        "Easter is left out of positives",
    ),
    (
        "near-working-days",
        "How many working days are there between 20 December 2030 and 6 January 2031?",
        "needs the bank holidays of a jurisdiction; working days are left out of positives",
    ),
    (
        "near-month-from-31st",
        "What's the date one month after 31 January 2031?",
        "month arithmetic from the 31st has no single answer",
    ),
    (
        "near-year-after-leap-day",
        "What date is exactly one year after 29 February 2032?",
        "a year after a leap day has no single answer",
    ),
    (
        "near-numeric-date",
        "How many days between 03/04/2030 and 05/06/2030?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-time-zone",
        "If it's 3pm in Manchester, what time is it in Sydney?",
        "time zones and daylight saving depend on the date",
    ),
    (
        "near-clocks-change",
        "Which date do the clocks go forward in the UK in 2031?",
        "needs the daylight saving rule, a fact to know",
    ),
    (
        "near-flight-number",
        "What time does flight EZY8751 normally land?",
        "a flight number is an identifier; needs a timetable",
    ),
    (
        "near-isbn",
        "Which book has the ISBN 978-0-14-103614-4?",
        "an identifier that looks like a number",
    ),
    (
        "near-dialling-code",
        "Which country has the dialling code +353?",
        "an identifier that looks like a number",
    ),
    (
        "near-postcode",
        "Whereabouts in the country is the postcode LS6 2QT?",
        "an identifier that looks like a number",
    ),
    (
        "near-ip-address",
        "Is 192.168.1.254 a private IP address?",
        "an identifier with dots, not a computation",
    ),
    (
        "near-software-version",
        "Is version 3.12 of Python newer than 3.9?",
        "version numbers are not decimals",
    ),
    (
        "near-formation",
        "In a 4-3-3, how many defenders are there?",
        "a formation, not a subtraction",
    ),
    (
        "near-chess-notation",
        "What does 1. e4 e5 2. Nf3 Nc6 mean?",
        "chess notation",
    ),
    (
        "near-paper-size",
        "What are the dimensions of A5 paper in millimetres?",
        "a paper size is a fact to know",
    ),
    (
        "near-timber-size",
        "How wide is a 4x2 really?",
        "a nominal timber size",
    ),
    (
        "near-code-semantics",
        "What does print(0.1 + 0.2 == 0.3) output in Python?",
        "code semantics, not arithmetic",
    ),
    (
        "near-code-why",
        "Why does -7 // 2 give -4 in Python when 7 // 2 gives 3?",
        "an explanation of code semantics",
    ),
    (
        "near-world-fact",
        "What's the population of Lisbon?",
        "a world fact",
    ),
    (
        "near-science-fact",
        "At what temperature does water boil at the summit of Everest?",
        "a science fact depending on air pressure",
    ),
    (
        "near-tax-rule",
        "How much stamp duty does a first-time buyer pay on a £325,000 flat?",
        "tax bands and reliefs are rules to know, and they change",
    ),
    (
        "near-dosing",
        "How much ibuprofen can I give my 30 kg nine-year-old?",
        "dosing advice",
    ),
    (
        "near-shoe-size",
        "I'm a UK 8 — what's that in EU shoe sizes?",
        "size charts differ by maker",
    ),
    (
        "near-gas-mark",
        "Gas mark 6 is how many degrees Celsius?",
        "an oven convention, not an exact conversion",
    ),
    (
        "near-estimate",
        "Roughly how many tennis balls would fill a double-decker bus?",
        "an estimate with assumptions",
    ),
    (
        "near-lottery-odds",
        "What are the odds of scooping the top prize on a Thunderball ticket?",
        "needs the game's current rules",
    ),
    (
        "near-missing-prevalence",
        "A test is 95% accurate and I tested positive. What's the chance I actually have it?",
        "the prevalence is missing",
    ),
    (
        "near-translation",
        "How do you say three hundred and twenty-seven in German?",
        "a translation",
    ),
    (
        "near-writing",
        "Write a haiku that mentions the number forty-two.",
        "a writing task",
    ),
    (
        "near-title-number",
        "Sum up the plot of Fahrenheit 451 in two sentences.",
        "a number in a title",
    ),
    (
        "near-opinion",
        "Is £3.80 a fair price for a slice of carrot cake at a village fete?",
        "an opinion",
    ),
    (
        "near-implied-multiplication",
        "what is 12 ÷ 3(1 + 3)?",
        "implied multiplication has a contested reading",
    ),
    (
        "near-random-choice",
        "Choose a random raffle ticket number between 101 and 250 for me.",
        "a random choice",
    ),
    (
        "near-proof",
        "Prove that the product of two odd numbers is always odd.",
        "a written proof",
    ),
    (
        "near-explanation",
        "Why is dividing by a half the same as doubling?",
        "an explanation",
    ),
    (
        "near-numeral-history",
        "Why didn't the Romans have a numeral for zero?",
        "history of numerals",
    ),
    (
        "near-letters-in-word",
        "How many letter e's are there in 'independence'?",
        "letters in a word, not arithmetic",
    ),
    (
        "near-forecast",
        "What will the pound be worth against the dollar next spring?",
        "a forecast",
    ),
    (
        "near-historical-price",
        "How much did a loaf of bread cost in Britain in 1975?",
        "a historical price",
    ),
    (
        "near-historical-weekday",
        "Which day of the week was it in Britain when Armstrong first stepped onto the Moon?",
        "the date of a historical event is not stated",
    ),
    (
        "near-tipping-custom",
        "How much should I tip a taxi driver in New York on a $40 fare?",
        "a tipping custom, not a stated rate",
    ),
    (
        "near-postage-price",
        "How much is a first class stamp for a large letter?",
        "a current postage price",
    ),
    (
        "near-time-idiom",
        "If a German friend says 'halb sieben', what time is that on a 24-hour clock?",
        "a regional time idiom that differs from English 'half seven'",
    ),
    (
        "near-billion-scale",
        "How many zeros are there in a billion?",
        "short or long scale is contested",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for fam, q, note in NEAR:
    neg(fam, q, note)

# ----------------------------------------------------------------- conversations (negatives)
VISA_END = D(2031, 7, 14)
CONVS = (
    (
        "conv-operator-defined",
        [
            (U, "For our camp puzzle sheet, let a ⊛ b mean a times b, plus a."),
            (A, "Got it: a ⊛ b = ab + a."),
            (U, "So what does 7 ⊛ 6 come to on the puzzle sheet?"),
        ],
        "the operator is defined in an earlier turn",
    ),
    (
        "conv-function-defined",
        [
            (U, "Let g(n) be the fee for n tables at our stand: g(n) = 45n + 120."),
            (A, "Understood, g(n) = 45n + 120."),
            (U, "And g(17) for the big trade show?"),
        ],
        "the function is defined in an earlier turn",
    ),
    (
        "conv-letter-values",
        [
            (U, "In the scouts' code game A is 1, B is 2 and so on up to Z as 26."),
            (A, "OK, each letter is worth its place in the alphabet."),
            (U, "How much is the word TENT worth in the code game?"),
        ],
        "letter values are set in an earlier turn",
    ),
    (
        "conv-named-number",
        [
            (U, "On the yard we call the number of pallets in a full trailer a 'load'. It's 26."),
            (A, "Noted: a load is 26 pallets."),
            (U, "How many pallets in three and a half loads then?"),
        ],
        "a name for a number is set in an earlier turn",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Brain-teaser for the quiz night: in this round + means minus and - means plus."),
            (A, "Right, the signs are swapped for this round."),
            (U, "Under those rules what is 40 + 15 - 6?"),
        ],
        "the signs are swapped in an earlier turn",
    ),
    (
        "conv-clock-face",
        [
            (U, "Our depot rota uses a clock face numbered 0 to 23 that wraps round after 23."),
            (A, "Understood, hours wrap back to 0 after 23."),
            (U, "A turn starts at hour 19 on the face and lasts 9 hours. Where does it end?"),
        ],
        "clock arithmetic on a face set in an earlier turn",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I write decimals with a comma, the way we do in Hamburg."),
            (A, "Fine, a comma is the decimal separator."),
            (U, "Then what's 12,5 times 4,2?"),
        ],
        "a decimal comma is set in an earlier turn",
    ),
    (
        "conv-unit-defined",
        [
            (U, "On our stand drawings one 'module' is 1.2 metres."),
            (A, "OK, a module is 1.2 m."),
            (U, "How long are seven modules in feet?"),
        ],
        "a unit is defined in an earlier turn",
    ),
    (
        "conv-input-base",
        [
            (U, "The register values I'm about to give you are in binary."),
            (A, "Understood, I'll read them as base 2."),
            (U, "What is 1011 plus 110 on that register?"),
        ],
        "the input base is set in an earlier turn",
    ),
    (
        "conv-output-base",
        [
            (U, "From now on give every answer in hexadecimal please, it's for a config file."),
            (A, "Will do, answers in hex."),
            (U, "What's 200 plus 55 for the config?"),
        ],
        "the output base is set in an earlier turn",
    ),
    (
        "conv-system-base",
        [
            (S, "All numbers in this conversation are written in base 8."),
            (U, "What's 17 times 3 in this conversation?"),
        ],
        "the base is set by a system turn",
    ),
    (
        "conv-roman-output",
        [
            (U, "Answer only in Roman numerals for the chapter headings, please."),
            (A, "Understood."),
            (U, "What's 45 plus 19 for the next heading?"),
        ],
        "the answer form (Roman numerals) is set in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Brine, a pirate who answers everything in pirate speak."),
            (U, "Captain, how much is 14 sacks at 12 doubloons a sack?"),
        ],
        "a persona set by a system turn changes the answer",
    ),
    (
        "conv-answer-language",
        [
            (U, "Reply in French please, I'm practising before my trip to Lyon."),
            (A, "D'accord, je réponds en français."),
            (U, "What's 18 percent of 250 euros?"),
        ],
        "the answer language is set in an earlier turn",
    ),
    (
        "conv-verse",
        [
            (U, "Answer my next question as a rhyming couplet for the open mic."),
            (A, "Happy to, ask away."),
            (U, "What's nine times thirteen, in verse for the open mic?"),
        ],
        "verse form is set in an earlier turn",
    ),
    (
        "conv-output-format",
        [
            (U, "Give me results as JSON with keys 'value' and 'unit' for the spec sheet."),
            (A, "Sure, I'll return JSON objects."),
            (U, "Convert 5 kg to pounds for the spec sheet."),
        ],
        "an output format is set in an earlier turn",
    ),
    (
        "conv-rounding",
        [
            (U, "For the cash float, round every answer to the nearest ten pounds."),
            (A, "OK, nearest ten."),
            (U, "What's £347 plus £289 for the float?"),
        ],
        "rounding is set in an earlier turn",
    ),
    (
        "conv-precision",
        [
            (U, "I need every figure to five significant figures for the lab report."),
            (A, "Understood, five significant figures."),
            (U, "How many metres is 13 feet, for the report?"),
        ],
        "precision is set in an earlier turn",
    ),
    (
        "conv-target-unit",
        [
            (U, "Please give every length in millimetres for the cutting list."),
            (A, "Will do."),
            (U, "How long is a 3.5 inch bracket on the cutting list?"),
        ],
        "the target unit is set in an earlier turn",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For this trip budget assume one pound buys 1.18 euros, whatever the banks say."),
            (A, "OK, £1 = €1.18 for the budget."),
            (U, "How many pounds is the 354 euro hostel bill then?"),
        ],
        "a currency rate is fixed in an earlier turn",
    ),
    (
        "conv-date-order",
        [
            (U, "All dates in my spreadsheet are month/day/year."),
            (A, "Understood, month first."),
            (U, "What weekday is 7/4/2031 in my spreadsheet?"),
        ],
        "the date order is fixed in an earlier turn",
    ),
    (
        "conv-date-wording",
        [
            (U, "When you give me a date, write it like 'the 3rd of the 5th'."),
            (A, "Sure, day and month by ordinal."),
            (U, "What date is 40 days after 12 June 2031, written that way?"),
        ],
        "date wording is set in an earlier turn",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Keep all answers as fractions in lowest terms, not decimals."),
            (A, "Got it, fractions only."),
            (U, "So 3/8 plus 5/12 as a fraction?"),
        ],
        "fraction form is set in an earlier turn",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "On our campaign game calendar every month has exactly 30 days, no exceptions."),
            (A, "OK, 30-day months throughout."),
            (U, "What's 45 days after day 20 of month 3 on the game calendar?"),
        ],
        "an invented calendar is set in an earlier turn",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our rota calls the week containing the first Sunday of the year week 1."),
            (A, "Understood, that's how your weeks are numbered."),
            (U, "Which rota week is 20 March 2031 in?"),
        ],
        "a week numbering is set in an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Add up the deposits: £1,240 and £385."),
            (A, "That's £1,625."),
            (U, "Oops, the second deposit was £358, not £385. What's the corrected total?"),
        ],
        "a correction of an earlier figure",
    ),
    (
        "conv-summary",
        [
            (U, "Client wants a £30k deposit, 90% LTV, and to avoid an early repayment charge."),
            (A, "Noted: £30,000 deposit, 90% loan-to-value, no early repayment charge."),
            (U, "Can you summarise what the client wants in one line for the file?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-follow-up-why",
        [
            (U, "How many stamps in a sheet of 12 rows of 20?"),
            (A, "240."),
            (U, "Why multiply rather than add the rows one by one? Explain it to a ten-year-old."),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "Readings from the walk-in: 3.1, 4.6, 2.9 and 5.2 degrees."),
            (A, "Logged those four readings."),
            (U, "Which was the second reading I gave you?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread-figures",
        [
            (U, "Catering receipts for the shoot: lunch was £42.60."),
            (A, "Noted."),
            (U, "Drinks were £18.40."),
            (A, "Noted."),
            (U, "And the taxi back was £23. So what's the total for the claim?"),
        ],
        "figures are spread over three user turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's £1,250 times 12 for the annual lease?"),
            (A, "£15,000."),
            (U, "Now take 8% of that for the service charge."),
        ],
        "needs a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "Quote for the refit is £4,800 labour and £2,150 parts on a ten-year-old chiller."),
            (A, "That's £6,950 in total."),
            (U, "Does that seem worth it, or should they just replace the whole chiller?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, f"My working holiday visa ends on {sayw(VISA_END)}."),
            (A, "Thanks, noted."),
            (U, "Should I book the flight home for the day before or is the last day OK?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [
            (U, "For the rest of this chat we're working modulo 7."),
            (A, "Understood, everything mod 7."),
            (U, "Then what's 5 times 6 in this chat?"),
        ],
        "modular arithmetic is set in an earlier turn",
    ),
    (
        "conv-slang-amounts",
        [
            (U, "At the bureau a 'monkey' means £500 and a 'pony' means £25."),
            (A, "Got it."),
            (U, "Customer's handing over two monkeys and three ponies. How many pounds is that?"),
        ],
        "slang amounts are defined in an earlier turn",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# ----------------------------------------------------------------- this set's structural asserts
_pos = [i for i in items if i["label"] != "negative"]
_reg_pos = [i for i in _pos if i["family"] != "plain"]
assert {i["family"] for i in _reg_pos} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in _reg_pos if i["label"] == _label]
    assert set(_fams) == set(REGISTERS), _label
    assert len(_fams) == 31, (_label, len(_fams))
_per_reg = {r: sum(1 for i in _reg_pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
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
    # no register (family name) of this set is a family name of sets 19 to 60
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 60: {reused}"
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
