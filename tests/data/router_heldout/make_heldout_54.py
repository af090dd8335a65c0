r"""Generate heldout-2027-01-26.jsonl: a fifty-fourth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_53.py, by `sed -n`: lines 1-383
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 633-693 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 756-840 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1034-1041 (its negatives
section header, neg() and conv()) and 1705-1929 (its stated-weekday check, its checks and main()),
plus one `wc -l` of it (1929 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section
headers with their line numbers), run together with the `cat`. None of its query blocks was opened.
Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/, server/,
bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges), not
README.md and not pyproject.toml (ruff's line length of 100 was taken from the brief). The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-53) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l` and `grep -n` above in one command; the view of lines 1-383 alone;
the views of 633-693, 756-840, 1034-1041 and 1705-1929 together, with `echo` separators. Then, in
one command, `mkdir -p` of /tmp/h54/blocks and /tmp/h54/own, `sed -n` copies of the same five
allowed ranges into block files under /tmp/h54/blocks/ and one run of a small Python script
(/tmp/h54/subst.py, written by a `cat` heredoc) that cuts the first copy at the line that is
exactly `from __future__ import annotations` (asserted to be the only such line, so not the words
inside set 53's docstring), substitutes this set's OUT, PREFIX, EARLIER_DIR test
(make_heldout_53.py), EARLIER (sets 1-53, `range(2, 54)`) and REGISTER_CHECK (sets 19-53, adding
make_heldout_53.py), and "sets 19 to 52" -> "sets 19 to 53" in one comment and one message string
of main() (each substitution asserted to apply once, the last twice; it printed "ok" for each and
deleted the raw copies), followed by `ls` and a `grep -n` of the blocks for "52", "53", "54" and
"19 to" (it printed only configuration lines, one helper assert line, four unit-factor lines and
the two substituted lines of main()). Then `cat` heredocs wrote this set's own blocks under
/tmp/h54/own/ (a_calc.py: registers and calculator items; b_units.py: unit constants and unit
items; c_dates.py: date items; d_negs.py: ordinary negatives; e_near.py: near-positive negatives;
f_convs.py: conversations and this set's own structural asserts; the first two in one command, in
which a `sed -i` removed one placeholder assert line of b_units.py before `grep -c`; e_near.py's
entries were counted by a one-line Python `-c` in the command that wrote it), an assembly script
/tmp/h54/assemble.py (it builds this file from a docstring file, or a one-line placeholder, and the
blocks in order, and prints its line count) and a helper /tmp/h54/run.sh (it runs assemble.py, then
from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
check --no-cache` on this file, then this generator from /tmp, passing on any arguments, writing
its output to /tmp/h54/out.txt, and prints the exit codes and the `tail -6` of it), and run.sh was
run. One helper, /tmp/h54/probe.py, executes this file in memory with unit_r()'s two-decimal assert
turned into a print (and main() not called); it was run once after a `sed -i` edit and printed no
failing item. Edits of own blocks were made by /tmp/h54/fix1.py, reword1.py and reword2.py (exact,
asserted-once replacements, written by `cat` heredocs), by that `sed -i` and by one more `sed -i`
that removed the unused KPA constant (checked by `grep -c`), each followed by run.sh (or
assemble.py and probe.py, then run.sh). Then run.sh with --show once, with a `grep -n` of out.txt
for its summary lines and its listing of ids, expected values and tolerances laid out by `awk` and
`column -t`. This docstring was written last over the placeholder (its source text,
/tmp/h54/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h54/doc/make_doc.py, which uses textwrap, keeps the lines marked as preformatted and asserts
that the words are unchanged), followed by an inline Python edit script (/tmp/h54/doc/edit1.py,
correcting details of this account before it was first filled), run.sh, a `head -3` of this file,
two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the JSONL and a
`sed -n` of out.txt's three summary lines; finally `ls -la /work/sealed54` and `rm -rf /tmp/h54`.
Writes: /work/sealed54/ was created for this file and its JSONL; temporary blocks, scripts and
output under /tmp/h54/ were deleted afterwards. Nothing was written into /work/main. Every python
run above used /work/main/.venv/bin/python.

Changes to set 53's main() and checks: only the substitutions listed above (file names, sets 1-53
for the duplicate check, sets 19-53 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 53's as printed; ruff format may have changed layout only. All
of set 53's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp(), whole_up() (not used by this set's items), say(), sayw() and sayus()
(sayus() is not used here), and SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G and HA (with an
assert), the register constants and the REGISTERS tuple (sorted, asserted distinct), the ORDINARY,
NEAR and CONVS tables, dates stated with their computed weekday by sayw() in eleven positives (one
of them, _ROTA, asserted a Monday), in one near-positive's note and in two user turns, an assert
that the square-root one-liner's radicand is a perfect square, and this set's own asserts: the
ORDINARY negatives are keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS 35,
each with distinct families; the positive registers are exactly the REGISTERS; 193 items lie in the
registers (25 x 3 positives, 18 second positives, 100 negatives), 31 register word problems per
tool; every negative outside the registers is a near-... or conv-... family. No money() helper and
no _root() is used.

Disclosures: the kinds of item and the counts follow set 53's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 53's, copied (P = "plain" is copied too, as the
last line of the first block). Set 53's docstring (within lines 1-383) names its 25 registers, two
register names its own check rejected, its provenance, its reworded kinds of items and the generic
kinds of its items, which were therefore seen; none of those names or topics is used here as a
register, and many plain one-liners, near-positives and conversations here are of those same
generic kinds (for instance an operator, a decimal comma, a persona, a fault code, a contested
reading), newly worded. The `grep -n` printed no docstring, query or constant line: only def lines
and section headers with their line numbers. At the edges of the allowed ranges: line 383 is P =
"plain", 633, 756 and 1034 are section headers, 693 is a blank line after unit_r(), 840 is the
assert after sayus(), 1041 is the last line of conv(), 1705-1712 hold the comment and the compiled
pattern of the stated-weekday check and 1929 is the call of main(). No query text of any earlier
set was seen. Every query here was newly written from imagination of each trade or situation.
Registers of sets 1 to 18 are not known here, so an overlap in TOPIC with those cannot be ruled
out. An exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts
that no register is a family name of sets 19 to 53 (the near-.../conv-... families are not
registers and may coincide with earlier family names). Like set 53, this set has no algebra or
calculus question (symbolic math with one right answer is a tool question, so none is labelled
negative; the only proof asked for is a written proof). Conversations that define an operator, a
function, letters, a name for a number, swapped signs or modular arithmetic are negatives because
the notation is set up in an earlier turn. Some near-positives depend on the current date (days
until a date, an age from a birth year, weeks of pregnancy from a due date); one asks for "one
calendar month on" from the 31st, one for the weekday of a historical sinking (its date is a fact);
they are negatives, with no "now" field. A few negatives ask what a short piece of code returns or
why (code semantics, as the brief lists them). One near-positive is a negative for its contested
reading (implied multiplication), not as symbolic math.

Register check: the first complete run passed ruff and main()'s register assertion on the first
try, so no register name was rejected and nothing about earlier sets' registers became known.

Other failed checks and edits: unit()'s exact-decimals assert failed on a truck's bridge clearance
(four decimals); fix1.py made it a rounded item, close_enough_at_2dp() then failed on it, and a
`sed -i` changed its height (probe.py then printed no failing item). main()'s duplicate check then
reported 19 items by id; they were reworded by reword1.py without the earlier queries being looked
at: three plain calculator one-liners (a percentage of, a square root, a mean; new figures), two
plain unit one-liners (Fahrenheit to Celsius, GiB to MiB; new figures), one ordinary negative
(marathon eve food), eight near-positives (a central bank rate, a boiling point, a lunisolar
festival, floating-point code, month arithmetic from the 31st, a written proof, a number in a
title, a forecast) and five conversations (binary input, answer language, an invented calendar, a
rewrite for a child, figures spread over turns; every user turn of each newly worded). The next run
still reported the rewrite conversation, and reword2.py reworded its user turns again; every later
run passed every check.

Registers (families), 25, new: amateur_astronomy_club_treasurer, crossword_setter_newsletter,
dental_lab_technician_orders, esports_team_bootcamp_manager, falconry_centre_keeper_diary,
ham_radio_contest_logger, hospice_volunteer_rota_coordinator, kindergarten_field_trip_parent_chat,
long_haul_trucker_dispatch_texts, marathon_pacer_group_forum, mobile_dj_gig_sheet,
museum_conservator_loan_register, paralegal_court_filing_desk, podcast_producer_episode_planner,
refugee_resettlement_caseworker_notes, rooftop_solar_installer_quotes,
search_and_rescue_dog_handler, sign_language_interpreter_invoices, ski_lift_operator_briefing,
street_food_taco_truck_owner, tattoo_parlour_booking_desk, tugboat_deckhand_messages,
vintage_motorcycle_rally_marshal, wind_turbine_technician_shift_log, allotment_society_secretary.
Every register is used by all three tools (asserted); eighteen registers have a further positive (a
second calculator word problem: esports_team_bootcamp_manager, kindergarten_field_trip_parent_chat,
marathon_pacer_group_forum, rooftop_solar_installer_quotes, street_food_taco_truck_owner,
vintage_motorcycle_rally_marshal; a second unit word problem: long_haul_trucker_dispatch_texts,
wind_turbine_technician_shift_log, marathon_pacer_group_forum, dental_lab_technician_orders,
ski_lift_operator_briefing, ham_radio_contest_logger; a second date word problem:
falconry_centre_keeper_diary, paralegal_court_filing_desk, tattoo_parlour_booking_desk,
tugboat_deckhand_messages, podcast_producer_episode_planner, sign_language_interpreter_invoices).
Positives are one-liners (family "plain") or word problems of one or two sentences, in UK and US
usage with £, $ or €, some chatty, terse, lower-case, unpunctuated or in shorthand, a few with
numbers in words, questions at the start or the end. No positive conversations. No dosing in
positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a current
central bank rate, missing loan terms or a missing figure, contested units (pint, mpg, cup, ton),
today's date or an age without a stated date, lunisolar and lunar festivals, working days, month
arithmetic from the 31st, an all-numeric date of unstated order, time zones, identifiers that look
like numbers (a flight, an ISBN, a phone number, a postcode, an IP address, software versions, a
road number, a Bible reference, a score, a formation, a serial number, a fault code, a colour code,
chess notation, a nominal size), code semantics, world, science, sports or nutrition facts, tax
rules, a traffic rule, dosing, size charts, oven conventions, estimates, lottery odds, missing
prevalence, a translation, a writing task, numbers in titles, opinions, a contested reading, a
random choice, a written proof, an explanation, the history of numerals, a riddle, letters in a
word, a forecast, historical prices; or, in conversations, an operator, function, letters or a name
defined earlier, swapped signs, clock arithmetic, a decimal comma, a unit or term defined earlier,
a number base (input or output), Roman numerals, a persona, answer language, verse form, output
format, rounding, precision, target unit, target currency or date order fixed earlier, date
wording, an invented calendar, a week numbering, a correction, summary, rewrite, follow-up,
explanation or recall of earlier turns, figures or a date spread over turns, a result from an
earlier turn, or a judgement about earlier figures. The ordinary negatives ask for advice,
explanations, judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 53: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as "N days after", "N days later", "N weeks after", "N weeks before",
"N days before", "days between", "how many days from ... to ...", "how many weeks", "valid for N
days from", the start of a later 6-week cycle or the eighth weekly episode counted from a stated
first), ages are in whole years from a stated birth or hatch date to a stated date, and clock spans
run from one stated time to the next occurrence of the other (three cross midnight, each saying
"next morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime /
math.isqrt. Exact conversion factors (sources as in set 53):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 h = 3600 s; 1 ha = 10^4 m^2;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_54.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-26.jsonl"
PREFIX = "ho54-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_53.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 54))
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


# =========================================================================== registers (set 54)
REFUGEE = "refugee_resettlement_caseworker_notes"
TRUCKER = "long_haul_trucker_dispatch_texts"
HOSPICE = "hospice_volunteer_rota_coordinator"
ESPORTS = "esports_team_bootcamp_manager"
FALCONRY = "falconry_centre_keeper_diary"
TURBINE = "wind_turbine_technician_shift_log"
PARALEGAL = "paralegal_court_filing_desk"
NURSERY = "kindergarten_field_trip_parent_chat"
ASTRO = "amateur_astronomy_club_treasurer"
TATTOO = "tattoo_parlour_booking_desk"
CROSSWORD = "crossword_setter_newsletter"
PACER = "marathon_pacer_group_forum"
TUG = "tugboat_deckhand_messages"
DENTAL = "dental_lab_technician_orders"
DJ = "mobile_dj_gig_sheet"
SOLAR = "rooftop_solar_installer_quotes"
TACO = "street_food_taco_truck_owner"
MUSEUM = "museum_conservator_loan_register"
SKI = "ski_lift_operator_briefing"
PODCAST = "podcast_producer_episode_planner"
ALLOT = "allotment_society_secretary"
SARDOG = "search_and_rescue_dog_handler"
RALLY = "vintage_motorcycle_rally_marshal"
BSL = "sign_language_interpreter_invoices"
HAM = "ham_radio_contest_logger"
REGISTERS = tuple(
    sorted(
        [
            REFUGEE,
            TRUCKER,
            HOSPICE,
            ESPORTS,
            FALCONRY,
            TURBINE,
            PARALEGAL,
            NURSERY,
            ASTRO,
            TATTOO,
            CROSSWORD,
            PACER,
            TUG,
            DENTAL,
            DJ,
            SOLAR,
            TACO,
            MUSEUM,
            SKI,
            PODCAST,
            ALLOT,
            SARDOG,
            RALLY,
            BSL,
            HAM,
        ]
    )
)
assert len(REGISTERS) == 25 == len(set(REGISTERS))

# ---- calculator one-liners
calc(P, "what's 17.5 per cent of 3,120", pct("17.5") * 3120)
calc(P, "4,812 ÷ 0.25 = ?", F(4812) / dec("0.25"))
calc(P, "Work out 3.6 × 48.25 please", dec("3.6") * dec("48.25"))
calc(P, "(1450 - 385) * 12", (1450 - 385) * 12)
_SQ = 8281
assert math.isqrt(_SQ) ** 2 == _SQ
calc(P, "sqrt(8281)", math.isqrt(_SQ))
calc(P, "2 to the power 13, minus 1000", 2**13 - 1000)
calc(P, "seven hundred and twelve times thirty-eight", 712 * 38)
calc(P, "Increase 640 by 35 per cent.", 640 * (1 + pct(35)))
calc(P, "How much is 18,750 less 12.4%?", 18750 * (1 - pct("12.4")))
calc(P, "average of 16, 23, 37, 44 and 55 please", F(16 + 23 + 37 + 44 + 55, 5))
calc(P, "9.75 + 14.125 + 0.6 =", dec("9.75") + dec("14.125") + dec("0.6"))
calc(P, "What is three eighths of 1,096?", F(3, 8) * 1096)
calc(P, "1,000,000 divided by 64", F(10**6, 64))
calc(P, "45 is 15% of what number", 45 / pct(15))

# ---- calculator word problems in the registers
calc(
    REFUGEE,
    "Starter grant for the Okafor family: £215 per adult and £140 per child, two adults and four "
    "children. What's the total I put on the form?",
    2 * 215 + 4 * 140,
)
calc(
    TRUCKER,
    "load pays 2.35 a mile for 1,284 miles, minus the 410 fuel advance. what do i actually clear",
    dec("2.35") * 1284 - 410,
)
calc(
    HOSPICE,
    "We need 3 volunteers a shift, 4 shifts a day, 7 days a week, and I've got 28 people on the "
    "list. On average how many shifts does each person cover per week?",
    F(3 * 4 * 7, 28),
)
calc(
    ESPORTS,
    "Bootcamp house is $4,200 for the week split across 7 of us (5 players, 2 coaches), plus $35 "
    "per person per day for food over the 7 days. What does each person owe?",
    F(4200, 7) + 35 * 7,
)
calc(ESPORTS, "we won 38 of our 64 maps in scrims, what's that as a percentage?", F(38 * 100, 64))
calc(
    FALCONRY,
    "Harris hawk's flying weight is 720 g and I want to bring it down by 3% to sharpen her "
    "response. New target weight in grams?",
    720 * (1 - pct(3)),
)
calc(
    TURBINE,
    "tower climb is 87 m, twice a shift, 4 shifts on this rotation: total metres climbed?",
    87 * 2 * 4,
)
calc(
    PARALEGAL,
    "Issue fee is £332 per claim; we're filing 7 and bulk e-filing knocks 20% off the total. "
    "What will the firm pay?",
    332 * 7 * (1 - pct(20)),
)
calc(
    NURSERY,
    "Zoo trip maths: 23 kids at $14.50, 6 parent helpers at $18, and the bus is $260. whats the "
    "total??",
    23 * dec("14.50") + 6 * 18 + 260,
)
calc(
    NURSERY,
    "every kid needs 2 juice boxes and they come in packs of 8. how many packs for 24 kids",
    F(24 * 2, 8),
)
calc(
    ASTRO,
    "Subs are £24 a head and we've 57 members; out of that came the eyepiece set (£389) and hall "
    "hire at £45 for each of 10 meetings. What's left in the kitty?",
    57 * 24 - 389 - 45 * 10,
)
calc(
    TATTOO,
    "Sleeve quote is 9 hrs at £110 an hour and she's already paid a £150 deposit. Balance owed?",
    9 * 110 - 150,
)
calc(
    CROSSWORD,
    "Setter's fee: £75 a puzzle plus £12.50 for every themed clue. Three puzzles, four themed "
    "clues between them — what do we owe?",
    3 * 75 + 4 * dec("12.50"),
)
calc(
    PACER,
    "If I run eight 5 km splits at 26.5 minutes each, how many minutes is that in total?",
    8 * dec("26.5"),
)
calc(
    PACER,
    "14 runners chipping in £6.50 each for gels and £3 each for the pacer fund, how much do we "
    "collect?",
    14 * (dec("6.50") + 3),
)
calc(TUG, "towline's 180 m, we've paid out 65% of it. how many metres are out?", 180 * pct(65))
calc(
    DENTAL,
    "Order: 12 zirconia crowns at €95 and 4 night guards at €60, less the 7.5% trade discount. "
    "Invoice total?",
    (12 * 95 + 4 * 60) * (1 - pct("7.5")),
)
calc(
    DJ,
    "6 hour gig at $185/hr plus $120 travel, then 8% sales tax on the lot. what do I invoice",
    (6 * 185 + 120) * (1 + pct(8)),
)
calc(
    SOLAR,
    "System comes to £7,850, the grant covers 25% and the customer pays the rest in 10 equal "
    "instalments. How much is each instalment?",
    7850 * (1 - pct(25)) / 10,
)
calc(SOLAR, "16 panels at 415 W each: total in kilowatts?", F(16 * 415, 1000))
calc(
    TACO,
    "saturday we sold 312 tacos at 3.75 and 48 horchatas at 4.25, total sales?",
    312 * dec("3.75") + 48 * dec("4.25"),
)
calc(
    TACO,
    "Food cost runs at 28% of sales. On $1,374 in sales, what's the food cost?",
    1374 * pct(28),
)
calc(
    MUSEUM,
    "The loan is insured at £1.8 million and the premium is 0.35% of the valuation. What's the "
    "premium?",
    1800000 * pct("0.35"),
)
calc(
    SKI,
    "Quad chair loads 4 people every 12 seconds. At full load, how many skiers per hour?",
    F(4 * 3600, 12),
)
calc(
    PODCAST,
    "Ad read pays a $22 CPM and the episode got 48,500 downloads. Revenue for that one read?",
    F(22 * 48500, 1000),
)
calc(
    ALLOT,
    "Rent roll: full plots £58, half plots £31. We've 24 full and 17 half. Total for the year?",
    24 * 58 + 17 * 31,
)
calc(
    SARDOG,
    "Search sector is 2.4 km by 1.5 km and 6 dog teams split it evenly — how many square km per "
    "team?",
    dec("2.4") * dec("1.5") / 6,
)
calc(
    RALLY,
    "£18 entry per bike, 146 bikes signed in, and 15% of entries goes to the air ambulance. How "
    "much does the charity get?",
    18 * 146 * pct(15),
)
calc(
    RALLY,
    "Old BSA has a 14 litre tank and does about 19 km per litre on a run. Range in km?",
    14 * 19,
)
calc(
    BSL,
    "Invoice: 2.5 hrs interpreting at £48/hr plus 38 miles at 45p a mile. Total in pounds?",
    dec("2.5") * 48 + 38 * dec("0.45"),
)
calc(
    HAM,
    "412 QSOs at 2 points each times 58 multipliers — what's my claimed score?",
    412 * 2 * 58,
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
assert IN / MM == dec("25.4") and HA / ACRE > 2

# ---- unit one-liners
unit(P, "convert 5 ft 7 in to cm", (5 * FT + 7 * IN) / CM, EXACT)
unit_r(P, "what is 86.5 °F in °C", f_to_c(dec("86.5")))
unit_r(P, "how many kilograms is 11 stone 4 lb", (11 * STONE + 4 * LB))
unit_r(P, "60 mph to km/h", MPH * 60 / KMH)
unit(P, "how many MiB in 3.25 GiB?", dec("3.25") * GIB / MIB, EXACT)
unit_r(P, "12 acres in hectares please", 12 * ACRE / HA)
unit_r(P, "120 psi = ? bar", 120 * PSI / BAR)
unit(P, "How many metres are there in 400 yards?", 400 * YD, EXACT)
unit_r(P, "26.2 miles in kilometres", dec("26.2") * MI / KM)
unit(P, "-5 celsius in fahrenheit", c_to_f(-5), EXACT)
unit_r(P, "450 grams to ounces", 450 * G / OZ)
unit_r(P, "1500 sq ft in square metres", 1500 * SQFT)
unit(P, "a 3/4 inch bolt is how many mm", F(3, 4) * IN / MM, EXACT)
unit_r(P, "8 cubic metres in cubic feet?", 8 / CUFT)

# ---- unit word problems in the registers
unit_r(
    REFUGEE,
    "The flat's second bedroom is listed as 11 ft 6 in by 9 ft 9 in. What is that in square "
    "metres? The housing form only takes metric.",
    (11 * FT + 6 * IN) * (9 * FT + 9 * IN),
)
unit_r(TRUCKER, "dispatch says gross is 36,287 kg. whats that in pounds", 36287 / LB)
unit_r(TRUCKER, "low bridge coming up marked 14 ft 3 in, what's that in metres", 14 * FT + 3 * IN)
unit(
    HOSPICE, "The memory garden path is 240 feet long. How long is that in metres?", 240 * FT, EXACT
)
unit_r(ESPORTS, "new desks are 160 cm wide, how many inches is that", 160 * CM / IN)
unit_r(FALCONRY, "The new mews is 18 feet long - in metres?", 18 * FT)
unit_r(TURBINE, "nacelle anemometer reading 14 m/s. in mph?", 14 / MPH)
unit_r(TURBINE, "Blade length is 58.5 m; how many feet is that?", dec("58.5") / FT)
unit_r(
    PARALEGAL,
    "Exhibit bundle weighs 3.8 kg. Courier form wants pounds — how many?",
    dec("3.8") / LB,
)
unit_r(
    NURSERY,
    "the nature trail is 8 km round trip, how many miles is that for the american parents lol",
    8 * KM / MI,
)
unit(ASTRO, "Club scope is an 8-inch reflector. Aperture in millimetres?", 8 * IN / MM, EXACT)
unit_r(TATTOO, "stencil is 14 cm wide, client wants inches. how many?", 14 * CM / IN)
unit_r(CROSSWORD, "The grid prints 11 cm square; our US printer wants it in inches.", 11 * CM / IN)
unit_r(PACER, "Half marathon is 21.0975 km. How far is that in miles?", dec("21.0975") * KM / MI)
unit_r(
    PACER,
    "goal pace is 8 minutes per mile. how many seconds per kilometre is that?",
    8 * 60 / (MI / KM),
)
unit_r(TUG, "depth under the keel reads 22 ft, what's that in metres", 22 * FT)
unit(
    DENTAL,
    "Sintering furnace is set to 1,530 °C — what's that in Fahrenheit for the US manual?",
    c_to_f(1530),
    EXACT,
)
unit_r(DENTAL, "a 25 lb bag of model stone is how many kilos?", 25 * LB)
unit(
    DJ,
    "Venue says speakers must sit 15 ft back from the dance floor. How many metres?",
    15 * FT,
    EXACT,
)
unit_r(SOLAR, "Usable roof area is 420 sq ft. In square metres?", 420 * SQFT)
unit_r(TACO, "propane cylinder holds 20 lb, how many kg is that", 20 * LB)
unit_r(
    MUSEUM,
    "Travel crate measures 72 in × 48 in × 30 in. What's its volume in cubic metres?",
    72 * IN * 48 * IN * 30 * IN,
)
unit_r(SKI, "Gusts of 55 km/h at the top station — in mph?", 55 * KMH / MPH)
unit_r(SKI, "Top station sits at 2,740 m. How many feet?", 2740 / FT)
unit(PODCAST, "raw episode file is 1.5 GiB — how many MiB?", dec("1.5") * GIB / MIB, EXACT)
unit_r(ALLOT, "Plot 14 is 250 square yards. What's that in square metres?", 250 * SQYD)
unit_r(SARDOG, "Dog weighs 31 kg and the vet form wants pounds.", 31 / LB)
unit_r(
    RALLY,
    "Route card says 74 miles all told — how many km for the continental riders?",
    74 * MI / KM,
)
unit_r(BSL, "Booking is 62 km away; how many miles do I put on the mileage form?", 62 * KM / MI)
unit_r(HAM, "dipole is 66 ft end to end, in metres?", 66 * FT)
unit_r(HAM, "Tower is 18 m tall, how many feet is that?", 18 / FT)


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

# ---- date one-liners
date_item(P, "What weekday is 3 October 2031?", weekday(D(2031, 10, 3)))
date_item(P, "days between 1 March 2027 and 19 November 2027", days(D(2027, 3, 1), D(2027, 11, 19)))
date_item(P, "What date is 90 days after 12 June 2028?", D(2028, 6, 12) + TD(days=90))
date_item(P, "6 weeks before 2 April 2029 is what date", D(2029, 4, 2) - TD(weeks=6))
date_item(
    P, "How many weeks from 5 January 2027 to 25 May 2027?", weeks(D(2027, 1, 5), D(2027, 5, 25))
)
date_item(P, "born 23 August 1961, how old on 1 February 2030?", age(D(1961, 8, 23), D(2030, 2, 1)))
date_item(P, "1000 days after 1 January 2027 — which date?", D(2027, 1, 1) + TD(days=1000))
date_item(P, "day of the week for 25 December 2033", weekday(D(2033, 12, 25)))
date_item(P, "minutes from 22:40 to 06:15 the next morning?", clock_span("22:40", "06:15", 60))
date_item(P, "What is the third Thursday of September 2029?", nth_weekday(2029, 9, THU, 3))
date_item(P, "last Friday in October 2027, what date", nth_weekday(2027, 10, FRI, -1))
date_item(
    P,
    "How many days from 31 December 2026 to 31 December 2027?",
    days(D(2026, 12, 31), D(2027, 12, 31)),
)
date_item(P, "hours between 07:30 and 19:00", clock_span("07:30", "19:00", 3600))
date_item(P, "what date falls 250 days before 4 July 2030", D(2030, 7, 4) - TD(days=250))

# ---- date word problems in the registers
_ARRIVE = D(2027, 9, 19)
date_item(
    REFUGEE,
    f"Family arrived {say(_ARRIVE)} and the benefit review falls 84 days after arrival. What date "
    "is the review?",
    _ARRIVE + TD(days=84),
)
_PICKUP = D(2027, 11, 2)
date_item(
    TRUCKER,
    f"picked up {sayw(_PICKUP)}, delivery is 5 days after pickup. what date do i deliver",
    _PICKUP + TD(days=5),
)
_ROTA = D(2028, 1, 3)
assert _ROTA.weekday() == MON
date_item(
    HOSPICE,
    f"The rota starts on {sayw(_ROTA)} and each cycle lasts 6 weeks. On what date does the fourth "
    "cycle begin?",
    _ROTA + TD(weeks=18),
)
date_item(
    ESPORTS,
    "scrim block starts 5 August 2028 and the qualifier is 23 days after that. date of the "
    "qualifier?",
    D(2028, 8, 5) + TD(days=23),
)
date_item(
    FALCONRY,
    "Our barn owl hatched on 14 May 2024. How old is she, in whole years, on 1 May 2030?",
    age(D(2024, 5, 14), D(2030, 5, 1)),
)
_MOULT = D(2029, 4, 11)
date_item(
    FALCONRY,
    f"Peregrine started her moult on {sayw(_MOULT)}. Counting 120 days after that, when should it "
    "be done?",
    _MOULT + TD(days=120),
)
date_item(
    TURBINE,
    "shift starts 19:00 and finishes 07:30 the next morning, how many hours is that",
    clock_span("19:00", "07:30", 3600),
)
date_item(
    PARALEGAL,
    "Order served on 8 March 2028; the response is due 28 days after service. Deadline date?",
    D(2028, 3, 8) + TD(days=28),
)
date_item(
    PARALEGAL,
    "Hearing listed for 21 November 2028 — which day of the week is that?",
    weekday(D(2028, 11, 21)),
)
_TRIP = D(2030, 5, 16)
date_item(
    NURSERY,
    f"Farm trip is on {sayw(_TRIP)} and permission slips are due 10 days before. What date "
    "are slips due?",
    _TRIP - TD(days=10),
)
date_item(
    ASTRO,
    "We're planning the trip for the 2 August 2027 eclipse; the coach deposit is due 150 days "
    "before. Which date is that?",
    D(2027, 8, 2) - TD(days=150),
)
date_item(
    TATTOO,
    "healing check is 6 weeks after the session on 27 June 2029. what date do I book",
    D(2029, 6, 27) + TD(weeks=6),
)
date_item(
    TATTOO,
    "Session starts 11:15 and the artist reckons it'll run until 17:45. How many hours?",
    clock_span("11:15", "17:45", 3600),
)
_PUB = D(2029, 10, 6)
date_item(
    CROSSWORD,
    f"Prize crossword published {sayw(_PUB)}; entries close 13 days later. Closing date?",
    _PUB + TD(days=13),
)
_RACE = D(2029, 4, 22)
date_item(
    PACER,
    f"Race day is {sayw(_RACE)} and the taper begins 3 weeks before. What date does the taper "
    "start?",
    _RACE - TD(weeks=3),
)
date_item(
    TUG,
    "on watch 23:30 till 05:45 next morning. how many minutes?",
    clock_span("23:30", "05:45", 60),
)
date_item(
    TUG,
    "dry dock is booked for 40 days after 3 March 2028, what's the end date",
    D(2028, 3, 3) + TD(days=40),
)
_CASE = D(2028, 2, 18)
date_item(
    DENTAL,
    f"Case came in {sayw(_CASE)} with a 9-day turnaround. Due back on what date?",
    _CASE + TD(days=9),
)
_GIG = D(2030, 9, 14)
date_item(
    DJ,
    f"Wedding booking for {sayw(_GIG)}; the couple's song list is due 21 days before. What date?",
    _GIG - TD(days=21),
)
date_item(
    SOLAR,
    "Installed on 11 June 2030, and the DNO notification is due 28 days after installation. Date?",
    D(2030, 6, 11) + TD(days=28),
)
date_item(
    TACO,
    "permit renewed 1 April 2028 and it expires 180 days after that. expiry date?",
    D(2028, 4, 1) + TD(days=180),
)
date_item(
    MUSEUM,
    "Loan period runs from 3 February 2028 to 29 October 2028. How many days is that?",
    days(D(2028, 2, 3), D(2028, 10, 29)),
)
_SEASON = D(2028, 12, 2)
date_item(
    SKI,
    f"Season opens {sayw(_SEASON)} and closes 14 April 2029. How many days between the two?",
    days(_SEASON, D(2029, 4, 14)),
)
date_item(
    PODCAST,
    "recording 14:20 to 16:05, how many minutes of tape is that",
    clock_span("14:20", "16:05", 60),
)
_PREMIERE = D(2028, 11, 7)
date_item(
    PODCAST,
    f"Season 3 premieres {sayw(_PREMIERE)} and drops weekly. What date does episode 8 go out?",
    _PREMIERE + TD(weeks=7),
)
date_item(
    ALLOT,
    "AGM is always the second Wednesday of March. What's the date in 2029?",
    nth_weekday(2029, 3, WED, 2),
)
date_item(
    SARDOG,
    "Our certification is valid for 730 days from 17 May 2028. What date does it expire?",
    D(2028, 5, 17) + TD(days=730),
)
_RALLY = D(2030, 6, 9)
date_item(
    RALLY,
    f"Rally is {sayw(_RALLY)}. Registration closes 45 days before — on what date?",
    _RALLY - TD(days=45),
)
date_item(
    BSL,
    "Invoice dated 30 September 2029 on 45-day terms. Payment due 45 days after — which date?",
    D(2029, 9, 30) + TD(days=45),
)
date_item(
    BSL,
    "what day of the week is 1 January 2030? checking if the booking clashes",
    weekday(D(2030, 1, 1)),
)
date_item(
    HAM,
    "I was on the air from 13:40 to 21:10 during the contest. How many hours of operating?",
    clock_span("13:40", "21:10", 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    REFUGEE: (
        "How do I explain GP registration to a family who arrived from Sudan last month?",
        "What's a kind way to tell a client their housing application was turned down?",
        "Which documents does a resettled refugee usually need to open a UK bank account?",
        "icebreaker ideas for a welcome group where nobody shares a language?",
    ),
    TRUCKER: (
        "best truck stops on I-80 across Nebraska for a decent shower",
        "how does the split sleeper berth rule work under hours of service",
        "is it worth buying my own rig or should i stay a company driver",
        "write a text to dispatch saying im stuck at the shipper and want detention pay",
    ),
    HOSPICE: (
        "How should a volunteer respond when a patient asks whether they are dying?",
        "What training do hospice volunteers normally get in the UK?",
        "Suggest gentle wording for our bereavement card.",
        "Is it appropriate for volunteers to go to a patient's funeral?",
    ),
    ESPORTS: (
        "which agent comp is meta in valorant at the moment?",
        "How do I stop my players tilting after losing a pistol round?",
        "Is eight hours of scrims a day too much for 17-year-olds?",
        "write a tweet announcing our new support player, hype but not cringe",
    ),
    FALCONRY: (
        "Why does my kestrel mantle over her food?",
        "Is it legal to fly a falcon in a public park in England?",
        "best way to weigh a bird that won't stand still on the scale?",
        "Write a short sign asking visitors not to feed the owls.",
    ),
    TURBINE: (
        "What PPE is required for working at height inside a nacelle?",
        "why do turbines feather their blades when the wind gets up",
        "How do I explain icing shutdowns to an annoyed landowner?",
        "Is an offshore rotation better for family life than onshore work?",
    ),
    PARALEGAL: (
        "What's the difference between a witness statement and an affidavit?",
        "Can a paralegal sign a statement of truth on a client's behalf?",
        "How should exhibits be paginated in a trial bundle?",
        "Draft a polite chaser to opposing counsel about late disclosure.",
    ),
    NURSERY: (
        "is it ok to take a kid with a peanut allergy on a farm visit?",
        "what should a 4 year old pack for a day trip",
        "How do I tell another parent that their child keeps hitting mine?",
        "ideas for a thank you card from the class to the bus driver?",
    ),
    ASTRO: (
        "Why does Saturn look like an oval through my scope?",
        "Is a Dobsonian a good first telescope for a ten-year-old?",
        "How do we write a grant application for a club observatory?",
        "When's the next decent meteor shower visible from Scotland?",
    ),
    TATTOO: (
        "does a rib tattoo hurt more than a forearm one?",
        "How long should I wait after a new tattoo before swimming?",
        "Write our under-18s policy in a friendly tone.",
        "is it rude to ask the artist to change their design?",
    ),
    CROSSWORD: (
        "What's a good cryptic clue for ORCHESTRA?",
        "Explain hidden-word clues to beginners in two short paragraphs.",
        "Is ENE too much crosswordese to use nowadays?",
        "Which is harder, the Times cryptic or the Guardian's?",
    ),
    PACER: (
        "is it bad to run a marathon in brand new shoes",
        "How do pacers keep even splits on a hilly course?",
        "Is pasta really the best thing to eat the evening before a marathon, or is that a myth?",
        "Write an encouraging post for runners who missed their goal time.",
    ),
    TUG: (
        "what's the difference between a push knee and a bitt",
        "how do i coil a hawser so it doesn't kink",
        "Why do tug crews hate fog on the river so much?",
        "is a deckhand ticket enough to work up to mate",
    ),
    DENTAL: (
        "Why is my zirconia coming out chalky after sintering?",
        "How do you shade-match a single central incisor?",
        "Is an intraoral scanner worth it for a two-person lab?",
        "Write a note to a dentist asking for a clearer bite registration.",
    ),
    DJ: (
        "good first dance song for a couple in their sixties?",
        "How do I handle a guest who keeps requesting the same song?",
        "is DJ insurance worth it if I only do small gigs",
        "write an intro announcement for the bride and groom, fun but classy",
    ),
    SOLAR: (
        "Do solar panels actually do anything in a British winter?",
        "Is it worth adding a battery if I'm on an export tariff?",
        "How do I check whether my roof needs planning permission for panels?",
        "Write a reassuring email to a customer worried about pigeons nesting under panels.",
    ),
    TACO: (
        "whats a good name for a birria taco truck",
        "do i need a commissary kitchen to run a food truck in Texas?",
        "How do I keep tortillas warm without them going soggy?",
        "Is a brewery pop-up on a weeknight worth the effort?",
    ),
    MUSEUM: (
        "What relative humidity is safe for panel paintings on loan?",
        "Should visitors be allowed to photograph a borrowed watercolour?",
        "Explain what a condition report is for, for a new volunteer.",
        "How do I word a courier request to a lending museum in Italy?",
    ),
    SKI: (
        "When should a chairlift be stopped because of lightning?",
        "how do i help a nervous beginner onto a T-bar",
        "What's the evacuation procedure for a stranded gondola?",
        "Write a sign telling skiers to lower the safety bar, in a friendly way.",
    ),
    PODCAST: (
        "What mic setup is best for two hosts in a small untreated room?",
        "should I cut the ums and ahs or leave them in",
        "Write an episode description for a show about urban foxes.",
        "How do the podcast charts actually rank shows?",
    ),
    ALLOT: (
        "Can a tenant keep chickens on an allotment?",
        "How do I write a polite letter about an overgrown plot?",
        "when should I plant garlic in the north of England",
        "Is it fair to raise plot rents for pensioners?",
    ),
    SARDOG: (
        "How do air-scent dogs tell a live person from a cadaver?",
        "What's the best age to start training a search puppy?",
        "how to protect my dog's paws on scree",
        "Write a press release thanking volunteers after a night search.",
    ),
    RALLY: (
        "Is a 1962 BSA Gold Star worth restoring?",
        "What should marshals wear at a night checkpoint?",
        "How do I explain the route arrows to riders who don't speak English?",
        "why do old british bikes leak oil",
    ),
    BSL: (
        "Is BSL grammar different from English grammar?",
        "How do I handle a client who talks to me instead of to the Deaf person?",
        "Should interpreters charge a cancellation fee?",
        "What's the BSL sign for 'appointment'?",
    ),
    HAM: (
        "what does CQ DX mean on the air",
        "Is it legal to run 400 W on a Foundation licence?",
        "Why does 20 metres go dead at night?",
        "Write a QSL card message for a contact in Japan.",
    ),
}
assert sorted(ORDINARY) == sorted(REGISTERS)
assert all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

_TITANIC = D(1912, 4, 15)
NEAR = [
    (
        "near-exchange-rate",
        "How many Swiss francs will 450 euros get me at the airport?",
        "live exchange rate and airport margin",
    ),
    ("near-live-price", "what's 3 grams of gold worth at the moment", "live price"),
    ("near-days-until", "How many days until 14 February?", "depends on the current date"),
    ("near-age-no-date", "I was born in 1988, how old am I", "depends on the current date"),
    (
        "near-flight-number",
        "Is BA 2490 the one that leaves from Gatwick?",
        "a flight number, not arithmetic",
    ),
    ("near-isbn", "Which book has the ISBN 978-0-14-044913-6?", "an identifier, a fact"),
    (
        "near-phone-number",
        "0161 496 0732 rang me three times, whose number is it?",
        "a phone number",
    ),
    ("near-postcode", "SW1A 2AA, what building is that postcode for?", "a postcode"),
    (
        "near-ip-address",
        "192.168.1.254 keeps showing up in my router logs, what is it?",
        "an IP address",
    ),
    (
        "near-version-order",
        "my script says Python 3.10 < 3.9 is True, is 3.10 older than 3.9?",
        "software versions compared as strings vs versions",
    ),
    ("near-road-number", "Does the A303 go past Stonehenge?", "a road number, a fact"),
    ("near-bible-ref", "What does John 3:16 actually say?", "a Bible reference, not a ratio"),
    (
        "near-football-score",
        "Who scored in the 4-2 World Cup final in 1966?",
        "a score, a sports fact",
    ),
    (
        "near-formation",
        "Is 4-4-2 better than 3-5-2 for a Sunday league side?",
        "a football formation, an opinion",
    ),
    (
        "near-code-float",
        "why is 0.1 + 0.2 !== 0.3 true in JavaScript, what does the comparison return",
        "code semantics (floating point)",
    ),
    (
        "near-code-js",
        "In JavaScript, what is [] + {} and why does it come out like that?",
        "code semantics",
    ),
    (
        "near-code-floordiv",
        "why does -7 // 2 give -4 in python and not -3",
        "code semantics (floor division)",
    ),
    ("near-fermi", "Roughly how many piano tuners are there in Chicago?", "an estimate"),
    (
        "near-boiling-everest",
        "At what temperature does water boil on the summit of Everest, roughly?",
        "a science fact",
    ),
    ("near-mountain-diff", "How much taller is K2 than Ben Nevis?", "needs two facts"),
    ("near-density", "What's Iceland's population density?", "needs facts"),
    (
        "near-stamp-duty",
        "How much stamp duty on a £425,000 first home in England?",
        "tax rules that change",
    ),
    (
        "near-missing-rise",
        "If my rent goes up by the usual amount, what will I be paying?",
        "missing figure",
    ),
    ("near-loan-terms", "what's the monthly payment on a 20k car loan", "missing rate and term"),
    (
        "near-lottery",
        "What are my chances of winning the EuroMillions jackpot with one line?",
        "needs the game's rules",
    ),
    ("near-pint", "How many ml in a pint?", "contested unit (UK or US)"),
    ("near-mpg", "My car does 45 mpg — what's that in litres per 100 km?", "contested gallon"),
    ("near-cup-flour", "how many grams is a cup of flour", "contested cup and density"),
    ("near-ton", "How many kilograms in a ton?", "contested ton"),
    (
        "near-month-31st",
        "What date is one calendar month on from 31 May 2029?",
        "month arithmetic from the 31st",
    ),
    (
        "near-working-days",
        "How many working days are there in April 2027 in Scotland?",
        "bank holidays",
    ),
    (
        "near-time-zone",
        "If it's 9am in Sydney, what time is it in London?",
        "time zones and seasonal clock changes",
    ),
    (
        "near-chinese-new-year",
        "On which date does the Lunar New Year fall in 2034?",
        "a lunisolar festival",
    ),
    ("near-ramadan", "When does Ramadan begin in 2030?", "a lunar calendar and sighting"),
    (
        "near-numeric-date",
        "How many days from 03/04/2028 to 04/03/2028?",
        "all-numeric dates of unstated order",
    ),
    ("near-title-catch", "Who directed the film Apollo 13?", "a number in a title"),
    ("near-album-number", "Which songs are on Adele's album 21?", "a number in a title"),
    ("near-lucky-number", "Is 7 a luckier number than 8?", "an opinion"),
    (
        "near-riddle",
        "A plane crashes on the border of two countries. Where do they bury the survivors?",
        "a riddle",
    ),
    ("near-letters", "How many r's are in the word strawberry?", "letters in a word"),
    ("near-roman-zero", "Why didn't the Romans have a zero?", "the history of numerals"),
    (
        "near-proof",
        "Write a proof, Euclid style, that there are infinitely many primes.",
        "a written proof",
    ),
    ("near-raffle", "pick a random number between 1 and 50 for our raffle", "a random choice"),
    ("near-contested-reading", "what is 6 ÷ 2(1+2)", "a contested reading"),
    (
        "near-paracetamol",
        "How many 500 mg paracetamol can I take in a day if I weigh 60 kg?",
        "dosing",
    ),
    ("near-shoe-size", "I'm a UK 8 in shoes, what's that in US women's?", "size charts"),
    ("near-welsh-number", "How do you say 'two hundred and fifty' in Welsh?", "a translation"),
    ("near-limerick", "Write a limerick about leaving a 15% tip.", "a writing task"),
    ("near-protein", "How much protein is in 200 g of chicken breast?", "a nutrition fact"),
    ("near-messi-goals", "How many goals did Messi score in 2012?", "a sports fact"),
    ("near-right-on-red", "Can I turn right on red in New York City?", "a traffic rule"),
    ("near-boiler-serial", "Boiler serial is 47-311-82, what year was it made?", "a serial number"),
    ("near-fault-code", "washing machine is flashing E21, what does that mean", "a fault code"),
    (
        "near-shares-then",
        "If I'd bought 10 Apple shares in 2010, what would they be worth now?",
        "historical and live prices",
    ),
    (
        "near-base-rate",
        "Has the Bank of England cut rates since the spring, and where does it stand now?",
        "a current central bank rate",
    ),
    ("near-inflation", "What would £100 from 1970 be worth now?", "price index data"),
    ("near-weather", "Is it going to rain in Edinburgh on Sunday afternoon?", "a forecast"),
    (
        "near-pregnancy-weeks",
        "Due date is 2 March — how many weeks along am I?",
        "depends on the current date",
    ),
    (
        "near-titanic-weekday",
        "What day of the week did the Titanic sink?",
        f"the date is a fact (it was {sayw(_TITANIC)})",
    ),
    ("near-nominal-size", "What's the actual width of a 2x4 in inches?", "nominal sizes"),
    ("near-gas-mark", "gas mark 6 is what in a fan oven?", "oven conventions"),
    ("near-hex-colour", "Is #FF5733 more orange or more red?", "a colour code, an opinion"),
    ("near-chess-opening", "Is 1. e4 e5 2. Qh5 a decent opening?", "chess notation, judgement"),
    ("near-recurring", "Explain why 0.999... equals 1 to a sceptical teenager.", "an explanation"),
    (
        "near-test-accuracy",
        "A test is 99% accurate and I tested positive. Am I 99% likely to have it?",
        "missing prevalence",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES == len({f for f, _, _ in NEAR})
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

_COURSE = D(2028, 6, 7)
_INV_DAY = D(2029, 3, 14)
CONVS = [
    (
        "conv-operator",
        [
            (U, "For this chat, a ⊕ b means twice a plus b."),
            (A, "Got it: a ⊕ b = 2a + b."),
            (U, "so what's 3 ⊕ 4"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [
            (U, "Let g(n) be n squared minus one, just for this conversation."),
            (A, "Understood, g(n) = n² − 1."),
            (U, "g(7)?"),
        ],
        "function defined earlier",
    ),
    (
        "conv-letters",
        [
            (U, "k is 12 and m is 5, remember those"),
            (A, "Noted: k = 12, m = 5."),
            (U, "k times m plus 3"),
        ],
        "letters defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Heads up, I write decimals with a comma, like in Germany."),
            (A, "Thanks, I'll read 1,5 as one and a half."),
            (U, "what's 2,5 times 4"),
        ],
        "decimal comma",
    ),
    (
        "conv-hex-output",
        [
            (U, "From now on give every number in hexadecimal please."),
            (A, "Will do."),
            (U, "What's 200 + 55?"),
        ],
        "output base fixed earlier",
    ),
    (
        "conv-binary-input",
        [
            (U, "Everything I type in this chat is in base two, ok?"),
            (A, "OK, I'll read them as base 2."),
            (U, "1101 plus 110?"),
        ],
        "input base fixed earlier",
    ),
    (
        "conv-roman-output",
        [
            (U, "Only reply in Roman numerals for the rest of this, it's for a quiz."),
            (A, "Understood."),
            (U, "12 times 12?"),
        ],
        "Roman numerals",
    ),
    (
        "conv-bolt-unit",
        [
            (U, "In our mill a 'bolt' of cloth is 38 metres."),
            (A, "Noted: 1 bolt = 38 m."),
            (U, "how many metres in 6 bolts then"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-pirate",
        [
            (U, "You're a grumpy pirate captain. Stay in character whatever I ask."),
            (A, "Arr, what d'ye want, landlubber?"),
            (U, "How much is 40 plus 25?"),
        ],
        "persona",
    ),
    (
        "conv-french",
        [
            (U, "Désormais, réponds-moi seulement en français."),
            (A, "D'accord, je répondrai en français."),
            (U, "how much is 35 percent of 260"),
        ],
        "answer language fixed earlier",
    ),
    (
        "conv-haiku",
        [
            (U, "Answer everything as a haiku today, it's a game."),
            (A, "Syllables counted / I will answer you in verse / ask me anything"),
            (U, "9 times 7?"),
        ],
        "verse form",
    ),
    (
        "conv-json",
        [
            (U, 'Always answer as JSON with a single key "result".'),
            (A, '{"result": "ok"}'),
            (U, "17 * 3"),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-round-tens",
        [
            (U, "Round every answer to the nearest ten, I'm doing estimates."),
            (A, "Sure, nearest ten from here on."),
            (U, "437 + 289"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-furlongs",
        [
            (U, "Give all lengths in furlongs from now on, it's for a racing piece."),
            (A, "Furlongs it is."),
            (U, "convert 3 km"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-yen-euro",
        [
            (U, "My prices are in yen but I want you to tell me them in euros."),
            (A, "OK. Which price?"),
            (U, "how much is 5000"),
        ],
        "target currency fixed earlier",
    ),
    (
        "conv-day-first",
        [
            (U, "I always write dates day first."),
            (A, "Understood, day/month/year."),
            (U, "how many days from 02/03/2028 to 10/03/2028"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "When you give a date, spell it out like 'the ninth of May', no digits."),
            (A, "Will do."),
            (U, "What's 30 days after 3 May 2028?"),
        ],
        "date wording fixed earlier",
    ),
    (
        "conv-novel-calendar",
        [
            (U, "The world I'm building has a seven-month year, each month 41 days."),
            (A, "So a year there is 287 days."),
            (U, "so how many days are in four of those years"),
        ],
        "invented calendar",
    ),
    (
        "conv-fiscal-week",
        [
            (U, "Our fiscal week 1 begins on the first Monday of April."),
            (A, "Got it."),
            (U, "What date does fiscal week 10 start in 2028?"),
        ],
        "week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "what's 81 times 6"),
            (A, "81 × 6 = 486."),
            (U, "sorry I meant 18 not 81, redo it"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Kiln firing costs £14 a load and I did 9 loads."),
            (A, "That's £126 in firing costs."),
            (U, "Summarise what we worked out in one line for my accountant."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-spread-invoices",
        [
            (U, "deposit for the van was 275"),
            (A, "Noted."),
            (U, "then the fuel came to 96.40"),
            (A, "Noted."),
            (U, "add those up for me"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-spread-date",
        [
            (U, f"The course starts on {sayw(_COURSE)}."),
            (A, "Noted."),
            (U, "And it runs for 40 days, so when does it finish?"),
        ],
        "a date spread over turns",
    ),
    (
        "conv-follow-up",
        [
            (U, "If 8 builders take 6 days, how long for 4?"),
            (A, "Assuming equal rates, 12 days."),
            (U, "and what if it was 12 builders instead?"),
        ],
        "a follow-up on earlier figures",
    ),
    (
        "conv-recall",
        [
            (U, "I'm going to give you three numbers: 47, 112 and 9."),
            (A, "Got them."),
            (U, "What was the second number I gave you?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-fair-price",
        [
            (U, "The roofer wants £3,400 for 38 square metres of felt."),
            (A, "That works out at about £89 per square metre."),
            (U, "was that a fair price then?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-explain",
        [
            (U, "what's 15% off 240"),
            (A, "204."),
            (U, "explain how you got that, step by step"),
        ],
        "an explanation of an earlier answer",
    ),
    (
        "conv-rewrite-kid",
        [
            (U, "how many hours are there in a fortnight"),
            (A, "336 hours."),
            (U, "Can you put that answer in words my six-year-old niece would follow?"),
        ],
        "a rewrite of an earlier answer",
    ),
    (
        "conv-nickname",
        [
            (U, "Let's call the number 7 'lucky' for the rest of this."),
            (A, "Okay, lucky = 7."),
            (U, "lucky times 6?"),
        ],
        "a name defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "In this game plus means minus and minus means plus."),
            (A, "Fun, I'll swap them."),
            (U, "10 plus 4"),
        ],
        "operators redefined earlier",
    ),
    (
        "conv-cut-defined",
        [
            (U, "When I say 'a cut' I mean 12.5% off."),
            (A, "Understood."),
            (U, "take a cut off 640"),
        ],
        "a term defined earlier",
    ),
    (
        "conv-clock-mod",
        [
            (U, "We're doing clock arithmetic mod 12 now."),
            (A, "Okay, results wrap at 12."),
            (U, "9 + 8"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give answers to exactly 4 significant figures please."),
            (A, "Sure."),
            (U, "22 divided by 7"),
        ],
        "precision fixed earlier",
    ),
    (
        "conv-emoji",
        [
            (U, "Answer only using emoji digits like 3️⃣, no words."),
            (A, "👍"),
            (U, "6 + 3?"),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-previous-result",
        [
            (U, f"The invoice from {sayw(_INV_DAY)} was £212.40."),
            (A, "Noted, £212.40."),
            (U, "multiply that by 3 for the quarter"),
        ],
        "a result from an earlier turn",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES == len({f for f, _, _ in CONVS})
for _fam, _turns, _note in CONVS:
    assert _turns[-1][0] == U
    conv(_fam, _turns, _note)

# this set's own structural asserts
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 25 * 3 + 18 + 100, len(_in_regs)
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    assert sum(1 for i in _in_regs if i["label"] == _lab) == 31, _lab
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
        earlier |= _generator_queries(_load(EARLIER_DIR / name))
    # no register (family name) of this set is a family name of sets 19 to 53
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 53: {reused}"
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
