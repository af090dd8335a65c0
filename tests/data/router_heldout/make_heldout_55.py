r"""Generate heldout-2027-01-27.jsonl: a fifty-fifth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_54.py, by `sed -n`: lines 1-371
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 611-671 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 767-851 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1053-1060 (its negatives
section header, neg() and conv()) and 1739-1963 (its stated-weekday check, its checks and main()).
The line count (1963) and the ranges were given by the brief; no `wc` or `grep` of it was run. None
of its query blocks (372-610, 672-766, 852-1052, 1061-1738) was opened. Nothing else under
/work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from
grading.py) or tests/ (apart from that one generator's allowed ranges), not README.md and not
pyproject.toml (ruff's line length of 100 was taken from the brief). The only other use of
/work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with
/work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-54) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py, together with `mkdir -p /tmp/h55 /work/sealed55` and an `ls`
of the new, empty /work/sealed55; the view of lines 1-371 alone; the views of 611-671, 767-851,
1053-1060 and 1739-1963 together, with `echo` separators. Then, in one command, `mkdir -p` of
/tmp/h55/blocks and /tmp/h55/own, `sed -n` copies of the same five allowed ranges into raw files
under /tmp/h55/blocks/ and one run of /tmp/h55/subst.py (written by a `cat` heredoc) that cuts the
first copy at the line that is exactly `from __future__ import annotations` (asserted to be the
only such whole line, so not the words inside set 54's docstring), substitutes this set's OUT,
PREFIX, EARLIER_DIR test (make_heldout_54.py), EARLIER (sets 1-54, `range(2, 55)`) and
REGISTER_CHECK (sets 19-54, adding make_heldout_54.py), and "sets 19 to 53" -> "sets 19 to 54" in
one comment and one message string of main() (each substitution asserted to apply once, the last
twice; it printed "ok" for each and deleted the raw copies), followed by `ls` and a `grep -n` of
the blocks for "53", "54", "55" and "19 to" (it printed only configuration lines, two unit-factor
lines and the two substituted lines of main()). Then `cat` heredocs wrote this set's own blocks
under /tmp/h55/own/ (a_calc.py: registers and calculator items; b_units.py: unit constants and unit
items; c_dates.py: date items; d_negs.py: ordinary negatives; e_near.py: near-positive negatives,
whose entries were counted by a one-line Python `-c` in the command that wrote it; f_convs.py:
conversations and this set's own structural asserts), an assembly script /tmp/h55/assemble.py (it
builds this file from a docstring file, or a one-line placeholder, and the blocks in order, and
prints its line count) and a helper /tmp/h55/run.sh (it runs assemble.py, then from /work/main as
the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache`
on this file, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h55/out.txt, and prints the exit codes and the `tail -6` of it), and run.sh was run. Right
after writing a_calc.py, a Python script on standard input made one exact, asserted-once
replacement in it (an alpaca word problem had been typed with the word "today" and a .replace()
call removing it; it was rewritten without either). Edits after failed checks were made by
/tmp/h55/fix1.py, reword1.py and reword2.py (exact, asserted-once replacements in the own blocks,
written by `cat` heredocs), each followed by run.sh; one `grep -n` of the own blocks for the five
rejected registers' constants and a `grep -n` of ruff's output were run between the first run and
fix1.py. Then run.sh with --show once, with a `grep -n` of out.txt for its summary lines, and a
listing of the ids, expected values and tolerances (a `grep` of out.txt laid out by `awk` and
`column -t`). This docstring was written last over the placeholder (its source text,
/tmp/h55/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h55/doc/make_doc.py, which uses textwrap, keeps the lines marked as preformatted and asserts
that the words are unchanged), then run.sh and a `head -3` of this file, then an edit of that
source text by /tmp/h55/doc/edit1.py (exact, asserted-once replacements correcting details of this
account: the wording of day counts and ages, and this sentence), a second fill, run.sh, a `head -3`
of this file, two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the
JSONL and a `sed -n` of out.txt's three summary lines; finally `ls -la /work/sealed55` and `rm -rf
/tmp/h55`. Writes: /work/sealed55/ was created for this file and its JSONL; temporary blocks,
scripts and output under /tmp/h55/ were deleted afterwards. Nothing was written into /work/main.
Every python run above used /work/main/.venv/bin/python.

Changes to set 54's main() and checks: only the substitutions listed above (file names, sets 1-54
for the duplicate check, sets 19-54 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 54's as printed; ruff format may have changed layout only. All
of set 54's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks(), unit_r() with close_enough_at_2dp(),
whole_up() (not used by this set's items), say() (used through sayw()), sayw() and sayus() (sayus()
is not used here), and SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, HA, KPA, LITRE and CUIN
(with an assert), the register constants and the REGISTERS tuple (sorted, asserted distinct), the
ORDINARY, NEAR and CONVS tables, dates stated with their computed weekday by sayw() in four
positives (one of them, _WARDEN, asserted a Monday), in one near-positive and in one user turn, an
assert that the square-root one-liner's radicand is a perfect square, and this set's own asserts:
the ORDINARY negatives are keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS
35, each with distinct families; the positive registers are exactly the REGISTERS; 193 items lie in
the registers (25 x 3 positives, 18 second positives, 100 negatives), 31 register word problems per
tool; every negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 54's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 54's, copied (P = "plain" is copied too, as the
last line of the first block). Set 54's docstring (within lines 1-371) names its 25 registers, its
provenance, its reworded kinds of items and the generic kinds of its items, which were therefore
seen; none of those registers' names or trades is used here as a register, and many plain
one-liners, near-positives and conversations here are of those same generic kinds (for instance an
operator, a decimal comma, a persona, a fault code, a contested reading), newly worded. At the
edges of the allowed ranges: line 371 is P = "plain", 611, 767 and 1053 are section headers, 671 is
a blank line after unit_r(), 851 is the assert after sayus(), 1060 is the last line of conv(),
1739-1745 hold the comment and the compiled pattern of the stated-weekday check and 1963 is the
call of main(). No query text of any earlier set was seen. Every query here was newly written from
imagination of each trade or situation. Registers of sets 1 to 18 are not known here, so an overlap
in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled
out by main(), and main() asserts that no register is a family name of sets 19 to 54 (the
near-.../conv-... families are not registers and may coincide with earlier family names). Like set
54, this set has no algebra or calculus question (symbolic math with one right answer is a tool
question, so none is labelled negative; the only proof asked for is a written proof). Conversations
that define an operator, a function, letters, a name for a number, swapped signs, shorthand for
thousands and millions or modular arithmetic are negatives because the notation is set up in an
earlier turn. Some near-positives depend on the current date (days until a festival or a stated
date, an age from a birth year, weeks of pregnancy from a due date, years since a battle); one asks
for "one calendar month on" from the 31st, one for the weekday of the first Moon walk (its date is
a fact); they are negatives, with no "now" field. Two negatives ask what a short piece of code
returns or why (code semantics). One near-positive is a negative for its contested reading (implied
multiplication), not as symbolic math.

Register check (failed once): the first complete run's register assertion rejected five of the
first register names, which are therefore known to be family names of some set among 19 to 54
(which set is not known): bell_ringing_tower_captain, chimney_sweep_booking_book,
hot_air_balloon_pilot_log, piano_tuner_round_diary and puppet_theatre_touring_manager. fix1.py
replaced them with five other trades (not a renaming of the same trade):
tall_ship_sail_training_bosun, lawn_mower_repair_van, gliding_club_launch_point,
mobile_farrier_shoeing_round and touring_chamber_choir_manager, rewording every positive and
ordinary negative of those registers for the new trade (the positives keep their figures and
arithmetic, set in the new stories; one ordinary negative, a venue cutting a fee on the day, was
kept as written). Seven conversations, which are not registers, still mention the settings of the
rejected trades (a bell tower's peal board, bell weights, balloon takings, a piano buyer, chimney
booking letters, a puppeteer and a puppet rota). The next run passed the register check, and so did
every later run.

Other failed checks and edits: ruff check reported an implicit string concatenation inside the NEAR
table (fix1.py parenthesised the three such entries) and then inside one ordinary negative of the
new gliding register (reword1.py shortened it to one string). main()'s duplicate check then
reported 13 items by id; they were reworded by reword1.py without the earlier queries being looked
at: one plain calculator one-liner (a percentage of; new figures), one plain date one-liner (the
weekday of a date; new date), three plain unit one-liners (miles to kilometres, km/h to mph, square
metres to square feet; new figures), one ordinary negative of the farrier register (hot versus cold
shoeing), six near-positives (a cup of flour, an explanation of dividing by a fraction,
floating-point code, a mountain's height, a nominal timber size, a shoe size) and one conversation
(hexadecimal input; both its user turns newly worded). The next run still reported the mountain
near-positive and the km/h one-liner; reword2.py reworded them again (another mountain; new
figures), and every later run passed every check.

Registers (families), 25, new: alpaca_shearing_contractor_runs, bonsai_nursery_stock_clerk,
canal_narrowboat_hire_yard, cheese_cave_affineur_notes, church_organ_restorer_workshop,
cider_orchard_pressing_crew, circus_aerial_rigging_crew, dry_stone_waller_field_notes,
escape_room_owner_bookings, glassblowing_studio_kiln_book, gliding_club_launch_point,
ice_sculptor_event_orders, lawn_mower_repair_van, lighthouse_heritage_trust_warden,
mobile_farrier_shoeing_round, model_railway_exhibition_organiser, oyster_farm_tide_crew,
quilting_guild_raffle_committee, racing_pigeon_loft_ledger, saddlery_leather_workshop,
seed_library_volunteer_catalogue, stained_glass_commission_book, tall_ship_sail_training_bosun,
thatcher_roofing_estimates, touring_chamber_choir_manager. Every register is used by all three
tools (asserted); eighteen registers have a further positive (a second calculator word problem:
canal_narrowboat_hire_yard, glassblowing_studio_kiln_book, escape_room_owner_bookings,
quilting_guild_raffle_committee, ice_sculptor_event_orders, touring_chamber_choir_manager; a second
unit word problem: gliding_club_launch_point, dry_stone_waller_field_notes,
thatcher_roofing_estimates, oyster_farm_tide_crew, circus_aerial_rigging_crew,
saddlery_leather_workshop; a second date word problem: mobile_farrier_shoeing_round,
tall_ship_sail_training_bosun, seed_library_volunteer_catalogue, cheese_cave_affineur_notes,
model_railway_exhibition_organiser, lighthouse_heritage_trust_warden). Positives are one-liners
(family "plain") or word problems of one to three sentences, in UK and US usage with £, $ or €,
some chatty, terse, lower-case or in shorthand, a few with numbers in words, questions at the start
or the end. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a current
central bank rate, missing loan terms, contested units (pint, mpg, cup, ton, gallon, horsepower,
calories), today's date or an age without a stated date, lunisolar and lunar festivals, working
days, month arithmetic from the 31st, an all-numeric date of unstated order, time zones,
identifiers that look like numbers (a flight, an ISBN, a phone number, a postcode, an IP address,
software versions, a road number, a Bible reference, a score, a formation, a serial number, a fault
code, a colour code, chess notation, a nominal size), code semantics, world, science, sports or
nutrition facts, tax rules, a traffic rule, dosing, size charts, an oven convention, an estimate,
lottery odds, missing prevalence, a translation, a writing task, a number in a title, an opinion, a
contested reading, a random choice, a written proof, an explanation, the history of numerals, a
riddle, letters in a word, a forecast, a historical price; or, in conversations, an operator,
function, letters or a name defined earlier, swapped signs, clock arithmetic, a decimal comma, a
unit defined earlier, a number base (input or output), Roman numerals, a persona, answer language,
verse form, output format, rounding, precision, target unit, target currency or date order fixed
earlier, date wording, an invented calendar, a week numbering, a correction, summary, rewrite,
follow-up, explanation or recall of earlier turns, figures or a date spread over turns, a result
from an earlier turn, a judgement about earlier figures, modular arithmetic or shorthand defined
earlier. The ordinary negatives ask for advice, explanations, judgements, rules, facts or writing
in each register's setting.

Left out of positives entirely (their grading is contested), as in set 54: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as N days or weeks after, later than or before a stated date, a
stated start plus a duration in days, weeks or nights, "days between", "how many days from ... to
...", "how many weeks from ... to ...", "valid for N days from", or "every N days" or "every N
weeks" counted from a stated first date), ages are in whole years from a stated birth or founding
date to a stated date, and clock spans run from one stated time to the next occurrence of the other
(three cross midnight, each saying "next morning"). Every rounded unit result stays within its 1e-3
tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime /
math.isqrt. Exact conversion factors (sources as in set 54):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, kPa); 1 L = 10^-3 m^3;
    1 h = 3600 s; 1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_55.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-27.jsonl"
PREFIX = "ho55-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_54.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 55))
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


# registers (families) of this set: trades and situations, each used by all three tools
BAL = "gliding_club_launch_point"
BEL = "tall_ship_sail_training_bosun"
BON = "bonsai_nursery_stock_clerk"
CHS = "lawn_mower_repair_van"
CHZ = "cheese_cave_affineur_notes"
CID = "cider_orchard_pressing_crew"
CIR = "circus_aerial_rigging_crew"
CN = "canal_narrowboat_hire_yard"
DSW = "dry_stone_waller_field_notes"
ESC = "escape_room_owner_bookings"
GLS = "glassblowing_studio_kiln_book"
ICE = "ice_sculptor_event_orders"
LHT = "lighthouse_heritage_trust_warden"
MRW = "model_railway_exhibition_organiser"
OYS = "oyster_farm_tide_crew"
ORG = "church_organ_restorer_workshop"
PIG = "racing_pigeon_loft_ledger"
PNO = "mobile_farrier_shoeing_round"
PUP = "touring_chamber_choir_manager"
QLT = "quilting_guild_raffle_committee"
SAD = "saddlery_leather_workshop"
SED = "seed_library_volunteer_catalogue"
STG = "stained_glass_commission_book"
THA = "thatcher_roofing_estimates"
ALP = "alpaca_shearing_contractor_runs"
REGISTERS = tuple(
    sorted(
        [BAL, BEL, BON, CHS, CHZ, CID, CIR, CN, DSW, ESC, GLS, ICE, LHT]
        + [MRW, OYS, ORG, PIG, PNO, PUP, QLT, SAD, SED, STG, THA, ALP]
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# plain calculator one-liners
calc(P, "Work out 18.5% of 3,468", pct("18.5") * 3468)
calc(P, "Calculate 7,204 × 0.375", 7204 * dec("0.375"))
assert math.isqrt(5776) ** 2 == 5776
calc(P, "square root of 5776 please", math.isqrt(5776))
calc(P, "(48.6 - 12.35) / 2.5 = ?", (dec("48.6") - dec("12.35")) / dec("2.5"))
calc(
    P,
    "mean of 14.2, 9.8, 22.5, 17.1 and 11.4",
    (dec("14.2") + dec("9.8") + dec("22.5") + dec("17.1") + dec("11.4")) / 5,
)
calc(P, "2 to the power of 17", 2**17)
calc(P, "If I knock 36% off 1,250 what's left?", 1250 * (1 - pct(36)))
calc(P, "nine hundred and eighty-one divided by eighteen", F(981, 18))
calc(P, "221 is what percent of 680", F(221 * 100, 680))
calc(P, "12.5 squared times 0.8", dec("12.5") ** 2 * dec("0.8"))
calc(P, "Compute 4,096 ÷ 0.64", 4096 / dec("0.64"))
calc(P, "17*23*29", 17 * 23 * 29)
calc(
    P, "a number went up 15% and is now 1,495. what was it before the rise?", F(1495) / dec("1.15")
)
calc(P, "1/8 plus 3/5, as a decimal?", F(1, 8) + F(3, 5))

# calculator word problems, one per register plus six second ones
calc(
    CN,
    "We hire narrowboats at £145 a night in low season and £190 a night in high season. A party "
    "books 3 low-season nights and 4 high-season nights and pays a £75 damage deposit on top. "
    "What do they hand over in total?",
    3 * 145 + 4 * 190 + 75,
)
calc(
    CN,
    "diesel for the hire fleet: 6 boats each took 38.5 litres at £1.12 a litre, what's the fuel bill",
    6 * dec("38.5") * dec("1.12"),
)
calc(
    ORG,
    "Restoring 84 organ pipes, the voicer charges £27.50 a pipe and re-leathering the bellows is a "
    "flat £640. With 20% VAT on everything, what's the invoice total?",
    (84 * dec("27.50") + 640) * dec("1.2"),
)
calc(
    GLS,
    "the kiln draws 0.85 kWh for every firing hour; a batch fires for 14 hours and power is 31p per "
    "kWh. cost of one batch in pounds?",
    dec("0.85") * 14 * dec("0.31"),
)
calc(
    GLS,
    "Four of us glassblowers split a $5,380 commission: the lead artist takes 40% and the other "
    "three share what's left equally. How much does each of those three get?",
    5380 * (1 - pct(40)) / 3,
)
calc(
    PIG,
    "Entry is £3.40 a bird and the transporter levy is £1.15 a bird. I'm basketing 26 birds for the "
    "long-distance race — total cost to me?",
    26 * (dec("3.40") + dec("1.15")),
)
calc(
    CID,
    "Pressed 2,350 kg of apples at a 64% juice yield by weight, and the cidery pays 85p per kg of "
    "juice. What did the pressing earn us?",
    2350 * pct(64) * dec("0.85"),
)
calc(
    STG,
    "A stained-glass panel is 1.2 m by 0.85 m; we charge €640 per square metre of glass plus €180 "
    "for fitting. What's the quote?",
    dec("1.2") * dec("0.85") * 640 + 180,
)
calc(
    ALP,
    "shearing run covers 3 farms with 42, 17 and 65 alpacas — $18 per animal plus a $45 call-out "
    "fee per farm. what's the run worth?",
    (42 + 17 + 65) * 18 + 3 * 45,
)
calc(
    ESC,
    "Our escape room is $32 a head Monday to Thursday and $38 a head Friday to Sunday. We had 146 "
    "weekday players and 212 weekend players in March. Revenue for the month?",
    146 * 32 + 212 * 38,
)
calc(
    ESC,
    "35% of our 240 bookings were corporate groups, and corporate groups pay a 12% premium on the "
    "$150 base price. How much did the corporate bookings bring in?",
    240 * pct(35) * 150 * dec("1.12"),
)
calc(
    CHZ,
    "A 24 kg wheel loses 9.5% of its weight while it matures in the cave, then sells at €31.20 a "
    "kilo. What's the finished wheel worth?",
    24 * (1 - pct("9.5")) * dec("31.20"),
)
calc(
    LHT,
    "The trust sold 1,840 adult tickets at £6.50 and 975 child tickets at £3.25, and Gift Aid adds "
    "25% to the £2,400 of donations. Total income for the season?",
    1840 * dec("6.50") + 975 * dec("3.25") + 2400 * dec("1.25"),
)
calc(
    BEL,
    "We've got a £14,700 refit grant for the brig's eight sails. The mainsail gets 30% and the "
    "other seven sails share the rest equally — how much for each of the seven?",
    14700 * (1 - pct(30)) / 7,
)
calc(
    CIR,
    "rigging order: 12 shackles @ $14.75, 4 swivels @ $62.40, 2 span sets @ $185. total before tax?",
    12 * dec("14.75") + 4 * dec("62.40") + 2 * 185,
)
calc(
    SED,
    "the seed library was given 3,125 packets. 28 percent were tomatoes and a fifth of those were "
    "heirloom varieties. how many heirloom tomato packets is that",
    3125 * pct(28) / 5,
)
calc(
    BON,
    "I bought 45 juniper pre-bonsai at £11.80 each and sold the lot at a 65% markup on cost. What's "
    "my gross profit?",
    45 * dec("11.80") * pct(65),
)
calc(
    PNO,
    "Billing for the week: 7 full sets of shoes at $135, 2 remedial shoeings at $210 extra each, "
    "and 186 miles of driving at 67 cents a mile. What's the total?",
    7 * 135 + 2 * 210 + 186 * dec("0.67"),
)
calc(
    BAL,
    "Trial lessons are £229 a person, the winch can launch 14 trial pupils a session and we run 3 "
    "sessions on a good day. Max takings over 9 good days?",
    229 * 14 * 3 * 9,
)
calc(
    MRW,
    "At the show 1,260 adults paid £8, 310 under-16s paid £4, and each of the 38 exhibiting layouts "
    "got £55 expenses. What's left after the expenses are paid?",
    1260 * 8 + 310 * 4 - 38 * 55,
)
calc(
    SAD,
    "A saddle takes 3.6 square metres of hide at €48.50 per square metre and 11 hours of work at €42 "
    "an hour. What's its cost price?",
    dec("3.6") * dec("48.50") + 11 * 42,
)
calc(
    PUP,
    "The choir is touring 18 cathedrals at an average fee of £1,150 and the agent takes 12.5% "
    "commission. How much do we keep?",
    18 * 1150 * (1 - pct("12.5")),
)
calc(
    PUP,
    "minibus hire is £86 a day for 23 days and fuel came to £1,034.60; if the 4 section leaders "
    "split all of it equally, what's each share?",
    (86 * 23 + dec("1034.60")) / 4,
)
calc(
    OYS,
    "We lifted 18,400 oysters, 7.5% failed grading and the rest sell at 68 cents each. What's the "
    "revenue?",
    18400 * (1 - pct("7.5")) * dec("0.68"),
)
calc(
    CHS,
    "I charge £65 to service the first mower and £35 for each extra mower at the same address. "
    "This round: 4 houses with 1 mower, 3 with 2 mowers and 2 with 3 mowers. Takings?",
    4 * 65 + 3 * (65 + 35) + 2 * (65 + 2 * 35),
)
calc(
    THA,
    "thatching quote — 96 square metres at £145 a square metre, then add 20% on top for the ridge. "
    "What's the total?",
    96 * 145 * dec("1.2"),
)
calc(
    DSW,
    "Rebuilding 37.5 metres of wall at £95 a metre plus £2,180 for walling stone, and the farmer is "
    "paying half. What's his half?",
    (dec("37.5") * 95 + 2180) / 2,
)
calc(
    QLT,
    "Raffle takings: 640 single tickets at £2 and 85 strips of five at £8. The guild keeps 70% and "
    "the hospice gets the rest. How much goes to the hospice?",
    (640 * 2 + 85 * 8) * pct(30),
)
calc(
    QLT,
    "our raffle quilt is 12 blocks by 15 blocks, every block uses 0.06 square metres of fabric, and "
    "we allow 8% extra for waste; how many square metres of fabric altogether?",
    12 * 15 * dec("0.06") * dec("1.08"),
)
calc(
    ICE,
    "Ice sculpture job: 5 blocks at $95 each, 14 hours of carving at $120 an hour, and a 15% rush "
    "surcharge on the whole thing. What do we invoice?",
    (5 * 95 + 14 * 120) * dec("1.15"),
)
calc(
    ICE,
    "A wedding ordered a luge at $640 and a swan at $1,180 and has paid a 30% deposit. How much is "
    "still owing?",
    (640 + 1180) * (1 - pct(30)),
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
G = F(1, 1000)  # kg
HA = 10**4  # m^2
KPA = 1000  # Pa
LITRE = F(1, 1000)  # m^3
CUIN = IN * IN * IN  # m^3
assert HA / ACRE < 3 and LITRE * 1000 == 1 and CUIN == dec("0.000016387064")

# plain unit one-liners
unit_r(P, "68 kilos in pounds?", 68 / LB)
unit(P, "5 ft 11 in — how many centimetres", (5 * FT + 11 * IN) / CM, EXACT)
unit_r(P, "how many kilometres are 13.1 miles", dec("13.1") * MI / KM)
unit(P, "Convert -13 degrees Fahrenheit to Celsius.", f_to_c(-13), EXACT)
unit_r(P, "350F in C", f_to_c(350))
unit_r(P, "12 stone 4 lb = ? kg", (12 * STONE + 4 * LB))
unit_r(P, "twenty-two acres expressed in hectares", 22 * ACRE / HA)
unit(P, "750 GiB to MiB", 750 * GIB / MIB, EXACT)
unit_r(P, "convert 90 km/h into mph for the trailer sticker", 90 * KMH / MPH)
unit_r(P, "What is 32 psi in kilopascals?", 32 * PSI / KPA)
unit_r(P, "a 37 m² flat — square feet?", 37 / SQFT)
unit_r(P, "250 grams → ounces", 250 * G / OZ)
unit_r(P, "1.5 cubic metres in cubic feet?", dec("1.5") / CUFT)
unit(P, "a 400 yard dash, in metres", 400 * YD, EXACT)

# unit word problems, one per register plus six second ones
unit_r(
    CN,
    "The hire form wants the boat length in metres and ours is a 72 ft narrowboat. What do I put?",
    72 * FT,
)
unit(
    ORG,
    "The bottom C pipe of the 8-foot stop actually measures 8 ft 3 in. How long is that in "
    "centimetres?",
    (8 * FT + 3 * IN) / CM,
    EXACT,
)
unit(
    GLS,
    "Our American apprentice asked what 1,150 °C is in Fahrenheit — the kiln's working "
    "temperature. What is it?",
    c_to_f(1150),
    EXACT,
)
unit(
    PIG,
    "My cock bird flew 312 miles in exactly 312 minutes. What was his average speed in metres per "
    "minute?",
    312 * MI / 312,
    EXACT,
)
unit_r(CID, "the press takes 180 lb of milled apple per load — how many kg is that", 180 * LB)
unit_r(
    STG,
    "A lancet window is 14 inches wide and 58 inches tall. What's its glass area in square "
    "centimetres?",
    14 * IN * 58 * IN / (CM * CM),
)
unit_r(ALP, "Best fleece of the day weighed 7 lb 6 oz. In grams?", (7 * LB + 6 * OZ) / G)
unit_r(
    ESC,
    "the new escape room is 24 ft by 18 ft; floor area in square metres for the fire certificate?",
    24 * 18 * SQFT,
)
unit_r(CHZ, "US buyer says his cave runs at 54 °F. What's that in °C?", f_to_c(54))
unit_r(LHT, "The lamp sits 118 ft above high water. How many metres is that?", 118 * FT)
unit_r(BEL, "the brig's bower anchor weighs 1,120 kg; what is that in stone", 1120 / STONE)
unit_r(CIR, "Rig point's rated for 2,000 lb. What's that in kilograms?", 2000 * LB)
unit_r(CIR, "An aerial silk 11 yards long is how many metres long?", 11 * YD)
unit_r(
    SED,
    "We sow wildflower seed at 2.5 g per square metre. How many grams do we need for a 1,200 square "
    "foot bed?",
    dec("2.5") * 1200 * SQFT,
)
unit(BON, "This bonsai pot is 14 inches across — in millimetres?", 14 * IN / MM, EXACT)
unit_r(PNO, "drove 48 km to a livery yard, how many miles is that for my mileage log", 48 * KM / MI)
unit_r(BAL, "The glider hangar has 105,000 cubic feet inside. Cubic metres?", 105000 * CUFT)
unit(
    BAL,
    "I came off the aerotow at 3,500 ft this morning; what was that in metres?",
    3500 * FT,
    EXACT,
)
unit_r(MRW, "The O gauge layout is 32 ft long end to end. In metres please.", 32 * FT)
unit(SAD, "Girth strap measures 52 inches. What is that in cm?", 52 * IN / CM, EXACT)
unit_r(SAD, "a hide of 48 square feet is how many square metres", 48 * SQFT)
unit_r(
    PUP,
    "The choir's staging van has 11.2 cubic metres of load space. How many cubic feet is that?",
    dec("11.2") / CUFT,
)
unit_r(OYS, "Water at the trestles was 61 °F this morning. Celsius?", f_to_c(61))
unit(OYS, "The trestle lines run 650 yards along the foreshore — how many metres?", 650 * YD, EXACT)
unit_r(CHS, "The customer's back lawn is 42 feet long. In metres, roughly?", 42 * FT)
unit_r(THA, "A bundle of water reed weighs 28 lb; how many kg?", 28 * LB)
unit_r(THA, "Roof area is 1,150 sq ft — convert to square metres.", 1150 * SQFT)
unit_r(DSW, "The finished wall stands 1.4 m high. How many feet is that?", dec("1.4") / FT)
unit(DSW, "Gapped stretch along the lane is 220 yd. Metres?", 220 * YD, EXACT)
unit_r(
    QLT,
    "A raffle quilt 96 inches by 96 inches — what's its area in square metres?",
    96 * IN * 96 * IN,
)
unit_r(
    ICE,
    "one ice block is 40 in x 20 in x 10 in. what's the volume in litres",
    40 * 20 * 10 * CUIN / LITRE,
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

# plain date one-liners
date_item(P, "Which weekday did 11 August 1974 fall on?", weekday(D(1974, 8, 11)))
date_item(
    P,
    "how many days between 3 March 2031 and 19 November 2031",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "Date 100 days after 14 June 2029?", D(2029, 6, 14) + TD(days=100))
date_item(P, "what date is 6 weeks before 2 October 2030", D(2030, 10, 2) - TD(weeks=6))
date_item(P, "weekday of 25 December 2042", weekday(D(2042, 12, 25)))
date_item(
    P, "How many weeks from 5 January 2032 to 26 April 2032?", weeks(D(2032, 1, 5), D(2032, 4, 26))
)
date_item(P, "add 250 days to 1 September 2028", D(2028, 9, 1) + TD(days=250))
date_item(
    P,
    "How old is someone born on 17 April 1961 on 3 February 2035, in whole years?",
    age(D(1961, 4, 17), D(2035, 2, 3)),
)
date_item(P, "minutes from 07:40 to 16:25", clock_span("07:40", "16:25", 60))
date_item(
    P,
    "How many days is it from July 4, 2026 to December 25, 2026?",
    days(D(2026, 7, 4), D(2026, 12, 25)),
)
date_item(P, "What was the date 1,000 days before 1 January 2030?", D(2030, 1, 1) - TD(days=1000))
date_item(P, "which day of the week will 1 March 2100 fall on", weekday(D(2100, 3, 1)))
date_item(P, "hours from 22:15 to 06:45 next morning?", clock_span("22:15", "06:45", 3600))
date_item(P, "third Thursday of November 2033 — what date?", nth_weekday(2033, 11, THU, 3))

# date word problems, one per register plus six second ones
_HIRE = D(2031, 5, 16)
date_item(
    CN,
    f"A narrowboat hire starts on {sayw(_HIRE)} and runs for 11 nights. On what date does the boat "
    "come back to the yard?",
    _HIRE + TD(days=11),
)
date_item(
    ORG,
    "The organ was dismantled on 12 May 2031 and is due to be reinstalled 19 weeks later. What date "
    "is that?",
    D(2031, 5, 12) + TD(weeks=19),
)
date_item(
    GLS,
    "loaded the annealer at 18:30 and it finishes at 09:10 next morning — how many minutes is the "
    "cycle?",
    clock_span("18:30", "09:10", 60),
)
date_item(
    PIG,
    "Youngsters hatched on 21 March 2030 and our club lets them race 10 weeks after hatching. First "
    "date they can race?",
    D(2030, 3, 21) + TD(weeks=10),
)
date_item(
    CID,
    "we pressed on 8 October 2029 and the cider wants 150 days to ferment and condition. what date "
    "will it be ready",
    D(2029, 10, 8) + TD(days=150),
)
date_item(
    STG,
    "The commission was signed on 6 February 2031 and the window has to be in by 19 September 2031. "
    "How many days between those two dates?",
    days(D(2031, 2, 6), D(2031, 9, 19)),
)
date_item(
    ALP,
    "Our cria was born on 30 June 2024. How old will she be in whole years on 1 April 2031?",
    age(D(2024, 6, 30), D(2031, 4, 1)),
)
date_item(
    ESC,
    "A gift voucher bought on 15 November 2030 is valid for 365 days from purchase. What's the last "
    "date it can be used?",
    D(2030, 11, 15) + TD(days=365),
)
_CAVE = D(2031, 1, 2)
date_item(
    CHZ,
    "The wheel went into the cave on 2 January 2031 and comes out 210 days later. What day of the "
    "week will that be?",
    weekday(_CAVE + TD(days=210)),
)
date_item(
    CHZ,
    "how many days from making the Comté on 14 August 2030 to the tasting on 3 May 2031?",
    days(D(2030, 8, 14), D(2031, 5, 3)),
)
date_item(
    LHT,
    "The plaque says our lighthouse was first lit on 1 December 1858. Which weekday was that?",
    weekday(D(1858, 12, 1)),
)
_WARDEN = D(2031, 6, 2)
assert _WARDEN.weekday() == MON
date_item(
    LHT,
    f"Volunteer warden's first duty is {sayw(_WARDEN)} and then every 9 days after that. What is "
    "the date of the 5th duty?",
    _WARDEN + TD(days=4 * 9),
)
date_item(
    BEL,
    "The sail-training voyage ends on 7 March 2032 and the trainees' certificates go out 8 weeks "
    "later. Date?",
    D(2032, 3, 7) + TD(weeks=8),
)
date_item(
    BEL,
    "man-overboard drill runs from 19:30 to 21:05 — how many minutes is that?",
    clock_span("19:30", "21:05", 60),
)
date_item(
    CIR,
    "The rigging certificate was issued 23 August 2030 and is valid for 400 days from issue. When "
    "does it expire?",
    D(2030, 8, 23) + TD(days=400),
)
date_item(
    SED,
    "Seed collected on 12 September 2030 gets a germination test 180 days later. What date is the "
    "test?",
    D(2030, 9, 12) + TD(days=180),
)
date_item(
    SED,
    "One of our volunteers was born on 29 November 1948 — how old is she on 15 March 2031, in whole "
    "years?",
    age(D(1948, 11, 29), D(2031, 3, 15)),
)
date_item(
    BON,
    "repotted the trident maple on 20 March 2031, it needs 6 weeks to recover before wiring. wiring "
    "date?",
    D(2031, 3, 20) + TD(weeks=6),
)
_TUNE = D(2031, 1, 9)
date_item(
    PNO,
    f"I trimmed the sanctuary donkeys on {sayw(_TUNE)} and they're done every 13 weeks. What's the "
    "date of the third trim after that one?",
    _TUNE + TD(weeks=39),
)
date_item(
    PNO,
    "My shoeing day runs from 08:15 to 17:45. How many hours is that?",
    clock_span("08:15", "17:45", 3600),
)
date_item(
    BAL,
    "The trial lesson is on 14 July 2031 and the voucher was bought 120 days before. When was it "
    "bought?",
    D(2031, 7, 14) - TD(days=120),
)
date_item(
    MRW,
    "The exhibition is always on the second Saturday of October. What date is that in 2031?",
    nth_weekday(2031, 10, SAT, 2),
)
date_item(
    MRW,
    "Days from 5 January 2031, when we started the new layout, to the show on 11 October 2031?",
    days(D(2031, 1, 5), D(2031, 10, 11)),
)
date_item(
    SAD,
    "Saddle ordered on 3 February 2031 takes 16 weeks to make. What's the delivery date?",
    D(2031, 2, 3) + TD(weeks=16),
)
date_item(
    PUP,
    "The choir tour opens 27 September 2031 and closes 20 December 2031 — how many days from "
    "opening to closing?",
    days(D(2031, 9, 27), D(2031, 12, 20)),
)
date_item(
    OYS,
    "seed oysters went out on 11 April 2029 and take about 900 days to reach market size. harvest "
    "date?",
    D(2029, 4, 11) + TD(days=900),
)
_SWEPT = D(2031, 6, 6)
date_item(
    CHS,
    f"The ride-on was last serviced {sayw(_SWEPT)} and the warranty wants one every 26 weeks. When "
    "is the next one due?",
    _SWEPT + TD(weeks=26),
)
date_item(
    THA,
    "The re-thatch began on 4 May 2031 and was finished on 27 July 2031. How many days after the "
    "start was it finished?",
    days(D(2031, 5, 4), D(2031, 7, 27)),
)
date_item(
    DSW,
    "Started the boundary wall on 17 March 2031 and reckon it's 9 weeks' work. What date do I "
    "finish?",
    D(2031, 3, 17) + TD(weeks=9),
)
date_item(
    QLT,
    "The guild was founded on 2 February 1987. How old is it in whole years on 14 October 2031?",
    age(D(1987, 2, 2), D(2031, 10, 14)),
)
date_item(
    ICE,
    "Carving starts at 23:40 and the swan has to be ready at 05:15 next morning. How many minutes "
    "do I have?",
    clock_span("23:40", "05:15", 60),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four in each register, advice, explanations, judgements, rules, writing
ORDINARY = {
    ALP: [
        "How do I calm a nervous alpaca before it goes on the shearing mat?",
        "what's the difference between huacaya and suri fleece when you're skirting it",
        "Write a short text to farmers reminding them to keep the herd dry the night before we come.",
        "Is it worth buying a second handpiece or should I just get the old one reground?",
    ],
    BAL: [
        "What should a trial pupil wear for their first winch launch?",
        "Explain to a new member why we don't launch when the crosswind is strong.",
        "Draft a polite note to a farmer: one of our gliders landed out in his barley.",
        "how do i keep the retrieve crew in touch with a pilot who's landed out with no signal",
    ],
    BEL: [
        "How do I teach a seasick trainee to go aloft safely on their first day?",
        "What's the etiquette when the captain and the bosun disagree about reefing?",
        "Write a notice for the quayside asking for volunteer crew, friendly and not too long.",
        "why do we coil halyards clockwise on a square rigger",
    ],
    BON: [
        "Should a Chinese elm live indoors or outdoors over winter in the north of England?",
        "what soil mix do you recommend for a pine that's just come out of a nursery pot",
        "Write a product card for a field-grown hornbeam bonsai, about sixty words.",
        "A customer says her ficus is dropping leaves since she bought it. What do I tell her?",
    ],
    CHS: [
        "Why does a petrol mower start fine cold but cut out once it's warm?",
        "How do I tell a customer tactfully that their mower isn't worth fixing?",
        "write a leaflet blurb for my mobile mower repair van, cheerful but professional",
        "Is it better to sharpen a rotary blade on a grinder or with a file?",
    ],
    CHZ: [
        "What causes the blue veins in a cheese to spread unevenly through the wheel?",
        "How often should I turn young tommes in the cave and why does it matter?",
        "Describe the rind of a washed-rind cheese for a shop label in a couple of sentences.",
        "is it a bad sign if there's ammonia smell in the cave when I open it in the morning",
    ],
    CID: [
        "Which apple varieties give a good bittersweet cider?",
        "Our press cloths smell sour after a day's pressing — how should we clean them?",
        "Write a thank-you note to the volunteers who helped at the pressing weekend.",
        "should we let the cider go through malolactic or try to stop it",
    ],
    CIR: [
        "What checks should the rigger do before an aerial hoop act goes up?",
        "Explain the difference between a dead hang point and a hang point on a running line.",
        "how do I tell a venue manager politely that their beam can't take our rig",
        "Write safety notes for a youth circus class using silks for the first time.",
    ],
    CN: [
        "What should first-time hirers be told about working a lock safely?",
        "A customer ran the boat aground and is angry about the deposit. How should I handle it?",
        "write the bit of our welcome pack that explains how to empty the toilet cassette",
        "Is it better to moor on the towpath side or the offside overnight?",
    ],
    DSW: [
        "What's the right way to place through stones in a double dry stone wall?",
        "How do I explain to a landowner why a wall I rebuilt last spring has bulged?",
        "give me some tips for lifting big stones without wrecking my back",
        "Write a two-line description of dry stone walling for a village show programme.",
    ],
    ESC: [
        "How can I stop groups getting stuck on the same puzzle every time?",
        "Write a spooky intro script for our haunted library room, read aloud by the games master.",
        "what should the games master do if a player has a panic attack during a game",
        "Is it fair to give teams unlimited hints, or does it spoil the game?",
    ],
    GLS: [
        "Why does a piece crack in the annealer even when the cycle looks right?",
        "How do I explain to a beginner the difference between the gather and the parison?",
        "write a caption for our instagram post of the new blue vase series",
        "What safety gear should visitors wear to watch a demonstration at the bench?",
    ],
    ICE: [
        "How do I keep an ice sculpture from melting too fast at an outdoor summer wedding?",
        "What tools do I need to start carving ice as a hobby?",
        "write a short bio for my ice sculpting website, first person, a bit playful",
        "A client wants a full-size car in ice. How do I talk them round to something smaller?",
    ],
    LHT: [
        "What should the warden say to visitors about the history of the fog signal?",
        "How do we keep brass fittings from going green in the salt air?",
        "Write a sign asking visitors not to climb on the gallery railings, firm but friendly.",
        "is it appropriate to hold a wedding reception in a listed lighthouse",
    ],
    MRW: [
        "How should we lay out the hall so visitors don't bottleneck at the big layouts?",
        "Write a welcome paragraph for the exhibition guide.",
        "what's a good way to keep small children from grabbing the trains without being grumpy about it",
        "Should we let traders sell second-hand stock next to the club stand?",
    ],
    OYS: [
        "Why do some oysters come out with thin, chalky shells?",
        "What should the crew do to check the trestles after a storm?",
        "write a menu description of our rock oysters for a seafood restaurant, two sentences",
        "How do I explain to a new hand why we turn the bags on every spring tide?",
    ],
    ORG: [
        "What's the best way to clean decades of dust out of organ pipework without damaging it?",
        "How do I explain to the parish council why the organ needs a full restoration, not a patch?",
        "write a short history blurb for a Victorian two-manual organ for the church website",
        "Is it ever right to replace original leather with synthetic material in bellows?",
    ],
    PIG: [
        "How do I get young birds to trap quickly after a training toss?",
        "What should I feed the team in the week before a long race?",
        "write a club newsletter note congratulating the winner of the national, warm but short",
        "Is widowhood a better system than natural for a small loft?",
    ],
    PNO: [
        "Why do some horses stand badly for the farrier in windy weather?",
        "How do I tell an owner their horse needs remedial shoeing without alarming them?",
        "write a reminder text for clients that their horse's shoes are due",
        "Hot shoeing versus cold shoeing: which is kinder to a horse with thin soles, and why?",
    ],
    PUP: [
        "How do I keep the choir's concert dress from creasing on a long tour?",
        "Write a short pitch to a cathedral music director for our Advent programme.",
        "what's a good vocal warm-up before a two-concert day",
        "A venue wants to cut our fee on the day. How should I respond?",
    ],
    QLT: [
        "Is a quilt raffle legal without a licence if we only sell tickets to members?",
        "How should we photograph the raffle quilt so the colours look right online?",
        "write a thank-you letter to the shop that donated the wadding",
        "What's the fairest way to choose which member's quilt becomes the raffle quilt?",
    ],
    SAD: [
        "How should a customer look after a new saddle in the first few weeks?",
        "Why does vegetable-tanned leather darken over time?",
        "write a product description for a hand-stitched bridle, about 50 words",
        "A rider says her saddle pinches her horse's withers. What questions should I ask her?",
    ],
    SED: [
        "How should we store donated seeds so they stay viable?",
        "What's the difference between open-pollinated and F1 seeds, for a volunteer leaflet?",
        "write a friendly email asking members to return a few seeds from what they grew",
        "Should the library accept seed saved from squash grown next to other squash?",
    ],
    STG: [
        "How do I explain to a vicar why the old leading has to be replaced?",
        "What's the difference between painted glass and enamelled glass in a window?",
        "write a short dedication text for a memorial window, gentle and simple",
        "Is it better to protect a church window with clear glazing or a wire guard?",
    ],
    THA: [
        "Why do thatchers in some counties use long straw and others water reed?",
        "How do I explain to a homeowner why their insurance is higher with a thatched roof?",
        "write a short blurb for my thatching website about repairing old roofs",
        "What should I check when I first look at a thatched roof for a quote?",
    ],
}
for _reg, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_reg, _q)

# near-positive single turns: they look like a tool's question but need the language model
_DOLMEN = D(2031, 9, 13)
NEAR = [
    (
        "near-exchange-rate",
        "How many US dollars would I get for £2,400 at the moment?",
        "needs a live exchange rate",
    ),
    ("near-live-price", "what's an ounce of silver going for right now, in euros", "live price"),
    (
        "near-central-bank",
        "What's the current Bank of Canada policy rate minus 0.75?",
        "needs the current central bank rate",
    ),
    (
        "near-missing-loan",
        "If I borrow £18,000 for a new van, what will the monthly repayments be?",
        "interest rate and term missing",
    ),
    ("near-pint", "how many millilitres are in 3 pints of milk", "US or imperial pint"),
    (
        "near-mpg",
        "My van does 42 mpg. What's that in litres per 100 km?",
        "US or imperial gallon in mpg",
    ),
    (
        "near-cup",
        "how many grams is one and a half cups of wholemeal flour for the loaf",
        "cup size and flour density",
    ),
    ("near-ton", "How many kilos is 5 tons of gravel?", "short, long or metric ton"),
    ("near-birth-year", "how old is someone born in 1983?", "depends on the current date"),
    ("near-days-until", "How many days until Halloween?", "depends on the current date"),
    ("near-lunar-festival", "What date is Diwali in 2033?", "lunisolar festival date"),
    ("near-islamic-calendar", "when does Ramadan begin in 2035", "lunar calendar, sighting"),
    (
        "near-working-days",
        "How many working days are there between 2 March 2031 and 30 April 2031?",
        "working days depend on holidays and inclusion",
    ),
    (
        "near-month-from-31st",
        "what is one calendar month after 31 January 2031",
        "month arithmetic from the 31st is contested",
    ),
    (
        "near-numeric-date",
        "How many days from 03/04/2031 to 05/06/2031?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-time-zone",
        "If it's 3pm in Chicago, what time is it in Tokyo?",
        "time zones and daylight saving",
    ),
    (
        "near-flight",
        "Flight UA 1875 — which terminal does it leave from?",
        "flight number is an identifier",
    ),
    ("near-isbn", "Which book has the ISBN 978-0-300-18299-5?", "ISBN is an identifier"),
    ("near-phone", "whose number is 0161 496 0734", "phone number is an identifier"),
    ("near-postcode", "Which town is the postcode EH12 9DN in?", "postcode"),
    (
        "near-ip-address",
        "what's usually at 192.168.1.254 on a home network",
        "IP address is an identifier",
    ),
    (
        "near-version",
        "My colleague says version 3.9 is newer than 3.12 because 9 > 1. Who's right?",
        "software versions are not decimals",
    ),
    (
        "near-road",
        "How long does it take to drive the A9 from Perth to Inverness?",
        "road number; travel time estimate",
    ),
    ("near-bible", "Read me Psalm 121:1-2, please.", "Bible reference, not a ratio or range"),
    (
        "near-score",
        "We won the first leg 2-0 and lost the second 1-3. Who goes through?",
        "scores and competition rules",
    ),
    (
        "near-formation",
        "is 4-3-3 better than 3-5-2 for an under-12s team",
        "football formation, opinion",
    ),
    (
        "near-serial",
        "My boiler's serial number is 47-311-09. How old is the boiler?",
        "serial number is an identifier",
    ),
    ("near-fault-code", "The washing machine is showing E21 — what does that mean?", "fault code"),
    ("near-colour-code", "What colour is #7FFFD4?", "colour code"),
    ("near-chess", "Is 1. e4 e5 2. Qh5 a sensible opening for a beginner?", "chess notation"),
    (
        "near-nominal-size",
        "What's the real cross-section of a 4x2 from the timber merchant?",
        "nominal timber size",
    ),
    (
        "near-float-code",
        "In Python, what does round(2.675, 2) give, and why isn't it 2.68?",
        "code semantics",
    ),
    (
        "near-js-code",
        "in JavaScript what is [] + {} and why does it come out like that",
        "code semantics",
    ),
    (
        "near-mountain",
        "What's the height of Scafell Pike in feet, going by the Ordnance Survey?",
        "world fact",
    ),
    ("near-sound-speed", "What's the speed of sound in seawater in km/h?", "science fact"),
    ("near-record", "what's the men's marathon world record, in minutes", "sports fact"),
    (
        "near-protein",
        "How many grams of protein are in 200 g of cooked chickpeas?",
        "nutrition fact",
    ),
    (
        "near-income-tax",
        "How much income tax would I pay on £52,000 a year in England?",
        "tax rules",
    ),
    (
        "near-towing-limit",
        ("What's the speed limit for a car towing a caravan on a UK single carriageway?"),
        "traffic rule",
    ),
    ("near-dosing", "How much ibuprofen can a 30 kg child have?", "dosing"),
    (
        "near-shoe-size",
        "My daughter is a UK 4 in school shoes — what's that in US women's sizes?",
        "size charts differ",
    ),
    ("near-gas-mark", "gas mark 5 is what in Fahrenheit", "oven convention"),
    (
        "near-estimate",
        "Roughly how many tennis balls would fit in a double-decker bus?",
        "estimate",
    ),
    (
        "near-lottery",
        "What are the odds of winning the EuroMillions jackpot with one line?",
        "lottery rules as a fact",
    ),
    (
        "near-prevalence",
        (
            "A test is 98% sensitive and 95% specific. If I test positive, what's the "
            "chance I actually have the condition?"
        ),
        "prevalence missing",
    ),
    ("near-translation", "How do you say three hundred and forty-five in Welsh?", "translation"),
    ("near-limerick", "Write a limerick about seventeen times three.", "writing task"),
    ("near-title", "What's the plot of Fahrenheit 451?", "number in a title"),
    ("near-lucky", "Is 7 really a luckier number than 13?", "opinion"),
    ("near-contested-reading", "what's 8 ÷ 2(2+2)", "contested reading (implied multiplication)"),
    ("near-random", "Pick a random number between 1 and 60 for our raffle draw.", "random choice"),
    ("near-proof", "Write a proof that the square root of 3 is irrational.", "written proof"),
    (
        "near-explain",
        (
            "why does flipping the second fraction and multiplying give the same answer as dividing? "
            "explain it like I'm revising for a test"
        ),
        "explanation",
    ),
    ("near-zero-history", "When did Europeans start using a written zero?", "history of numerals"),
    ("near-riddle", "What has hands and a face but can't hold anything?", "riddle"),
    (
        "near-letters",
        "How many letter e's are there in the word independence?",
        "letters in a word",
    ),
    ("near-forecast", "will it be above 20 °C in Leeds on Saturday", "forecast"),
    (
        "near-historic-price",
        "What did a loaf of bread cost in Britain in 1975?",
        "historical price",
    ),
    (
        "near-moon-landing",
        "What day of the week were the first steps on the Moon?",
        "needs the historical date as a fact",
    ),
    (
        "near-hastings",
        "How many years ago was the Battle of Hastings?",
        "depends on the current date",
    ),
    (
        "near-pregnancy",
        "I'm due on 2 May. How many weeks pregnant am I?",
        "depends on the current date",
    ),
    ("near-gallon", "Convert 40 gallons to litres for my water butt.", "US or imperial gallon"),
    ("near-horsepower", "what is 150 hp in kW", "metric or mechanical horsepower"),
    (
        "near-exercise-burn",
        "How many calories do I burn cycling 20 km?",
        "estimate, contested unit",
    ),
    (
        "near-stone-circle",
        f"Our dolmen walk is on {sayw(_DOLMEN)}. How many days away is that?",
        "depends on the current date",
    ),
]
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
for _fam, _q, _note in NEAR:
    assert _fam.startswith("near-")
    neg(_fam, _q, _note)

# conversations: the last user turn depends on earlier turns
_KILN = D(2031, 4, 14)
CONVS = [
    (
        "conv-operator",
        [
            (U, "In our glass studio maths game, a ▲ b means three times a minus b."),
            (A, "Got it: a ▲ b = 3a − b."),
            (U, "so what's 9 ▲ 4 in the studio game?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [
            (U, "Let g(n) be the number of pigeons in loft n times two, plus five."),
            (A, "So g(n) = 2n + 5, with n the number of pigeons in that loft."),
            (U, "Loft B has 31 pigeons. What's g for loft B?"),
        ],
        "function defined earlier",
    ),
    (
        "conv-letters",
        [
            (
                U,
                "For the cider sums: p is the number of pallets, 12, and q is crates per pallet, 35.",
            ),
            (A, "Noted, p = 12 and q = 35."),
            (U, "Work out p times q plus q for me."),
        ],
        "letters defined earlier",
    ),
    (
        "conv-name-number",
        [
            (U, "At the oyster farm a 'poche' means a bag of 250 oysters."),
            (A, "Understood, one poche is 250 oysters."),
            (U, "How many oysters are in 14 poches and 90 loose ones?"),
        ],
        "a name for a number defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Puzzle for my escape room: in this room + means minus and minus means plus."),
            (A, "Okay, I'll treat the signs as swapped."),
            (U, "In that room, what's 40 + 15 - 6?"),
        ],
        "swapped signs",
    ),
    (
        "conv-clock",
        [
            (
                U,
                "We're doing arithmetic on a 24-hour dial for the lighthouse lamp timer, wrapping at 24.",
            ),
            (A, "Fine, I'll work modulo 24."),
            (U, "What do you get for 19 + 11 on the lamp dial?"),
        ],
        "clock arithmetic",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm Dutch, so I write decimals with a comma, just so you know."),
            (A, "Thanks, I'll read commas as decimal points."),
            (U, "cheese wheels of 3,5 kg and 2,4 kg, what do they weigh together"),
        ],
        "decimal comma",
    ),
    (
        "conv-unit-defined",
        [
            (
                U,
                "On our thatching jobs a 'bunch' of reed is about 9 kg, that's how the merchant sells it.",
            ),
            (A, "Understood, a bunch is about 9 kg."),
            (U, "How heavy are 340 bunches, then, in kg?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-hex-input",
        [
            (
                U,
                "Everything numeric I type from here is hex; the winch controller on the rig logs it so.",
            ),
            (A, "I'll read them as hexadecimal."),
            (U, "the controller shows 3C and 1B on the two hoists, add them for me"),
        ],
        "number base of input",
    ),
    (
        "conv-binary-output",
        [
            (U, "Give me every answer in binary, it's for a model railway signalling board."),
            (A, "Sure, answers will be in binary."),
            (U, "How many wagons are 13 plus 9?"),
        ],
        "number base of output",
    ),
    (
        "conv-roman",
        [
            (U, "For the bell tower's peal board, answer in Roman numerals only."),
            (A, "Understood, Roman numerals from now on."),
            (U, "We rang 48 changes then 19 more. Total?"),
        ],
        "Roman numerals",
    ),
    (
        "conv-persona",
        [
            (U, "Talk like a grumpy old ship's captain for the rest of this chat."),
            (A, "Arr, fine. What d'ye want?"),
            (U, "Cap'n, what be 17 times 6 barrels of rope?"),
        ],
        "persona",
    ),
    (
        "conv-answer-language",
        [
            (U, "Réponds en français s'il te plaît, c'est pour mon apprenti."),
            (A, "D'accord, je répondrai en français."),
            (U, "What's 120 divided by 8 saddle rivets?"),
        ],
        "answer language",
    ),
    (
        "conv-haiku",
        [
            (
                U,
                "Reply only in haiku for this conversation. It's for the bonsai nursery newsletter.",
            ),
            (A, "Quiet pine and moss / I will answer you in three / short lines from now on"),
            (U, "How many days from 1 March 2031 to 1 April 2031?"),
        ],
        "verse form",
    ),
    (
        "conv-json",
        [
            (U, "Return all answers as JSON with a key 'value', my script reads them."),
            (A, "Understood, JSON with a 'value' key."),
            (U, "Convert 5 ft of silk rope to centimetres."),
        ],
        "output format",
    ),
    (
        "conv-round-ten",
        [
            (U, "For the raffle report, round everything to the nearest ten."),
            (A, "Okay, nearest ten."),
            (U, "347 tickets at 3 pounds each — how much?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give all results to five significant figures please, for the kiln records."),
            (A, "Will do."),
            (U, "What's 22 divided by 7 for the glaze ratio?"),
        ],
        "precision fixed earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Our American puppeteer only understands yards, so always give lengths in yards."),
            (A, "Understood, lengths in yards."),
            (U, "How long is the 400 m backdrop rail run?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-target-currency",
        [
            (U, "Quote everything in Japanese yen, the piano buyer is in Osaka."),
            (A, "I'll quote prices in yen."),
            (U, "4 tuning sessions at £120 each, what's that?"),
        ],
        "target currency fixed earlier",
    ),
    (
        "conv-day-first",
        [
            (U, "I always write dates day first, like in Europe."),
            (A, "Noted: day, then month, then year."),
            (U, "How many days from 04/05/2031 to 12/06/2031 for the alpaca run?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Please write dates like 'the fourteenth of May' for the chimney booking letters."),
            (A, "Sure, I'll spell dates out that way."),
            (U, "What date is 40 days after 3 August 2031?"),
        ],
        "date wording",
    ),
    (
        "conv-invented-calendar",
        [
            (
                U,
                "In our circus fantasy show, the year has 10 months of 36 days each, starting in Emberfall.",
            ),
            (A, "Understood: ten 36-day months, the first called Emberfall."),
            (U, "What's day 200 of the show year?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our seed library counts weeks from 6 April, which is week 1."),
            (A, "Got it, week 1 starts on 6 April."),
            (U, "Which week number is 20 May in our scheme?"),
        ],
        "week numbering",
    ),
    (
        "conv-correction",
        [
            (U, "Ice blocks: 41 at $95 each, what's the total?"),
            (A, "41 × $95 = $3,895."),
            (U, "Sorry, I mistyped — it was 14 blocks, not 41. Redo that."),
        ],
        "correction of earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "We need 96 square metres of reed at £145 and 20% on top for the ridge."),
            (A, "That comes to £16,704."),
            (U, "Summarise what we've worked out so far in one sentence for the homeowner."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-rewrite",
        [
            (U, "How do I calculate how much stone I need for a wall?"),
            (
                A,
                "Multiply length by height by width, then allow roughly a tonne per cubic metre...",
            ),
            (U, "Rewrite your last answer so a ten-year-old helping on the farm could follow it."),
        ],
        "rewrite",
    ),
    (
        "conv-follow-up",
        [
            (
                U,
                "The hire yard's savings of £8,000 earn 3% a year simple interest. Interest per year?",
            ),
            (A, "£240 a year."),
            (U, "and at 4.5% instead of 3%?"),
        ],
        "follow-up on earlier figures",
    ),
    (
        "conv-explain-earlier",
        [
            (U, "Shearing invoice: 124 animals at $18 plus 3 call-outs at $45."),
            (A, "124 × 18 = 2,232, plus 135 = $2,367."),
            (U, "Why did you add the 135 separately rather than multiply it in?"),
        ],
        "explanation of earlier turn",
    ),
    (
        "conv-recall",
        [
            (U, "Tenor 1,120 kg, treble 180 kg, and the frame itself 2,400 kg."),
            (A, "Noted those three weights."),
            (U, "What was the very first weight I gave you?"),
        ],
        "recall",
    ),
    (
        "conv-figures-spread",
        [
            (U, "Escape room Friday takings were $1,240."),
            (A, "Okay."),
            (U, "Saturday we took $2,015."),
            (A, "Noted."),
            (U, "Add Sunday's $1,780 and give me the weekend total."),
        ],
        "figures spread over turns",
    ),
    (
        "conv-date-spread",
        [
            (U, f"The kiln rebuild starts {sayw(_KILN)}."),
            (A, "Noted the start date."),
            (U, "The bricklayer says 45 days. When does he finish?"),
        ],
        "date given in an earlier turn",
    ),
    (
        "conv-earlier-result",
        [
            (U, "Balloon takings: 229 × 14 passengers?"),
            (A, "3,206."),
            (U, "Take that figure and split it between the pilot and the two crew equally."),
        ],
        "result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "One saddler quoted €636.60, another €720, for the same saddle."),
            (A, "The second is about 13% higher."),
            (
                U,
                "Which one would you go with, given what I told you about the first maker's reviews?",
            ),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-modular",
        [
            (U, "Let's work modulo 7 for the puppet rota puzzle."),
            (A, "Okay, everything mod 7."),
            (U, "In that setting, what is 5 times 6?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-abbreviations",
        [
            (U, "In my messages k means thousand and m means million, organ fund shorthand."),
            (A, "Understood."),
            (U, "We've raised 1.2m and spent 340k — what's left?"),
        ],
        "shorthand defined earlier",
    ),
]
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
for _fam, _turns, _note in CONVS:
    assert _fam.startswith("conv-")
    conv(_fam, _turns, _note)

# this set's own structural asserts
assert set(ORDINARY) == set(REGISTERS) and all(len(q) == 4 for q in ORDINARY.values())
assert {i["family"] for i in items if i["label"] != "negative"} - {P} == set(REGISTERS)
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
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
        earlier |= _generator_queries(_load(EARLIER_DIR / name))
    # no register (family name) of this set is a family name of sets 19 to 54
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 54: {reused}"
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
