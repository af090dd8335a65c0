r"""Generate heldout-2027-01-17.jsonl: a forty-fifth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_44.py, by `sed -n`: lines 1-350
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 619-679 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 882-958 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1181-1188 (its negatives section
header, neg() and conv()) and 1994-2218 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (2218 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges),
not README.md and not pyproject.toml (ruff's line length of 100 was taken from the brief). The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-44) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l`, `grep -n` and `sed -n` above (the views printed the allowed
ranges to the terminal: lines 1-350 alone, 619-679, 882-958 and 1181-1188 together with `echo`
separators, 1994-2218 alone); then, in one command, `mkdir -p` of /tmp/h45/blocks, /tmp/h45/own and
/work/sealed45, `sed -n` copies of the same five allowed ranges into block files under
/tmp/h45/blocks/, a `grep -n` for the `from __future__` line in the first copy (it printed only
that line, 205), `wc -l` of the blocks and `/work/main/.venv/bin/python --version` (3.11.7); a
small Python script (/tmp/h45/subst.py, written by a `cat` heredoc) that cut the first copy from
its `from __future__` line to P = "plain" (its line 350) and substituted this set's OUT, PREFIX,
EARLIER_DIR test (make_heldout_44.py), EARLIER (sets 1-44, `range(2, 45)`) and REGISTER_CHECK (sets
19-44, adding make_heldout_44.py), and "sets 19 to 43" -> "sets 19 to 44" in one comment and one
message string of main() (it asserted that each substitution applied once, the last twice, and
printed "ok" for each), after which it deleted the first raw copy (the one with set 44's
docstring); a `grep -n` of the substituted blocks for "44", "45", "43" and "19 to"; `cat` heredocs
that wrote this set's own blocks under /tmp/h45/own/ (registers and calculator items, unit items,
date items, ordinary negatives, near-positive negatives, the conversations with money(), approx()
and their values, and this set's own structural asserts), plus a one-line docstring placeholder;
two `grep -c` counts of the near-positive block (65, which counted an assert line too, then 64
entries), which showed before the first run that one entry was missing (it was added by a stdin
`python` script, below); an assembly script /tmp/h45/assemble.py that builds this file by
concatenating the docstring block and the blocks and prints its line count; a helper
/tmp/h45/run.sh that runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q`, `.venv/bin/ruff check --no-cache` and `.venv/bin/ruff format
--check --no-cache` on this file (stopping if one fails), then this generator from /tmp (passing on
any arguments), writing its output to /tmp/h45/out.txt, of which it prints the `tail -5` (family
counts only) and the exit code; edits of own blocks by `sed -i` (each followed by a `grep -n` or
`sed -n` view of the changed lines), by stdin `python` scripts and by the scripts /tmp/h45/wrap.py
and /tmp/h45/reword1.py (the changes are listed below); `grep -E` of out.txt for the summary lines;
this generator once with --show, filtered by `grep` for the ids and laid out by `column -t`;
`/work/main/.venv/bin/python -c` checks of line lengths in this file, and a `sed -n ... | cut
-c1-40` of three over-long lines of this file together with a `grep -n` of three reworded entries
in the own blocks. This docstring was written last over the placeholder (its source text,
/tmp/h45/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h45/doc/make_doc.py, which uses textwrap and asserts that the words are unchanged), followed
by run.sh, the line-length check, two runs of this file with --digest (one with PYTHONHASHSEED=7)
and `sha256sum` of the JSONL; finally `ls -la /work/sealed45` and `rm -rf /tmp/h45`. Writes:
/work/sealed45/ was created for this file and its JSONL; temporary blocks, scripts and output under
/tmp/h45/ were deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 44's main() and checks: only the substitutions listed above (file names, sets 1-44
for the duplicate check, sets 19-44 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 44's as printed; ruff format may have changed layout only. All
of set 44's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(not used by this set's items), say() (used through sayw()) and sayw() (a date written out with its
computed weekday, so every weekday stated next to a date in a query or turn is computed, not typed)
and SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, LITRE, HECTARE, CUIN and HOUR (with an
assert), the register constants and the REGISTERS tuple (sorted, asserted distinct), the ORDINARY,
NEAR and CONVS tables, money() and approx() (figures stated in assistant turns are computed, with
an assert), the _QUIZ, _HOURS, _MARATHON_KM, _PLOT, _JUNE3, _HOLS, _BATCH, _SPAN91, _CEILIDH and
_PINT_ROUND values used in assistant turns, an assert that the stated first lesson day of a
skating_rink_hire_counter item is a Sunday, and this set's own asserts: the ORDINARY negatives are
keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS 35; the positive registers
are exactly the REGISTERS; every register is used by all three tools; 193 items lie in the
registers (25 x 3 positives, 18 second positives, 100 negatives), 31 word problems per tool; every
negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 44's docstring and the brief on purpose
(plain one-liners of common operations; near-positive and conversation categories as the brief and
set 44's docstring list them), and the helpers, unit factors and checks are set 44's, copied (P =
"plain" is copied too, as the last line of the first block). Set 44's docstring (within lines
1-350) names its 25 registers, its provenance and the generic kinds of its reworded items, which
were therefore seen; none of those names is used here as a register, and some plain one-liners,
near-positives and conversations here are of those same generic kinds, newly worded. Unlike set 44,
this set has no near-positive that depends on the current date, no Easter question and no algebra
or calculus question (symbolic math with one right answer is a tool question, so none is labelled
negative; the only proof asked for is a written proof). The `grep -n` printed no docstring, query
or constant line: only def lines and section headers with their line numbers (it showed that set 44
has money() and approx() at lines 1621 and 1628, which were not opened; this set's money() and
approx() are newly written). At the edges of the allowed ranges: line 350 is P = "plain", 619, 882
and 1181 are section headers, 679 is a blank line after unit_r(), 958 is the assert after sayw(),
1188 is the last line of conv(), 1994 is the comment above the stated-weekday pattern and 2218 is
the call of main(). No query text of any earlier set was seen. Every query here was newly written
from imagination of each trade or situation. Registers of sets 1 to 18 are not known here, so an
overlap in TOPIC cannot be ruled out; eight first-chosen register names were family names of sets
19 to 44 (below), so those eight topics were evidently used before under those names and are kept
here under new names with this set's own queries. An exact repeat of any earlier query or user turn
is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 44 (the
near-.../conv-... families are not registers and may coincide with earlier family names).

Register check: main()'s register assertion failed once, on the first run that reached it: eight
first-chosen registers were already family names of sets 19 to 44 and were renamed by one `sed -i`
of their constants (alpaca_trekking_farm became alpaca_walk_booking_desk, canal_narrowboat_hire
became narrowboat_hire_base_office, chess_congress_arbiter became
weekend_chess_tournament_controller, escape_room_operator became escape_game_master_shifts,
ice_rink_skate_hire became skating_rink_hire_counter, mushroom_grow_room became
gourmet_mushroom_farm_unit, piano_tuner_rounds became piano_tuning_technician_diary,
stained_glass_studio became leaded_light_glass_workshop). The next run passed it.

Other failed checks and edits: before the first run, a `sed -i` removed the word "today's" from a
unit word problem of piano_tuning_technician_diary (the positives' wording rule forbids it), a
stdin `python` script reworded three day counts of the date block from "from ... to ..." into "how
many days after ..." (the kitesurf season, the chess entry deadline and the church window) and
added the Sunday assert; a second one rewrote money() (an awkward first version), replaced an
unused value by _CEILIDH and computed two figures of assistant turns that had been typed (hours
worked and costs so far), and added the missing near-positive (the price of an ounce of gold). The
first ruff check reported seven implicit string concatenations in a collection (ISC004, in the
ORDINARY, NEAR and CONVS tables), and /tmp/h45/wrap.py wrapped every two-line string of those
tables (nine) in parentheses. The next run failed the register check (above); the next failed
main()'s duplicate check, which reported 22 items by id; they were reworded by reword1.py without
the earlier queries being looked at: two plain calculator one-liners (a power and a percentage
increase; new figures), four plain unit one-liners (GiB to MiB, acres to square metres, Celsius to
Fahrenheit, feet and inches to centimetres; new figures), one unit word problem of
narrowboat_hire_base_office (a boat length; new wording and figure), ten near-positives (an
exchange rate, a contested gallon, an income tax question, a mountain height, a paint estimate, a
missing VAT figure, a month after the 31st, a code request, a number in French and a proof; new
wording, subjects or figures) and six conversations (an explained miles-to-km answer, a JSON format
request, a German conversation, a binary and an octal conversation; new figures or wording of user
turns). The next run passed every check. The line-length check then found three lines over 100
columns; a stdin `python` script moved the split point of two two-line strings and shortened one
section-header comment (no query text changed; the sha256 stayed the same). On review of the --show
listing, a stdin `python` script reworded two calculator word problems for clarity (an
escape_game_master_shifts problem now says the bookings and rent are for the same month; a
vintage_clothes_resale_app problem now says who paid the postage; same figures); the next run
passed every check.

Registers (families), 25, new: alpaca_walk_booking_desk, blood_donor_session_team,
bouldering_wall_reception, brass_band_tour_treasurer, campervan_conversion_workshop,
cider_press_orchard, community_fridge_volunteers, escape_game_master_shifts,
gourmet_mushroom_farm_unit, guide_dog_puppy_walkers, kitesurf_school_beach_hut,
laundrette_service_wash, leaded_light_glass_workshop, locksmith_emergency_callouts,
mobile_knife_sharpener, narrowboat_hire_base_office, physio_clinic_reception,
piano_tuning_technician_diary, removal_van_firm, roller_derby_league, secondhand_vinyl_stall,
sheepdog_trials_committee, skating_rink_hire_counter, vintage_clothes_resale_app,
weekend_chess_tournament_controller. Every register is used by all three tools (asserted); eighteen
registers have a further positive (a second calculator word problem: brass_band_tour_treasurer,
cider_press_orchard, escape_game_master_shifts, laundrette_service_wash, roller_derby_league,
vintage_clothes_resale_app; a second unit word problem: campervan_conversion_workshop,
cider_press_orchard, gourmet_mushroom_farm_unit, leaded_light_glass_workshop,
narrowboat_hire_base_office, removal_van_firm; a second date word problem:
escape_game_master_shifts, physio_clinic_reception, removal_van_firm, sheepdog_trials_committee,
skating_rink_hire_counter, weekend_chess_tournament_controller). Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly in UK usage with £ and pence, some
chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price or rate, a
density, a contested unit (gallon, ton, mpg, horsepower), time zones, daylight saving, working
days, bank holidays, tax or VAT rules, dosing, world, animal, sport or science facts, judgements,
opinions and advice, a forecast, size charts, estimates, missing numbers, an ambiguous unit, month
arithmetic from the 31st or the length of months, all-numeric dates of unstated order, code or
spreadsheet formulas, writing conventions, another language, Roman numerals with history,
explanations, a written proof, lottery rules, nutrition, a writing task, school term dates; or, in
conversations, a persona / role-play / language / rounding / notation / number base / date wording
/ verse form / output format / target unit fixed in an earlier turn, a made-up calendar, a unit or
value defined earlier, a follow-up, correction, summary or rewrite of earlier turns, figures spread
over earlier turns, or an explanation of an earlier answer. The ordinary negatives ask for advice,
explanations, judgements, prices, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 44: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week counts
are asserted to be whole weeks; no day count is inclusive (each is the difference of the two dates,
and queries are worded as "N days after", "N days before", "how many days after", or from one date
to a later one), and clock spans run from one stated time to the next occurrence of the other (two
cross midnight, both saying "the next morning"). Every rounded unit result stays within its 1e-3
tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 44):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet, cubic feet and cubic inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); t(degF) = t(degC) * 9/5 + 32;
    1 h = 3600 s; 1 L = 10^-3 m^3; 1 ha = 10^4 m^2; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_45.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-17.jsonl"
PREFIX = "ho45-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_44.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 45))
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

# =========================================================================== registers (set 45)
ALPACA = "alpaca_walk_booking_desk"
BLOOD = "blood_donor_session_team"
BOULDER = "bouldering_wall_reception"
BRASS = "brass_band_tour_treasurer"
CAMPER = "campervan_conversion_workshop"
CANAL = "narrowboat_hire_base_office"
CHESS = "weekend_chess_tournament_controller"
CIDER = "cider_press_orchard"
FRIDGE = "community_fridge_volunteers"
ESCAPE = "escape_game_master_shifts"
PUPPY = "guide_dog_puppy_walkers"
RINK = "skating_rink_hire_counter"
KITE = "kitesurf_school_beach_hut"
LAUNDRY = "laundrette_service_wash"
LOCK = "locksmith_emergency_callouts"
KNIFE = "mobile_knife_sharpener"
MUSHROOM = "gourmet_mushroom_farm_unit"
PHYSIO = "physio_clinic_reception"
PIANO = "piano_tuning_technician_diary"
REMOVAL = "removal_van_firm"
DERBY = "roller_derby_league"
VINYL = "secondhand_vinyl_stall"
SHEEPDOG = "sheepdog_trials_committee"
GLASS = "leaded_light_glass_workshop"
VINTAGE = "vintage_clothes_resale_app"

REGISTERS = tuple(
    sorted(
        (
            ALPACA,
            BLOOD,
            BOULDER,
            BRASS,
            CAMPER,
            CANAL,
            CHESS,
            CIDER,
            FRIDGE,
            ESCAPE,
            PUPPY,
            RINK,
            KITE,
            LAUNDRY,
            LOCK,
            KNIFE,
            MUSHROOM,
            PHYSIO,
            PIANO,
            REMOVAL,
            DERBY,
            VINYL,
            SHEEPDOG,
            GLASS,
            VINTAGE,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# --------------------------------------------------------------------------- calculator, plain
calc(P, "what's 4,786 + 9,358 - 1,207", 4786 + 9358 - 1207)
calc(P, "17.5% of 2,368?", pct("17.5") * 2368)
calc(P, "3.75 x 48.2", dec("3.75") * dec("48.2"))
calc(P, "square root of 3249", math.isqrt(3249))
assert math.isqrt(3249) ** 2 == 3249
calc(P, "7,215 divided by 37", F(7215, 37))
calc(P, "(128 + 356) / 11 = ?", F(128 + 356, 11))
calc(P, "3 raised to the power 9", 3**9)
calc(P, "increase 736 by 12.5%", 736 * (1 + pct("12.5")))
calc(P, "calculate 0.35 times 1,284", dec("0.35") * 1284)
calc(P, "take 18% off 1,950", 1950 * (1 - pct(18)))
calc(P, "mean of 48, 53, 61, 57 and 66", F(48 + 53 + 61 + 57 + 66, 5))
calc(P, "cube root of 4913", 17)
assert 17**3 == 4913
calc(P, "13 squared plus 29 squared", 13**2 + 29**2)
calc(P, "what is three eighths of 1,096", F(3, 8) * 1096)

# --------------------------------------------------------------------------- calculator, registers
calc(
    ALPACA,
    "An alpaca walk is £38 per adult and £22 per child. Saturday we had 14 adults and 9 "
    "children, what did we take altogether?",
    38 * 14 + 22 * 9,
)
calc(
    BOULDER,
    "day pass £13.50, shoe hire £4. sold 27 day passes and 11 shoe hires this morning, total?",
    dec("13.50") * 27 + 4 * 11,
)
calc(
    BRASS,
    "The coach for our band tour costs £1,860 and 31 players are splitting it equally. "
    "How much does each player pay?",
    F(1860, 31),
)
calc(
    BRASS,
    "Raffle raised £412 and the bake sale £287.50. Half of the combined total goes to the "
    "hospice. How much is left for the band?",
    (412 + dec("287.50")) / 2,
)
calc(
    CANAL,
    "Narrowboat hire is £1,240 for the week plus an £85 fuel deposit, and four of us are "
    "splitting both evenly. What's each person's share?",
    F(1240 + 85, 4),
)
calc(
    CHESS,
    "Congress entries: 86 adults at £24 and 12 juniors at half that fee. The prize fund is 60% "
    "of total entry fees. How big is the prize fund?",
    (86 * 24 + 12 * 12) * pct(60),
)
calc(
    CIDER,
    "We pressed 1,450 kg of apples and got 0.62 litres of juice per kg. How many litres of "
    "juice is that?",
    1450 * dec("0.62"),
)
calc(
    CIDER,
    "Sold 420 bottles of cider at £4.20 each; each bottle cost us £1.65 to make. What's the "
    "profit?",
    420 * (dec("4.20") - dec("1.65")),
)
calc(
    FRIDGE,
    "community fridge got 312 donated items this week. 47 went out on Monday, 88 on Tuesday "
    "and 63 on Wednesday. how many are left?",
    312 - 47 - 88 - 63,
)
calc(
    ESCAPE,
    "Our escape room is £96 for up to 4 players plus £20 for each extra player. A group of 8 "
    "wants to split it evenly, how much each?",
    F(96 + 4 * 20, 8),
)
calc(
    ESCAPE,
    "Last month we had 90 bookings at £88 each across our 5 rooms and paid £2,150 rent. "
    "After rent, how much did we make per room on average?",
    F(90 * 88 - 2150, 5),
)
calc(
    PUPPY,
    "Our fun dog show raised £2,745 in ticket sales plus £1,180 in donations, and Gift Aid adds "
    "25% on the donations only. What's the grand total?",
    2745 + 1180 + 1180 * pct(25),
)
calc(
    RINK,
    "Public session: 142 skaters paid £9.50 and 58 paid the £6.75 concession. Takings?",
    142 * dec("9.50") + 58 * dec("6.75"),
)
calc(
    KITE,
    "A 3-day kitesurf course is £395 per person and pairs get 15% off. What does a pair pay "
    "in total?",
    2 * 395 * (1 - pct(15)),
)
calc(
    LAUNDRY,
    "Service wash is £8.90 a load. We did 23 loads Monday and 17 Tuesday — how much is that?",
    (23 + 17) * dec("8.90"),
)
calc(
    LAUNDRY,
    "The dryers take 20p for every 4 minutes. How much does a 52 minute dry cost?",
    F(52, 4) * dec("0.20"),
)
calc(
    LOCK,
    "Lockout job: £75 call-out, 2.5 hours labour at £42 an hour and a £38 cylinder, then 20% "
    "VAT on the whole lot. What's the invoice total?",
    (75 + dec("2.5") * 42 + 38) * (1 + pct(20)),
)
calc(
    KNIFE,
    "I charge £4 a knife and £6 for serrated ones. Did 37 plain and 9 serrated at the market, "
    "how much did I make?",
    37 * 4 + 9 * 6,
)
calc(
    MUSHROOM,
    "Each substrate bag gives 1.8 kg of oyster mushrooms and we sell them at £11 a kilo. What "
    "are 45 bags worth?",
    45 * dec("1.8") * 11,
)
calc(
    PIANO,
    "Tuned 6 pianos at £85 each and drove 142 miles at 45p a mile. What's my total to bill "
    "for the day?",
    6 * 85 + 142 * dec("0.45"),
)
calc(
    PHYSIO,
    "A patient had an initial assessment at £65 and 5 follow-ups at £48. The insurer pays 80% "
    "of the total, so what does the patient pay?",
    (65 + 5 * 48) * (1 - pct(80)),
)
calc(
    REMOVAL,
    "Three movers at £22 an hour each for 7.5 hours, plus £140 for the van. Quote total?",
    3 * 22 * dec("7.5") + 140,
)
calc(
    DERBY,
    "34 skaters pay £28 subs a month and the sports hall costs us £620 a month. What's the "
    "monthly surplus?",
    34 * 28 - 620,
)
calc(
    DERBY,
    "we're buying 40 helmets at £34 each with a 12.5% team discount, total?",
    40 * 34 * (1 - pct("12.5")),
)
calc(
    VINYL,
    "I bought a crate of 120 records for £180. Sold 75 at £6 each and the rest at £2.50. "
    "What was my profit on the crate?",
    75 * 6 + (120 - 75) * dec("2.50") - 180,
)
calc(
    SHEEPDOG,
    "Trial day: 48 handlers paid £15 entry and catering took £386. Judge's fee was £240 and "
    "sheep hire £300. What did the committee clear?",
    48 * 15 + 386 - 240 - 300,
)
calc(
    GLASS,
    "A panel is 40 cm by 55 cm and glass costs £0.012 per square centimetre, plus £9 of lead "
    "came. What's the material cost?",
    40 * 55 * dec("0.012") + 9,
)
calc(
    VINTAGE,
    "Sold a jacket for £64. The app takes a 10% fee plus 30p, I paid £3.85 postage and I "
    "bought it for £12. What's my profit?",
    64 - 64 * pct(10) - dec("0.30") - dec("3.85") - 12,
)
calc(
    VINTAGE,
    "I listed 75 items on the resale app and 36% of them sold. How many sold?",
    75 * pct(36),
)
calc(
    BLOOD,
    "Our donor session had 120 booked slots and 15% of those booked didn't turn up. How many "
    "donors came?",
    120 * (1 - pct(15)),
)
calc(
    CAMPER,
    "Van insulation job: 14 panels at £23.40 each plus 3 rolls of foil tape at £6.95. Cost?",
    14 * dec("23.40") + 3 * dec("6.95"),
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
HECTARE = F(10**4)  # m^2
CUIN = IN * IN * IN  # m^3
HOUR = 3600  # s
assert CUIN * 10**6 == dec("16.387064") and ACRE / HECTARE == dec("0.40468564224")

# --------------------------------------------------------------------------- units, plain
unit(P, "convert 37.2 °C to °F", c_to_f(dec("37.2")), EXACT)
unit(P, "how many metres are in 440 yards", 440 * YD, EXACT)
unit(P, "5.75 GiB in MiB?", dec("5.75") * GIB / MIB, EXACT)
unit_r(P, "145 lb to kg", 145 * LB)
unit_r(P, "how many feet is 1,850 metres", 1850 / FT)
unit_r(P, "60 km/h in mph", 60 * KMH / MPH)
unit_r(P, "3.25 acres in square metres", dec("3.25") * ACRE)
unit_r(P, "30 psi is how many bar", 30 * PSI / BAR)
unit_r(P, "9 stone in kilograms", 9 * STONE)
unit_r(P, "500 g in ounces please", 500 * G / OZ)
unit(P, "3.5 miles in yards", dec("3.5") * MI / YD, EXACT)
unit(P, "seconds in 3.75 hours?", dec("3.75") * HOUR, EXACT)
unit(P, "-12.5 °C in fahrenheit", c_to_f(dec("-12.5")), EXACT)
unit(P, "6 ft 1 in in cm", (6 * FT + 1 * IN) / CM, EXACT)

# --------------------------------------------------------------------------- units, registers
unit_r(
    ALPACA, "Our longest alpaca trek is 7.5 miles. What's that in kilometres?", dec("7.5") * MI / KM
)
unit_r(BOULDER, "The comp wall is 4.5 metres tall — how many feet is that?", dec("4.5") / FT)
unit_r(BRASS, "my tuba in its hard case weighs 11 kg, what's that in pounds", 11 / LB)
unit_r(CANAL, "The canal speed limit is 4 mph. What is that in km/h?", 4 * MPH / KMH)
unit_r(CANAL, "The boat we hire out is 62 ft long — metres?", 62 * FT)
unit_r(
    CHESS,
    "The congress hall is 18 m by 24 m. What's its floor area in square feet?",
    18 * 24 / SQFT,
)
unit_r(
    CIDER,
    "the fermenting tank holds 1,200 litres, how many cubic feet is that?",
    1200 * LITRE / CUFT,
)
unit_r(CIDER, "We pressed 1,450 kg of apples this season. How many pounds is that?", 1450 / LB)
unit(FRIDGE, "Our fridge log reads 5°C. What is that in Fahrenheit?", c_to_f(5), EXACT)
unit(ESCAPE, "the thermostat in the Egyptian tomb room says 68°F — celsius?", f_to_c(68), EXACT)
unit_r(
    PUPPY,
    "Our guide dog puppy weighed in at 21 lb 8 oz. What's that in kilos?",
    21 * LB + 8 * OZ,
)
unit(RINK, "The ice surface is kept at 23°F. What's that in Celsius?", f_to_c(23), EXACT)
unit(
    KITE,
    "Gusts are hitting 25 mph at the beach. How many metres per second is that?",
    25 * MPH,
    EXACT,
)
unit_r(LAUNDRY, "Big washer takes a 9 kg load — how many lb is that?", 9 / LB)
unit_r(LOCK, "The door is 2,040 mm tall. How many inches is that?", 2040 * MM / IN)
unit(KNIFE, "An 8 inch chef's knife blade, how many cm is that?", 8 * IN / CM, EXACT)
unit_r(
    MUSHROOM,
    "Grow room is 12 ft by 10 ft by 8 ft. What's the volume in cubic metres?",
    12 * 10 * 8 * CUFT,
)
unit(MUSHROOM, "We keep the fruiting room at 21°C. What is that in °F?", c_to_f(21), EXACT)
unit_r(PIANO, "I drove 142 miles on my tuning round, how many km is that?", 142 * MI / KM)
unit_r(PHYSIO, "Patient's weight is 11 stone 4 lb. What is that in kg?", 11 * STONE + 4 * LB)
unit_r(REMOVAL, "Our Luton van has 19 cubic metres of load space. How many cubic feet?", 19 / CUFT)
unit(REMOVAL, "The sofa is 90 inches wide. How many metres is that?", 90 * IN, EXACT)
unit_r(DERBY, "I weigh 68 kg in my kit, what's that in stone?", 68 / STONE)
unit(VINYL, "A 12 inch LP is how many centimetres across?", 12 * IN / CM, EXACT)
unit_r(SHEEPDOG, "The trial field is 15 acres. How many hectares is that?", 15 * ACRE / HECTARE)
unit_r(
    GLASS,
    "A window panel is 600 mm by 900 mm. What's its area in square feet?",
    600 * MM * 900 * MM / SQFT,
)
unit_r(GLASS, "My kiln fuses at 1,250°F. What's that in Celsius?", f_to_c(1250))
unit_r(VINTAGE, "The dress measures 96 cm around the chest. What's that in inches?", 96 * CM / IN)
unit_r(BLOOD, "donor says she's 7 stone 12 lb, what is that in kg", 7 * STONE + 12 * LB)
unit_r(CAMPER, "The van's tyres run at 65 psi. What's that in bar?", 65 * PSI / BAR)
unit_r(CAMPER, "The roof height inside the van is 1.9 m, how many feet is that?", dec("1.9") / FT)

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

# --------------------------------------------------------------------------- dates, plain
date_item(P, "What day of the week is 9 October 2031?", weekday(D(2031, 10, 9)))
date_item(
    P, "how many days from 3 March 2028 to 19 August 2028", days(D(2028, 3, 3), D(2028, 8, 19))
)
date_item(P, "what date is 100 days after 14 November 2029", D(2029, 11, 14) + TD(days=100))
date_item(P, "Date 6 weeks before 2 June 2030?", D(2030, 6, 2) - TD(weeks=6))
date_item(
    P,
    "How many weeks is it from 5 January 2032 to 29 March 2032?",
    weeks(D(2032, 1, 5), D(2032, 3, 29)),
)
date_item(
    P,
    "how old is someone born on 22 July 1987 on 1 March 2034",
    age(D(1987, 7, 22), D(2034, 3, 1)),
)
date_item(P, "which day of the week was 25 December 1999", weekday(D(1999, 12, 25)))
date_item(P, "minutes from 08:45 to 17:20?", clock_span("08:45", "17:20", 60))
date_item(P, "What's the date 45 days before 10 April 2029?", D(2029, 4, 10) - TD(days=45))
date_item(P, "third Thursday of November 2030 — what date?", nth_weekday(2030, 11, THU, 3))
date_item(P, "What date is the last Monday in May 2031?", nth_weekday(2031, 5, MON, -1))
date_item(
    P,
    "how many hours from 21:30 to 06:15 the next morning",
    clock_span("21:30", "06:15", 3600),
)
date_item(
    P,
    "What day of the week is 200 days after 3 September 2030?",
    weekday(D(2030, 9, 3) + TD(days=200)),
)
date_item(P, "Which date is the 256th day of 2031?", D(2031, 1, 1) + TD(days=255))

# --------------------------------------------------------------------------- dates, registers
date_item(
    ALPACA,
    "Our female alpaca was mated on 14 June 2027 and we expect the cria 335 days after that. "
    "What's the due date?",
    D(2027, 6, 14) + TD(days=335),
)
date_item(
    BOULDER,
    "A 90-day membership was bought on 3 February 2029 and expires 90 days after that date. "
    "What's the expiry date?",
    D(2029, 2, 3) + TD(days=90),
)
date_item(
    BRASS,
    "The area brass band contest is on 11 March 2028. What day of the week is that?",
    weekday(D(2028, 3, 11)),
)
date_item(
    CANAL,
    "Hirers collect the boat on 18 July 2029 and bring it back 10 days later. What's the "
    "return date?",
    D(2029, 7, 18) + TD(days=10),
)
date_item(
    CHESS,
    "Entries for the congress close on 12 December 2029 and round one is on 25 January 2030. "
    "How many days after the closing date is round one?",
    days(D(2029, 12, 12), D(2030, 1, 25)),
)
date_item(
    CHESS,
    "Round 4 started at 09:30 and the last game finished at 14:05. How many minutes was that?",
    clock_span("09:30", "14:05", 60),
)
date_item(
    CIDER,
    "the cider went into the fermenter on 2 October 2028 and gets 16 weeks before bottling. "
    "what date do we bottle?",
    D(2028, 10, 2) + TD(weeks=16),
)
date_item(
    FRIDGE,
    "Yoghurts delivered on 27 February 2030 have a use-by date 7 days after delivery. What "
    "date is that?",
    D(2030, 2, 27) + TD(days=7),
)
date_item(
    ESCAPE,
    "The game started at 19:45 and we locked up at 23:10. How many minutes is that?",
    clock_span("19:45", "23:10", 60),
)
date_item(
    ESCAPE,
    "A gift voucher sold on 14 March 2029 expires 180 days after the sale date. What's the "
    "expiry date?",
    D(2029, 3, 14) + TD(days=180),
)
date_item(
    PUPPY,
    "Our guide dog puppy was born on 8 April 2029. How many weeks old is he on 10 June 2029?",
    weeks(D(2029, 4, 8), D(2029, 6, 10)),
)
assert weekday(D(2029, 1, 7)) == "Sunday"
date_item(
    RINK,
    f"Beginner lessons run every Sunday starting {sayw(D(2029, 1, 7))}. What's the date of the "
    "10th lesson?",
    D(2029, 1, 7) + TD(weeks=9),
)
date_item(
    RINK,
    "Saturday's public session runs from 18:15 to 20:45. How many hours is that?",
    clock_span("18:15", "20:45", 3600),
)
date_item(
    KITE,
    "The kitesurf school opens on 1 April 2030 and closes on 31 October 2030. How many days "
    "after opening day does it close?",
    days(D(2030, 4, 1), D(2030, 10, 31)),
)
date_item(
    LAUNDRY,
    "our laundrette lease renews on 30 June 2031, what day of the week is that?",
    weekday(D(2031, 6, 30)),
)
date_item(
    LOCK,
    "Got the lockout call at 23:40 and finished at 02:05 the next morning. How many minutes "
    "was I on the job?",
    clock_span("23:40", "02:05", 60),
)
date_item(
    KNIFE,
    "I sharpen at the farmers' market on the second Saturday of every month. What date is "
    "that in September 2029?",
    nth_weekday(2029, 9, SAT, 2),
)
date_item(
    MUSHROOM,
    "Spawned a block of lion's mane on 12 August 2028 and it fruits 24 days after spawning. "
    "What date is that?",
    D(2028, 8, 12) + TD(days=24),
)
date_item(
    PIANO,
    "I last tuned Mrs Okafor's piano on 17 May 2027 and she wants it done every 26 weeks. "
    "When is the next tuning due?",
    D(2027, 5, 17) + TD(weeks=26),
)
date_item(
    PHYSIO,
    "GP referral came in on 3 November 2029 and the first appointment is 6 weeks later. "
    "What's the appointment date?",
    D(2029, 11, 3) + TD(weeks=6),
)
date_item(
    PHYSIO,
    "A patient was born on 2 February 1961. How old is she on 1 February 2029?",
    age(D(1961, 2, 2), D(2029, 2, 1)),
)
date_item(
    REMOVAL,
    "Completion day for the Hendersons' move is 28 September 2029. What day of the week is it?",
    weekday(D(2029, 9, 28)),
)
date_item(
    REMOVAL,
    "Contracts exchanged on 4 June 2029 and completion is 3 weeks after exchange. What's the "
    "completion date?",
    D(2029, 6, 4) + TD(weeks=3),
)
date_item(
    DERBY,
    "One of our skaters was born on 30 December 2008. How old is she at the bout on "
    "14 February 2026?",
    age(D(2008, 12, 30), D(2026, 2, 14)),
)
date_item(
    VINYL,
    "The record fair is on the first Sunday of April 2030. What date is that?",
    nth_weekday(2030, 4, SUN, 1),
)
date_item(
    SHEEPDOG,
    "Our open trial is on 21 August 2027 and entries close 28 days before. What's the closing "
    "date for entries?",
    D(2027, 8, 21) - TD(days=28),
)
date_item(
    SHEEPDOG,
    "the nursery trial is on the last Saturday of July 2028, which date is that",
    nth_weekday(2028, 7, SAT, -1),
)
date_item(
    GLASS,
    "The deposit for the church window was paid on 9 January 2029 and it was installed on "
    "5 June 2029. How many days after the deposit was it installed?",
    days(D(2029, 1, 9), D(2029, 6, 5)),
)
date_item(
    VINTAGE,
    "What date is 30 days after a buyer's parcel was delivered on 23 November 2028?",
    D(2028, 11, 23) + TD(days=30),
)
date_item(
    BLOOD,
    f"A donor gave blood on {sayw(D(2029, 3, 15))} and must wait 12 weeks before donating "
    "again. What's the earliest date she can come back?",
    D(2029, 3, 15) + TD(weeks=12),
)
date_item(
    CAMPER,
    "We started the van build on 6 January 2031 and handed it over 142 days later. What was "
    "the handover date?",
    D(2031, 1, 6) + TD(days=142),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# --------------------------------------------------------------------------- negatives, registers
ORDINARY = {
    ALPACA: (
        "What's the best way to stop an alpaca spitting at visitors halfway through a trek?",
        "Write a cheerful booking confirmation email for a family alpaca walk on a Saturday.",
        (
            "Should we let children under eight lead an alpaca on their own, or is that asking "
            "for trouble?"
        ),
        "Our alpacas keep lying down in the middle of the bridleway. Why might they do that?",
    ),
    BLOOD: (
        "How can we reassure a first-time donor who's really nervous about needles?",
        "Write a short post thanking everyone who came to our village hall donor session.",
        "Why are donors told to eat a proper meal and drink plenty before giving blood?",
        "What should the team do if a donor feels faint in the refreshment area afterwards?",
    ),
    BOULDER: (
        "How do I explain the difference between V grades and Font grades to a first-timer?",
        (
            "Draft a friendly but clear waiver paragraph for people climbing with us for the first "
            "time."
        ),
        "A customer at the desk says our crash mats are too thin. How should I handle it?",
        "What warm-up games would you suggest for a kids' bouldering birthday party?",
    ),
    BRASS: (
        "How should a band treasurer keep tour receipts so the annual audit is painless?",
        "Write a thank-you letter to the pub that let us use their function room for free.",
        (
            "Is it fairer to split coach costs equally or by how far each player travels to the "
            "pickup point?"
        ),
        "Which pieces would go down well at a seaside bandstand concert in August?",
    ),
    CAMPER: (
        "Sheep's wool or foil bubble insulation for a van conversion, which would you pick?",
        "How do I explain to a customer why the gas locker needs a drop-out vent?",
        "Write a cover letter to go with our quote for a full Transit conversion.",
        "Fixed bed or rock and roll bed for a couple who spend months on the road?",
    ),
    CANAL: (
        "How do I explain working a lock to hirers who have never been on a canal?",
        "What should go on our handover checklist when a narrowboat comes back?",
        "A hirer bent the tiller arm. How do I word the deposit deduction email politely?",
        "Which canal routes suit a first-time family holiday starting in the Midlands?",
    ),
    CHESS: (
        "How should an arbiter deal with a player whose phone goes off during a game?",
        "Explain Swiss pairings to a parent whose child keeps being paired against adults.",
        "Write a short announcement for round three reminding everyone the hall is silent.",
        "What's the fairest way to handle a late arrival when the default time is up?",
    ),
    CIDER: (
        "Which apple varieties make the best dry farmhouse cider?",
        "Why might my cider smell of rotten eggs a week into fermenting?",
        "Write a label blurb for our small-batch Herefordshire perry.",
        "Should we wash windfalls before pressing, or does that strip the wild yeast?",
    ),
    FRIDGE: (
        "What food can a community fridge accept, and what should we turn away?",
        "Write a poster asking local cafés to donate their leftover sandwiches at closing time.",
        "How do we stop one person clearing the fridge the moment it's restocked?",
        "Explain to a new volunteer why we record the fridge temperature twice a day.",
    ),
    ESCAPE: (
        "Give me three ideas for a pirate-themed escape room puzzle built around a compass.",
        (
            "A team has been stuck on the same clue for ages. When should the game master step in "
            "with a hint?"
        ),
        "Write the intro script a game master reads before the haunted lighthouse room.",
        "Is it worth making a kids' version of our hardest room, or would it dilute the brand?",
    ),
    PUPPY: (
        "How do I stop our guide dog puppy pulling towards other dogs on the lead?",
        "Write a short blog post about our puppy's first ride on a double-decker bus.",
        "What should I say to strangers who want to stroke the puppy while it's in its jacket?",
        "How do puppy walkers cope when the puppy leaves for formal training?",
    ),
    RINK: (
        "How should hire skates fit a beginner so they don't end up with sore ankles?",
        "Write the safety announcement we play before the public session starts.",
        "A parent wants a refund because their child fell over and cried. What's a fair reply?",
        "Why do figure skates have a toe pick when hockey skates don't?",
    ),
    KITE: (
        "Why is an offshore wind dangerous for beginner kitesurfers?",
        "Write an Instagram caption for the first lesson of our season.",
        "How should I explain the kite's power zone to a nervous student?",
        "Would you run lessons on a sunny day with a gusty cross-shore wind?",
    ),
    LAUNDRY: (
        "A customer says we shrank her wool jumper on a service wash. How do I reply?",
        "How do I get candle wax out of a tablecloth before it goes in the machine?",
        "Write a friendly sign explaining our service wash drop-off and collection times.",
        "Should a laundrette let people wash feather duvets in the big machines?",
    ),
    LOCK: (
        "Explain the difference between a euro cylinder and a mortice lock for a customer.",
        "Write a short website blurb for our 24-hour lockout service.",
        "How can I check someone really lives at a house before I open the door for them?",
        "Are anti-snap cylinders really worth it on a back door?",
    ),
    KNIFE: (
        "Should a Japanese knife be sharpened at a different angle from a German one?",
        "Write a flyer for my knife sharpening stall at the Sunday farmers' market.",
        "A customer wants her pinking shears sharpened. Is that something I should take on?",
        "How do I tell customers nicely that the dishwasher is ruining their good knives?",
    ),
    MUSHROOM: (
        "Why are my oyster mushrooms growing long stems with tiny caps?",
        "How would you pitch gourmet mushrooms to local restaurant chefs?",
        "Is green mould on one substrate bag a risk to the rest of the grow room?",
        "Write blackboard descriptions of lion's mane and king oyster for our farm shop.",
    ),
    PHYSIO: (
        "A patient is upset that their insurer won't cover more sessions. What should I say?",
        "Write a text reminding patients to bring shorts to their knee appointment.",
        "What's the difference between a physiotherapist and an osteopath, in simple terms?",
        "How should reception handle patients who keep cancelling on the day?",
    ),
    PIANO: (
        (
            "How do I explain to a customer why their old piano can't be brought up to concert "
            "pitch?"
        ),
        "Write a reminder text for clients who are due their regular tuning.",
        "What usually causes a sticky key on an upright piano?",
        "Should I charge extra for a piano in a top-floor flat with no lift?",
    ),
    REMOVAL: (
        "What should be on a moving-day checklist for a family with two young children?",
        "How do you prepare a chest freezer for a house move?",
        "Write a reply to a customer who says our crew scratched their banister.",
        "Is it worth a small removal firm offering storage as well?",
    ),
    DERBY: (
        "Explain how a jammer scores points to someone watching their first roller derby bout.",
        "Write a recruitment post for our next fresh meat intake.",
        "How do we handle a skater who keeps missing training but still wants to be rostered?",
        "Suggest some fun derby names for a skater who works as a librarian.",
    ),
    VINYL: (
        "How can I tell whether a Beatles LP is a first pressing?",
        "What's a fair price for a slightly scratched copy of Rumours?",
        "Write a sign explaining how the records on my stall are graded.",
        "What's the safest way to clean dusty records without damaging them?",
    ),
    SHEEPDOG: (
        "Explain the shed and the pen in a sheepdog trial for spectators.",
        "Write the chair's welcome speech for our open sheepdog trial.",
        "How do we choose a judge so nobody accuses the committee of favouritism?",
        "What should we do if it's too hot for the dogs to run in the afternoon?",
    ),
    GLASS: (
        "What's the difference between copper foil and leaded came for stained glass?",
        "Why did my glass crack in the kiln during a full fuse?",
        "Write a listing for our Tiffany-style lampshade weekend workshop.",
        "How would you restore a Victorian door panel that's missing one pane?",
    ),
    VINTAGE: (
        "How should I photograph vintage dresses so they sell faster?",
        "Write a listing for a 1970s suede fringe jacket in a size small.",
        "Is it rude to decline a lowball offer without making a counter-offer?",
        "How can I tell whether a Levi's denim jacket is genuinely vintage?",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

# --------------------------------------------------------------------------- negatives, near
NEAR = (
    (
        "near-exchange-rate",
        "How many euros will I get for £375 at the airport?",
        "needs a current exchange rate",
    ),
    (
        "near-exchange-rate",
        "A US buyer paid $84 for a jacket on my shop. What's that in pounds?",
        "needs a current exchange rate",
    ),
    (
        "near-exchange-rate",
        "What's one bitcoin worth in sterling?",
        "needs a live market price",
    ),
    (
        "near-density",
        "How many kilos does 20 litres of diesel weigh?",
        "needs the density of diesel",
    ),
    (
        "near-density",
        "What does a cubic metre of topsoil weigh?",
        "needs a density that varies with moisture",
    ),
    (
        "near-density",
        "How many grams is 3 cups of plain flour?",
        "needs a density and a choice of cup",
    ),
    (
        "near-contested-unit",
        "How many litres is a 7 gallon water butt?",
        "US or imperial gallon is not said",
    ),
    ("near-contested-unit", "convert 3 tons to kg", "short, long or metric ton is not said"),
    (
        "near-contested-unit",
        "My car does 48 mpg. How much fuel do I need for 300 miles?",
        "UK or US mpg, and litres or gallons, not said",
    ),
    (
        "near-contested-unit",
        "What's 150 hp in kW for the boat engine listing?",
        "mechanical or metric horsepower is not said",
    ),
    (
        "near-timezone",
        "My Zoom call is at 4pm in Manchester. What time is that in New York?",
        "time zones and daylight saving on an unstated date",
    ),
    (
        "near-timezone",
        (
            "The flight leaves Heathrow at 10:40 and takes 7 hours 50 minutes. What local "
            "time do I land in Toronto?"
        ),
        "needs the time difference on an unstated date",
    ),
    (
        "near-daylight-saving",
        "Which Sunday do the clocks go forward in 2030?",
        "needs the UK daylight saving rule",
    ),
    (
        "near-working-days",
        "How many working days are there between 2 and 27 December 2030?",
        "bank holidays, region and inclusivity are not given",
    ),
    (
        "near-bank-holiday",
        "When is the late summer bank holiday in 2031?",
        "depends on which part of the UK; needs the holiday rules",
    ),
    (
        "near-tax",
        "What income tax comes off a £41,500 salary?",
        "needs tax bands for an unstated year and region",
    ),
    (
        "near-tax",
        "What's the stamp duty on a £325,000 house?",
        "needs current rates and buyer status",
    ),
    (
        "near-tax",
        "Do I add VAT to children's shoes on my shop's invoices?",
        "VAT rules, not arithmetic",
    ),
    (
        "near-dosing",
        "My toddler weighs 13 kg. How many ml of ibuprofen can she have?",
        "medicine dosing needs the model and a safety answer",
    ),
    (
        "near-dosing",
        "I weigh 50 kg. How many paracetamol can I take in a day?",
        "medicine dosing needs the model and a safety answer",
    ),
    (
        "near-world-fact",
        "How far is it from Bristol to Inverness in miles?",
        "needs geography and a choice of route",
    ),
    ("near-world-fact", "How many feet high is Snowdon?", "needs a height not given"),
    (
        "near-world-fact",
        "At what temperature does water boil on top of Everest, in Celsius?",
        "needs physics and a fact",
    ),
    (
        "near-world-fact",
        "How long would it take to walk the length of the Thames Path at 3 mph?",
        "needs the length of the path",
    ),
    (
        "near-animal-fact",
        "How many days does it take a hen's egg to hatch?",
        "an animal fact",
    ),
    (
        "near-animal-fact",
        "How old is a 7 year old labrador in human years?",
        "no agreed formula",
    ),
    (
        "near-sport-fact",
        ("We've got 4 netball squads. How many players is that on court if they all play at once?"),
        "needs the number of players in netball",
    ),
    (
        "near-sport-fact",
        "How many balls are bowled in a full T20 match if both innings go the distance?",
        "needs cricket rules",
    ),
    (
        "near-opinion",
        "What's a good 5k time for a 45-year-old man?",
        "a judgement, not a calculation",
    ),
    (
        "near-judgement",
        "Is £45 extra for a 3-year warranty on a £320 washing machine worth it?",
        "advice",
    ),
    (
        "near-judgement",
        "Is £9.50 an hour fair pay for a 17 year old barista?",
        "a judgement on pay",
    ),
    (
        "near-judgement",
        "I'm 5 ft 10 and 13 stone. Am I overweight?",
        "health judgement beyond a conversion",
    ),
    (
        "near-price",
        "How much is a litre of unleaded in the UK at the moment?",
        "needs a current price",
    ),
    (
        "near-price",
        "What's an ounce of gold worth in pounds?",
        "needs a live price, and troy or avoirdupois ounce",
    ),
    (
        "near-rate",
        "What interest rate would I get on a two-year fixed mortgage?",
        "needs current market rates",
    ),
    (
        "near-forecast",
        "What will the temperature be in Leeds on Saturday, in Celsius?",
        "a weather forecast",
    ),
    (
        "near-size-chart",
        "I'm a UK size 9 shoe. What's that in European sizes?",
        "size charts vary by brand",
    ),
    (
        "near-size-chart",
        "What's a UK dress size 14 in US sizing?",
        "size charts vary by brand",
    ),
    (
        "near-estimate",
        "Roughly how many bricks would I need for a garden wall 6 m long?",
        "height, bond and brick size are not given",
    ),
    (
        "near-estimate",
        "How many tins of paint should I buy to do my daughter's bedroom?",
        "no sizes given; an estimate needs assumptions",
    ),
    (
        "near-estimate",
        "How many piano tuners are there in Manchester?",
        "a Fermi estimate, not a calculation",
    ),
    (
        "near-missing-number",
        "What does it come to with VAT added on?",
        "no figures given",
    ),
    (
        "near-missing-number",
        "How many days is it from my birthday to Christmas?",
        "the birthday is not given",
    ),
    (
        "near-missing-number",
        "Scale this recipe up for six people, please.",
        "no recipe given",
    ),
    (
        "near-ambiguous",
        "convert 12 to metric",
        "the unit is not said",
    ),
    (
        "near-ambiguous-month",
        "My subscription renews monthly from 31 January 2031. When is the next renewal?",
        "month arithmetic from the 31st has no single answer",
    ),
    (
        "near-ambiguous-month",
        "How many days are there in 6 months?",
        "which months is not said",
    ),
    (
        "near-numeric-date",
        "How many days from 03/04/2029 to 05/06/2029?",
        "day/month order is not said",
    ),
    (
        "near-numeric-date",
        "What day of the week is 07/08/2030?",
        "day/month order is not said",
    ),
    (
        "near-code",
        "Write a Python function that takes stone and pounds and returns kg to 1 dp.",
        "a coding task",
    ),
    (
        "near-spreadsheet",
        "What Excel formula counts the weekdays between the dates in A2 and B2?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "What does =ROUNDUP(A1*1.2,2) do in Google Sheets?",
        "explaining a formula",
    ),
    (
        "near-code",
        "Why does JavaScript print 0.30000000000000004 for 0.1 + 0.2?",
        "an explanation of floating point",
    ),
    (
        "near-words",
        "How do I write £1,475.50 in words on a cheque?",
        "a writing convention, not a number",
    ),
    (
        "near-language",
        "How do you say 97 in Belgian French compared with French in France?",
        "another language",
    ),
    (
        "near-roman",
        "The clock tower says MDCCCLXXXVII. Is that Victorian?",
        "Roman numerals plus history",
    ),
    (
        "near-explain",
        "Why are there 5,280 feet in a mile?",
        "a history explanation",
    ),
    (
        "near-explain",
        "Explain how to work out a percentage increase so my 11-year-old gets it.",
        "teaching, not a single answer",
    ),
    (
        "near-proof",
        "Can you prove that root 3 is irrational, step by step?",
        "a proof, written out",
    ),
    (
        "near-explain",
        "Why do we carry the one when adding 38 and 47?",
        "an explanation of a method",
    ),
    (
        "near-probability-fact",
        "What are my odds of winning the National Lottery jackpot with 5 tickets?",
        "needs the lottery's current rules",
    ),
    (
        "near-nutrition",
        "How many calories are in two slices of buttered toast?",
        "a nutrition estimate",
    ),
    (
        "near-science-fact",
        "How long does sunlight take to reach Mars?",
        "needs an orbital distance that varies",
    ),
    (
        "near-writing",
        "Write a polite reminder that invoice 1047 for £480 is 14 days overdue.",
        "a writing task",
    ),
    (
        "near-school-days",
        "How many school days are left in the summer term?",
        "term dates and the current date are not given",
    ),
)
assert len(NEAR) == 65
for _fam, _q, _note in NEAR:
    assert _fam.startswith("near-")
    neg(_fam, _q, _note)


# ------------------------------------------------------------------ negatives, conversations
def money(x):
    """An exact amount of money written with a pound sign and two decimals."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return f"£{Decimal(x.numerator) / Decimal(x.denominator):,.2f}"


