r"""Generate heldout-2027-01-19.jsonl: a forty-seventh held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_46.py, by `sed -n`: lines 1-360
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 576-636 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 759-835 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1152-1159 (its negatives section
header, neg() and conv()) and 1805-2029 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (2029 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges),
not README.md and not pyproject.toml (ruff's line length of 100 was taken from the brief). The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-46) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: in one command, `mkdir -p /tmp/h47` and the `cat`, `wc -l` and `grep -n` above; a
first view of lines 1-360 typed as `sed -n 1-360p`, which sed rejected with an error and which
printed nothing; the views of the allowed ranges (lines 1-360 alone, 576-636, 759-835 and 1152-1159
together with `echo` separators, 1805-2029 alone); then, in one command, `mkdir -p` of
/tmp/h47/blocks, /tmp/h47/own and /work/sealed47, `sed -n` copies of the same five allowed ranges
into block files under /tmp/h47/blocks/, a `grep -n` for the `from __future__` line in the first
copy (it printed only that line, 213) and a `wc -l` total of the copies; a small Python script
(/tmp/h47/subst.py, written by a `cat` heredoc) that cut the first copy from its `from __future__`
line to P = "plain" and substituted this set's OUT, PREFIX, EARLIER_DIR test (make_heldout_46.py),
EARLIER (sets 1-46, `range(2, 47)`) and REGISTER_CHECK (sets 19-46, adding make_heldout_46.py), and
"sets 19 to 45" -> "sets 19 to 46" in one comment and one message string of main() (it asserted
that each substitution applied once, the last twice, and printed "ok" for each), after which it
deleted the first raw copy (the one with set 46's docstring); a `grep -n` of the blocks for "44",
"45", "46" and "19 to"; `cat` heredocs that wrote this set's own blocks under /tmp/h47/own/
(registers and calculator items, unit items, date items, ordinary negatives, near-positive
negatives, and the conversations with money(), their values and this set's own structural asserts),
a one-line docstring placeholder, an assembly script /tmp/h47/assemble.py (it builds this file by
concatenating the docstring block and the blocks and prints its line count) and a helper
/tmp/h47/run.sh (it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff
format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, stopping if one fails,
then this generator from /tmp, passing on any arguments, writing its output to /tmp/h47/out.txt, of
which it prints the `tail -5` and the exit code); a `python -c` that executed the near-positive
table of its block file (without its assert) and printed its length; edits of own blocks by stdin
`python` scripts, by `sed -i` (each followed by a `grep -n` or the next run) and by the script
/tmp/h47/reword1.py (the changes are listed below); one stdin `python -c` that printed the weekdays
of ten dates of 2032 read both ways, to choose an all-numeric date whose two readings disagree
about the weekend; `grep -E` of out.txt for the summary lines; this generator once with --show, its
listing filtered by `grep` for the summary lines and the ids and laid out by `column -t`;
`/work/main/.venv/bin/python -c` checks of line lengths in this file, and a `sed -n` of this file's
one over-long line cut to 40 columns by `cut` together with a `grep -n` of the block line cut to 20
columns. This docstring was written last over the placeholder (its source text,
/tmp/h47/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h47/doc/make_doc.py, which uses textwrap and asserts that the words are unchanged), followed
by run.sh, the line-length check, two runs of this file with --digest (one with PYTHONHASHSEED=7)
and `sha256sum` of the JSONL; finally `ls -la /work/sealed47` and `rm -rf /tmp/h47`. Writes:
/work/sealed47/ was created for this file and its JSONL; temporary blocks, scripts and output under
/tmp/h47/ were deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 46's main() and checks: only the substitutions listed above (file names, sets 1-46
for the duplicate check, sets 19-46 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 46's as printed; ruff format may have changed layout only. All
of set 46's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(not used by this set's items), say() and sayw() (a date written out with its computed weekday, so
every weekday stated next to a date in a query or turn is computed, not typed) and SQFT/SQYD/CUFT.
Added, newly written: MM, CM, KM, G, LITRE, HECTARE and HOUR (with an assert), the register
constants and the REGISTERS tuple (sorted, asserted distinct), the ORDINARY, NEAR and CONVS tables,
money() (sums stated in assistant turns are computed, with an assert), the _SQ, _W0/_W1, _STOP,
_CONTEST, _OPEN/_CLOSE, _VISIT1, _PUPILS/_TEACHERS, _BOX, _BLIP, _FEE, _FEE_FIXED, _TEA, _MIX and
_HALL values, and this set's own asserts: the ORDINARY negatives are keyed by exactly the
REGISTERS, four each; NEAR has 65 entries and CONVS 35; the positive registers are exactly the
REGISTERS; 193 items lie in the registers (25 x 3 positives, 18 second positives, 100 negatives),
31 word problems per tool; every negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 46's docstring and the brief on purpose
(plain one-liners of common operations; near-positive and conversation categories as the brief and
set 46's docstring list them), and the helpers, unit factors and checks are set 46's, copied (P =
"plain" is copied too, as the last line of the first block). Set 46's docstring (within lines
1-360) names its 25 registers, seven registers of set 45 that it dropped, its provenance and the
generic kinds of its reworded items, which were therefore seen; none of those names or topics is
used here as a register, and some plain one-liners, near-positives and conversations here are of
those same generic kinds, newly worded. The first attempt at viewing lines 1-360 (`sed -n 1-360p`)
was a malformed sed command that printed only sed's error; no line was shown by it. Like set 46,
this set has no algebra or calculus question (symbolic math with one right answer is a tool
question, so none is labelled negative; the only proof asked for is a written proof). Some
near-positives depend on the current date (days until a birthday, an age today, the weekday now,
weeks of pregnancy) and two concern Easter; they are negatives, with no "now" field. A few
negatives ask what a short piece of code returns (code semantics, as the brief lists them). The
`grep -n` printed no docstring, query or constant line: only def lines and section headers with
their line numbers (it showed that set 46 has money() and approx() at lines 1439 and 1446, which
were not opened; this set's money() is newly written and it has no approx()). At the edges of the
allowed ranges: line 360 is P = "plain", 576, 759 and 1152 are section headers, 636 is a blank line
after unit_r(), 835 is the assert after sayw(), 1159 is the last line of conv(), 1805 is the
comment above the stated-weekday pattern and 2029 is the call of main(). No query text of any
earlier set was seen. Every query here was newly written from imagination of each trade or
situation. Registers of sets 1 to 18 are not known here, so an overlap in TOPIC with those cannot
be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 46 (the near-.../conv-... families are not
registers and may coincide with earlier family names).

Register check: main()'s register assertion passed on the first run that reached it; no register
had to be replaced.

Other failed checks and edits: before the first run, a stdin `python` script replaced a clumsy
first version of a ferry_ticket_kiosk_isles calculator query (a string with a `.replace()` call) by
a plain string. The first run failed main()'s duplicate check, which reported 13 items by id; they
were reworded by reword1.py without the earlier queries being looked at: one plain calculator
one-liner (a fraction as a decimal; new figures), two plain date one-liners (a historic weekday and
the length of a February; new dates), three plain unit one-liners (stones and pounds to kilograms,
GiB to MiB, mph to km/h; new figures), two conversations (a table format and a spoken-language
switch; new wording or figures of their user turns), four near-positives (an estimate, an ISBN, a
title with a number, the weekday now; new subjects or wording) and one ordinary negative of
planetarium_show_desk (new subject). The next run failed the duplicate check on the mph one-liner
once more, reworded by a `sed -i` (terser wording). The next run passed every check. Afterwards a
`sed -i` changed the all-numeric weekend near-positive to a date whose two readings disagree (the
first version was a weekday either way), an over-long ordinary negative of
chimney_sweep_booking_book was rewritten shorter (a first rewrite as two implicitly concatenated
strings failed ruff's ISC004 check, a second was 101 columns, a `sed -i` shortened it), and a stdin
`python` script made two figures in assistant turns computed (seconds in a day, days in an invented
year); every later run passed every check.

Registers (families), 25, new: archery_club_field_captain, blacksmith_forge_open_day,
bookbinding_bindery_bench, brass_band_librarian, canal_lock_keeper_cottage,
cheese_cave_affineur_log, chimney_sweep_booking_book, court_stenographer_office,
escape_room_game_master, ferry_ticket_kiosk_isles, hospital_night_porter_log,
lighthouse_heritage_volunteers, mobile_library_van_route, mushroom_farm_grow_room,
organ_builder_voicing_loft, oyster_farm_tide_shed, piano_tuner_van_diary, planetarium_show_desk,
quilting_guild_retreat, roller_derby_league_treasurer, seed_library_swap_table,
ski_hire_shop_counter, stained_glass_leadlight_studio, taxidermy_studio_bench,
vineyard_harvest_crew_sheet. Every register is used by all three tools (asserted); eighteen
registers have a further positive (a second calculator word problem: chimney_sweep_booking_book,
escape_room_game_master, ferry_ticket_kiosk_isles, oyster_farm_tide_shed, planetarium_show_desk,
ski_hire_shop_counter; a second unit word problem: canal_lock_keeper_cottage,
lighthouse_heritage_volunteers, mushroom_farm_grow_room, oyster_farm_tide_shed,
ski_hire_shop_counter, vineyard_harvest_crew_sheet; a second date word problem:
archery_club_field_captain, canal_lock_keeper_cottage, ferry_ticket_kiosk_isles,
hospital_night_porter_log, oyster_farm_tide_shed, planetarium_show_desk). Positives are one-liners
(family "plain") or word problems of one to three sentences, mostly in UK usage with £ and pence
(one in euros), some chatty, terse, lower-case or misspelt, a few with numbers in words. No
positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a density,
a contested unit (pint, gallon, cup, ton, mpg, horsepower), today's date or an age today without a
stated today, Easter, working days, bank holidays, time zones, lunar-calendar festivals, school
term dates, month arithmetic from the 31st, all-numeric dates of unstated order, identifiers that
look like numbers or dates (an order number, an ISBN, a fault code, a flight, an address), code
semantics or a code request, explanations, the history of a numeral form, a written proof, world,
science or nutrition facts, tax or VAT rules, dosing, a size chart, judgements and opinions, a
forecast, estimates, lottery odds, missing figures, a translation, a writing task, a number in a
title; or, in conversations, an operator or notation redefined earlier (including a decimal comma
and a week numbering), a unit or value defined or redefined earlier, a language, persona, numeral
system, number base, rounding, verse form, output format, target unit or date order fixed earlier,
an invented calendar, a correction, summary, rewrite, follow-up or recall of earlier turns, figures
spread over turns, a judgement about earlier figures, an explanation of an earlier answer, or date
wording. The ordinary negatives ask for advice, explanations, judgements, rules, facts or writing
in each register's setting.

Left out of positives entirely (their grading is contested), as in set 46: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as "N days after", "N days later", "N weeks before", "how many days
apart", "how many days between", or from one date to a later one), and clock spans run from one
stated time to the next occurrence of the other (three cross midnight, each saying "the next
morning" or "next morning"). Every rounded unit result stays within its 1e-3 tolerance when given
to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 46):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet, cubic feet from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); t(degF) = t(degC) * 9/5 + 32;
    1 h = 3600 s; 1 L = 10^-3 m^3; 1 ha = 10^4 m^2; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_47.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-19.jsonl"
PREFIX = "ho47-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_46.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 47))
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


# =========================================================================== registers (set 47)
ORGAN = "organ_builder_voicing_loft"
LOCK = "canal_lock_keeper_cottage"
PIANO = "piano_tuner_van_diary"
LIGHT = "lighthouse_heritage_volunteers"
MUSH = "mushroom_farm_grow_room"
GLASS = "stained_glass_leadlight_studio"
SWEEP = "chimney_sweep_booking_book"
OYSTER = "oyster_farm_tide_shed"
BIND = "bookbinding_bindery_bench"
ESCAPE = "escape_room_game_master"
STENO = "court_stenographer_office"
FERRY = "ferry_ticket_kiosk_isles"
VINE = "vineyard_harvest_crew_sheet"
DERBY = "roller_derby_league_treasurer"
FORGE = "blacksmith_forge_open_day"
DOME = "planetarium_show_desk"
BRASS = "brass_band_librarian"
SEEDS = "seed_library_swap_table"
SKI = "ski_hire_shop_counter"
PORTER = "hospital_night_porter_log"
QUILT = "quilting_guild_retreat"
MOBLIB = "mobile_library_van_route"
ARCHERY = "archery_club_field_captain"
CHEESE = "cheese_cave_affineur_log"
TAXI = "taxidermy_studio_bench"
REGISTERS = tuple(
    sorted(
        [
            ORGAN,
            LOCK,
            PIANO,
            LIGHT,
            MUSH,
            GLASS,
            SWEEP,
            OYSTER,
            BIND,
            ESCAPE,
            STENO,
            FERRY,
            VINE,
            DERBY,
            FORGE,
            DOME,
            BRASS,
            SEEDS,
            SKI,
            PORTER,
            QUILT,
            MOBLIB,
            ARCHERY,
            CHEESE,
            TAXI,
        ]
    )
)
assert len(set(REGISTERS)) == 25

# ---- calculator: plain one-liners
calc(P, "what's 17.5% of 2,460?", pct("17.5") * 2460)
calc(P, "(318 - 47) * 6", (318 - 47) * 6)
_SQ = 1849
assert math.isqrt(_SQ) ** 2 == _SQ
calc(P, "square root of 1849 please", math.isqrt(_SQ))
calc(P, "9.6 divided by 0.32", dec("9.6") / dec("0.32"))
calc(P, "two thousand and forty-eight over sixty-four", F(2048, 64))
calc(P, "13 cubed minus 200 = ?", 13**3 - 200)
calc(P, "13/40 in decimal form", F(13, 40))
calc(P, "Increase 640 by 12.5 percent.", 640 * (1 + pct("12.5")))
calc(P, "4000 x 1.05^2", 4000 * dec("1.05") ** 2)
calc(P, "avg of 14, 19, 23, 28 and 31", F(14 + 19 + 23 + 28 + 31, 5))
calc(P, "48,000 / 375 =", F(48000, 375))
calc(P, "wat is 3.75 times 1.6", dec("3.75") * dec("1.6"))
calc(P, "Percentage change going from 250 to 310?", F(310 - 250, 250) * 100)
calc(P, "2^12 - 3^5", 2**12 - 3**5)

# ---- calculator: word problems, one per register
calc(
    ORGAN,
    "We've 61 pipes in the rank and each needs a new tuning slide at £3.85. What does "
    "the rank come to?",
    61 * dec("3.85"),
)
calc(
    LOCK,
    "Boats through my lock Mon-Fri: 14, 22, 9, 17, 28. Mean per day?",
    F(14 + 22 + 9 + 17 + 28, 5),
)
calc(
    PIANO,
    "tuned 38 pianos in march at £85 each and spent £412.50 on diesel, whats left",
    38 * 85 - dec("412.50"),
)
calc(
    LIGHT,
    "The tower has 137 steps. A guide goes up and down it twice a day, six days a "
    "week — how many steps is that a week?",
    137 * 2 * 2 * 6,
)
calc(
    MUSH,
    "240 blocks in the grow room, each gives 1.35 kg over the flush, and we sell at "
    "£6.40 a kilo. Gross takings?",
    240 * dec("1.35") * dec("6.40"),
)
calc(
    GLASS,
    "Quote for 3 leaded panels at £420 each, plus VAT at 20% on the lot: total?",
    3 * 420 * (1 + pct(20)),
)
calc(
    SWEEP,
    "This week's book: 11 sweeps at £65 and 4 bird-nest removals at £95. Takings?",
    11 * 65 + 4 * 95,
)
calc(
    OYSTER,
    "Graded 4,800 oysters; 15% were undersize and went back in the bags. How many go to market?",
    4800 * (1 - pct(15)),
)
calc(
    BIND,
    "Thesis order: seven copies at £42.50, less a 10% student discount. Bill?",
    7 * dec("42.50") * (1 - pct(10)),
)
calc(
    ESCAPE,
    "They escaped with 7 min 45 s left on the 60-minute clock. How many seconds did they take?",
    60 * 60 - (7 * 60 + 45),
)
calc(
    STENO,
    "Transcript runs to 186 pages at £2.90 a page, plus the £35 expedite fee. Total to invoice?",
    186 * dec("2.90") + 35,
)
calc(
    FERRY,
    "4 adults at £18.60 return and 3 children at half the adult fare: what's the total?",
    4 * dec("18.60") + 3 * dec("18.60") / 2,
)
calc(
    VINE,
    "Pickers filled 312 crates at 18 kg each and we pay 9p a kilo. What's the wage bill in pounds?",
    312 * 18 * dec("0.09"),
)
calc(
    DERBY,
    "23 skaters paying £27.50 a month subs, hall hire is £480 a month. Monthly surplus?",
    23 * dec("27.50") - 480,
)
calc(
    FORGE,
    "Open day sales: 46 hooks at £12 and 19 pokers at £28. The card machine takes "
    "1.75% of everything — what do we net?",
    (46 * 12 + 19 * 28) * (1 - pct("1.75")),
)
calc(
    DOME,
    "The dome seats 144 and the five shows averaged 87.5% full. Tickets sold in total?",
    144 * 5 * pct("87.5"),
)
calc(
    BRASS,
    "35 pieces on the contest list, 28 parts per piece, 3 sheets a part, copying at "
    "6.5p a sheet. Cost in pounds?",
    35 * 28 * 3 * dec("0.065"),
)
calc(
    SEEDS,
    "We started with 500 packets. 35% went on the first swap day and 40% of what was "
    "left on the second. How many remain?",
    500 * (1 - pct(35)) * (1 - pct(40)),
)
calc(
    SKI,
    "family of 5, skis + boots €31 a day each for 6 days, 15% off for booking online. "
    "total in euros?",
    5 * 31 * 6 * (1 - pct(15)),
)
calc(
    PORTER,
    "Moved 96 patients over three nights: 29 the first, 34 the second. How many on the third?",
    96 - 29 - 34,
)
calc(
    QUILT,
    "Venue for the retreat is £1,890 split evenly between the 36 of us, and food is "
    "£14.50 each on top. What does each person pay?",
    F(1890, 36) + dec("14.50"),
)
calc(
    MOBLIB,
    "57 overdue items at 25p a day, averaging 8 days late each. Fines total in pounds?",
    57 * dec("0.25") * 8,
)
calc(
    ARCHERY,
    "Round scores were 548, 561, 539 and 572. What's the average?",
    F(548 + 561 + 539 + 572, 4),
)
calc(
    CHEESE,
    "A 24 kg wheel loses 9% of its weight in the cave. What does it weigh when it "
    "comes out, in kg?",
    24 * (1 - pct(9)),
)
calc(
    TAXI,
    "Mounting a fox: £340 for the work, glass case £185, and a 25% deposit up front. "
    "How much is the deposit?",
    (340 + 185) * pct(25),
)

# ---- calculator: second word problems
calc(SWEEP, "How much is 20 percent VAT on a £78 sweep?", 78 * pct(20))
calc(
    OYSTER,
    "Hotel took 36 dozen at £14.40 a dozen, and the market stall sold 250 loose at "
    "85p. What did we take altogether?",
    36 * dec("14.40") + 250 * dec("0.85"),
)
calc(
    SKI,
    "Bought 40 helmets at £38.75, sold them off at £22 each at the end of the season. "
    "Loss on the lot?",
    40 * dec("38.75") - 40 * 22,
)
_PUPILS, _TEACHERS = 58, 7
calc(
    DOME,
    "School group: 58 pupils at £6.25, teachers £8 but one goes free for every 10 "
    "pupils. They bring 7 teachers. What's the bill?",
    _PUPILS * dec("6.25") + (_TEACHERS - _PUPILS // 10) * 8,
)
calc(
    FERRY,
    "Freight on the 06:40 sailing: 17 lorries at £212 and 9 vans at £96. Total?",
    17 * 212 + 9 * 96,
)
calc(
    ESCAPE,
    "£24 a head. We ran 9 groups of 6 and 4 groups of 4 on Saturday — revenue?",
    (9 * 6 + 4 * 4) * 24,
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
HOUR = 3600  # s
assert KMH == KM / HOUR and MPH * HOUR == MI

# ---- units: plain one-liners
unit(P, "convert 72 inches to cm", 72 * IN / CM, EXACT)
unit_r(P, "5 miles in km?", 5 * MI / KM)
unit(P, "98.6 F in celsius", f_to_c(dec("98.6")), EXACT)
unit_r(P, "how many pounds is 50 kg", 50 / LB)
unit_r(P, "12 st 9 lb in kilograms", (12 * 14 + 9) * LB)
unit_r(P, "100 psi to bar", 100 * PSI / BAR)
unit_r(P, "25 acres = how many hectares", 25 * ACRE / HECTARE)
unit(P, "180 C to F", c_to_f(180), EXACT)
unit(P, "2.75 GiB in MiB", dec("2.75") * GIB / MIB, EXACT)
unit_r(P, "65mph to kmh", 65 * MPH / KMH)
unit_r(P, "feet in 1000 metres?", 1000 / FT)
unit_r(P, "250 g → ounces", 250 * G / OZ)
unit(P, "6 foot 2 in centimetres", (6 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "ten cubic feet in litres", 10 * CUFT / LITRE)

# ---- units: word problems, one per register
unit_r(ORGAN, "Longest pipe in the pedal rank is 16 feet. How long is that in metres?", 16 * FT)
unit_r(
    LOCK, "My lock chamber is 72 ft long — what's that in metres for the new signboard?", 72 * FT
)
unit_r(PIANO, "Drove 148 miles round the county on calls. In kilometres?", 148 * MI / KM)
unit_r(LIGHT, "The lamp sits 121 feet above mean high water. Metres, please.", 121 * FT)
unit_r(
    MUSH, "The grow room has to sit at 64°F; what do I set the Celsius controller to?", f_to_c(64)
)
unit_r(
    GLASS,
    "A sheet of glass 24 by 36 inches, what's that in square centimetres?",
    24 * IN * 36 * IN / (CM * CM),
)
unit_r(SWEEP, "Fitted 8 metres of flexible flue liner. How many feet is that?", 8 / FT)
unit_r(OYSTER, "A full bag weighs 22 lb — how many kilos?", 22 * LB)
unit(BIND, "Book block is 9.25 inches tall; in millimetres?", dec("9.25") * IN / MM, EXACT)
unit(ESCAPE, "We keep the room at 68 F. What's that in Celsius?", f_to_c(68), EXACT)
unit(
    STENO, "How many MiB is a 3.5 GiB audio archive of the hearing?", dec("3.5") * GIB / MIB, EXACT
)
unit_r(FERRY, "The crossing to the island is 14 miles. How far in km?", 14 * MI / KM)
unit_r(VINE, "rows are 2.4 m apart, what is that in feet", dec("2.4") / FT)
unit_r(
    DERBY, "The sports hall floor is 30 m by 18 m. What's the area in square feet?", 30 * 18 / SQFT
)
unit(FORGE, "The forge fire runs at 1,250 °C — what's that in Fahrenheit?", c_to_f(1250), EXACT)
unit_r(DOME, "Our dome is 15 metres across. How many feet is that?", 15 / FT)
unit_r(
    BRASS, "The tuba in its case weighs 14 kg; how many pounds is that for the coach form?", 14 / LB
)
unit(
    SEEDS,
    "Packet says sow 0.75 inches deep. How many centimetres is that?",
    dec("0.75") * IN / CM,
    EXACT,
)
unit(SKI, "The black run drops 2,300 feet. In metres?", 2300 * FT, EXACT)
unit_r(
    PORTER,
    "Walked 11 miles pushing beds last night according to my watch, how many km?",
    11 * MI / KM,
)
unit(QUILT, "A quilt top 90 inches square: how many cm along each side?", 90 * IN / CM, EXACT)
unit_r(MOBLIB, "The van averages 52 km/h on the lanes. What's that in mph?", 52 * KMH / MPH)
unit_r(ARCHERY, "Target's set at 70 metres. How many yards is that?", 70 / YD)
unit_r(CHEESE, "The cave is held at 54 degrees Fahrenheit. Celsius?", f_to_c(54))
unit_r(TAXI, "The bear stands 7 ft 3 in on its base — height in metres?", 7 * FT + 3 * IN)

# ---- units: second word problems
unit_r(
    LIGHT, "On a clear night the beam carries 22 miles. What's that in kilometres?", 22 * MI / KM
)
unit_r(
    OYSTER,
    "Our trestles cover 3.2 hectares of foreshore; how many acres?",
    dec("3.2") * HECTARE / ACRE,
)
unit_r(SKI, "Snow depth at the top station is 1.8 m — how many inches?", dec("1.8") / IN)
unit_r(MUSH, "Spawn comes in 5 lb bags. What does one weigh in kg?", 5 * LB)
unit_r(VINE, "The vineyard is 12 acres. Hectares?", 12 * ACRE / HECTARE)
unit(LOCK, "Boat draws 2 ft 3 in. How many centimetres is that?", (2 * FT + 3 * IN) / CM, EXACT)


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


# ---- dates: plain one-liners
date_item(P, "What day of the week was 18 June 1815?", weekday(D(1815, 6, 18)))
date_item(P, "date 90 days after 3 March 2031", D(2031, 3, 3) + TD(days=90))
date_item(
    P, "how many days between 1 Jan 2030 and 25 Dec 2030", days(D(2030, 1, 1), D(2030, 12, 25))
)
date_item(P, "What weekday is Christmas Day 2034?", weekday(D(2034, 12, 25)))
date_item(P, "100 days before 1 October 2029 is which date?", D(2029, 10, 1) - TD(days=100))
date_item(P, "4th Thursday of November 2031", nth_weekday(2031, 11, THU, 4))
_W0 = D(2032, 1, 5)
_W1 = _W0 + TD(weeks=12)
date_item(P, f"how many weeks from {say(_W0)} to {say(_W1)}?", weeks(_W0, _W1))
date_item(P, "minutes from 09:40 to 17:15", clock_span("09:40", "17:15", 60))
date_item(P, "Hours between 22:30 and 06:00 the next morning?", clock_span("22:30", "06:00", 3600))
date_item(P, "last friday of may 2033?", nth_weekday(2033, 5, FRI, -1))
date_item(P, "What's the date 1000 days after 1 January 2030?", D(2030, 1, 1) + TD(days=1000))
date_item(P, "Born 12 August 1987 — how old on 3 June 2031?", age(D(1987, 8, 12), D(2031, 6, 3)))
date_item(P, "day of the week for 1 jan 2050", weekday(D(2050, 1, 1)))
date_item(P, "How many days does February 2300 have?", calendar.monthrange(2300, 2)[1])

# ---- dates: word problems, one per register
date_item(
    ORGAN,
    "The organ was last fully restored on 2 May 1988 and the rededication is on "
    "2 May 2038. How many days apart are those?",
    days(D(1988, 5, 2), D(2038, 5, 2)),
)
_STOP = D(2031, 11, 3)
date_item(
    LOCK,
    f"Stoppage begins {sayw(_STOP)}; the lock reopens 19 days after that. What "
    "date does it reopen?",
    _STOP + TD(days=19),
)
date_item(
    PIANO,
    "Tuned the school Steinway on 9 September 2030 and they want it again 26 weeks "
    "after that. Which date?",
    D(2030, 9, 9) + TD(weeks=26),
)
date_item(
    LIGHT,
    "The light was first lit on 1 December 1858. What day of the week was that?",
    weekday(D(1858, 12, 1)),
)
date_item(
    MUSH,
    "spawned the room 14 feb 2031, first flush is due 23 days later — date?",
    D(2031, 2, 14) + TD(days=23),
)
date_item(
    GLASS,
    "Window went in on 17 March 2029 and the guarantee runs to 1 March 2034. How "
    "many days of cover is that?",
    days(D(2029, 3, 17), D(2034, 3, 1)),
)
date_item(
    SWEEP,
    "Booked in for the second Tuesday of October 2030. What's the date?",
    nth_weekday(2030, 10, TUE, 2),
)
date_item(
    OYSTER,
    "Spat went in on 6 May 2030 and we harvest 540 days later. Which date?",
    D(2030, 5, 6) + TD(days=540),
)
date_item(
    BIND,
    "Clamps went on at 19:45 and came off at 08:15 the next morning. How many hours was that?",
    clock_span("19:45", "08:15", 3600),
)
date_item(
    ESCAPE,
    "We run a Halloween special on 31 October 2031 — what day of the week is it?",
    weekday(D(2031, 10, 31)),
)
date_item(
    STENO,
    "Hearing adjourned on 11 March 2031 to a date 42 days after. What is the return date?",
    D(2031, 3, 11) + TD(days=42),
)
date_item(
    FERRY,
    "Winter timetable runs from 26 October 2031 to 29 March 2032. How many days is that?",
    days(D(2031, 10, 26), D(2032, 3, 29)),
)
date_item(
    VINE,
    "Flowering was 8 June 2030 and we pick 100 days after flowering. Picking date?",
    D(2030, 6, 8) + TD(days=100),
)
date_item(
    DERBY,
    "Bout's on the first Saturday of March 2031, what date is that",
    nth_weekday(2031, 3, SAT, 1),
)
date_item(
    FORGE,
    "Our open day is always the last Sunday in September. Date for 2030?",
    nth_weekday(2030, 9, SUN, -1),
)
date_item(
    DOME,
    "How many days from the eclipse show on 12 August 2026 to the one on 2 August 2027?",
    days(D(2026, 8, 12), D(2027, 8, 2)),
)
_CONTEST = D(2031, 9, 13)
date_item(
    BRASS,
    f"Contest is {sayw(_CONTEST)}. We start rehearsing ten weeks before — what date is that?",
    _CONTEST - TD(weeks=10),
)
date_item(
    SEEDS,
    "Sow tomatoes 8 weeks before the last frost date of 20 May 2031. When do I sow?",
    D(2031, 5, 20) - TD(weeks=8),
)
_OPEN, _CLOSE = D(2031, 12, 13), D(2032, 4, 18)
date_item(
    SKI,
    f"Season opens {sayw(_OPEN)} and closes {sayw(_CLOSE)}. How many days is that?",
    days(_OPEN, _CLOSE),
)
date_item(
    PORTER,
    "night shift 19:00 till 07:30 next morning, how many minutes is that",
    clock_span("19:00", "07:30", 60),
)
date_item(
    QUILT,
    "The quilt show is 16 weeks after 12 January 2031. What date is the show?",
    D(2031, 1, 12) + TD(weeks=16),
)
_VISIT1 = D(2032, 1, 8)
date_item(
    MOBLIB,
    f"The van calls every 3 weeks, first visit {sayw(_VISIT1)}. Date of the fifth visit?",
    _VISIT1 + TD(weeks=3 * 4),
)
date_item(
    ARCHERY,
    "Club was founded on 21 June 1952. How many days from then to 21 June 2032?",
    days(D(1952, 6, 21), D(2032, 6, 21)),
)
date_item(
    CHEESE,
    "Wheel made on 4 November 2030, aged 270 days. When is it ready?",
    D(2030, 11, 4) + TD(days=270),
)
date_item(
    TAXI,
    "Pheasant went in the freezer on 20 December 2030 and I'll thaw it 75 days "
    "after that. What date?",
    D(2030, 12, 20) + TD(days=75),
)

# ---- dates: second word problems
date_item(
    LOCK,
    "Stoppage ran from 5 January 2032 to 13 February 2032. How many days?",
    days(D(2032, 1, 5), D(2032, 2, 13)),
)
date_item(
    FERRY,
    "The last sailing before Christmas is 24 December 2032 — which weekday?",
    weekday(D(2032, 12, 24)),
)
date_item(
    OYSTER,
    "The farm was founded on 3 August 1979. How old is it on 1 July 2031, in whole years?",
    age(D(1979, 8, 3), D(2031, 7, 1)),
)
date_item(
    DOME,
    "Evening show runs 20:10 to 21:05. How many minutes long is it?",
    clock_span("20:10", "21:05", 60),
)
date_item(
    ARCHERY,
    "County shoot is on the 3rd Sunday of June 2031. What date?",
    nth_weekday(2031, 6, SUN, 3),
)
date_item(
    PORTER,
    "Started on 4 April 2031 and probation ends 180 days after that. End date?",
    D(2031, 4, 4) + TD(days=180),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: advice, explanations, judgements and writing in each register
ORDINARY = {
    ORGAN: [
        "What does 'voicing' a flue pipe actually involve?",
        "Is a tracker action really better than electro-pneumatic for a small church?",
        "Draft a polite note asking the vicar to keep the heating low during our tuning visits.",
        "why do reed stops go out of tune faster than flues when the church warms up",
    ],
    LOCK: [
        "What's the etiquette when two boats arrive at a lock from opposite ends?",
        "Write a friendly sign asking walkers not to sit on the balance beams.",
        "Why do some locks have side ponds, and do they still save water?",
        "Is it worth applying to become a volunteer lock keeper if I'm 70?",
    ],
    PIANO: [
        "How do I tell a customer gently that their piano isn't worth restoring?",
        "what causes a piano to sound 'tinny' after moving house",
        "Is equal temperament or a historical temperament better for a Bach recital?",
        "Suggest a short reminder text for clients due their yearly tuning.",
    ],
    LIGHT: [
        "Who decides the light characteristic of a lighthouse, and why are they all different?",
        "Write a two-minute talk for visitors about the lives of the last keepers.",
        "Why were Fresnel lenses such a breakthrough?",
        "Should we let children climb the tower on windy days? What would you weigh up?",
    ],
    MUSH: [
        "Why are my oyster mushrooms coming up with long stems and tiny caps?",
        "Is it safe to compost spent mushroom substrate on the veg beds?",
        "Write a product label blurb for our lion's mane.",
        "what's the difference between casing and substrate",
    ],
    GLASS: [
        "How do I explain to a client why leading costs more than copper foil?",
        "Is it ethical to restore a medieval window with modern glass?",
        "What makes flashed ruby glass look the way it does?",
        "Give me some ideas for a window design on the theme of the sea.",
    ],
    SWEEP: [
        "Why does a wood burner tar up the flue faster with wet logs?",
        "Write a short leaflet explaining why jackdaws nest in chimneys.",
        "Is a smoke test worth doing before every sweep?",
        "customer swears the chimney was swept last month but it wasn't, how do I handle it",
    ],
    OYSTER: [
        "Why are native oysters traditionally eaten only when there's an R in the month?",
        "What's norovirus risk like with raw oysters, and how do farms manage it?",
        "Write a chalkboard description of our rock oysters for the farm shop.",
        "Are triploid oysters a good idea for a small farm?",
    ],
    BIND: [
        "What's the difference between a case binding and a limp vellum binding?",
        "Is wheat starch paste or PVA better for a book that needs to be reversible?",
        "Write care instructions to give customers with a leather-bound journal.",
        "why does the grain direction of paper matter so much",
    ],
    ESCAPE: [
        "Give me a hint for a stuck team that nudges without giving the answer away.",
        "Write the opening monologue for a Victorian séance-themed room.",
        "Is it fair to let a team that ran 2 minutes over count as escaped?",
        "What puzzle types tend to frustrate players the most?",
    ],
    STENO: [
        "How do I mark an inaudible passage in a transcript properly?",
        "Is voice writing going to replace stenotype machines?",
        "Explain what a 'verbatim' transcript means compared with an edited one.",
        "draft an email asking counsel to spell out the names of the witnesses at the start",
    ],
    FERRY: [
        "What should I say to a passenger who missed the last sailing and is upset?",
        "Write a short announcement that the crossing is cancelled due to weather.",
        "Why do ferries sometimes sail with the bow door open a little in port?",
        "Is it better to run a reservation system or first-come-first-served for cars?",
    ],
    VINE: [
        "What does 'veraison' mean and why does it matter for picking?",
        "Should we hand-pick or machine-harvest a small Bacchus vineyard?",
        "Write a short thank-you note to the picking crew.",
        "why are English sparkling wines compared with champagne so often",
    ],
    DERBY: [
        "How do I write a fair policy on refunding subs for injured skaters?",
        "Explain jammer and blocker roles to a complete beginner.",
        "Is it a good idea to take on a sponsor from a betting company?",
        "Draft a fundraising appeal for new track tape and cones.",
    ],
    FORGE: [
        "Why does steel change colour as it heats up?",
        "Write a safety briefing for visitors watching a forging demo.",
        "Is coal or gas better for a beginner's forge?",
        "what's the difference between annealing and normalising",
    ],
    DOME: [
        "Write a two-line blurb for a show about the life of stars.",
        "A child asked why Saturn's rings don't fall in. How do I explain it at the desk?",
        "Is it worth showing a film about black holes to under-fives?",
        "How do I answer a visitor who asks whether astrology is real?",
    ],
    BRASS: [
        "What's the best way to organise a band library so parts don't go missing?",
        "Is it OK to photocopy parts for a contest piece we've hired?",
        "Why are cornets pitched in B flat and the soprano in E flat?",
        "Write a reminder asking players to return their folders after the concert.",
    ],
    SEEDS: [
        "Why shouldn't I save seed from F1 hybrid tomatoes?",
        "Write a catchy poster for our spring seed swap.",
        "How long do parsnip seeds stay viable, roughly, and why so short?",
        "Is it fair to limit people to ten packets each at the swap?",
    ],
    SKI: [
        "How do I tell if a customer is a beginner or intermediate for ski length?",
        "Write a friendly sign asking people to return skis before 5.",
        "Why do rental boots feel so much worse than your own?",
        "is it worth offering helmet hire for free to kids",
    ],
    PORTER: [
        "What's the best way to talk to a confused patient on a night transfer?",
        "Why do hospitals still use pagers?",
        "Write a handover note template for the end of a night shift.",
        "Is it normal to feel wiped out for days after switching back from nights?",
    ],
    QUILT: [
        "What's the difference between English paper piecing and foundation piecing?",
        "Suggest a theme and workshop plan for a weekend retreat.",
        "Is hand quilting worth the time compared with longarm quilting?",
        "Write a welcome note for first-timers at the retreat.",
    ],
    MOBLIB: [
        "Which books are good for a care home stop where many readers have poor eyesight?",
        "Write a short piece for the parish newsletter about the mobile library.",
        "Why are mobile libraries being cut, and what's the argument for keeping them?",
        "how do I deal with a borrower who keeps returning books wet",
    ],
    ARCHERY: [
        "What's the difference between a recurve and a compound bow for a new member?",
        "Write a safety briefing for a have-a-go session.",
        "Is instinctive shooting better than using a sight?",
        "why do arrows fishtail and how do I fix it",
    ],
    CHEESE: [
        "Why does my cave-aged cheddar keep getting blue mould on the rind?",
        "Write tasting notes for a washed-rind cheese aged on spruce boards.",
        "Is it worth turning wheels daily or is weekly enough?",
        "What does an affineur actually do differently from a cheesemaker?",
    ],
    TAXI: [
        "Is it legal to mount a barn owl found dead on the road in England?",
        "Write a gentle reply to someone who wants their late dog mounted.",
        "Why do glass eyes look more lifelike than painted ones?",
        "What's the best way to stop moths getting into mounted birds?",
    ],
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _fam in REGISTERS:
    for _q in ORDINARY[_fam]:
        neg(_fam, _q)


# ---- near-positive negatives: look like tool questions but need the language model
NEAR = [
    ("near-exchange-rate", "how many US dollars would £250 get me at the moment", "live rate"),
    ("near-exchange-rate", "Convert 1,200 euros to Swiss francs at the bank rate.", "live rate"),
    ("near-live-price", "What's an ounce of gold worth in sterling right now?", "live price"),
    ("near-live-price", "How much is a litre of diesel at Sainsbury's in Truro?", "live price"),
    ("near-contested-unit", "How many pints in a gallon?", "UK vs US pint and gallon"),
    ("near-contested-unit", "convert 2 cups of plain flour to grams", "cup size and density"),
    ("near-contested-unit", "What's 5 tons in kilograms?", "short, long or metric ton"),
    (
        "near-contested-unit",
        "My car does 48 mpg — what's that in litres per 100 km?",
        "UK vs US gallon",
    ),
    ("near-contested-unit", "How many horsepower is a 1.6 litre engine?", "no conversion exists"),
    ("near-density", "How much does a litre of olive oil weigh in grams?", "density fact"),
    ("near-density", "What's 500 ml of honey in grams?", "density fact"),
    ("near-today", "How many days until my birthday on 9 August?", "needs today's date"),
    ("near-today", "How old is Paul McCartney?", "fact and today's date"),
    ("near-today", "which weekday is it at the moment where I am?", "needs today's date"),
    (
        "near-today",
        "How many weeks pregnant am I if my last period started on 2 February?",
        "today's date and medical",
    ),
    ("near-easter", "What date is Easter Sunday in 2036?", "Easter computus is contested"),
    ("near-easter", "How many days from Shrove Tuesday to Easter Monday 2033?", "Easter-dependent"),
    (
        "near-working-days",
        "How many working days are there in May 2031 in Scotland?",
        "bank holidays",
    ),
    ("near-bank-holiday", "Is 26 December 2032 a bank holiday in England?", "substitute days"),
    (
        "near-time-zone",
        "When it's 3pm in London on 14 March 2031, what time is it in Sydney?",
        "time zones and daylight saving",
    ),
    ("near-time-zone", "I land in New York at 18:20 local; what's that in Berlin?", "time zones"),
    ("near-lunar-calendar", "When does Ramadan start in 2032?", "lunar calendar fact"),
    ("near-lunar-calendar", "Which date is Diwali in 2031?", "lunar calendar fact"),
    ("near-school-terms", "When is February half-term 2031 for schools in Kent?", "term dates"),
    ("near-month-end", "One month after 31 January 2031 is what date?", "no single right answer"),
    (
        "near-numeric-date",
        "How many days from 03/04/2031 to 04/03/2031?",
        "day/month order unstated",
    ),
    ("near-numeric-date", "is 05/06/2032 a weekend?", "day/month order unstated"),
    ("near-identifier", "Order number 2031-05-14 — when will it ship?", "identifier, not a date"),
    ("near-identifier", "ISBN 978-0-261-10235-4: what's the title?", "identifier lookup"),
    ("near-identifier", "My boiler's showing fault F28, what does that mean?", "fault code"),
    ("near-identifier", "What's flight BA 2490's usual departure gate?", "identifier lookup"),
    ("near-identifier", "Whose address is 10 Downing Street?", "number in an address"),
    ("near-code", "Explain why 0.1 + 0.2 != 0.3 in Python.", "code semantics"),
    ("near-code", "In JavaScript what does [] + {} give, and why?", "code semantics"),
    (
        "near-code",
        "Why does 7 // -2 give a different answer in Python than in C?",
        "code semantics",
    ),
    ("near-code", "What does len('2+2') return in Python?", "code, not arithmetic"),
    (
        "near-code",
        "Excel's =ROUND(2.5,0) versus Python's round(2.5): why do they differ?",
        "spreadsheet and code semantics",
    ),
    (
        "near-code",
        "Write a Python function that adds VAT at 20% to a list of prices.",
        "code request",
    ),
    (
        "near-explanation",
        "Is 0.999 recurring really equal to 1? Explain it to a ten-year-old.",
        "explanation",
    ),
    ("near-explanation", "Why is dividing by zero undefined rather than infinity?", "explanation"),
    (
        "near-explanation",
        "Why do clock faces often show four as IIII instead of IV?",
        "history of a numeral form",
    ),
    ("near-proof", "Prove that there are infinitely many primes.", "written proof"),
    (
        "near-fact",
        "What's the population of Lagos divided by the population of Accra?",
        "facts the tools lack",
    ),
    ("near-fact", "How far is it from Leeds to York by road?", "route distance"),
    ("near-fact", "What's the boiling point of water at the top of Ben Nevis?", "science fact"),
    ("near-fact", "What was the score in the 1966 World Cup final?", "fact"),
    ("near-fact", "How tall is the Shard in feet?", "fact plus conversion"),
    ("near-nutrition", "How many calories in a medium banana?", "nutrition fact"),
    ("near-tax", "How much VAT do I charge on children's shoes in the UK?", "tax rules"),
    ("near-tax", "What income tax would I pay on £48,000 in 2031/32?", "future tax rules"),
    ("near-dosing", "How much Calpol can I give a 2-year-old weighing 12 kg?", "dosing"),
    ("near-size-chart", "What US women's jeans size is a UK 10?", "size chart"),
    (
        "near-opinion",
        "Is £9,500 a fair price for a 2015 Ford Fiesta with 80,000 miles?",
        "valuation judgement",
    ),
    ("near-opinion", "Is 2,048 words too long for a wedding speech?", "judgement"),
    ("near-forecast", "Will it rain in Manchester on 3 June 2031?", "forecast"),
    ("near-estimate", "Roughly how many lentils are in a 500 g bag?", "estimate"),
    ("near-estimate", "How many steps is a mile for someone 5 foot 4?", "stride estimate"),
    ("near-estimate", "how long would it take to walk across London", "estimate"),
    (
        "near-lottery",
        "What are the odds of winning the EuroMillions jackpot?",
        "needs the game's rules",
    ),
    ("near-missing-info", "A room is 4 by 5. How much paint do I need?", "missing units and data"),
    ("near-missing-info", "How many bricks for a garden wall 10 m long?", "missing height, bond"),
    (
        "near-missing-info",
        "The 42 bus leaves at 7:15 — when does it get to the station?",
        "missing timetable",
    ),
    ("near-language", "Translate 'three hundred and sixty-five days' into Welsh.", "translation"),
    ("near-writing", "Write a limerick about twelve times twelve.", "writing task"),
    ("near-title", "What's the film 'Apollo 13' about?", "number in a title"),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES and all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# ---- conversations: notation, units or context fixed in earlier turns
def money(x):
    """A sum of money written with pence, e.g. £36.00 (asserted exact to the penny)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return f"£{Decimal(x.numerator) / Decimal(x.denominator):,.2f}"


