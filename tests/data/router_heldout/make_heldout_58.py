r"""Generate heldout-2027-01-30.jsonl: a fifty-eighth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed58/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 725
register names of recent earlier sets, used only to choose this set's 25 registers so that their
trades differ from all of those); and these line ranges of /work/sealed57/make_heldout_57.py, by
`sed -n` with comma ranges: lines 1-403 (its docstring, imports, configuration, helpers, calc() and
the line P = "plain"), 673-733 (its units section header, unit factors and asserts, f_to_c/c_to_f,
EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 932-1016 (its datetime
section header, date helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts),
1218-1225 (its negatives section header, neg() and conv()) and 1906-2130 (its stated-weekday check,
its checks and main()). The ranges and the line count (2130) were given by the brief; a `wc -l` of
that file and of earlier_registers.txt was nevertheless run once, in the same command as the `cat`
of grading.py and an `ls -la` of /work/sealed58 (it listed only earlier_registers.txt; `wc -l`
printed 2130 and 725). None of set 57's query blocks (404-672, 734-931, 1017-1217, 1226-1905) was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/, not README.md and not pyproject.toml (ruff's
line length of 100 was taken from the brief). The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor /work/sealed57 nor
any other /work/sealed* directory apart from /work/sealed58 was listed. The earlier generators
(sets 1-57) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
their queries were never printed. No JSONL file was opened (not even this set's own output: only
this generator's summary, its failure messages, the `tail -6` of its output and its --show listing
of ids, expected values and tolerances were read), no git command was run, no network and no search
tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py with the `ls -la` and `wc -l` above; then `sed -n 1,403p`
alone; `sed -n` of 673,733, 932,1016 and 1218,1225 together with `echo` separators; `sed -n
1906,2130p` alone; the `cat` of earlier_registers.txt through `tr`. Then, in one command, `mkdir
-p` of /tmp/h58/blocks and /tmp/h58/own, `sed -n` copies of the same five allowed ranges into raw
files r1-r5 under /tmp/h58/blocks/ and one run of /tmp/h58/subst.py (written by a `cat` heredoc)
that cuts the first copy at the line that is exactly `from __future__ import annotations` (asserted
to be the only such whole line, so not the words inside set 57's docstring), substitutes this set's
OUT and PREFIX, replaces set 57's EARLIER_DIR expression by EARLIER_DIRS and earlier_path()
(below), substitutes EARLIER (sets 1-57, `range(2, 58)`) and REGISTER_CHECK (sets 19-57, adding
make_heldout_57.py), "sets 19 to 56" -> "sets 19 to 57" in one comment and one message string of
main(), and `_load(EARLIER_DIR / name)` -> `_load(earlier_path(name))` at main()'s two loads (each
substitution asserted to apply once, the last two twice; it printed "ok" for each and wrote r1 and
r5 back), followed by a `grep -n` of the blocks for "56", "57", "58", "19 to" and "EARLIER" (it
printed only configuration lines, two unit-factor lines, four lines of main() containing sha256,
main()'s loop over EARLIER, and the substituted lines). Then `cat` heredocs, each in its own
command, wrote this set's own blocks under /tmp/h58/own/: a_calc.py (registers and calculator
items), b_units.py (unit constants and unit items), c_dates.py (date items), d_negs.py (ordinary
negatives) and e_near.py (near-positive negatives); before any run, a Python script on standard
input made ten exact, asserted-once replacements in e_near.py, replacing near-positives that, on
rereading, had one computable answer (a flight number divided, the digits of an ISBN added, a phone
number's primality, an IP address minus one, a formation read as a sum, a fault code read as
hexadecimal, and a paper-size count) or were borderline (chess notation, a colour code, a year in
Roman numerals) with newly written non-computable ones. Then one command wrote f_convs.py
(conversations and this set's own structural asserts), an assembly script /tmp/h58/assemble.py (it
builds this file from /tmp/h58/doc.txt, or a one-line placeholder, and the blocks in order, and
prints its line count) and a helper /tmp/h58/run.sh (it runs assemble.py, then from /work/main as
the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache`
on this file, writing the latter's output to /tmp/h58/ruff.txt and printing its `tail -3`, then
this generator from /tmp, passing on any arguments, writing its output to /tmp/h58/out.txt, and
prints the exit codes and the `tail -6` of it), and run.sh was run. Edits after failed checks
(listed below) were made by two Python scripts on standard input, exact, asserted-once replacements
in the own blocks, each followed by run.sh; also run once: a `head -20` of ruff.txt cut to 100
columns. Then run.sh with --show (its `tail -6` printed), a `sed -n 1,3p` of out.txt for its
summary lines, a `grep -c` of the listed ids and a listing of the ids, expected values and
tolerances (a `grep` of out.txt laid out by `awk` and `column -t`). This docstring was written last
over the placeholder: its source text, /tmp/h58/doc/doc_src.txt, written by a `cat` heredoc, was
filled to 99 columns by /tmp/h58/doc/make_doc.py (written by a `cat` heredoc in the same command;
it uses textwrap, keeps the lines marked as preformatted and asserts that the words are unchanged
and that every register value of a_calc.py is named) into /tmp/h58/doc.txt; then run.sh and a `head
-3` of this file; then the source was edited once by a Python script on standard input (exact,
asserted-once replacements correcting this account of the `grep -n` output, of the ruff fix and of
the reworded conversations, and adding this clause) and filled again; then run.sh, a `head -3` of
this file, two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the
JSONL and a `sed -n` of out.txt's three summary lines; finally `rm -rf /tmp/h58`. Writes: only this
file and its JSONL in /work/sealed58/ (earlier_registers.txt left as it was); temporary blocks,
scripts and output under /tmp/h58/ were deleted afterwards. Nothing was written into /work/main.
Every python run above used /work/main/.venv/bin/python.

Changes to set 57's main() and checks: only the substitutions listed above (file names, sets 1-57
for the duplicate check, sets 19-57 for the register check) and where the earlier generators are
found. Set 57 is not yet in /work/main/tests/data/router_heldout, so each earlier generator is
looked up by earlier_path() first next to this file (HERE), then in
/work/main/tests/data/router_heldout, then in /work/sealed57; this works now (sets 1-56 from
router_heldout, set 57 from /work/sealed57) and after both files are copied next to each other. The
copied helpers, unit factors, checks and main() are otherwise set 57's as printed; ruff format may
have changed layout only. All of set 57's checks are kept: counts per kind, ids and prefixes, no
duplicate queries, the wording rules for positives, the answers' consistency (calculator and exact
unit answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat
of an earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks() (used
by one date item), unit_r() with close_enough_at_2dp(), whole_up() (not used by this set's items),
say() (used through sayw()), sayw(), sayus() (not used here), and SQFT/SQYD/CUFT. Added, newly
written: MM, CM, KM, G, LITRE, SQM, HA and KPA (with an assert on CUFT and SQFT), the register
constants and the REGISTERS tuple (sorted, asserted 25 and distinct), the ORDINARY, NEAR and CONVS
tables, dates stated with their computed weekday by sayw() in one positive (the auction sale date),
in one near-positive and in one conversation, an assert that the square-root one-liner's radicand
is a perfect square, and this set's own asserts: the ORDINARY negatives are keyed by exactly the
REGISTERS, four each; NEAR has 65 entries and CONVS 35, each with distinct families; the positive
registers are exactly the REGISTERS; 193 items lie in the registers (25 x 3 positives, 18 second
positives, 100 negatives), 31 register word problems per tool; every negative outside the registers
is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 57's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 57's, copied (P = "plain" is copied too, as the
last line of the first block). Set 57's docstring (within lines 1-403) names its 25 registers, five
rejected register names, its provenance and the generic kinds of its items, which were therefore
seen; all of those names are also in earlier_registers.txt, and none of their trades is used here.
earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it (for instance no baggage, auction, barbering,
building-supply, valeting, electrical, heating, hotel, kitchen-fitting, letting, 3D-printing,
garage, newspaper, padel, pawnbroking, payroll, phone-repair, photography, scaffolding, scrap,
storage, surfacing, bowling, vending or road-gritting register appears there); the judgement of
"different topic" is this writer's. Many plain one-liners, near-positives and conversations here
are of the same generic kinds as set 57's (for instance an operator, a decimal comma, a persona, a
fault code, a contested reading, implied multiplication, a weekday of a historical event, a number
in a title), newly worded. At the edges of the allowed ranges: line 403 is P = "plain", 673, 932
and 1218 are section headers, 733 is a blank line after unit_r(), 1016 is the assert after sayus(),
1225 is the last line of conv(), 1906-1912 hold the comment and the compiled pattern of the
stated-weekday check and 2130 is the call of main(). No query text of any earlier set was seen.
Every query here was newly written from imagination of each trade or situation. Registers of sets 1
to 18 that are not in earlier_registers.txt are not known here, so an overlap in TOPIC with those
cannot be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and
main() asserts that no register is a family name of sets 19 to 57 (the near-.../conv-... families
are not registers and may coincide with earlier family names). This set has no algebra or calculus
question (symbolic math with one right answer is a tool question, so none is labelled negative; the
only proof asked for is a written proof of a known theorem). Conversations that define an operator,
a function, letters, a name for a number, swapped signs, clock arithmetic, a decimal comma, a unit,
an input or output base, modular arithmetic or shorthand for thousands and millions are negatives
because the notation is set up in an earlier turn (one by a system turn); one conversation spreads
its figures over three user turns. Some near-positives depend on the current date (days until
Christmas Eve, an age from a birth month); one asks for "one month after" the 31st, one for working
days between stated dates, one uses all-numeric dates of unstated order, one asks the weekday of a
historical event, one asks when the clocks go back; they are negatives, with no "now" field. Two
negatives ask what a short piece of code returns or why (code semantics). One near-positive is a
negative for its contested reading (implied multiplication), not as symbolic math. Near-positives
ask for conversions in gallons, cups, tons, mpg, horsepower, fluid ounces and knots, and for dog
and cat years (left out of positives as contested).

Checks that failed along the way: the register check passed on every run. The first run failed ruff
check once (ISC004, an implicitly concatenated string in a NEAR tuple: the bat-and-ball
near-positive, rewritten as one string by the first Python script below) and failed main()'s
duplicate check, which reported 17 items by id; they were reworded by the first Python script on
standard input without the earlier queries being looked at: one plain date one-liner (a weekday;
new date), two plain unit one-liners (kg to pounds, feet and inches to cm; new figures), eight
near-positives (the central bank rate, days until Christmas, the ISBN, lottery odds, the
all-numeric dates, the written proof, Ramadan, the number in a title) and six conversations (output
in binary, a correction, a follow-up explanation, mixed fractions, modular arithmetic, swapped
signs; their user turns newly worded, some with new figures). The next run again reported the
number-in-a-title near-positive, reworded by the second such script (a different title); the next
run passed every check, and so did every later run. ruff format printed nothing and ruff check
passed on every run after the first.

Registers (families), 25, new: airport_baggage_hall_supervisor, auction_house_saleroom_clerk,
barber_shop_walk_in_chairs, builders_merchant_trade_counter, car_valeting_hand_wash_bay,
domestic_electrician_rewire_jobs, gas_boiler_service_engineer, hotel_housekeeping_linen_room,
kitchen_fitter_worktop_jobs, letting_agent_lettings_desk, makerspace_3d_print_bureau,
mot_garage_service_bay, newsagent_paper_round_office, padel_tennis_court_bookings,
pawnbroker_loan_counter, payroll_bureau_bookkeeper, phone_screen_repair_kiosk,
portrait_photography_studio_sittings, scaffolding_erection_gang, scrap_metal_yard_weighbridge,
self_storage_unit_front_desk, tarmac_driveway_surfacing_crew, tenpin_bowling_alley_desk,
vending_machine_restock_route, winter_road_gritting_depot. Every register is used by all three
tools (asserted); eighteen registers have a further positive (a second calculator word problem:
auction_house_saleroom_clerk, letting_agent_lettings_desk, payroll_bureau_bookkeeper,
vending_machine_restock_route, scrap_metal_yard_weighbridge, hotel_housekeeping_linen_room; a
second unit word problem: scaffolding_erection_gang, car_valeting_hand_wash_bay,
makerspace_3d_print_bureau, winter_road_gritting_depot, hotel_housekeeping_linen_room,
self_storage_unit_front_desk; a second date word problem: airport_baggage_hall_supervisor,
hotel_housekeeping_linen_room, payroll_bureau_bookkeeper, tenpin_bowling_alley_desk,
letting_agent_lettings_desk, winter_road_gritting_depot). Positives are one-liners (family "plain")
or word problems of one to three sentences, mostly UK usage with £ and a few US touches, some
chatty, terse, lower-case or in shorthand, a few with numbers in words, questions at the start or
the end. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price or share
price, a current central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg,
horsepower, fluid ounce, knots, dog and cat years), today's date or an age without a stated date,
lunar and lunisolar festivals, working days, month arithmetic from the 31st, an all-numeric date of
unstated order, time zones, daylight saving, identifiers that look like numbers (a flight, an ISBN,
a dialling code, a postcode, an IP address, software versions, a formation, chess notation, a fault
code, a colour code, a paper size), code semantics, world, science or sports facts, nutrition, tax
rules, traffic rules, dosing, a size chart, an oven convention, an estimate, lottery odds, missing
prevalence, a translation, a writing task, a number in a title, an opinion, a contested reading, a
random choice, a written proof, an explanation, the history of numerals, a puzzle's psychology,
letters in a word, a forecast, a historical price, an opinion about a stated date, the weekday of a
historical event, a tipping custom; or, in conversations, an operator, function, letters or a name
defined earlier, swapped signs, clock arithmetic, a decimal comma, a unit defined earlier, a number
base (input, output, or set by a system turn), Roman numerals, a persona, answer language, verse
form, output format, rounding, precision, target unit, a fixed currency rate or date order fixed
earlier, date wording, fraction form, an invented calendar, a week numbering, a correction,
summary, follow-up explanation or recall of earlier turns, figures spread over turns, a result from
an earlier turn, a judgement about earlier figures, advice about a date given earlier, modular
arithmetic or shorthand defined earlier. The ordinary negatives ask for advice, explanations,
judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 57: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as N days or weeks after or before a stated date, a stated start plus
a number of nights, "days between", "how many days from ... to ...", "how many weeks from ... to
...", "every N weeks" or "every 7 days" counted from a stated first date, the second Sunday, second
Tuesday or last Friday of a stated month and year), ages are in whole years from a stated birth or
opening date to a stated date, and clock spans run from one stated time to the next occurrence of
the other (three cross midnight, each saying "next morning"). Every rounded unit result stays
within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime /
math.isqrt. Exact conversion factors (sources as in set 57):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, kPa); 1 L = 10^-3 m^3;
    1 bar = 10^5 Pa; 1 h = 3600 s; 1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32;
    1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_58.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-30.jsonl"
PREFIX = "ho58-"
# earlier generators: sets 1-56 in router_heldout (or next to this file once it is copied there),
# set 57 in /work/sealed57 for now (and later next to this file); looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"), Path("/work/sealed57"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout, else sealed57."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 58))
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


AIRBAG = "airport_baggage_hall_supervisor"
AUCTION = "auction_house_saleroom_clerk"
BARBER = "barber_shop_walk_in_chairs"
MERCHANT = "builders_merchant_trade_counter"
VALET = "car_valeting_hand_wash_bay"
SPARKS = "domestic_electrician_rewire_jobs"
BOILER = "gas_boiler_service_engineer"
LINEN = "hotel_housekeeping_linen_room"
KITCHEN = "kitchen_fitter_worktop_jobs"
LETTING = "letting_agent_lettings_desk"
PRINT3D = "makerspace_3d_print_bureau"
GARAGE = "mot_garage_service_bay"
PAPERS = "newsagent_paper_round_office"
PADEL = "padel_tennis_court_bookings"
PAWN = "pawnbroker_loan_counter"
PAYROLL = "payroll_bureau_bookkeeper"
PHONE = "phone_screen_repair_kiosk"
PORTRAIT = "portrait_photography_studio_sittings"
SCAFFOLD = "scaffolding_erection_gang"
SCRAP = "scrap_metal_yard_weighbridge"
STORAGE = "self_storage_unit_front_desk"
TARMAC = "tarmac_driveway_surfacing_crew"
BOWLING = "tenpin_bowling_alley_desk"
VENDING = "vending_machine_restock_route"
GRITTING = "winter_road_gritting_depot"
REGISTERS = tuple(
    sorted(
        (
            AIRBAG,
            AUCTION,
            BARBER,
            MERCHANT,
            VALET,
            SPARKS,
            BOILER,
            LINEN,
            KITCHEN,
            LETTING,
            PRINT3D,
            GARAGE,
            PAPERS,
            PADEL,
            PAWN,
            PAYROLL,
            PHONE,
            PORTRAIT,
            SCAFFOLD,
            SCRAP,
            STORAGE,
            TARMAC,
            BOWLING,
            VENDING,
            GRITTING,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# --- plain calculator one-liners
calc(P, "What's 4,718 multiplied by 36?", 4718 * 36)
_RAD = 55225
assert math.isqrt(_RAD) ** 2 == _RAD
calc(P, f"sqrt({_RAD})", math.isqrt(_RAD))
calc(P, "17.5% of 3,260 please", pct("17.5") * 3260)
calc(P, "(812 - 347) / 15", F(812 - 347, 15))
calc(P, "what is 2 to the power of 17", 2**17)
calc(P, "9.84 divided by 0.32 = ?", dec("9.84") / dec("0.32"))
calc(P, "Calculate 63 × 48 − 1,517", 63 * 48 - 1517)
calc(P, "mean of 14, 29, 37, 52 and 68?", F(14 + 29 + 37 + 52 + 68, 5))
calc(P, "three quarters of one thousand and ninety-six", F(3, 4) * 1096)
calc(P, "1.075*4400", dec("1.075") * 4400)
calc(P, "What do you get if you take 0.875 away from 12.4?", dec("12.4") - dec("0.875"))
calc(P, "7,221 ÷ 29", F(7221, 29))
calc(P, "percentage increase going from 640 to 752?", F(752 - 640, 640) * 100)
calc(P, "Work out 3.6 squared plus 4.8 squared.", dec("3.6") ** 2 + dec("4.8") ** 2)

# --- calculator word problems, one per register
calc(
    AIRBAG,
    "Carousel 4 handled 1,826 bags on the early shift and 2,214 on the late. If 2.5% of all of "
    "them were pulled for a manual search, how many bags was that?",
    pct("2.5") * (1826 + 2214),
)
calc(
    AUCTION,
    "hammer price was £2,400. buyer's premium is 24% and there's 20% VAT on the premium only. "
    "what does the buyer pay altogether?",
    2400 + pct(24) * 2400 * (1 + pct(20)),
)
calc(
    BARBER,
    "Saturday we did 38 haircuts at £18 and 11 beard trims at £9.50. The chair rent deal takes "
    "40% of takings — how much do I keep?",
    (38 * 18 + 11 * dec("9.50")) * (1 - pct(40)),
)
calc(
    MERCHANT,
    "Trade account order: 340 concrete blocks at £1.85 each and 12 bags of cement at £7.40, "
    "less 15% trade discount. Total before VAT?",
    (340 * dec("1.85") + 12 * dec("7.40")) * (1 - pct(15)),
)
calc(
    VALET,
    "mini valets are £25 and full valets £85 - last week we did 46 minis and 9 fulls, what did "
    "we take?",
    46 * 25 + 9 * 85,
)
calc(
    SPARKS,
    "Quoting a full rewire: 14 double sockets at £65 each, 9 lighting points at £48, a new "
    "consumer unit at £420, then VAT at 20% on everything. What's the total?",
    (14 * 65 + 9 * 48 + 420) * (1 + pct(20)),
)
calc(
    BOILER,
    "I service seven boilers a day at £79 each, five days a week, and parts eat 12% of the "
    "takings. What's left for the week?",
    7 * 79 * 5 * (1 - pct(12)),
)
calc(
    LINEN,
    "The laundry charges 42p per pillowcase and £1.15 per sheet. This week we sent out 1,260 "
    "pillowcases and 840 sheets. How much is the bill in pounds?",
    1260 * dec("0.42") + 840 * dec("1.15"),
)
calc(
    KITCHEN,
    "Worktop runs of 3.6 m, 2.4 m and 1.8 m in laminate at £38.50 a metre, plus three mitre "
    "joints at £22 each — what's the worktop cost?",
    (dec("3.6") + dec("2.4") + dec("1.8")) * dec("38.50") + 3 * 22,
)
calc(
    LETTING,
    "Rent is £1,150 pcm. We take a 12% management fee and VAT at 20% is added to our fee. How "
    "much does the landlord actually get each month?",
    1150 - 1150 * pct(12) * (1 + pct(20)),
)
calc(
    PRINT3D,
    "A print used 184 g of PLA that costs £22 per kilogram, plus 6.5 hours of printer time "
    "charged at £1.80 an hour. What's the cost of the job?",
    F(184, 1000) * 22 + dec("6.5") * dec("1.80"),
)
calc(
    GARAGE,
    "customer's bill: MOT £54.85, two front tyres at £68 each and brake pads fitted for £95. "
    "total?",
    dec("54.85") + 2 * 68 + 95,
)
calc(
    PAPERS,
    "We have 9 paper rounds of 62 houses each, 6 days a week, and charge a 3p delivery fee per "
    "paper. What's the weekly delivery income in pounds?",
    9 * 62 * 6 * dec("0.03"),
)
calc(
    PADEL,
    "Court hire is £36 for 90 minutes plus a £4 floodlight charge, split between the four of "
    "us, and we each hire a racket for £3. What does each player pay?",
    F(36 + 4, 4) + 3,
)
calc(
    PAWN,
    "Pledge loan of £450 at 1.2% simple interest per week, redeemed after 13 weeks. How much to "
    "redeem it?",
    450 + 450 * dec("0.012") * 13,
)
calc(
    PAYROLL,
    "Employee on £14.60 an hour did 37.5 basic hours plus 6 hours overtime at time and a half. "
    "Gross pay for the week?",
    dec("14.60") * dec("37.5") + dec("14.60") * dec("1.5") * 6,
)
calc(
    PHONE,
    "Replacement screen costs me £38, I charge £89 for the repair and the card machine takes 2% "
    "of the charge. Profit per repair?",
    89 - 38 - 89 * pct(2),
)
calc(
    PORTRAIT,
    "Family sitting: £45 session fee, three prints at £27.50 each with 10% off prints, and the "
    "digital file for £60. What's the total?",
    45 + 3 * dec("27.50") * (1 - pct(10)) + 60,
)
calc(
    SCAFFOLD,
    "scaffold hire is £340 for the first week then £85 for each week after. job is running 11 "
    "weeks in total, what's the hire bill",
    340 + 10 * 85,
)
calc(
    SCRAP,
    "Copper's £5.62 a kilo and brass £3.40. A chap brings in 37.5 kg of copper and 12 kg of "
    "brass — what do I pay him?",
    dec("37.5") * dec("5.62") + 12 * dec("3.40"),
)
calc(
    STORAGE,
    "A 50 sq ft unit is £19.75 a week and the first 4 weeks are half price. The customer keeps it "
    "for 16 weeks. What's the total rent?",
    4 * dec("19.75") / 2 + 12 * dec("19.75"),
)
calc(
    TARMAC,
    "Quote for a tarmac drive 14 m long and 4.5 m wide at £62 per square metre, plus £350 for "
    "block edging?",
    14 * dec("4.5") * 62 + 350,
)
calc(
    BOWLING,
    "Party of 6, two games each at £8.50 per person per game, shoe hire £2 each, and we knock "
    "10% off the games but not the shoes. How much?",
    6 * 2 * dec("8.50") * (1 - pct(10)) + 6 * 2,
)
calc(
    VENDING,
    "From one machine I sold 37 cans at £1.30 and 29 bars at 95p; the site owner takes 20% "
    "commission. What's my share?",
    (37 * dec("1.30") + 29 * dec("0.95")) * (1 - pct(20)),
)
calc(
    GRITTING,
    "Nine gritters each did 3 runs overnight at £312 a run, and 27 drivers were paid a £45 "
    "standby fee. What did the night cost?",
    9 * 3 * 312 + 27 * 45,
)
# second calculator word problems
calc(
    AUCTION,
    "Seller's side: hammer £1,780, our commission is 15% and there's a £12 lotting fee. What "
    "does the vendor receive?",
    1780 * (1 - pct(15)) - 12,
)
calc(
    LETTING,
    "Holding deposit is one week's rent, worked out as monthly rent × 12 ÷ 52. Rent is £1,300 "
    "pcm — what's the holding deposit?",
    F(1300 * 12, 52),
)
calc(
    PAYROLL,
    "Salary £31,200 a year; employee pension is 5% of earnings above £6,240. What's the "
    "employee's pension contribution for the year?",
    (31200 - 6240) * pct(5),
)
calc(
    VENDING,
    "My restock van did 186 miles last week and I can claim 45p a mile. How much is the claim?",
    186 * dec("0.45"),
)
calc(
    SCRAP,
    "Lorry weighed in at 18,460 kg and out empty at 11,920 kg. Mixed steel pays £0.21 per kg. "
    "What's the payout?",
    (18460 - 11920) * dec("0.21"),
)
calc(
    LINEN,
    "We have 120 rooms at 85% occupancy and every occupied room gets 2 fresh bath towels. How "
    "many towels go out?",
    120 * pct(85) * 2,
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
SQM = F(1)
HA = F(10**4)  # m^2
KPA = F(1000)  # Pa
assert CUFT * 1000 == dec("28.316846592") and SQFT == dec("0.09290304")

# --- plain unit one-liners
unit_r(P, "Convert 83.5 kg to pounds, please.", dec("83.5") / LB)
unit(P, "How many centimetres is 6 ft 3 in?", (6 * FT + 3 * IN) / CM, EXACT)
unit(P, "72 km/h in metres per second", 72 * KMH, EXACT)
unit_r(P, "What is 350 degrees Fahrenheit in Celsius?", f_to_c(350))
unit_r(P, "how many square feet is 46 square metres", 46 * SQM / SQFT)
unit(P, "3.2 GiB = how many MiB", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "2.75 miles to km", dec("2.75") * MI / KM)
unit_r(P, "12 stone 4 lb in kilograms?", (12 * STONE + 4 * LB))
unit_r(P, "Convert 32 psi into kPa.", 32 * PSI / KPA)
unit(P, "-12 °C in °F", c_to_f(-12), EXACT)
unit_r(P, "1,450 mm expressed in inches", 1450 * MM / IN)
unit_r(P, "nine acres in hectares", 9 * ACRE / HA)
unit(P, "5,400 seconds is how many hours?", F(5400, 3600), EXACT)
unit_r(P, "How many ounces are there in 2.5 kg?", dec("2.5") / OZ)

# --- unit word problems, one per register
unit_r(
    AIRBAG,
    "Her case weighed 54 lb on the bathroom scales at home. Our limit is in kilos — what's 54 lb "
    "in kg?",
    54 * LB,
)
unit(
    AUCTION,
    "The catalogue entry says the refectory table is 72 inches long. What is that in cm for the "
    "online listing?",
    72 * IN / CM,
    EXACT,
)
unit(
    BARBER,
    "client wants three quarters of an inch off the top, how many mm is that",
    F(3, 4) * IN / MM,
    EXACT,
)
unit_r(
    MERCHANT,
    "Customer on the counter asked for 16 ft of skirting board. We sell by the metre - how many "
    "metres is 16 feet?",
    16 * FT,
)
unit_r(
    VALET,
    "Our pressure washer is rated at 2,000 psi. What's that in bar?",
    2000 * PSI / BAR,
)
unit(
    SPARKS,
    "The cable run from the consumer unit to the garage is 85 feet. How many metres of cable is "
    "that?",
    85 * FT,
    EXACT,
)
unit(
    BOILER,
    "The manual gives the flow temperature as 167 °F. What is that in Celsius?",
    f_to_c(167),
    EXACT,
)
unit(
    LINEN,
    "The supplier lists the king-size sheets as 108 inches long. In centimetres?",
    108 * IN / CM,
    EXACT,
)
unit_r(
    KITCHEN,
    "Customer from the States wants to know how long a 3 metre worktop is in feet.",
    3 / FT,
)
unit_r(
    LETTING,
    "The flat is 58 square metres. An overseas applicant wants it in square feet — what figure do "
    "I give?",
    58 * SQM / SQFT,
)
unit_r(
    PRINT3D,
    "The slicer says the part will use 0.37 lb of filament. How many grams is that?",
    dec("0.37") * LB / G,
)
unit_r(
    GARAGE,
    "Door sticker says 36 psi for the rear tyres. What's that in kPa?",
    36 * PSI / KPA,
)
unit_r(
    PAPERS,
    "The Sunday round is 3.4 miles long. How far is that in kilometres?",
    dec("3.4") * MI / KM,
)
unit_r(
    PADEL,
    "A padel court is 20 m by 10 m. What's its area in square feet?",
    20 * 10 * SQM / SQFT,
)
unit(
    PAWN,
    "Customer brought in a watch with an 8 inch bracelet; how long is that in centimetres?",
    8 * IN / CM,
    EXACT,
)
unit_r(
    PAYROLL,
    "An employee logged 280 km of business driving but the mileage rate is per mile. How many "
    "miles is 280 km?",
    280 * KM / MI,
)
unit(
    PHONE,
    "The phone has a 6.1 inch screen measured diagonally. What's that in cm?",
    dec("6.1") * IN / CM,
    EXACT,
)
unit_r(
    PORTRAIT,
    "our paper backdrop roll is 2.72 m wide - how wide is that in feet?",
    dec("2.72") / FT,
)
unit_r(
    SCAFFOLD,
    "We've got a stack of 21 ft tubes. How long is each in metres?",
    21 * FT,
)
unit_r(
    SCRAP,
    "He reckons the load is 1,850 lb. What's that in kilos?",
    1850 * LB,
)
unit_r(
    STORAGE,
    "A unit measures 10 ft by 15 ft and is 8 ft high. What's its volume in cubic metres?",
    10 * 15 * 8 * CUFT,
)
unit_r(
    TARMAC,
    "The customer says the drive is 600 square feet. How many square metres are we surfacing?",
    600 * SQFT,
)
unit_r(
    BOWLING,
    "kid wants to know what a 14 lb ball weighs in kg",
    14 * LB,
)
unit(
    VENDING,
    "The chiller on the drinks machine is set to 41 °F. What is that in °C?",
    f_to_c(41),
    EXACT,
)
unit(
    GRITTING,
    "Road sensor reads -3 °C. Our American contractor wants Fahrenheit — what is it?",
    c_to_f(-3),
    EXACT,
)
# second unit word problems
unit_r(
    SCAFFOLD,
    "Working platform has to be at 42 feet. What's that in metres for the design sheet?",
    42 * FT,
)
unit_r(
    VALET,
    "The van's water tank holds 250 litres. How many cubic feet is that?",
    250 * LITRE / CUFT,
)
unit(
    PRINT3D,
    "Print head travels at 60 mm per second. What is that in metres per hour?",
    60 * MM * 3600,
    EXACT,
)
unit_r(
    GRITTING,
    "Spreading speed is limited to 40 km/h. In mph?",
    40 * KMH / MPH,
)
unit_r(
    LINEN,
    "The flatwork ironer feeds sheets at 25 metres a minute. How many feet per minute?",
    25 / FT,
)
unit_r(
    STORAGE,
    "Smallest locker is 75 square feet of floor. How many square metres is that?",
    75 * SQFT,
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


# --- plain date one-liners
date_item(P, "Which day of the week will 17 October 2031 be?", weekday(D(2031, 10, 17)))
date_item(
    P,
    "How many days between 3 February 2029 and 19 November 2029?",
    days(D(2029, 2, 3), D(2029, 11, 19)),
)
date_item(P, "date 250 days after 1 June 2030", D(2030, 6, 1) + TD(days=250))
date_item(P, "What date falls 9 weeks before 12 January 2032?", D(2032, 1, 12) - TD(weeks=9))
date_item(
    P,
    "How old is someone born on 27 August 1988 on 5 March 2031?",
    age(D(1988, 8, 27), D(2031, 3, 5)),
)
date_item(P, "which weekday is 25 December 2034", weekday(D(2034, 12, 25)))
date_item(
    P, "how many weeks from 4 April 2029 to 27 June 2029?", weeks(D(2029, 4, 4), D(2029, 6, 27))
)
date_item(P, "What's the date of the second Sunday of October 2030?", nth_weekday(2030, 10, SUN, 2))
date_item(P, "last Friday of August 2029 — which date?", nth_weekday(2029, 8, FRI, -1))
date_item(P, "How many minutes from 21:40 to 06:15 next morning?", clock_span("21:40", "06:15", 60))
date_item(P, "What is the date 1,000 days after 10 October 2028?", D(2028, 10, 10) + TD(days=1000))
date_item(
    P, "how many days from 30 September 2030 to 2 April 2031", days(D(2030, 9, 30), D(2031, 4, 2))
)
date_item(P, "What was the date 45 days before 20 March 2030?", D(2030, 3, 20) - TD(days=45))
date_item(P, "Hours between 07:25 and 19:55?", clock_span("07:25", "19:55", 3600))

# --- date word problems, one per register
date_item(
    AIRBAG,
    "A bag went missing on 18 July 2029 and the claim has to be in 21 days after that. What's the "
    "last date for the claim?",
    D(2029, 7, 18) + TD(days=21),
)
_SALE = D(2029, 9, 6)
date_item(
    AUCTION,
    f"Our sale is on {sayw(_SALE)} and buyers must collect lots 10 days after the sale at the "
    "latest. What date is that?",
    _SALE + TD(days=10),
)
date_item(
    BARBER,
    "The shop opened on 2 May 2011. How old will the business be, in whole years, on 15 June 2030?",
    age(D(2011, 5, 2), D(2030, 6, 15)),
)
date_item(
    MERCHANT,
    "Goods went out on 13 January 2030 on 60-day terms, so payment is due 60 days later. Which "
    "date?",
    D(2030, 1, 13) + TD(days=60),
)
date_item(
    VALET,
    "Ceramic coating gets topped up every 26 weeks. The first coat was on 9 March 2029 — when is "
    "the third application?",
    D(2029, 3, 9) + TD(weeks=52),
)
date_item(
    SPARKS,
    "rewire started 4 February 2030 and was signed off 19 March 2030 — how many days between "
    "those dates?",
    days(D(2030, 2, 4), D(2030, 3, 19)),
)
date_item(
    BOILER,
    "Last service was on 11 October 2029 and the reminder goes out 350 days later. On what date?",
    D(2029, 10, 11) + TD(days=350),
)
date_item(
    LINEN,
    "Conference group checks in on 26 April 2030 for 9 nights. What's their check-out date?",
    D(2030, 4, 26) + TD(days=9),
)
date_item(
    KITCHEN,
    "Worktops were ordered on 3 June 2030 with a 23 day lead time — which date should they "
    "arrive, 23 days after ordering?",
    D(2030, 6, 3) + TD(days=23),
)
date_item(
    LETTING,
    "Tenancy began 15 August 2028 and the break clause date is 15 February 2029. How many days "
    "from the start to the break date?",
    days(D(2028, 8, 15), D(2029, 2, 15)),
)
date_item(
    PRINT3D,
    "A long print starts at 22:50 and finishes at 07:20 next morning. How many minutes is that?",
    clock_span("22:50", "07:20", 60),
)
date_item(
    GARAGE,
    "My MOT runs out on 30 November 2029. What day of the week is that?",
    weekday(D(2029, 11, 30)),
)
date_item(
    PAPERS,
    "One of our paperboys was born on 9 December 2014. How old is he on 1 September 2030?",
    age(D(2014, 12, 9), D(2030, 9, 1)),
)
date_item(
    PADEL,
    "League matches are every 2 weeks starting 7 January 2030. What date is the 8th match?",
    D(2030, 1, 7) + TD(weeks=14),
)
date_item(
    PAWN,
    "Item pledged on 2 March 2030 can be redeemed until 180 days after that date. What's the "
    "last day?",
    D(2030, 3, 2) + TD(days=180),
)
date_item(
    PAYROLL,
    "Payday is the last Friday of the month. What date is payday in November 2030?",
    nth_weekday(2030, 11, FRI, -1),
)
date_item(
    PHONE,
    "Repair done 27 December 2029 with a 90 day warranty — what date is 90 days after the repair?",
    D(2029, 12, 27) + TD(days=90),
)
date_item(
    PORTRAIT,
    "Wedding party shoot is booked for 5 August 2030 and the balance is due 6 weeks before. "
    "What date is the balance due?",
    D(2030, 8, 5) - TD(weeks=6),
)
date_item(
    SCAFFOLD,
    "The scaffold went up on 22 April 2030 and gets inspected every 7 days, first inspection on "
    "the day it went up. Date of the 10th inspection?",
    D(2030, 4, 22) + TD(days=63),
)
date_item(
    SCRAP,
    "yard is closed from 17 December 2029 to 8 January 2030, how many days is that between the "
    "two dates",
    days(D(2029, 12, 17), D(2030, 1, 8)),
)
date_item(
    STORAGE,
    "Customer moved in on 1 March 2030 and paid for 19 weeks up front. When does that run out?",
    D(2030, 3, 1) + TD(weeks=19),
)
date_item(
    TARMAC,
    "We laid the drive on 29 June 2030; no heavy vehicles until 10 days after. What date is that?",
    D(2030, 6, 29) + TD(days=10),
)
date_item(
    BOWLING,
    "League night is the second Tuesday of each month. What's the date in March 2030?",
    nth_weekday(2030, 3, TUE, 2),
)
date_item(
    VENDING,
    "I start the restock run at 06:45 and finish at 14:10. How many minutes is that on the road?",
    clock_span("06:45", "14:10", 60),
)
date_item(
    GRITTING,
    "Gritting season runs from 1 October 2029 to 30 April 2030. How many days from start to end?",
    days(D(2029, 10, 1), D(2030, 4, 30)),
)
# second date word problems
date_item(
    AIRBAG,
    "night shift in the baggage hall is 21:30 till 06:00 next morning, how many hours is that?",
    clock_span("21:30", "06:00", 3600),
)
date_item(
    LINEN,
    "The linen hire contract renews on 3 January 2031. Which day of the week is that?",
    weekday(D(2031, 1, 3)),
)
date_item(
    PAYROLL,
    "Staff member born 19 May 1964 — how old will she be on 6 April 2030?",
    age(D(1964, 5, 19), D(2030, 4, 6)),
)
date_item(
    BOWLING,
    "Winter league runs 12 September 2029 to 30 May 2030. How many days is that?",
    days(D(2029, 9, 12), D(2030, 5, 30)),
)
date_item(
    LETTING,
    "Tenant moves in 28 January 2030; the check-in inventory review is 14 days later. Date?",
    D(2030, 1, 28) + TD(days=14),
)
date_item(
    GRITTING,
    "The salt barn restock is on 1 December 2029 — what weekday is that?",
    weekday(D(2029, 12, 1)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    AIRBAG: (
        "How should I brief a new starter on handling bags marked fragile on the belt?",
        "A passenger is shouting at the lost-luggage desk. What's a calm way to de-escalate?",
        "why do some suitcases keep jamming at the same point on the sorter",
        "Write a short notice for staff about lifting heavy bags safely.",
    ),
    AUCTION: (
        "What's the difference between a reserve and an estimate at auction?",
        "Draft a polite email to a vendor whose painting failed to sell.",
        "how do I spot a reproduction Victorian chair before it goes in the catalogue",
        "Is it ethical for the auctioneer to take bids off the chandelier?",
    ),
    BARBER: (
        "What's the best way to sterilise clippers between customers?",
        "Tips for cutting a skin fade on very curly hair?",
        "should I take walk-ins only or move to appointments, pros and cons",
        "Suggest a few names for a small old-school barber shop.",
    ),
    MERCHANT: (
        "What's the difference between treated and untreated timber for fence posts?",
        "A builder wants to return opened bags of plaster. How should I handle it?",
        "which sand do I recommend for laying a patio, sharp or building sand",
        "Write a counter sign explaining our trade account application process.",
    ),
    VALET: (
        "How do I get dog hair out of car carpets quickly?",
        "Is snow foam worth it or is it just for show?",
        "customer says we scratched her paintwork, how do I handle the complaint",
        "Explain the two-bucket wash method to a new lad.",
    ),
    SPARKS: (
        "Explain what an RCD does in plain English for a homeowner.",
        "why do old houses have those round-pin sockets",
        "How do I tell a customer their fuse board isn't safe without scaring them?",
        "What should go in a handover pack after a rewire?",
    ),
    BOILER: (
        "What does it usually mean when a combi boiler keeps losing pressure?",
        "How do I explain a power flush to a customer who thinks it's a scam?",
        "is it worth fitting a magnetic filter on an old system",
        "Write a friendly reminder text for an annual boiler service.",
    ),
    LINEN: (
        "How do we stop white towels going grey in the wash?",
        "What's a sensible par level for linen in a busy hotel, in general terms?",
        "a guest left a designer dress behind, what's the lost property procedure",
        "Write a checklist for a room attendant's morning trolley.",
    ),
    KITCHEN: (
        "Quartz or solid wood worktops for a family with young kids?",
        "How do I seal around a sink cut-out so it doesn't swell?",
        "customer wants the hob right next to the fridge, is that a bad idea",
        "Explain a scribe fill panel to someone who's never fitted a kitchen.",
    ),
    LETTING: (
        "What should a landlord do before a tenant moves in, in broad terms?",
        "Tenant is complaining about mould. How do I respond helpfully?",
        "write a listing blurb for a two bed flat above a bakery",
        "How do I handle two applicants who both want the same flat?",
    ),
    PRINT3D: (
        "Why is my first layer not sticking to the bed?",
        "PLA or PETG for a part that sits in a hot car?",
        "what's causing stringing between towers on my prints",
        "Write a short induction for members using the printers for the first time.",
    ),
    GARAGE: (
        "What are the most common reasons cars fail an MOT?",
        "A customer wants us to skip an advisory. How should we word the paperwork?",
        "why is my brake pedal spongy after changing the pads",
        "Explain to a customer what a cambelt does and why it matters.",
    ),
    PAPERS: (
        "How do I find reliable teenagers for paper rounds?",
        "A customer keeps complaining the paper is soggy. What can we do?",
        "is it worth carrying on with paper rounds now everyone reads online",
        "Write a note to parents about safety for young delivery kids in winter.",
    ),
    PADEL: (
        "Explain the padel serve rules to a complete beginner.",
        "How do the glass walls change tactics compared with tennis?",
        "what's a good warm-up before a padel match",
        "Draft a message to members about a new court booking etiquette.",
    ),
    PAWN: (
        "How can I tell real gold from plated at the counter without acid?",
        "A customer is upset their pledge was sold after the deadline. How do I handle it?",
        "what questions should I ask to avoid taking stolen goods",
        "Write a plain-English summary of how a pawn loan works for our leaflet.",
    ),
    PAYROLL: (
        "What's the difference between gross and net pay, for a new client?",
        "How should I handle a client who keeps sending timesheets late?",
        "explain salary sacrifice simply",
        "Draft an email reminding clients of our payroll cut-off each month.",
    ),
    PHONE: (
        "Is it worth replacing a battery on a five-year-old phone?",
        "Customer dropped their phone in the sea. What's the honest advice?",
        "how do I stop screen protectors getting bubbles when I fit them",
        "Write a sign explaining we're not responsible for data loss during repairs.",
    ),
    PORTRAIT: (
        "How do I get toddlers to look at the camera?",
        "What lighting setup suits a family portrait on a white background?",
        "client hates her photos, how should I respond",
        "Suggest poses for an older couple who feel awkward in front of a camera.",
    ),
    SCAFFOLD: (
        "What does a scaffold tag system mean for other trades on site?",
        "How do I explain to a homeowner why we need a licence for the pavement?",
        "best way to secure a scaffold to a crumbly brick wall",
        "Write a toolbox talk on working near overhead power lines.",
    ),
    SCRAP: (
        "How do I tell stainless steel from aluminium on the yard?",
        "What ID checks should we be doing when people sell scrap?",
        "why is copper worth so much more than steel",
        "Draft a sign telling customers what we don't accept, like gas bottles.",
    ),
    STORAGE: (
        "A customer wants to store a motorbike. Anything I should warn them about?",
        "How do I word a letter to a customer who's stopped paying?",
        "tips for packing a storage unit so you can still get at things",
        "Is it a good idea to offer climate-controlled units?",
    ),
    TARMAC: (
        "How long should a customer wait before parking on new tarmac, in general?",
        "Why does tarmac sometimes crack near the edges?",
        "customer asking about resin bound vs tarmac, what are the honest differences",
        "Write a leaflet paragraph warning people about rogue driveway gangs.",
    ),
    BOWLING: (
        "How do I pick the right weight of ball for a kid?",
        "A group's birthday party got cancelled lanes. How should I apologise?",
        "explain how a strike is scored to a newbie",
        "Suggest fun themes for a Friday cosmic bowling night.",
    ),
    VENDING: (
        "What snacks sell best in a gym vending machine?",
        "A site manager says the machine ate someone's coins. What do I say?",
        "should I switch all my machines to card only",
        "Write a pitch to an office manager to host one of our machines.",
    ),
    GRITTING: (
        "Why does road salt stop working when it gets very cold?",
        "How do we decide which routes get gritted first?",
        "a resident says we never grit their street, how should I reply",
        "Write a brief for drivers on safe working on icy nights.",
    ),
}
assert sorted(ORDINARY) == sorted(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


_BOUT = D(2030, 6, 14)
NEAR = (
    ("near-fx-yen", "How many pounds would I get for 85,000 yen right now?", "live exchange rate"),
    ("near-fx-rand", "convert 1,200 rand to euros", "exchange rate not given"),
    ("near-gold-spot", "What's 20 grams of 22 carat gold worth at today's price?", "live price"),
    ("near-base-rate", "where is the BoE base rate sitting these days", "current rate"),
    (
        "near-loan-no-terms",
        "How much will I pay back in total on a £9,000 car loan?",
        "missing loan terms",
    ),
    ("near-gallons-litres", "How many litres is 12 gallons of diesel?", "US or imperial gallon"),
    ("near-cups-grams", "2 cups of plain flour in grams?", "cup and density contested"),
    ("near-tons-kg", "A skip takes 8 tons; how many kg is that?", "short, long or metric ton"),
    ("near-mpg-l100", "Convert 42 mpg into litres per 100 km.", "US or imperial mpg"),
    ("near-hp-kw", "My mower is 6.5 hp, what is that in kW?", "which horsepower"),
    ("near-floz-ml", "how many ml is 16 fl oz", "US or imperial fluid ounce"),
    ("near-knots", "A ferry does 18 knots. How many km/h?", "nautical units left out"),
    ("near-dog-years", "My dog is 9. How old is that in dog years?", "contested convention"),
    (
        "near-days-to-xmas",
        "how many sleeps is it till Christmas Eve?",
        "depends on the current date",
    ),
    ("near-age-no-date", "I was born in March 1991, how old am I?", "needs today's date"),
    (
        "near-diwali",
        "On what date is Diwali in 2031?",
        "lunisolar festival, a calendar fact",
    ),
    (
        "near-ramadan",
        "Roughly which date does Ramadan begin in 2032?",
        "lunar calendar, observation",
    ),
    (
        "near-working-days",
        "How many working days are there between 3 June 2030 and 28 June 2030?",
        "working days depend on holidays",
    ),
    (
        "near-month-from-31st",
        "What's the date one month after 31 May 2030?",
        "month arithmetic from the 31st",
    ),
    (
        "near-numeric-date",
        "How many days from 08/05/2030 to 04/09/2030?",
        "all-numeric dates of unstated order",
    ),
    ("near-tz-sydney", "If it's 9am in Manchester, what time is it in Sydney?", "time zones"),
    ("near-clocks-change", "When do the clocks go back in 2030?", "daylight saving rules"),
    ("near-flight-number", "What time does BA 117 normally land?", "a flight number, a schedule"),
    (
        "near-isbn",
        "Which novel is ISBN 978-0-14-044913-6, and who translated it?",
        "an ISBN, a fact",
    ),
    ("near-phone-number", "Which town uses the 01632 dialling code?", "a phone code"),
    ("near-postcode", "What's SW1A 2AA plus 10?", "a postcode, not a number"),
    ("near-ip-address", "is 192.168.1.254 a private address", "an IP address"),
    ("near-version", "Is version 3.10 bigger than version 3.9?", "software version ordering"),
    ("near-formation", "Is 4-3-3 better than 4-4-2 for a Sunday side?", "a formation"),
    ("near-chess", "is 1. e4 e5 2. Nf3 a good opening for beginners", "chess notation"),
    ("near-fault-code", "My boiler shows F28, what does that mean?", "a fault code"),
    ("near-hex-colour", "What colour is #FF8800?", "a colour code"),
    ("near-paper-size", "What are the dimensions of A3 paper?", "a paper size"),
    (
        "near-code-python",
        "What does print(0.1 + 0.2 == 0.3) output in Python and why?",
        "code semantics",
    ),
    ("near-code-js", "In JavaScript, what is [] + {} ?", "code semantics"),
    ("near-everest", "How tall is Mount Everest in metres?", "a world fact"),
    ("near-boiling-altitude", "At what temperature does water boil on Ben Nevis?", "science"),
    ("near-world-cup", "How many goals were scored in the 1966 World Cup final?", "sports fact"),
    ("near-banana-nutrition", "How much potassium is in a banana?", "nutrition fact"),
    (
        "near-tax-band",
        "How much income tax do I pay on £52,000?",
        "tax rules and year not stated",
    ),
    (
        "near-speed-limit",
        "What's the speed limit on a single carriageway for a van?",
        "traffic rules",
    ),
    ("near-paracetamol", "how many 500mg paracetamol can a 14 year old take", "dosing"),
    ("near-shoe-size", "I'm a UK 9 — what's that in EU shoe size?", "size chart"),
    ("near-gas-mark", "What gas mark is 190 degrees fan?", "oven convention"),
    ("near-estimate-piano", "How many piano tuners are there in Leeds?", "an estimate"),
    (
        "near-lottery",
        "if I buy two EuroMillions lines a week, what are the chances I scoop the top prize",
        "lottery rules",
    ),
    (
        "near-test-prevalence",
        "A test is 95% accurate and I tested positive. How likely am I to have it?",
        "missing prevalence",
    ),
    ("near-translate", "How do you say 'four hundred and twelve' in German?", "translation"),
    ("near-poem-numbers", "Write a limerick about the number 42.", "writing task"),
    (
        "near-title-number",
        "which band sang the song 99 Red Balloons in English",
        "a number in a title",
    ),
    ("near-opinion-pi", "Is pi day or tau day the better celebration?", "an opinion"),
    ("near-pemdas", "What's 8 ÷ 2(2 + 2)?", "contested reading of implied multiplication"),
    ("near-random-pick", "Pick a random number between 1 and 50 for our raffle.", "random choice"),
    (
        "near-proof-primes",
        "Write out a proof that the square root of 3 is irrational, step by step.",
        "a written proof",
    ),
    ("near-why-zero", "Why can't you divide by zero? Explain like I'm ten.", "an explanation"),
    ("near-arabic-numerals", "Where did our digits 0 to 9 come from?", "history of numerals"),
    (
        "near-riddle",
        "Why do so many people get the bat-and-ball puzzle wrong when they answer quickly?",
        "a riddle and an explanation",
    ),
    ("near-letters", "How many letter r's are in 'scaffolder'?", "letters in a word"),
    ("near-forecast", "Will it be below zero in Buxton on Saturday night?", "a forecast"),
    ("near-historic-price", "How much did a pint of milk cost in 1975?", "a historical price"),
    (
        "near-opinion-date",
        f"Is {sayw(_BOUT)} a good day for an outdoor boxing event?",
        "an opinion about a stated date",
    ),
    (
        "near-historic-weekday",
        "What day of the week did the Great Fire of London start?",
        "the date is a historical fact",
    ),
    ("near-cat-years", "How old is a 12 year old cat in human years?", "cat years contested"),
    ("near-tipping", "how much should I tip a cab driver in New York", "a custom"),
    ("near-stock-price", "What are 40 shares of Rolls-Royce worth?", "live share price"),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


_MEET = D(2030, 9, 18)
CONVS = (
    (
        "conv-operator-star",
        [
            (U, "For this chat, a ★ b means a squared minus b."),
            (A, "Got it: a ★ b = a² − b."),
            (U, "So what's 7 ★ 12?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function-g",
        [
            (U, "Let g(n) be three times n plus four."),
            (A, "Okay, g(n) = 3n + 4."),
            (U, "what is g(g(2))"),
        ],
        "function defined earlier",
    ),
    (
        "conv-letters",
        [
            (U, "In my puzzle, K stands for 11 and Q for 12."),
            (A, "Noted: K = 11, Q = 12."),
            (U, "Then what's K times Q minus 5?"),
        ],
        "letters given values earlier",
    ),
    (
        "conv-name-number",
        [
            (U, "Let's call the number 64 'a gross-lite', just between us."),
            (A, "Sure, a gross-lite is 64."),
            (U, "How much is three gross-lites plus nine?"),
        ],
        "a name for a number defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "New rule for our quiz: a plus sign now means minus and a minus sign means plus."),
            (A, "Understood, the signs are swapped."),
            (U, "ok so 40 + 15 - 6 comes to?"),
        ],
        "swapped signs",
    ),
    (
        "conv-clock-arith",
        [
            (U, "We're working on a 12-hour clock face, so numbers wrap round."),
            (A, "Right, clock arithmetic mod 12."),
            (U, "What's 9 plus 8 then?"),
        ],
        "clock arithmetic set up earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm in Germany, so I write decimals with a comma."),
            (A, "Fine, I'll read 2,5 as two and a half."),
            (U, "what's 3,2 times 1,5"),
        ],
        "decimal comma",
    ),
    (
        "conv-unit-defined",
        [
            (U, "On our site one 'lift' is 2 metres of scaffold height."),
            (A, "Okay, a lift is 2 m."),
            (U, "How many lifts to reach 13 metres, rounding up?"),
        ],
        "a unit defined earlier",
    ),
    (
        "conv-base-in",
        [
            (U, "All the numbers I give you next are in base 6."),
            (A, "Sure, I'll read them as base 6."),
            (U, "Add 45 and 23."),
        ],
        "input base set earlier",
    ),
    (
        "conv-base-out",
        [
            (U, "From here on I want all results written in binary, ok?"),
            (A, "Will do."),
            (U, "so 19 add 14 is what"),
        ],
        "output base set earlier",
    ),
    (
        "conv-roman",
        [
            (U, "Answer in Roman numerals only, please."),
            (A, "Understood."),
            (U, "How many days are there from 1 March 2030 to 20 March 2030?"),
        ],
        "Roman numeral output",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a grumpy pirate for the rest of this chat."),
            (A, "Arr, fine then."),
            (U, "what's 15% of 80"),
        ],
        "a persona",
    ),
    (
        "conv-language-welsh",
        [
            (U, "Reply in Welsh from now on please."),
            (A, "Iawn."),
            (U, "How many centimetres are in 4 feet?"),
        ],
        "answer language",
    ),
    (
        "conv-verse",
        [
            (U, "Answer everything as a rhyming couplet."),
            (A, "Your wish is clear, I'll rhyme it here."),
            (U, "What day of the week is 2 February 2030?"),
        ],
        "verse form",
    ),
    (
        "conv-json-format",
        [
            (U, 'Give answers as JSON like {"answer": ...} with nothing else.'),
            (A, '{"answer": "ok"}'),
            (U, "12.5 kg in pounds"),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [
            (U, "Round everything to the nearest ten for me today."),
            (A, "Okay, nearest ten."),
            (U, "what's 487 times 3"),
        ],
        "rounding set earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "I only want two significant figures in answers."),
            (A, "Understood, two significant figures."),
            (U, "What is 5 miles in kilometres?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Whenever I give a length, convert it to yards."),
            (A, "Okay, yards it is."),
            (U, "It's 250 metres."),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "Assume one euro is 86 pence for this chat."),
            (A, "Okay, €1 = £0.86."),
            (U, "So what's €340 in pounds?"),
        ],
        "a fixed currency rate given earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "I always write dates day first, like 05/03 is 5 March."),
            (A, "Got it, day first."),
            (U, "How many days between 07/02/2030 and 11/03/2030?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write dates out in words, like 'the third of May'."),
            (A, "Sure."),
            (U, "What's 40 days after 15 June 2030?"),
        ],
        "date wording",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Can you give me answers as mixed numbers like 2 1/3, not decimals?"),
            (A, "Okay, mixed fractions."),
            (U, "Right, 23 shared between 4 then?"),
        ],
        "fraction form",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my novel every month has exactly 30 days and there are 12 of them."),
            (A, "A 360-day year, understood."),
            (U, "How many days from the 12th of month 3 to the 5th of month 7?"),
        ],
        "an invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "At the depot week 1 starts on the first Monday of October."),
            (A, "Noted."),
            (U, "Which week number is 19 November 2029 for us?"),
        ],
        "a week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "What's 36 times 27?"),
            (A, "36 × 27 = 972."),
            (U, "oops, typo, I meant 36 times 72 not 27"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Order: 12 sheets of ply at £31 and 4 tubs of adhesive at £9."),
            (A, "That's £372 of ply and £36 of adhesive, £408 in all."),
            (U, "Can you summarise that order in one line for the invoice?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-explain-followup",
        [
            (U, "What's 15% of 260 quid?"),
            (A, "£39."),
            (U, "how did you get £39 there, can you show the working step by step"),
        ],
        "follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "My locker code is 4417, remember it."),
            (A, "I'll keep it in mind for this chat."),
            (U, "What was my code again?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread-figures",
        [
            (U, "We had 14 lanes booked on Friday."),
            (A, "Okay."),
            (U, "And 19 on Saturday."),
            (A, "Noted."),
            (U, "Plus 11 on Sunday. Total for the weekend?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 48 × 7?"),
            (A, "336."),
            (U, "Now take that and add a fifth of it."),
        ],
        "a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "Quote came in at £4,200 for the drive and another firm said £3,100."),
            (A, "That's a £1,100 difference."),
            (U, "Does that gap sound suspicious to you?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, f"Our club meet is on {sayw(_MEET)}."),
            (A, "Noted."),
            (U, "Is that a sensible day to hold it if most members work in offices?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [
            (U, "Let's do arithmetic modulo 7 for the rest of this."),
            (A, "Okay, modulo 7."),
            (U, "then 5 times 13 equals what?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-shorthand",
        [
            (U, "When I say 'k' I mean thousand and 'm' means million."),
            (A, "Got it."),
            (U, "what's 2.4m minus 350k"),
        ],
        "shorthand defined earlier",
    ),
    (
        "conv-system-hex",
        [
            (S, "Numbers in user messages are hexadecimal."),
            (U, "What's 1F plus A?"),
        ],
        "number base set by the system turn",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({c[0] for c in CONVS}) == len(CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural asserts
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
assert sum(1 for i in items if i["family"] in REGISTERS) == 193
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    assert sum(1 for i in items if i["label"] == _label and i["family"] in REGISTERS) == 31
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
    # no register (family name) of this set is a family name of sets 19 to 57
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 57: {reused}"
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