def approx(x, places=2):
    """A value rounded for an assistant turn, e.g. 41.84."""
    return f"{round(float(F(x)), places):,.{places}f}"


assert money(F(1325, 4)) == "£331.25" and money(1860) == "£1,860.00"
assert approx(26 * MI / KM) == "41.84" and approx(F(1, 3), 3) == "0.333"

_QUIZ = 84 * 6
_HOURS = 9 + dec("7.5")
_MARATHON_KM = 31 * MI / KM
_PLOT = 40 * 25
_JUNE3 = D(2030, 6, 3)
_HOLS = D(2029, 7, 14)
_BATCH = 36
_SPAN91 = days(D(2029, 3, 1), D(2029, 5, 31))
assert _SPAN91 == 91
_CEILIDH = 180 + 450 + 120
_PINT_ROUND = 4 * dec("5.85")

CONVS = (
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate. Answer everything in pirate talk."),
            (U, "Ahoy cap'n, what be 15 times 28?"),
            (A, f"Arr, that be {15 * 28} pieces o' eight, matey!"),
            (U, "And if we split 420 doubloons among 12 crew, how many each?"),
        ],
        "the persona from the system turn governs the answer",
    ),
    (
        "conv-language",
        [
            (U, "Réponds en français s'il te plaît. Combien font 18 fois 24 ?"),
            (A, f"18 fois 24 font {18 * 24}."),
            (U, "Et 432 divisé par 9 ?"),
        ],
        "the reply language was set in an earlier turn",
    ),
    (
        "conv-rounding",
        [
            (U, "For my club budget, always round up to whole pounds and tell me why."),
            (A, "Will do: I'll round every figure up to the next whole pound and explain it."),
            (U, "OK, seven theatre tickets at £13.45 each."),
        ],
        "a rounding and explanation rule fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "I'm in Germany, please use decimal commas in your answers, like 3,5."),
            (A, "Natürlich, I'll write decimals with commas from now on."),
            (U, "What's 12,75 plus 8,4?"),
        ],
        "decimal commas fixed earlier; the numbers are written that way",
    ),
    (
        "conv-number-base",
        [
            (U, "My son is learning binary at school, so please answer in binary for a bit."),
            (A, "Sure, all answers in binary from here on."),
            (U, "What's 11010 plus 1111?"),
        ],
        "the number base was set in an earlier turn",
    ),
    (
        "conv-date-wording",
        [
            (U, "Please write any dates fully in words, like 'the third of May'."),
            (A, "Of course, I'll spell dates out in words."),
            (U, "What date is 40 days after 3 May 2030?"),
        ],
        "a date wording fixed in an earlier turn",
    ),
    (
        "conv-verse",
        [
            (U, "Answer my kids' maths questions as rhyming couplets, they love it."),
            (A, "Happy to! Send them over and I'll rhyme away."),
            (U, "What's 64 divided by 8?"),
        ],
        "verse form set earlier",
    ),
    (
        "conv-hypothetical-calendar",
        [
            (
                U,
                (
                    "In my tabletop campaign a week has 8 days, starting with Moonday, and every "
                    "month has 32 days."
                ),
            ),
            (A, "Got it: 8-day weeks beginning on Moonday, and 32-day months."),
            (U, "If the 1st of a month is a Moonday, what weekday is the 29th?"),
        ],
        "a made-up calendar defined earlier",
    ),
    (
        "conv-defined-unit",
        [
            (U, "At our bakery a 'batch' means 36 bread rolls."),
            (A, f"Understood, one batch is {_BATCH} rolls."),
            (U, "So how many rolls are in 4.5 batches?"),
        ],
        "a unit defined in an earlier turn",
    ),
    (
        "conv-defined-unit",
        [
            (U, "In our walking group a 'Dave' is 3.2 miles, the loop he always does."),
            (A, "Ha, noted: 1 Dave = 3.2 miles."),
            (U, "How many km is 2 Daves?"),
        ],
        "a unit defined in an earlier turn",
    ),
    (
        "conv-follow-up",
        [
            (U, "Tickets for our quiz night were £6 and 84 people came. What did we take?"),
            (A, f"84 tickets at £6 comes to {money(_QUIZ)}."),
            (U, "And if we'd charged £7.50 instead?"),
        ],
        "a follow-up on figures from an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 15% of 636?"),
            (A, f"15% of 636 is {num(636 * pct(15))}."),
            (U, "Sorry, I meant after adding 20% VAT to it first. Redo it."),
        ],
        "a correction that only makes sense with the earlier turns",
    ),
    (
        "conv-summary",
        [
            (U, "Hall hire for the ceilidh is £180."),
            (A, "Noted, hall hire £180."),
            (U, "The band wants £450 and the caller £120."),
            (A, f"So far that's {money(_CEILIDH)} in costs."),
            (U, "Can you put all of that into a little table for the committee?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-rewrite",
        [
            (U, "A round of 4 pints at £5.85 each costs what?"),
            (A, f"Four at £5.85 comes to {money(_PINT_ROUND)}."),
            (U, "Rewrite that as a jokey text to my brother asking him to pay me back."),
        ],
        "a rewrite of an earlier answer",
    ),
    (
        "conv-spread-figures",
        [
            (U, "My hourly rate for bookkeeping is £14.20."),
            (A, "Got it, £14.20 an hour."),
            (U, "I did 9 hours on Monday and 7.5 on Wednesday."),
            (A, f"Noted: {num(_HOURS)} hours so far."),
            (U, "So what should I invoice?"),
        ],
        "the figures are spread over earlier turns",
    ),
    (
        "conv-explain-answer",
        [
            (U, "How many km is 31 miles?"),
            (A, f"About {approx(_MARATHON_KM)} km."),
            (U, "Hang on, why multiply by 1.609 there rather than divide by it?"),
        ],
        "an explanation of an earlier answer",
    ),
    (
        "conv-unit-switch",
        [
            (U, "Give all temperatures in kelvin from now on, it's for my physics homework."),
            (A, "OK, temperatures in kelvin from here."),
            (U, "What's 72°F?"),
        ],
        "the target unit was fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (S, "Reply only with a JSON object with the keys 'value' and 'unit'."),
            (U, "6 ft 2 in to centimetres please"),
        ],
        "an output format fixed in the system turn",
    ),
    (
        "conv-hypothetical",
        [
            (U, "For this puzzle, pretend pi is exactly 3."),
            (A, "Alright, pi = 3 for this puzzle."),
            (U, "What's the area of a circle with radius 4 then?"),
        ],
        "a hypothetical value set earlier",
    ),
    (
        "conv-follow-up-fact",
        [
            (U, "My adult passport was issued on 12 March 2021."),
            (A, "Thanks, what would you like to know about it?"),
            (U, "When does it run out?"),
        ],
        "needs the passport validity rule and the earlier turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are a patient primary school teacher. Never give the answer straight "
                    "away; guide the child to it."
                ),
            ),
            (U, "what's 7 times 8"),
        ],
        "a tutoring persona that must not just give the number",
    ),
    (
        "conv-roleplay",
        [
            (S, "Role-play a greengrocer for an English learner. Stay in character."),
            (U, "Good morning! How much are three apples at 40p each?"),
        ],
        "a role-play in character",
    ),
    (
        "conv-spread-dates",
        [
            (U, f"Our holiday in Crete starts on {sayw(_HOLS)}."),
            (A, "Lovely, that sounds great!"),
            (U, "We're away for 17 nights."),
            (A, "Plenty of time to relax."),
            (U, "So which day do we fly back?"),
        ],
        "the date and the length are in earlier turns",
    ),
    (
        "conv-correction-date",
        [
            (U, "What day of the week is 3 June 2030?"),
            (A, f"3 June 2030 is a {weekday(_JUNE3)}."),
            (U, "Oops, wrong year, I meant the year after."),
        ],
        "a correction relying on the earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Bitte antworte ab jetzt auf Deutsch, ich übe für eine Prüfung."),
            (A, "Gerne, ich antworte auf Deutsch."),
            (U, "Wie viele Sekunden sind 2,75 Minuten?"),
        ],
        "language and decimal comma set earlier",
    ),
    (
        "conv-explain-count",
        [
            (U, "How many days from 1 March 2029 to 31 May 2029?"),
            (A, f"That's {_SPAN91} days."),
            (U, "Did you count both the first and the last day?"),
        ],
        "an explanation of an earlier answer",
    ),
    (
        "conv-rounding",
        [
            (U, "Give me everything to three significant figures please."),
            (A, "Will do."),
            (U, "What's 1,234 times 5.67?"),
        ],
        "a rounding rule fixed earlier",
    ),
    (
        "conv-summary",
        [
            (U, "I need 450 g of flour, 2 eggs and 300 ml of milk for one batch of pancakes."),
            (A, "Got it, that's one batch."),
            (U, "I'm making three batches for the scout breakfast."),
            (A, "So triple everything."),
            (U, "Now turn that into a shopping list for me."),
        ],
        "a summary of earlier turns as a list",
    ),
    (
        "conv-verse",
        [
            (U, "How many minutes are in 2.5 hours?"),
            (A, f"{num(dec('2.5') * 60)} minutes."),
            (U, "Turn your last answer into a haiku."),
        ],
        "a rewrite of an earlier answer in verse",
    ),
    (
        "conv-number-base",
        [
            (U, "For this computing worksheet all numbers are octal."),
            (A, "OK, octal it is."),
            (U, "What's 36 plus 47?"),
        ],
        "the number base was set in an earlier turn",
    ),
    (
        "conv-defined-unit",
        [
            (U, "Let's say one of my strides is 0.8 m."),
            (A, "Noted: one stride = 0.8 m."),
            (U, "How many strides is a 5 km parkrun?"),
        ],
        "a unit defined in an earlier turn",
    ),
    (
        "conv-notation",
        [
            (U, "Please reply using Roman numerals only, it's for a quiz."),
            (A, "Understood: answers in Roman numerals."),
            (U, "How many days from 1 March 2030 to 9 April 2030?"),
        ],
        "a notation fixed in an earlier turn",
    ),
    (
        "conv-follow-up-units",
        [
            (U, "Our allotment site is 40 m by 25 m. What area is that?"),
            (A, f"That's {_PLOT:,} square metres."),
            (U, "And roughly in acres, for the planning form?"),
        ],
        "a follow-up on a figure from an earlier turn",
    ),
    (
        "conv-code",
        [
            (U, "In my spreadsheet column A has prices and column B has quantities."),
            (A, "OK, prices in A and quantities in B."),
            (U, "Give me a formula for C2 that shows the line total with 20% VAT."),
        ],
        "a spreadsheet formula for a layout described earlier",
    ),
    (
        "conv-explain-disagreement",
        [
            (U, "What's 2 + 3 × 4?"),
            (A, f"It's {2 + 3 * 4}."),
            (U, "My old calculator says 20 though. Which of you is right, and why?"),
        ],
        "an explanation of an earlier answer",
    ),
)
assert len(CONVS) == 35
for _fam, _turns, _note in CONVS:
    assert _fam.startswith("conv-") and _turns[-1][0] == U
    conv(_fam, _turns, _note)

# --------------------------------------------------------------------------- this set's own checks
_POS = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _POS} - {P} == set(REGISTERS)
for _reg in REGISTERS:
    _tools = {i["label"] for i in _POS if i["family"] == _reg}
    assert len(_tools) == 3, _reg
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _n = sum(1 for i in _POS if i["label"] == _label and i["family"] in REGISTERS)
    assert _n == 31, (_label, _n)
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
    # no register (family name) of this set is a family name of sets 19 to 44
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 44: {reused}"
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