assert money(36) == "£36.00" and money(dec("2.5")) == "£2.50"

_BOX = 3 * 12
_BLIP = 7
_FEE = 480 * pct(15)
_FEE_FIXED = 480 * pct(12)
_TEA = 6 * dec("1.80")
_MIX = 4 * 8
_HALL = D(2031, 4, 12)
CONVS = [
    (
        "conv-notation",
        [
            (U, "For this chat, a # b means a times b, plus 1. Got it?"),
            (A, "Got it: a # b is a × b + 1."),
            (U, "So what's 4 # 5?"),
        ],
        "operator redefined earlier",
    ),
    (
        "conv-defined-unit",
        [
            (U, "In our game a 'blip' is 7 metres."),
            (A, f"Noted: 1 blip = {_BLIP} m."),
            (U, "how many blips is 140 metres then"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-language",
        [
            (U, "How many feet are in a yard?"),
            (A, "There are 3 feet in a yard."),
            (U, "Now say that in Spanish please."),
        ],
        "language switch",
    ),
    (
        "conv-numeral-system",
        [
            (U, "From now on answer only in Roman numerals."),
            (A, "Understood."),
            (U, "What's 19 plus 23?"),
        ],
        "numeral system fixed earlier",
    ),
    (
        "conv-number-base",
        [
            (U, "Let's work in base 8 for the rest of this conversation."),
            (A, "Sure, octal it is."),
            (U, "17 + 5 = ?"),
        ],
        "number base fixed earlier",
    ),
    (
        "conv-made-up-calendar",
        [
            (U, "In my novel a year has ten months of 36 days each."),
            (A, f"Nice, a {10 * 36}-day year."),
            (U, "Which day of the year is the 4th of month seven?"),
        ],
        "invented calendar",
    ),
    (
        "conv-correction",
        [
            (U, "What's a 15% fee on £480?"),
            (A, f"That's {money(_FEE)}."),
            (U, "sorry, I meant 12 percent. redo it"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "We'll need 3 boxes of tiles at £12 each."),
            (A, f"That comes to {money(_BOX)}."),
            (U, "Summarise what we've worked out so far in one line."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-spread-figures",
        [
            (U, "I bought 3 bags of compost at £6.40."),
            (A, "Okay, noted."),
            (U, "And 2 more at £5.90 later. What's my total now?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-judgement",
        [
            (U, "Six teas at £1.80 each, what's that?"),
            (A, f"{money(_TEA)}."),
            (U, "Is that a reasonable price for a village hall café?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-explain",
        [
            (U, "What's 4 lots of 8?"),
            (A, f"{_MIX}."),
            (U, "Why did you get that? Explain it like I'm six."),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-verse",
        [
            (U, "Give every answer as a haiku from now on."),
            (A, "Words fall into place."),
            (U, "How many minutes are in three hours?"),
        ],
        "verse form fixed earlier",
    ),
    (
        "conv-persona",
        [
            (U, "Talk like a pirate for the rest of this chat."),
            (A, "Arr, aye aye!"),
            (U, "How many centimetres in a metre, then?"),
        ],
        "persona fixed earlier",
    ),
    (
        "conv-notation",
        [(U, "Here ^ is bitwise XOR, like in C."), (A, "Understood."), (U, "what is 5 ^ 3")],
        "operator meaning fixed earlier",
    ),
    (
        "conv-defined-value",
        [
            (U, "Let x be the number of chairs: 14."),
            (A, "x = 14."),
            (U, "So what's x squared minus 6?"),
        ],
        "value defined earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "All dates I type are day/month/year."),
            (A, "Noted."),
            (U, "Days from 3/4/2031 to 5/6/2031?"),
        ],
        "date format fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "In my planner the week starts on Sunday as day 1."),
            (A, "Okay, Sunday is day 1."),
            (U, "What number is Thursday?"),
        ],
        "numbering defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Please use a comma as the decimal separator."),
            (A, "Sure, e.g. 2,5."),
            (U, "What's 2,5 times 4?"),
        ],
        "notation fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round every answer to the nearest 50 from here on."),
            (A, "Will do."),
            (U, "What's 17 times 38?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Please lay out answers as a markdown table: columns 'asked' and 'answer'."),
            (A, "Okay."),
            (U, "Convert 26 km to miles, then."),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Keep every length in furlongs from now on."),
            (A, "Furlongs it is."),
            (U, "How far is 3 km?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-made-up-calendar",
        [
            (U, "We're using the Shire calendar of Middle-earth."),
            (A, "All right, Shire Reckoning."),
            (U, "What weekday is 1 Afteryule?"),
        ],
        "invented calendar",
    ),
    (
        "conv-defined-unit",
        [
            (U, "A 'round' in our pub quiz is 8 questions."),
            (A, "Got it."),
            (U, "How many questions in six rounds?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-follow-up",
        [
            (U, "List the first five prime numbers."),
            (A, "2, 3, 5, 7, 11."),
            (U, "carry on for another five"),
        ],
        "follow-up",
    ),
    (
        "conv-rewrite",
        [
            (U, "How many seconds in a day?"),
            (A, f"There are {24 * HOUR:,} seconds in a day."),
            (U, "Rewrite that answer more formally for a report."),
        ],
        "rewrite",
    ),
    (
        "conv-memory",
        [
            (U, "My budget for the party is £350."),
            (A, "Noted."),
            (U, "What did I say the budget was, and is it enough for 40 people?"),
        ],
        "recall and judgement",
    ),
    (
        "conv-language",
        [
            (U, "What's 13 times 17?"),
            (A, f"{13 * 17}."),
            (U, "Write that number out in words in Welsh."),
        ],
        "language",
    ),
    (
        "conv-number-base",
        [(U, "Every number I give you is hexadecimal."), (A, "Understood."), (U, "1A + 2F?")],
        "number base fixed earlier",
    ),
    (
        "conv-defined-value",
        [
            (U, "In our bakery a dozen means 13."),
            (A, "A baker's dozen, yes."),
            (U, "How many rolls in 4 dozen, then?"),
        ],
        "value defined earlier",
    ),
    (
        "conv-explain",
        [
            (U, "What's the answer to life, the universe and everything?"),
            (A, "42."),
            (U, "Explain how you got that."),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "The kitchen is 3.2 m by 4 m. What's the floor area?"),
            (A, f"{num(dec('3.2') * 4)} square metres."),
            (U, "ok do the same for the other three rooms"),
        ],
        "follow-up with missing figures",
    ),
    (
        "conv-notation",
        [(U, "Treat ! as 'add ten', not factorial."), (A, "Okay."), (U, "5! = ?")],
        "operator redefined earlier",
    ),
    (
        "conv-defined-value",
        [
            (U, "For this game, 1 stone is 6 kg."),
            (A, "Fine, 1 stone = 6 kg."),
            (U, "How many kg is 12 stone?"),
        ],
        "value redefined earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, f"The village show is on {sayw(_HALL)}."),
            (A, "Lovely."),
            (U, "Write me the date the American way, with the weekday."),
        ],
        "date wording",
    ),
    (
        "conv-correction",
        [
            (U, "Hall hire is £40 an hour for 3 hours."),
            (A, f"{money(120)}."),
            (U, "Oh wait, it's 4 hours actually — and can you write it as an invoice line?"),
        ],
        "correction and writing",
    ),
]
assert _FEE_FIXED != _FEE
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
for _fam, _turns, _note in CONVS:
    assert _fam.startswith("conv-")
    conv(_fam, _turns, _note)

# ---- this set's structural asserts
assert {i["family"] for i in items if i["label"] != "negative"} - {P} == set(REGISTERS)
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    assert sum(1 for i in items if i["label"] == _lab and i["family"] != P) == 31, _lab
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
    # no register (family name) of this set is a family name of sets 19 to 46
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 46: {reused}"
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
