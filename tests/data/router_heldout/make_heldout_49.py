r"""Generate heldout-2027-01-21.jsonl: a forty-ninth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_48.py, by `sed -n`: lines 1-365
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 611-671 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 741-817 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1011-1018 (its negatives section
header, neg() and conv()) and 1604-1828 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (1828 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` and a `mkdir -p` of /tmp/h49 and
/work/sealed49 in one command. None of its query blocks was opened. Nothing else under /work/main
was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py)
or tests/ (apart from that one generator's allowed ranges), not README.md and not pyproject.toml
(ruff's line length of 100 was taken from the brief). The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor any other
/work/sealed* directory was listed or opened. The earlier generators (sets 1-48) are only imported,
in memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their queries were never printed. No
JSONL file was opened (not even this set's own output: only this generator's summary, its failure
messages and its --show listing of ids, expected values and tolerances were read), no git command
was run, no network and no search tool was used, and neither the router nor the bench nor the tests
were run.

What was run: the `mkdir -p`, `cat`, `wc -l` and `grep -n` above in one command; the view of lines
1-365 alone; the views of 611-671, 741-817 and 1011-1018 together with `echo` separators; the view
of 1604-1828 alone. Then, in one command, `mkdir -p` of /tmp/h49/blocks and /tmp/h49/own, `sed -n`
copies of the same five allowed ranges into block files under /tmp/h49/blocks/ and one run of a
small Python script (/tmp/h49/subst.py, written by a `cat` heredoc in the same command) that cuts
the first copy at the line `from __future__ import annotations` (not at the earlier words in set
48's docstring) and keeps it to P = "plain", substitutes this set's OUT, PREFIX, EARLIER_DIR test
(make_heldout_48.py), EARLIER (sets 1-48, `range(2, 49)`) and REGISTER_CHECK (sets 19-48, adding
make_heldout_48.py), and "sets 19 to 47" -> "sets 19 to 48" in one comment and one message string
of main() (each substitution asserted to apply once, the last twice; it printed "ok" for each and
deleted the raw first copy), followed by `ls`, `head -3` and a `grep -n` of the blocks for "47",
"48", "49" and "19 to" (it printed only configuration lines and the two substituted lines of
main()). Then `cat` heredocs wrote this set's own blocks under /tmp/h49/own/ (registers and
calculator items; unit constants and unit items; date items; ordinary negatives; near-positive
negatives; conversations with this set's own structural asserts), an assembly script
/tmp/h49/assemble.py (it builds this file from a docstring file, or a one-line placeholder, and the
blocks in order, and prints its line count) and a helper /tmp/h49/run.sh (it runs assemble.py, then
from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
check --no-cache` on this file, then this generator from /tmp, passing on any arguments, writing
its output to /tmp/h49/out.txt, of which it prints the exit code and the `tail -6`). Edits of own
blocks were made by the stdin-free scripts /tmp/h49/reword1.py to reword5.py, one short heredoc
script and one `sed -i` (exact, asserted-once replacements; the changes are listed below), each
followed by run.sh. Then `head -4`, `grep -c` and a `grep`/`awk`/`sort`/`uniq -c` summary of
out.txt; run.sh with --show once, its listing of ids, expected values and tolerances filtered by
`grep` and laid out by `column -t`; a `/work/main/.venv/bin/python -c` line-length check of this
file (two lines over 100 characters, shown with an `awk` and `sed -n` of those three lines of this
file's own text, as `awk` counts bytes) and `ls -la /work/sealed49`. This docstring was written
last over the placeholder (its source text, /tmp/h49/doc/doc_src.txt, written by a `cat` heredoc,
filled to 99 columns by /tmp/h49/doc/make_doc.py, which uses textwrap, keeps the lines marked as
preformatted and asserts that the words are unchanged), followed by run.sh, the line-length check,
a `head -3` of out.txt (cut to 200 columns), two runs of this file with --digest (one with
PYTHONHASHSEED=7) and `sha256sum` of the JSONL; finally `ls -la /work/sealed49` and `rm -rf
/tmp/h49`. Writes: /work/sealed49/ was created for this file and its JSONL; temporary blocks,
scripts and output under /tmp/h49/ were deleted afterwards. Nothing was written into /work/main.
Every python run above used /work/main/.venv/bin/python.

Changes to set 48's main() and checks: only the substitutions listed above (file names, sets 1-48
for the duplicate check, sets 19-48 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 48's as printed; ruff format may have changed layout only. All
of set 48's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp(), whole_up() (not used by this set's items), say() and sayw() (every weekday
stated next to a date in a query or turn is computed, not typed) and SQFT/SQYD/CUFT. Added, newly
written: MM, CM, KM, G and SQM (with an assert), the register constants and the REGISTERS tuple
(sorted, asserted distinct), _ROOT (an integer square root, asserted), the ORDINARY, NEAR and CONVS
tables, the _QCELL, _TUNED, _FIRST_VISIT, _HIRE_OUT/_HIRE_BACK, _FIRST_BOX, _SUB and _FEE values
(the sum stated in an assistant turn is computed and asserted), and this set's own asserts: the
ORDINARY negatives are keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS 35;
the positive registers are exactly the REGISTERS; 193 items lie in the registers (25 x 3 positives,
18 second positives, 100 negatives), 31 word problems per tool; every negative outside the
registers is a near-... or conv-... family. No money() helper is used in this set.

Disclosures: the kinds of item and the counts follow set 48's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 48's, copied (P = "plain" is copied too, as the
last line of the first block). Set 48's docstring (within lines 1-365) names its 25 registers, the
three register names its own check rejected, its provenance and the generic kinds of its items,
which were therefore seen; none of those names or topics is used here as a register, and some plain
one-liners, near-positives and conversations here are of those same generic kinds, newly worded.
The `grep -n` printed no docstring, query or constant line: only def lines and section headers with
their line numbers (it showed that set 48 has money() at line 1262, which was not opened). At the
edges of the allowed ranges: line 365 is P = "plain", 611, 741 and 1011 are section headers, 671 is
a blank line after unit_r(), 817 is the assert after sayw(), 1018 is the last line of conv(), 1604
is the comment above the stated-weekday pattern and 1828 is the call of main(). No query text of
any earlier set was seen. Every query here was newly written from imagination of each trade or
situation. Registers of sets 1 to 18 are not known here, so an overlap in TOPIC with those cannot
be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 48 (the near-.../conv-... families are not
registers and may coincide with earlier family names). Like set 48, this set has no algebra or
calculus question (symbolic math with one right answer is a tool question, so none is labelled
negative; the only proofs asked for are written proofs). Some near-positives depend on the current
date (today's date, days until a birthday, an age from a birth year) and one concerns Easter; they
are negatives, with no "now" field. A few negatives ask what a short piece of code returns or why
(code semantics, as the brief lists them).

Register check: main()'s register assertion failed on the first run, naming three of the first
choice of registers as family names of sets 19 to 48: allotment_society_shed,
escape_room_game_master and mobile_library_van_route (so those three names, and that such topics
were used before, became known; nothing else about earlier sets). reword1.py replaced them with
three new topics, handloom_weaving_guild_studio, rope_access_window_cleaning_crew and
puppet_theatre_touring_company, rewriting all their items (one calculator, one unit and one date
item each, a second unit item for the second, and four ordinary negatives each) rather than
renaming them. The next run stopped at unit()'s exact-decimals assert (a height in feet converted
to metres needs four decimals); a short heredoc script made it a rounded unit_r() item. The next
run passed the register check.

Other failed checks and edits: main()'s duplicate check then reported 21 items by id; they were
reworded by reword2.py without the earlier queries being looked at: one plain calculator one-liner
(a fraction as a decimal; new figures), two plain date one-liners (a weekday, an nth weekday; new
dates and wording), five plain unit one-liners (feet and inches to centimetres, psi to bar, miles
to kilometres, acres to hectares, ounces to grams; new figures and wording), eleven near-positives
(a contested pint, Easter, a lunar festival, today's date, an all-numeric date, lottery odds, a
JavaScript coercion, a boiling point, a writing task and two identifiers) and two conversations
(both follow-ups; every user turn newly worded). The new psi figure failed unit_r()'s two-decimal
assert, and a `sed -i` changed it. The next run reported three items; reword3.py reworded two plain
unit one-liners (new figures and wording) and one identifier near-positive, but the wrong one: the
ids of the near-ident family are numbered in order, and both in reword2.py and in reword3.py the
items reworded as identifiers were one place off (reword2.py reworded a status-code item that had
clashed and a phone-number item that had not, leaving a flight-number item that had clashed;
reword3.py reworded the new status-code item again, which no longer clashed). reword4.py reworded
the flight-number item, and the next run passed every check. reword5.py then shortened three
over-long lines (one calculator word problem and two ordinary negatives); every later run passed
every check.

Registers (families), 25, new: archery_club_range_officer, beekeeper_apiary_logbook,
blacksmith_forge_commissions, canal_narrowboat_hire_desk, cheesemaker_ripening_cave,
chimney_sweep_booking_sheet, church_bellringers_tower, clock_repairer_bench_notes,
community_choir_treasurer, film_festival_volunteer_desk, handloom_weaving_guild_studio,
harbour_pilot_boat_roster, hospice_shop_donation_sorting, ice_cream_van_summer_float,
lighthouse_museum_gift_shop, orchestra_librarian_parts_desk, organic_veg_box_packing_shed,
piano_tuner_round_diary, puppet_theatre_touring_company, refugee_charity_warehouse,
rope_access_window_cleaning_crew, rural_vet_farm_visits, stained_glass_studio_bench,
taxidermy_workshop_orders, vintage_bus_restoration_trust. Every register is used by all three tools
(asserted); eighteen registers have a further positive (a second calculator word problem:
archery_club_range_officer, beekeeper_apiary_logbook, cheesemaker_ripening_cave,
harbour_pilot_boat_roster, ice_cream_van_summer_float, organic_veg_box_packing_shed; a second unit
word problem: canal_narrowboat_hire_desk, film_festival_volunteer_desk, harbour_pilot_boat_roster,
rope_access_window_cleaning_crew, rural_vet_farm_visits, stained_glass_studio_bench; a second date
word problem: beekeeper_apiary_logbook, cheesemaker_ripening_cave, church_bellringers_tower,
clock_repairer_bench_notes, hospice_shop_donation_sorting, rural_vet_farm_visits). Positives are
one-liners (family "plain") or word problems of one to three sentences, mostly in UK usage with £
and pence (one in dollars, one for an American customer), some chatty, terse, lower-case or
unpunctuated, a few with numbers in words, questions at the start or the end. No positive
conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a density,
a contested unit (pint, gallon, mpg), today's date or an age without a stated date, Easter, working
days, time zones, lunisolar festivals, month arithmetic from the 31st, all-numeric dates of
unstated order, identifiers that look like numbers (a tracking number, a fault code, an ISBN, a
road number, a flight, a status or terminal code, a phone number, software versions), code
semantics or a code request, explanations, the history of numerals, a written proof, world, science
or nutrition facts, a tax rule, a traffic rule, dosing, a size chart, a forecast, estimates,
lottery odds, missing figures, a translation, a writing task, a number in a title, an opinion; or,
in conversations, an operator, function or letters defined earlier, a decimal comma, a unit or
value defined earlier, a number base, Roman numerals, a persona, language, verse form, output
format, rounding, target unit, target currency or date order fixed earlier, an invented calendar, a
week numbering, a correction, summary, rewrite, follow-up or recall of earlier turns, figures
spread over turns, a judgement about earlier figures, an explanation of an earlier answer, or date
wording. The ordinary negatives ask for advice, explanations, judgements, rules, facts or writing
in each register's setting.

Left out of positives entirely (their grading is contested), as in set 48: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as "N days after", "N days later", "N weeks after", "N days before",
"how many days between", "how many days apart" or from one date to a later one), and clock spans
run from one stated time to the next occurrence of the other (two cross midnight, each saying "next
morning"); one date item counts the hours between two stated dates and clock times. Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 48):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); t(degF) = t(degC) * 9/5 + 32;
    1 h = 3600 s; 1 ha = 10^4 m^2; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_49.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-21.jsonl"
PREFIX = "ho49-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_48.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 49))
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

# =========================================================================== registers (set 49)
BEE = "beekeeper_apiary_logbook"
BELLS = "church_bellringers_tower"
PILOT = "harbour_pilot_boat_roster"
PIANO = "piano_tuner_round_diary"
WEAVE = "handloom_weaving_guild_studio"
BUS = "vintage_bus_restoration_trust"
ROPE = "rope_access_window_cleaning_crew"
GLASS = "stained_glass_studio_bench"
ICE = "ice_cream_van_summer_float"
LIGHT = "lighthouse_museum_gift_shop"
CANAL = "canal_narrowboat_hire_desk"
CHOIR = "community_choir_treasurer"
FORGE = "blacksmith_forge_commissions"
PUPPET = "puppet_theatre_touring_company"
CHEESE = "cheesemaker_ripening_cave"
ORCH = "orchestra_librarian_parts_desk"
VET = "rural_vet_farm_visits"
TAXI = "taxidermy_workshop_orders"
ARCH = "archery_club_range_officer"
SWEEP = "chimney_sweep_booking_sheet"
AID = "refugee_charity_warehouse"
VEG = "organic_veg_box_packing_shed"
CLOCK = "clock_repairer_bench_notes"
FILM = "film_festival_volunteer_desk"
HOSP = "hospice_shop_donation_sorting"
REGISTERS = tuple(
    sorted(
        (BEE, BELLS, PILOT, PIANO, WEAVE, BUS, ROPE, GLASS, ICE, LIGHT, CANAL, CHOIR, FORGE)
        + (PUPPET, CHEESE, ORCH, VET, TAXI, ARCH, SWEEP, AID, VEG, CLOCK, FILM, HOSP)
    )
)
assert len(REGISTERS) == len(set(REGISTERS)) == 25

_ROOT = 84
assert math.isqrt(7056) == _ROOT and _ROOT * _ROOT == 7056

# plain one-liners
calc(P, "whats 17.5% of 2,384", pct("17.5") * 2384)
calc(P, "847 x 36 = ?", 847 * 36)
calc(P, "(1250 - 387) / 4", F(1250 - 387, 4))
calc(P, "Square root of 7056, please.", _ROOT)
calc(P, "3 to the power of 9", 3**9)
calc(P, "reduce 96.80 by 12.5 per cent", dec("96.80") * (1 - pct("12.5")))
calc(P, "What's sixty-four percent of 1875?", pct(64) * 1875)
calc(P, "add up 14.35, 9.8, 27.06 and 3.19", dec("14.35") + dec("9.8") + dec("27.06") + dec("3.19"))
calc(P, "9,471 divided by 21 is what", F(9471, 21))
calc(P, "percentage increase going from 240 to 318?", F(318 - 240, 240) * 100)
calc(P, "one thousand four hundred minus six hundred and eighty-seven", 1400 - 687)
calc(P, "Mean of 18, 23, 31, 40 and 48?", F(18 + 23 + 31 + 40 + 48, 5))
calc(P, "13/40 as a decimal?", F(13, 40))
calc(P, "Split 1,260 in the ratio 2:3:4 - what's the biggest share", F(1260 * 4, 2 + 3 + 4))

# word problems, one or two per register
calc(
    BEE,
    "Show results: 48 jars of heather honey went at £7.50 and 35 jars of wildflower at £6.25. "
    "What did we take altogether?",
    48 * dec("7.50") + 35 * dec("6.25"),
)
calc(
    BEE,
    "fourteen hives averaged 23.5 kg of honey apiece; if I sell every kilo at £11.20 what's the "
    "crop worth",
    14 * dec("23.5") * dec("11.20"),
)
calc(
    BELLS,
    "Tower fund: the rehanging quote is £2,800 and 14 ringers have each pledged £12.50 a month. "
    "After the January, February and March pledges are in, how much is still to find?",
    2800 - 14 * dec("12.50") * 3,
)
calc(
    PILOT,
    "Pilotage is charged at £3.20 per metre of vessel length plus a £145 boarding fee - what's "
    "the bill for a 187 m bulk carrier?",
    dec("3.20") * 187 + 145,
)
calc(
    PILOT,
    "How much diesel did the pilot launch burn? It uses 42.5 litres an hour and did six jobs "
    "averaging 1.4 hours each.",
    dec("42.5") * 6 * dec("1.4"),
)
calc(
    PIANO,
    "tuned 17 pianos in march at £85 each, 4 of those needed a pitch raise at £30 extra, and "
    "petrol came to £96. what did i clear",
    17 * 85 + 4 * 30 - 96,
)
calc(
    WEAVE,
    "Warp for the throw: 312 ends, each 4.25 m long. How many metres of yarn is that?",
    312 * dec("4.25"),
)
calc(
    BUS,
    "The 1962 double-decker needs 14 seat frames at £62.40 each plus re-trimming at £1,150. With "
    "20% VAT on the lot, what's the total?",
    (14 * dec("62.40") + 1150) * (1 + pct(20)),
)
calc(
    ROPE,
    "office block contract: 416 panes at £3.40 a pane, minus the 5% loyalty discount. what do "
    "we invoice",
    416 * dec("3.40") * (1 - pct(5)),
)
calc(
    GLASS,
    "A panel 45 cm by 80 cm, and the cathedral glass is £0.85 per 100 square centimetres. Cost "
    "of the glass for the panel?",
    45 * 80 * dec("0.85") / 100,
)
calc(
    ICE,
    "Bank holiday float: started the day with £40 in the till, sold 312 cones at £2.80 and 96 "
    "tubs at £3.50. How much should be in the till at close?",
    40 + 312 * dec("2.80") + 96 * dec("3.50"),
)
calc(
    ICE,
    "Our truck sold 640 cones at $4.25 at the county fair, and the fair takes 18% of gross. "
    "How many dollars does the fair get?",
    640 * dec("4.25") * pct(18),
)
calc(
    LIGHT,
    "Postcards cost the museum shop 18p each and sell for 65p. Profit in pounds on 1,450 of them?",
    1450 * (dec("0.65") - dec("0.18")),
)
calc(
    CANAL,
    "A week's narrowboat hire is £1,380 less a 15% early-booking discount, plus a £90 dog fee "
    "added afterwards. What do they pay?",
    1380 * (1 - pct(15)) + 90,
)
calc(
    CHOIR,
    "Subs for the term: 38 members, 32 paying the full £45 and the other 6 on the £30 "
    "concession. Term income?",
    32 * 45 + 6 * 30,
)
calc(
    FORGE,
    "Garden gate job - 23.5 m of square bar at £4.60 per metre plus 11 hours at the fire at £38 "
    "an hour. Price before VAT?",
    dec("23.5") * dec("4.60") + 11 * 38,
)
calc(
    PUPPET,
    "Village hall gig: 148 tickets at £8 and 61 children's at £4.50, and the hall keeps 30%. "
    "What's our share?",
    (148 * 8 + 61 * dec("4.50")) * (1 - pct(30)),
)
calc(
    CHEESE,
    "Wheel went into the cave at 9.6 kg and lost 12.5 percent of its weight while ripening - "
    "what does it weigh coming out?",
    dec("9.6") * (1 - pct("12.5")),
)
calc(
    CHEESE,
    "brine is 23% salt by weight, how many kg of salt are in 18 kg of brine",
    pct(23) * 18,
)
calc(
    ORCH,
    "Hire of the Elgar set: 3 weeks at £240 a week, plus photocopying 36 parts of 14 pages each "
    "at 12p a page. Total?",
    3 * 240 + 36 * 14 * dec("0.12"),
)
calc(
    VET,
    "Invoice for the farm visit: £65 call-out, 40 ewes scanned at £1.15 a head and 2 hours' "
    "work at £72 an hour. What's the total?",
    65 + 40 * dec("1.15") + 2 * 72,
)
calc(
    TAXI,
    "We take a 40% deposit. The fox mount is quoted at £685 - how much is the deposit?",
    pct(40) * 685,
)
calc(
    ARCH,
    "Six arrows scored 9, 7, 10, 8, 8 and 6 on the last end. Average per arrow?",
    F(9 + 7 + 10 + 8 + 8 + 6, 6),
)
calc(
    ARCH,
    "Club order: three dozen arrows at £9.80 each and 12 target faces at £2.35. Total?",
    36 * dec("9.80") + 12 * dec("2.35"),
)
calc(
    SWEEP,
    "swept 7 chimneys monday, 9 tuesday, 6 wednesday at £55 each, and 5 of those got 10% off "
    "for pensioners. takings for the three days?",
    22 * 55 - 5 * 55 * pct(10),
)
calc(
    AID,
    "We have 1,275 nappies to go out in family bundles of 25. How many bundles is that?",
    F(1275, 25),
)
calc(
    VEG,
    "Packed 84 small boxes at £14.50 and 57 large at £22.75 this round. Value of the round?",
    84 * dec("14.50") + 57 * dec("22.75"),
)
calc(
    VEG,
    "The grower gets 62.5% of the box price. Box sells at £18.40, so the grower's share is?",
    pct("62.5") * dec("18.40"),
)
calc(
    CLOCK,
    "The longcase is losing 42 seconds a day. How many minutes does it lose over 30 days?",
    F(42 * 30, 60),
)
calc(
    FILM,
    "26 volunteers, each doing four shifts of 3.5 hours. Total volunteer hours for the festival?",
    26 * 4 * dec("3.5"),
)
calc(
    HOSP,
    "Gift Aid adds 25% on top, and we took £3,480 on Gift Aided stock. How much does Gift Aid "
    "bring in?",
    pct(25) * 3480,
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
SQM = F(1)  # m^2
assert IN / CM == dec("2.54") and 5 * FT + 9 * IN == dec("1.7526") and KM / MI < 1

# plain one-liners
unit(P, "my lad is 4 foot 7 inches, what is that in cm", (4 * FT + 7 * IN) / CM, EXACT)
unit_r(P, "72 °F in Celsius?", f_to_c(72))
unit_r(P, "36 psi in bar pls", 36 * PSI / BAR)
unit_r(P, "Kilometres in 38.5 miles?", dec("38.5") * MI / KM)
unit_r(P, "11st 4lb in kilos", (11 * STONE + 4 * LB))
unit_r(P, "17 acres = ? hectares", 17 * ACRE / 10**4)
unit_r(P, "6 oz in grams", 6 * OZ / G)
unit_r(P, "100 km/h is how many mph", 100 * KMH / MPH)
unit(P, "minus 10 celsius in fahrenheit", c_to_f(-10), EXACT)
unit(P, "3 GiB = how many MiB", 3 * GIB / MIB, EXACT)
unit_r(P, "1500 metres in yards", 1500 / YD)
unit_r(P, "350F to C", f_to_c(350))
unit_r(P, "what's 4.2 kg in pounds", dec("4.2") / LB)
unit_r(P, "20 square metres in square feet?", 20 * SQM / SQFT)

# word problems
unit_r(BEE, "A full honey super weighs about 48 lb. What's that in kilograms?", 48 * LB)
unit_r(
    BELLS,
    "our tenor weighs 612 kg - the old peal board gives weights in pounds, so what is it in lb",
    612 / LB,
)
unit_r(
    PILOT,
    "Tanker's draught is 31 ft 6 in. Give it to me in metres for the passage plan.",
    31 * FT + 6 * IN,
)
unit_r(PILOT, "Tide gauge shows 4.7 m above chart datum - how many feet is that?", dec("4.7") / FT)
unit(
    PIANO,
    "The upright is 58 inches wide; how many centimetres is that, to see if it fits the alcove?",
    58 * IN / CM,
    EXACT,
)
unit(
    WEAVE,
    "The loom's weaving width is 45 inches. How many centimetres is that?",
    45 * IN / CM,
    EXACT,
)
unit_r(BUS, "Rear tyres run at 85 psi - what is that in bar?", 85 * PSI / BAR)
unit_r(
    ROPE,
    "Our longest drop on the hospital job is 96 ft - in metres for the rope plan?",
    96 * FT,
)
unit_r(ROPE, "harness plus kit comes to 38 lb, how many kilos is that", 38 * LB)
unit(
    GLASS,
    "Lead came comes in 5 ft lengths. How many metres of came is 12 lengths?",
    12 * 5 * FT,
    EXACT,
)
unit_r(GLASS, "Kiln program says fuse at 1250 °F. What's that in °C?", f_to_c(1250))
unit(ICE, "Van freezer should sit at -4 °F; what is that in Celsius?", f_to_c(-4), EXACT)
unit_r(LIGHT, "Visitors keep asking: the tower is 121 feet high, so how many metres?", 121 * FT)
unit_r(CANAL, "Boat's 57 ft long. Metres?", 57 * FT)
unit_r(CANAL, "the canal speed limit is 4 mph, what's that in km/h", 4 * MPH / KMH)
unit(CHOIR, "Each riser step is 18 inches high; centimetres?", 18 * IN / CM, EXACT)
unit(FORGE, "Forge welding heat is about 2,300 °F - convert to Celsius", f_to_c(2300), EXACT)
unit_r(
    PUPPET,
    "Our fit-up stage is 12 ft by 14 ft. How many square metres of floor does it need?",
    12 * 14 * SQFT,
)
unit_r(CHEESE, "Cave thermostat set at 54 Fahrenheit - in centigrade?", f_to_c(54))
unit(ORCH, "Scanned score archive is 2.5 GiB. How many MiB?", dec("2.5") * GIB / MIB, EXACT)
unit_r(VET, "calf weighed 95 lb on the farmer's scales, kg?", 95 * LB)
unit(
    VET, "How many metres is the 400 yards of fencing round the isolation paddock?", 400 * YD, EXACT
)
unit(
    TAXI,
    "Stag head measures 32 inches across the antlers - how many cm for the case maker?",
    32 * IN / CM,
    EXACT,
)
unit(ARCH, "We shoot the York round's long distance at 60 yards - in metres?", 60 * YD, EXACT)
unit(SWEEP, "Flue liner is 7 inches across. What's that in millimetres?", 7 * IN / MM, EXACT)
unit_r(
    AID, "Pallet of tins weighs 1,100 lb - convert to kilograms for the customs form.", 1100 * LB
)
unit_r(VEG, "A large box weighs 6 kg; how many pounds is that for the American customer?", 6 / LB)
unit(CLOCK, "Seconds pendulum, 39.1 inches long. In centimetres?", dec("39.1") * IN / CM, EXACT)
unit(FILM, "The outdoor screen is 40 ft wide. How wide in metres?", 40 * FT, EXACT)
unit_r(FILM, "Festival marquee is 20 m by 30 m - square feet please", 20 * 30 * SQM / SQFT)
unit(HOSP, "Donated sofa is 84 inches long. cm?", 84 * IN / CM, EXACT)

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

# plain one-liners
date_item(P, "17 Aug 2029 - which weekday is it?", weekday(D(2029, 8, 17)))
date_item(P, "date 90 days after 12 March 2027", D(2027, 3, 12) + TD(days=90))
date_item(
    P,
    "How many days between 1 July 2026 and 25 December 2026?",
    days(D(2026, 7, 1), D(2026, 12, 25)),
)
date_item(P, "2 October 2028 plus 6 weeks", D(2028, 10, 2) + TD(weeks=6))
date_item(P, "what weekday was 21 July 1969", weekday(D(1969, 7, 21)))
date_item(P, "days from 15 Jan 2027 to 30 Apr 2027?", days(D(2027, 1, 15), D(2027, 4, 30)))
date_item(P, "Which date is 200 days before 1 January 2030?", D(2030, 1, 1) - TD(days=200))
date_item(P, "minutes between 08:45 and 17:10", clock_span("08:45", "17:10", 60))
date_item(P, "age on 8 Nov 2027 if born 9 Nov 1988?", age(D(1988, 11, 9), D(2027, 11, 8)))
date_item(P, "1000 days after 5 June 2025 is", D(2025, 6, 5) + TD(days=1000))
date_item(P, "hours from 22:30 to 06:15 next morning", clock_span("22:30", "06:15", 3600))
date_item(P, "date of the 3rd Tuesday in Nov 2027", nth_weekday(2027, 11, TUE, 3))
date_item(P, "Christmas Day 2031 falls on which weekday", weekday(D(2031, 12, 25)))
date_item(
    P, "how many weeks from 4 Jan 2027 to 29 March 2027", weeks(D(2027, 1, 4), D(2027, 3, 29))
)

# word problems
_QCELL = D(2027, 6, 4)
date_item(
    BEE,
    f"Queen cell capped on {say(_QCELL)} and she should emerge 8 days later. What date is that?",
    _QCELL + TD(days=8),
)
date_item(
    BEE,
    "Hives went up to the heather on 2 August 2027 and came home on 19 September 2027 - how many "
    "days were they on the moor?",
    days(D(2027, 8, 2), D(2027, 9, 19)),
)
date_item(
    BELLS,
    "Which day of the week is the wedding we're ringing for on 14 August 2027?",
    weekday(D(2027, 8, 14)),
)
date_item(
    BELLS,
    "Peal started at 14:05 and the bells came down at 17:02. How many minutes was that?",
    clock_span("14:05", "17:02", 60),
)
date_item(
    PILOT,
    "High water at 04:52 and the next one at 17:17; how many minutes apart?",
    clock_span("04:52", "17:17", 60),
)
_TUNED = D(2027, 2, 11)
date_item(
    PIANO,
    f"School hall piano last tuned {sayw(_TUNED)}, due again 26 weeks after that. Which date?",
    _TUNED + TD(weeks=26),
)
date_item(
    WEAVE,
    "Tapestry started on the loom 23 Oct 2026 and cut off 29 May 2027 - how many days between",
    days(D(2026, 10, 23), D(2027, 5, 29)),
)
date_item(
    BUS,
    "MOT runs out on 17 March 2028. We want the test booked 45 days before that - what date?",
    D(2028, 3, 17) - TD(days=45),
)
_FIRST_VISIT = D(2027, 1, 6)
date_item(
    ROPE,
    f"We do the glass atrium every 3 weeks, first clean {sayw(_FIRST_VISIT)}. What's the "
    "date of the fifth clean?",
    _FIRST_VISIT + TD(weeks=3 * 4),
)
date_item(
    GLASS,
    "The memorial window is dedicated on 1 November 2027 - what day of the week will that be?",
    weekday(D(2027, 11, 1)),
)
date_item(
    ICE,
    "Season runs from 27 March 2027 to 31 October 2027. How many days is that?",
    days(D(2027, 3, 27), D(2027, 10, 31)),
)
date_item(
    LIGHT,
    "Lamp first lit 1 December 1858; centenary dinner 1 December 1958. How many days apart are "
    "those two dates?",
    days(D(1858, 12, 1), D(1958, 12, 1)),
)
_HIRE_OUT = DT(2027, 5, 15, 14, 0)
_HIRE_BACK = DT(2027, 5, 22, 9, 0)
date_item(
    CANAL,
    f"Boat went out at 14:00 on {sayw(_HIRE_OUT.date())} and came back 09:00 on "
    f"{sayw(_HIRE_BACK.date())}. Hours on hire?",
    F(int((_HIRE_BACK - _HIRE_OUT).total_seconds()), 3600),
)
date_item(
    CHOIR,
    "Christmas concert is on the second Saturday of December 2027. Which date is that?",
    nth_weekday(2027, 12, SAT, 2),
)
date_item(
    FORGE,
    "Balustrade ordered 8 March 2027 with a ten-week lead time. Date it's due?",
    D(2027, 3, 8) + TD(weeks=10),
)
date_item(
    PUPPET,
    "Get-in at 18:20, curtain down at 21:05. How many minutes in the hall altogether?",
    clock_span("18:20", "21:05", 60),
)
date_item(
    CHEESE,
    "Cheddar made on 12 January 2027 needs 270 days' maturing. When is it ready?",
    D(2027, 1, 12) + TD(days=270),
)
date_item(
    CHEESE,
    "how many days did the stilton age - made 3 September 2026, sold 20 December 2026",
    days(D(2026, 9, 3), D(2026, 12, 20)),
)
date_item(
    ORCH,
    "Hired parts must be back 21 days after the concert on 6 March 2027. Return date?",
    D(2027, 3, 6) + TD(days=21),
)
date_item(
    VET,
    "Cow served on 10 August 2027, gestation 283 days - calving date?",
    D(2027, 8, 10) + TD(days=283),
)
date_item(VET, "The pet lamb was born 2 April 2027. What weekday was that?", weekday(D(2027, 4, 2)))
date_item(
    TAXI,
    "Fox came in on 3 February 2027 and we quote 16 weeks. When will it be ready?",
    D(2027, 2, 3) + TD(weeks=16),
)
date_item(
    ARCH,
    "County shoot on 26 June 2027 - what day of the week?",
    weekday(D(2027, 6, 26)),
)
date_item(
    SWEEP,
    "Swept the vicarage 14 Sept 2026 and again 26 Apr 2027. How many weeks apart?",
    weeks(D(2026, 9, 14), D(2027, 4, 26)),
)
date_item(
    AID,
    "Container left Felixstowe on 28 January 2027 and the shipping line says 39 days. Arrival "
    "date?",
    D(2027, 1, 28) + TD(days=39),
)
_FIRST_BOX = D(2027, 5, 5)
date_item(
    VEG,
    f"Fortnightly deliveries start {sayw(_FIRST_BOX)}. What date is the tenth delivery?",
    _FIRST_BOX + TD(weeks=2 * 9),
)
date_item(
    CLOCK,
    "Clock stopped at 23:47 and I restarted it at 08:20 next morning - how many minutes was it "
    "stopped?",
    clock_span("23:47", "08:20", 60),
)
date_item(
    CLOCK,
    "Carriage clock logged in 19 November 2026, promised back 6 weeks later. What date?",
    D(2026, 11, 19) + TD(weeks=6),
)
date_item(
    FILM,
    "Festival runs 4 to 13 March 2027 - what day of the week is the opening night?",
    weekday(D(2027, 3, 4)),
)
date_item(
    HOSP,
    "Bequest received 17 June 2027; the thank-you letter goes 10 days later. Which date?",
    D(2027, 6, 17) + TD(days=10),
)
date_item(
    HOSP,
    "Our oldest volunteer was born 30 January 1949. How old is she on 30 March 2027?",
    age(D(1949, 1, 30), D(2027, 3, 30)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    BEE: (
        "Is it too late in the season to requeen a grumpy colony?",
        "why do my bees bring in so much propolis some years and hardly any in others",
        "Write a friendly note for the allotment gate saying the hives are nothing to fear.",
        "What's the difference in taste between ling heather honey and bell heather honey?",
    ),
    BELLS: (
        "How do I teach a nervous learner to handle the sally without tensing up?",
        "Is it rude to ask the tower captain for more practice on the back bells?",
        "explain what 'dodging' means in method ringing, in plain words for a newcomer",
        "Draft a polite notice asking neighbours for patience during our practice night.",
    ),
    PILOT: (
        "What should a pilot check first when boarding a ship by rope ladder in a swell?",
        "Why do some harbours make pilotage compulsory only above a certain ship size?",
        "Is it normal to feel seasick on the launch after years of doing this job?",
        "Summarise the main risks of a night-time pilot transfer in fog.",
    ),
    PIANO: (
        "Should I tell a customer their old overstrung piano isn't worth fixing, or is that rude?",
        "why do pianos go flat faster in a centrally heated room",
        "Best way to explain 'stretch tuning' to a client who thinks their piano is out of tune?",
        "Is it worth learning to regulate actions, or should I just stick to tuning?",
    ),
    WEAVE: (
        "Why does my selvedge keep drawing in on the left side only?",
        "Is a countermarch loom worth the extra fuss over a jack loom for a guild studio?",
        "suggest a name for our summer exhibition of overshot coverlets",
        "What natural dye gives the most lightfast yellow?",
    ),
    BUS: (
        "What paint finish did bus operators use in the early sixties, roughly?",
        "How do we find volunteers who can actually rebuild a preselector gearbox?",
        "Is it better to restore the bus to original livery or the last livery it carried?",
        "draft a grant application paragraph about why heritage buses matter to rural towns",
    ),
    ROPE: (
        "What's the difference between IRATA and SPRAT certification?",
        "how windy is too windy to go over the edge with a water-fed pole",
        "Write a notice for office staff explaining why we'll be outside their windows.",
        "Should a two-person crew always have a dedicated rescue plan on site?",
    ),
    GLASS: (
        "Why does some antique glass look wavy compared with modern float glass?",
        "What's the safest way to remove old putty from a Victorian leaded light?",
        "Describe the symbolism of a pelican in church windows.",
        "is copper foil or lead came better for a beginner's first suncatcher",
    ),
    ICE: (
        "Which chime tune annoys people least in a quiet cul-de-sac?",
        "how do I stop the soft-serve machine freezing up on hot days",
        "Write a jingle for a vegan sorbet flavour launch.",
        "Is it worth taking the van to seaside towns or sticking to housing estates?",
    ),
    LIGHT: (
        "Why were lighthouse keepers replaced by automation in Britain?",
        "Suggest a few gift shop items that feel local rather than touristy tat.",
        "what was daily life like for a keeper's family on a rock station",
        "Write a short label for a Fresnel lens display aimed at ten-year-olds.",
    ),
    CANAL: (
        "What should first-time hirers know about going through a lock safely?",
        "Can you recommend a quiet stretch of the Llangollen canal for a family?",
        "Why do narrowboats have such a distinctive painted roses-and-castles style?",
        "is it ok to moor overnight anywhere on the towpath",
    ),
    CHOIR: (
        "How do I remind members about unpaid subs without making it awkward?",
        "Which carols work best for an untrained mixed choir?",
        "Should the choir register as a charity, and what are the pros and cons?",
        "write a thank-you email to our accompanist who's retiring",
    ),
    FORGE: (
        "What's the difference between wrought iron and mild steel in practice?",
        "How do I price a bespoke commission without scaring the customer off?",
        "why does my coal forge clinker up so fast",
        "Is a leaf-and-scroll design too fussy for a modern house gate?",
    ),
    PUPPET: (
        "How do I stop marionette strings tangling in the van between venues?",
        "Is a Punch and Judy show still appropriate for young audiences?",
        "write a short funding pitch for a shadow-puppet tour of rural schools",
        "What's the best way to project a puppet's voice without a microphone?",
    ),
    CHEESE: (
        "Why has blue mould appeared on my cheddar rind when I didn't add any?",
        "What does 'affinage' actually involve day to day?",
        "is raw-milk cheese safe for pregnant customers",
        "Suggest names for a soft goat's cheese washed in local cider.",
    ),
    ORCH: (
        "How should I mark bowings in a hired set without upsetting the hire library?",
        "Why are some orchestral parts still only available on hire?",
        "what's the etiquette when a player loses a part just before a concert",
        "Recommend a good way to organise a library of several thousand scores.",
    ),
    VET: (
        "What are the early signs of twin lamb disease?",
        "How do I explain to a farmer why we shouldn't routinely use wormers on every ewe?",
        "is bluetongue still a problem in the UK",
        "Write a short leaflet on biosecurity for farm visitors.",
    ),
    TAXI: (
        "Is it legal to mount a barn owl that was found dead on the road?",
        "how do I make a mount look alive rather than stuffed",
        "What should I say to a client who's upset their pet doesn't look like it used to?",
        "Describe how Victorian taxidermy differed from modern practice.",
    ),
    ARCH: (
        "What's the correct whistle signal for an emergency stop on the range?",
        "Should a beginner start with a recurve or a longbow?",
        "how do I stop my bow arm collapsing at full draw",
        "Write the safety briefing for our open day have-a-go session.",
    ),
    SWEEP: (
        "What are the signs of a bird's nest blocking a chimney?",
        "is it true that burning wet wood causes chimney fires",
        "How do I explain to a customer why their stove is smoking back into the room?",
        "Should I get HETAS registered, and is it worth it for a one-man business?",
    ),
    AID: (
        "Which items are most useful to newly arrived families in winter?",
        "How do we say no to donations we can't use without offending people?",
        "write a volunteer induction checklist for the warehouse",
        "What's the best way to organise clothes by size when volunteers keep changing?",
    ),
    VEG: (
        "What can I put in winter boxes so customers don't get sick of swede?",
        "Is it better to let customers swap items or keep boxes fixed?",
        "write a recipe card for kohlrabi that sounds exciting",
        "Why does organic certification cost small growers so much?",
    ),
    CLOCK: (
        "Should I clean a French clock movement with ammonia solution or not?",
        "why does the strike on my grandmother clock go out of sequence",
        "How do I tell whether a dial has been repainted?",
        "Describe the history of the anchor escapement in a few sentences.",
    ),
    FILM: (
        "How do we cope with queues for a sold-out screening without annoying people?",
        "Suggest a tagline for a festival strand on silent comedies.",
        "what should volunteers do if someone films the screen on their phone",
        "Is it worth showing subtitled films to a small-town audience?",
    ),
    HOSP: (
        "How should we price designer labels without putting off regular customers?",
        "Which donated electrical items can we legally sell?",
        "write a window display idea for a retro seventies theme",
        "Is it okay to turn away donations left outside the shop overnight?",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

NEAR = (
    (
        "near-exchange",
        "How many euros would I get for £250 at the post office counter?",
        "live rate",
    ),
    ("near-exchange", "what's 40,000 yen in dollars roughly", "live exchange rate"),
    ("near-price", "What does a litre of diesel cost in Inverness at the moment?", "live price"),
    ("near-price", "How much is a first-class stamp?", "current tariff"),
    ("near-density", "How many grams is a cup of caster sugar?", "density and contested cup"),
    ("near-density", "what does a litre of honey weigh in kg", "density of honey"),
    ("near-contested", "three litres of milk is how many pints, roughly?", "UK or US pint"),
    ("near-contested", "convert 12 gallons to litres", "imperial or US gallon"),
    ("near-contested", "Is 40 mpg good for a diesel estate?", "judgement, contested unit"),
    ("near-today", "sorry, what's today's date? lost track", "needs the current date"),
    ("near-today", "how many days until my birthday on 3 May", "needs the current date"),
    ("near-today", "How old is someone born in 1990?", "needs the current date and birthday"),
    ("near-easter", "what date does Easter fall on in 2031", "computus, not plain date arithmetic"),
    ("near-working", "How many working days are there in May 2027 in Scotland?", "bank holidays"),
    ("near-working", "If I order on Friday, when does 3-5 business days delivery arrive?", "vague"),
    ("near-tz", "It's 9 am in Sydney; what time is it in Lisbon?", "time zones and DST"),
    ("near-tz", "when should I call my sister in Vancouver if I finish work at 6", "time zones"),
    ("near-lunar", "When's Chinese New Year in 2029?", "lunisolar calendar"),
    ("near-lunar", "When does Ramadan start in 2030?", "moon sighting"),
    ("near-month", "What's one month after 31 January?", "month arithmetic from the 31st"),
    ("near-month", "add a month to 30 August 2027", "month length ambiguity"),
    ("near-numdate", "How many days separate 02/11/2027 and 09/12/2027?", "unstated date order"),
    ("near-numdate", "what weekday is 07/08/2029", "day/month order unknown"),
    ("near-ident", "Where is my parcel? tracking 2047-3381-0092", "an identifier"),
    ("near-ident", "What does error code 0x80070057 mean on Windows?", "a fault code"),
    ("near-ident", "Is ISBN 978-0-14-044913-6 a Penguin Classic?", "an ISBN"),
    ("near-ident", "what's the A38 like at junction 14 this evening", "a road number"),
    ("near-ident", "has the EZY 6153 from Bristol landed yet", "a flight number"),
    (
        "near-ident",
        "the shop's card machine keeps flashing error 05 - what is it telling me?",
        "a status code",
    ),
    ("near-ident", "is 0800 1111 the Childline number?", "a phone number"),
    ("near-version", "Is Python 3.10 newer than Python 3.9?", "version numbers, not decimals"),
    ("near-version", "what changed between Django 4.2 and 5.0", "release notes"),
    ("near-code", "What does `[1, 2, 3] * 2` give in Python?", "code semantics"),
    (
        "near-code",
        "JS question: why does '5' - 2 give a number when '5' + 2 gives a string?",
        "code semantics",
    ),
    ("near-code", "what does 7 // -2 return in python and why isn't it -3", "code semantics"),
    ("near-code", "Write a bash one-liner that sums the second column of a CSV.", "code request"),
    ("near-code", "Why is 0.1 + 0.2 not equal to 0.3 in most languages?", "explanation"),
    (
        "near-explain",
        "Why does dividing by a fraction mean multiplying by its reciprocal?",
        "explain",
    ),
    (
        "near-explain",
        "What is the point of learning long division if calculators exist?",
        "opinion",
    ),
    ("near-explain", "Explain why any number to the power zero is one.", "explanation"),
    (
        "near-proof",
        "Prove that there are infinitely many primes, in words a teenager follows.",
        "proof",
    ),
    (
        "near-proof",
        "Why is the square root of 2 irrational? Walk me through the argument.",
        "proof",
    ),
    ("near-fact", "How far is it from Plymouth to Aberdeen by road?", "route fact"),
    ("near-fact", "What's the population of Reykjavik?", "world fact"),
    ("near-fact", "how many bones are in a cat's tail", "biology fact"),
    ("near-fact", "How many grams of protein are in a medium egg?", "nutrition fact"),
    (
        "near-fact",
        "At what temperature does water boil on the summit of Snowdon?",
        "physics estimate",
    ),
    ("near-tax", "How much income tax do I pay on £32,000 in Wales?", "tax rules"),
    ("near-tax", "Is VAT charged on children's shoes?", "tax rule"),
    (
        "near-rule",
        "What's the speed limit for a van towing a trailer on a dual carriageway?",
        "rule",
    ),
    ("near-dose", "how many paracetamol can a 9 year old have", "dosing, not arithmetic"),
    ("near-size", "What's a UK size 8 shoe in EU sizes?", "size chart"),
    ("near-forecast", "Will it be warm enough for a barbecue on Saturday?", "forecast"),
    ("near-estimate", "Roughly how many piano tuners are there in London?", "Fermi estimate"),
    ("near-estimate", "How many ping-pong balls would fill a double-decker bus?", "estimate"),
    ("near-odds", "What are the chances of winning the Thunderball top prize?", "game rules"),
    (
        "near-missing",
        "If a train leaves at 10 and goes fast, when does it arrive?",
        "missing figure",
    ),
    ("near-missing", "how much will it cost to carpet my lounge", "missing figures"),
    ("near-translate", "How do you write 97 in French words?", "translation"),
    ("near-translate", "What's 'three and a half' in Welsh?", "translation"),
    (
        "near-writing",
        "Write a short sea shanty about carrying the one in long addition.",
        "writing task",
    ),
    ("near-title", "What is the film 2001: A Space Odyssey actually about?", "number in a title"),
    ("near-title", "who sang 99 Red Balloons", "number in a title"),
    ("near-history", "Why did the Romans have no symbol for zero?", "history of numerals"),
    ("near-opinion", "Is 5 foot 10 tall for a man?", "judgement"),
)
assert len(NEAR) == 65 and all(f.startswith("near-") and n for f, _q, n in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

_SUB = D(2027, 9, 6)
_FEE = 45 + 2 * 18
assert _FEE == 81
CONVS = (
    (
        "conv-operator",
        [
            (U, "In this chat, a ⊛ b means a times b plus a."),
            (A, "Understood."),
            (U, "What's 6 ⊛ 4?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-operator",
        [
            (U, "Let's say x ~ y is the larger of x and y minus the smaller."),
            (A, "Got it: the absolute difference."),
            (U, "so 3 ~ 11 is?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (S, "The user writes numbers the German way: comma for decimals, dot for thousands."),
            (U, "Was ist 1.250,5 plus 2,25?"),
        ],
        "decimal comma fixed by the system turn",
    ),
    (
        "conv-base",
        [
            (U, "From now on every number I type is in base 6."),
            (A, "Okay, base 6 it is."),
            (U, "What is 25 + 14?"),
        ],
        "number base fixed earlier",
    ),
    (
        "conv-base",
        [(U, "Answer only in hexadecimal please."), (A, "Sure."), (U, "What's 300 times 3?")],
        "output base fixed earlier",
    ),
    (
        "conv-roman",
        [(U, "Reply using Roman numerals only."), (A, "Agreed."), (U, "How much is 48 plus 19?")],
        "numeral system fixed earlier",
    ),
    (
        "conv-unit-defined",
        [
            (U, "At the bakery a 'tray' means 24 buns."),
            (A, "Noted."),
            (U, "How many buns in seven trays and a half?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-unit-defined",
        [
            (U, "our 'bale' on this farm is 22 kg"),
            (A, "Okay, a bale is 22 kg."),
            (U, "and 35 bales is how heavy"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-value",
        [
            (U, "The hire rate is £38 a day."),
            (A, "Thanks, £38 per day."),
            (U, "So what would nine days come to?"),
        ],
        "value stated earlier",
    ),
    (
        "conv-spread",
        [
            (U, "Batch one was 420 jars."),
            (A, "Okay."),
            (U, "Batch two came to 385."),
            (A, "Noted."),
            (U, "What's the total so far?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-followup",
        [
            (U, "What's 15% of 640?"),
            (A, "15% of 640 is 96."),
            (U, "and of double that?"),
        ],
        "follow-up on an earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, "count the days from 2 March 2027 up to 23 March 2027 for me"),
            (A, "21 days."),
            (U, "ok and from there to the last day of the month after?"),
        ],
        "follow-up needs earlier turns",
    ),
    (
        "conv-correction",
        [
            (U, "Add 37 and 58 for me."),
            (A, "37 + 58 = 95."),
            (U, "sorry I meant 73 not 37"),
        ],
        "correction of an earlier question",
    ),
    (
        "conv-recall",
        [
            (U, "My locker code is 4471, remember it."),
            (A, "I'll keep it in mind for this chat."),
            (U, "what was the code again"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "We sold 40 cones Monday and 65 on Tuesday, weather was awful Monday."),
            (A, "Tuesday was much better, then."),
            (U, "Summarise that in one line for the owner."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-judgement",
        [
            (U, "Quote A is £1,400 for the roof, quote B is £1,150 but takes longer."),
            (A, "B is £250 cheaper."),
            (U, "Which would you go for?"),
        ],
        "judgement on earlier figures",
    ),
    (
        "conv-explain",
        [
            (U, "What's 7 x 8?"),
            (A, "56."),
            (U, "How do I remember that one? I always get it wrong."),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Salt, a pirate who answers every question in pirate speech."),
            (U, "how many legs do three parrots have, captain"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-language",
        [
            (U, "Answer me only in Spanish from now on."),
            (A, "De acuerdo."),
            (U, "What's 120 divided by 8?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Give all your answers as rhyming couplets."),
            (A, "I shall reply in verse, / for better or for worse."),
            (U, "What's 9 times 12?"),
        ],
        "verse form fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Reply with JSON only, keys 'answer' and 'working'."),
            (A, '{"answer": "ok", "working": "none"}'),
            (U, "half of 350?"),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round everything to the nearest ten for me, always."),
            (A, "Will do."),
            (U, "What is 437 plus 268?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "I only understand metric, convert anything you give me."),
            (A, "Understood."),
            (U, "How tall is a standard door?"),
        ],
        "target unit fixed earlier, and a fact",
    ),
    (
        "conv-target-currency",
        [
            (U, "Please give all prices in Swiss francs."),
            (A, "Okay."),
            (U, "What's £80 plus £45?"),
        ],
        "target currency fixed earlier (needs a rate)",
    ),
    (
        "conv-date-order",
        [
            (U, "I write dates month first, American style."),
            (A, "Okay, month/day/year."),
            (U, "How many days from 2/3 to 3/2 in 2027?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-calendar",
        [
            (U, "In my game world a year has 10 months of 36 days each."),
            (A, "So 360 days a year."),
            (U, "What date is 50 days after the 20th of month 3?"),
        ],
        "an invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "At work week 1 starts on the first Monday of April."),
            (A, "Understood."),
            (U, "Which week is 1 June 2027 in?"),
        ],
        "week numbering fixed earlier",
    ),
    (
        "conv-letters",
        [
            (U, "Let A = 3, B = 7 and C = 12 for this puzzle."),
            (A, "Okay."),
            (U, "What's A times B minus C?"),
        ],
        "letters defined earlier",
    ),
    (
        "conv-rewrite",
        [
            (U, "Membership is £45 plus £18 per extra family member."),
            (A, f"For a family with two extra members that's £{_FEE}."),
            (U, "Rewrite that as a friendly sentence for the website."),
        ],
        "rewrite of earlier turns",
    ),
    (
        "conv-date-wording",
        [
            (U, f"Our first rehearsal is {sayw(_SUB)}."),
            (A, "Lovely, noted."),
            (U, "How should I write that date on a formal invitation?"),
        ],
        "date wording",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 5 miles into km for the fun run poster."),
            (A, "About 8.05 km."),
            (U, "can you give the poster figure in metres too, same run"),
        ],
        "follow-up on an earlier answer",
    ),
    (
        "conv-operator",
        [
            (U, "Define f(n) as n squared minus 1 for this chat, don't ask why."),
            (A, "Okay, f(n) = n² − 1."),
            (U, "f(9)?"),
        ],
        "function defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "It's 14 km from the farm to the market."),
            (A, "Okay, 14 km."),
            (U, "Actually that was one way, what's the round trip in miles?"),
        ],
        "correction and figures from earlier turns",
    ),
    (
        "conv-spread",
        [
            (U, "Shift one ran from 09:00 to 13:30."),
            (A, "That's four and a half hours."),
            (U, "Second shift was 14:15 till 18:00, so how long did I work in total?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-recall",
        [
            (U, "Remember: my daughter's birthday is the 11th of the month after next."),
            (A, "Noted."),
            (U, "When did I say her birthday was?"),
        ],
        "recall of an earlier turn",
    ),
)
assert len(CONVS) == 35 and all(f.startswith("conv-") and n for f, _t, n in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# structural asserts of this set
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 25 * 3 + 18 + 100, len(_in_regs)
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    assert sum(1 for i in _in_regs if i["label"] == _lab) == 31, _lab
assert all(
    i["family"] in REGISTERS or i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative"
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
    # no register (family name) of this set is a family name of sets 19 to 48
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 48: {reused}"
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
