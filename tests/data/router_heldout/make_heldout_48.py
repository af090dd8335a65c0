r"""Generate heldout-2027-01-20.jsonl: a forty-eighth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_47.py, by `sed -n`: lines 1-359
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 609-669 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 761-837 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1029-1036 (its negatives section
header, neg() and conv()) and 1667-1891 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (1891 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges),
not README.md and not pyproject.toml (ruff's line length of 100 was taken from the brief). The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-47) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l` and `grep -n` above in one command; the view of lines 1-359 alone;
the views of 609-669, 761-837 and 1029-1036 together with `echo` separators; the view of 1667-1891
alone. Then, in one command, `mkdir -p` of /tmp/h48/blocks, /tmp/h48/own and /work/sealed48, `sed
-n` copies of the same five allowed ranges into block files under /tmp/h48/blocks/, a `grep -n` for
"from __future__" in the first copy and a `wc -l` of the copies, together with the first run of a
small Python script (/tmp/h48/subst.py, written by a `cat` heredoc in the same command) that cuts
the first copy from its `from __future__` line to P = "plain" and substitutes this set's OUT,
PREFIX, EARLIER_DIR test (make_heldout_47.py), EARLIER (sets 1-47, `range(2, 48)`) and
REGISTER_CHECK (sets 19-47, adding make_heldout_47.py), and "sets 19 to 46" -> "sets 19 to 47" in
one comment and one message string of main() (it asserts that each substitution applies once, the
last twice, prints "ok" for each and then deletes the raw first copy), followed by a `grep -n` of
the blocks for "46", "47", "48" and "19 to". That first run failed: its cut point was found by the
first occurrence of the words "from __future__", which lies in set 47's docstring, so the
substitution of `range(2, 47)` matched twice and its assert stopped the script before it wrote
anything; the `grep -n` therefore printed some docstring lines of the raw copy (set 47's own
docstring, already read within lines 1-359) besides the configuration lines. A `sed -i` changed the
cut point to the line `from __future__ import annotations`, and the second run, with `ls`, `head
-3` and the same `grep -n`, succeeded. Then `cat` heredocs wrote this set's own blocks under
/tmp/h48/own/ (registers and calculator items; unit constants and unit items; date items; ordinary
negatives, near-positive negatives, money() and the conversations with this set's own structural
asserts), an assembly script /tmp/h48/assemble.py (it builds this file from a docstring file, or a
one-line placeholder, and the blocks in order, and prints its line count) and a helper
/tmp/h48/run.sh (it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff
format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, then this generator from
/tmp, passing on any arguments, writing its output to /tmp/h48/out.txt, of which it prints the exit
code and the `tail -5`). run.sh first had a `set -e` line, which hid the failing first run's
output, so `tail -8` of out.txt was read; a `sed -i` removed that line. Edits of own blocks were
made by `sed -i` and by the stdin-free scripts /tmp/h48/reword1.py, reword2.py and reword3.py
(exact, asserted-once replacements; the changes are listed below), each followed by a `grep` or the
next run. The generator was run with --show twice, its listing filtered by `grep` and laid out by
`column -t` once; a `/work/main/.venv/bin/python -c` checked the line lengths of this file. Before
the docstring was final, `tail` of four of the block copies (with `cat -A` and `cut` to 60 columns)
checked the edges of the allowed ranges, a `sed -i` corrected one such edge in the docstring source
and a `grep -c` confirmed it. This docstring was written last over the placeholder (its source
text, /tmp/h48/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h48/doc/make_doc.py, which uses textwrap, keeps the lines marked as preformatted and asserts
that the words are unchanged), followed by run.sh, the line-length check, two runs of this file
with --digest (one with PYTHONHASHSEED=7) and `sha256sum` of the JSONL; finally `ls -la
/work/sealed48` and `rm -rf /tmp/h48`. Writes: /work/sealed48/ was created for this file and its
JSONL; temporary blocks, scripts and output under /tmp/h48/ were deleted afterwards. Nothing was
written into /work/main. Every python run above used /work/main/.venv/bin/python.

Changes to set 47's main() and checks: only the substitutions listed above (file names, sets 1-47
for the duplicate check, sets 19-47 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 47's as printed; ruff format may have changed layout only. All
of set 47's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp(), whole_up() (not used by this set's items), say() and sayw() (every weekday
stated next to a date in a query or turn is computed, not typed) and SQFT/SQYD/CUFT. Added, newly
written: MM, CM, KM, G, LITRE, HECTARE and HOUR (with an assert), the register constants and the
REGISTERS tuple (sorted, asserted distinct), _ROOT (an integer square root, asserted), the
ORDINARY, NEAR and CONVS tables, money() (sums stated in assistant turns are computed, with an
assert), the _MATED, _CONTRACT, _PLACED/_REVIEW, _RACE, _CYCLE, _WEDDING, _OFF, _LOG0/_LOG1,
_BUS/_LUNCH, _JOB, _JUNE and _HUNDRED values, and this set's own asserts: the ORDINARY negatives
are keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS 35; the positive
registers are exactly the REGISTERS; 193 items lie in the registers (25 x 3 positives, 18 second
positives, 100 negatives), 31 word problems per tool; every negative outside the registers is a
near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 47's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 47's, copied (P = "plain" is copied too, as the
last line of the first block). Set 47's docstring (within lines 1-359) names its 25 registers, its
provenance and the generic kinds of its items, which were therefore seen; none of those names or
topics is used here as a register, and some plain one-liners, near-positives and conversations here
are of those same generic kinds, newly worded. The `grep -n` printed no docstring, query or
constant line: only def lines and section headers with their line numbers (it showed that set 47
has money() at line 1328, which was not opened; this set's money() is newly written). At the edges
of the allowed ranges: line 359 is P = "plain", 609, 761 and 1029 are section headers, 669 is a
blank line after unit_r(), 837 is the assert after sayw(), 1036 is the last line of conv(), 1667 is
the comment above the stated-weekday pattern and 1891 is the call of main(). No query text of any
earlier set was seen. Every query here was newly written from imagination of each trade or
situation. Registers of sets 1 to 18 are not known here, so an overlap in TOPIC with those cannot
be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 47 (the near-.../conv-... families are not
registers and may coincide with earlier family names). Like set 47, this set has no algebra or
calculus question (symbolic math with one right answer is a tool question, so none is labelled
negative; the only proof asked for is a written proof). Some near-positives depend on the current
date (days until a birthday, an age now, the day now, weeks of pregnancy) and one concerns Easter;
they are negatives, with no "now" field. A few negatives ask what a short piece of code returns
(code semantics, as the brief lists them).

Register check: main()'s register assertion failed on the first run that reached it, naming three
of the first choice of registers as family names of sets 19 to 47: bicycle_courier_dispatch,
locksmith_callout_van and tattoo_parlour_front_desk (so those three names, and that such topics
were used before, became known; nothing else about earlier sets). reword1.py replaced them with
three new topics, bouldering_gym_route_setters, pest_control_van_rounds and
pop_up_cinema_projectionist, rewriting all their items (two calculator, one unit and two date items
for the first, one of each kind for the other two, and four ordinary negatives each) rather than
renaming them; the next run passed the register check.

Other failed checks and edits: the very first run stopped at date_item()'s leap-day assert (a
puppy's groom date 16 weeks after a birth fell on 29 February 2028); a `sed -i` moved the birth
date three days later. After the register fix, main()'s duplicate check reported 24 items by id;
they were reworded by reword2.py without the earlier queries being looked at: one plain calculator
one-liner (a percentage change; new figures), three plain unit one-liners (feet and inches to
centimetres, Celsius to Fahrenheit, Fahrenheit to Celsius; new figures and wording), two ordinary
negatives (a driving pupil's gearbox, a stalling model locomotive; new wording), eleven
near-positives (a floating-point comparison, a code request, steps in a distance, division by zero,
a festival date, a missing figure, month arithmetic from the 31st, lottery odds, working days, a
limerick, a time-zone question; new wording, subjects or figures) and seven conversations (a number
base, two follow-ups, a persona, a rewrite, Roman numerals, a target unit; every user turn newly
worded). The next run passed every check. Afterwards a `sed -i` changed one plain weekday
one-liner's date (three of the four weekday answers had been Sunday) and one upholsterer's quoted
number of days (the result had been Christmas Day), and reword3.py put one calculator word problem
in dollars and two unit word problems in US spelling, for more American usage; every later run
passed every check.

Registers (families), 25, new: alpaca_farm_shearing_day, aquarium_coral_frag_swap,
bouldering_gym_route_setters, caving_club_kit_store, curling_club_ice_rota, dog_grooming_salon_van,
driving_instructor_lesson_book, drystone_waller_field_gang, falconry_centre_mews,
foster_carer_household_notes, hot_air_balloon_launch_crew, kite_surf_school_beach_hut,
marathon_water_station_crew, model_railway_club_layout, pest_control_van_rounds,
pop_up_cinema_projectionist, raku_pottery_kiln_shed, sailmaker_canvas_loft,
school_dinner_kitchen_cook, sign_language_interpreter_agency, tree_surgeon_climbing_crew,
upholsterer_workroom_ledger, weather_spotter_station_notes, wedding_cake_bakery_orders,
wig_maker_theatre_workshop. Every register is used by all three tools (asserted); eighteen
registers have a further positive (a second calculator word problem: bouldering_gym_route_setters,
curling_club_ice_rota, pop_up_cinema_projectionist, school_dinner_kitchen_cook,
weather_spotter_station_notes, wedding_cake_bakery_orders; a second unit word problem:
caving_club_kit_store, falconry_centre_mews, hot_air_balloon_launch_crew,
kite_surf_school_beach_hut, marathon_water_station_crew, weather_spotter_station_notes; a second
date word problem: alpaca_farm_shearing_day, bouldering_gym_route_setters, caving_club_kit_store,
kite_surf_school_beach_hut, raku_pottery_kiln_shed, weather_spotter_station_notes). Positives are
one-liners (family "plain") or word problems of one to three sentences, mostly in UK usage with £
and pence (one in dollars, two with US spelling), some chatty, terse, lower-case or unpunctuated, a
few with numbers in words, questions at the start or the end. No positive conversations. No dosing
in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a density,
a contested unit (pint, gallon, cup, ton, mpg), today's date or an age now without a stated today,
Easter, working days, bank holidays, time zones, lunar-calendar festivals, school term dates, month
arithmetic from the 31st, all-numeric dates of unstated order, identifiers that look like numbers
(an order number, an ISBN, a fault code, a flight, a status code, a bus route, an address), code
semantics or a code request, explanations, the history of a numeral form, a written proof, world,
science or nutrition facts, a tax rule, a traffic rule, dosing, a size chart, a forecast,
estimates, lottery odds, missing figures, a translation, a writing task, a number in a title, an
opinion; or, in conversations, an operator or notation defined earlier (including a decimal comma,
a week numbering and letters standing for digits), a unit or value defined earlier, a language,
persona, numeral system, number base, rounding, verse form, output format, target unit, target
currency or date order fixed earlier, an invented calendar, a correction, summary, rewrite,
follow-up or recall of earlier turns, figures spread over turns, a judgement about earlier figures,
an explanation of an earlier answer, or date wording. The ordinary negatives ask for advice,
explanations, judgements, rules, facts, forecasts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 47: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as "N days after", "N days later", "N weeks before", "how many days
apart", "how many days between", or from one date to a later one), and clock spans run from one
stated time to the next occurrence of the other (two cross midnight, each saying "the next morning"
or "next morning"); one date item adds 56 hours to a stated date and clock time. Every rounded unit
result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 47):
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

Run: python3 make_heldout_48.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-20.jsonl"
PREFIX = "ho48-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_47.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 48))
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

# =========================================================================== registers (set 48)
ALPACA = "alpaca_farm_shearing_day"
CORAL = "aquarium_coral_frag_swap"
BOULDER = "bouldering_gym_route_setters"
CAVING = "caving_club_kit_store"
CURLING = "curling_club_ice_rota"
GROOM = "dog_grooming_salon_van"
DRIVING = "driving_instructor_lesson_book"
WALLER = "drystone_waller_field_gang"
FALCON = "falconry_centre_mews"
FOSTER = "foster_carer_household_notes"
BALLOON = "hot_air_balloon_launch_crew"
KITE = "kite_surf_school_beach_hut"
WATER = "marathon_water_station_crew"
RAILWAY = "model_railway_club_layout"
PESTS = "pest_control_van_rounds"
CINEMA = "pop_up_cinema_projectionist"
RAKU = "raku_pottery_kiln_shed"
SAILS = "sailmaker_canvas_loft"
DINNERS = "school_dinner_kitchen_cook"
SIGNING = "sign_language_interpreter_agency"
TREES = "tree_surgeon_climbing_crew"
UPHOLSTER = "upholsterer_workroom_ledger"
WEATHER = "weather_spotter_station_notes"
CAKES = "wedding_cake_bakery_orders"
WIGS = "wig_maker_theatre_workshop"
REGISTERS = (
    ALPACA,
    CORAL,
    BOULDER,
    CAVING,
    CURLING,
    GROOM,
    DRIVING,
    WALLER,
    FALCON,
    FOSTER,
    BALLOON,
    KITE,
    WATER,
    RAILWAY,
    PESTS,
    CINEMA,
    RAKU,
    SAILS,
    DINNERS,
    SIGNING,
    TREES,
    UPHOLSTER,
    WEATHER,
    CAKES,
    WIGS,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

_ROOT = math.isqrt(7056)
assert _ROOT * _ROOT == 7056

# plain one-liners
calc(P, "what's 4,836 divided by 12", F(4836, 12))
calc(P, "17.5% of 2,480?", pct("17.5") * 2480)
calc(P, "(238 + 417) * 3.6", (238 + 417) * dec("3.6"))
calc(P, "Work out 7 cubed minus 19 squared.", 7**3 - 19**2)
calc(P, "square root of 7,056 please", _ROOT)
calc(P, "How much is three eighths of 1,944?", F(3, 8) * 1944)
calc(P, "12.5 squared =", dec("12.5") ** 2)
calc(P, "ninety-six times forty-five", 96 * 45)
calc(P, "split £1,263.60 nine ways, how much each", dec("1263.60") / 9)
calc(P, "by what percent did it go up, 640 -> 776?", F(776 - 640, 640) * 100)
calc(P, "23% off 189.00, what's the sale price", 189 * (1 - pct(23)))
calc(P, "average of 14, 29, 31, 46 and 55", F(14 + 29 + 31 + 46 + 55, 5))
calc(P, "Mean of 8.4, 9.1 and 11.3?", (dec("8.4") + dec("9.1") + dec("11.3")) / 3)
calc(P, "-48 + 7 x 9 - 100 / 4", -48 + 7 * 9 - F(100, 4))

# word problems, one per register
calc(
    ALPACA,
    "We shore 23 alpacas and each fleece gave about 2.4 kg of saleable fibre. "
    "At £18 a kilo what is the clip worth?",
    23 * dec("2.4") * 18,
)
calc(
    CORAL,
    "sold 14 frags at $12.50 and 6 at $22 at the swap, table fee was $18 - profit?",
    14 * dec("12.50") + 6 * 22 - 18,
)
calc(
    BOULDER,
    "we're ordering 120 new holds at £6.80 each and 15 volumes at £42. order total?",
    120 * dec("6.80") + 15 * 42,
)
calc(
    CAVING,
    "The club bought 14 helmets at £46.50 and 9 headtorches at £38.20. What did we spend?",
    14 * dec("46.50") + 9 * dec("38.20"),
)
calc(
    CURLING,
    "Ice hire is £212 per sheet per evening. We book 3 sheets for 11 evenings and split it "
    "evenly across 66 members - how much does each member pay?",
    F(212 * 3 * 11, 66),
)
calc(
    GROOM,
    "Full groom is 55 quid, nail clip 8. Did 6 full grooms and 11 nail clips on Saturday, takings?",
    6 * 55 + 11 * 8,
)
calc(
    DRIVING,
    "How much does a pupil save buying the block of ten lessons for £345 rather than paying "
    "£38.50 a lesson?",
    10 * dec("38.50") - 345,
)
calc(
    WALLER,
    "We rebuilt 147 metres of wall at £62.50 a metre and the farmer pays 40% up front. "
    "How much is the deposit?",
    147 * dec("62.50") * pct(40),
)
calc(
    FALCON,
    "Each bird gets 85 g of chick a day. With 17 birds in the mews, how many grams do we "
    "go through in seven days?",
    85 * 17 * 7,
)
calc(
    FOSTER,
    "Allowance is £231.70 a week per child, we have two children for 13 weeks. Total?",
    dec("231.70") * 2 * 13,
)
calc(
    BALLOON,
    "12 passengers at £219 each, minus the landowner's £150 and £264 for propane. whats left",
    12 * 219 - 150 - 264,
)
calc(
    KITE,
    "Lessons are £85 each. If 7 pupils book 3 lessons apiece, what does the school take?",
    85 * 7 * 3,
)
calc(
    PESTS,
    "Wasp nest callout £75, 1.5 hours at £48/hr and £32.40 of bait boxes, plus 20% VAT. "
    "Invoice total?",
    (75 + dec("1.5") * 48 + dec("32.40")) * (1 + pct(20)),
)
calc(
    WATER,
    "3,600 runners will each take 2 bottles at our station and the bottles come in packs of "
    "24. How many packs is that?",
    F(3600 * 2, 24),
)
calc(
    RAILWAY,
    "At 1:76 scale how many millimetres long is a model of a 19,380 mm coach?",
    F(19380, 76),
)
calc(
    RAKU,
    "A bag of clay is 12.5 kg and each bowl uses 0.625 kg. How many bowls do seven bags make?",
    7 * dec("12.5") / dec("0.625"),
)
calc(
    SAILS,
    "quote for a customer: 42.5 sq m of sailcloth at £16.80 per sq m plus £310 labour. total?",
    dec("42.5") * dec("16.80") + 310,
)
calc(
    DINNERS,
    "We serve 340 meals a day at £2.65 each. Over a five-day week, what do we take?",
    340 * dec("2.65") * 5,
)
calc(
    SIGNING,
    "Interpreter billed 3.75 hours at £44 an hour plus 62 miles travel at 45p a mile. "
    "Invoice total?",
    dec("3.75") * 44 + 62 * dec("0.45"),
)
calc(
    CINEMA,
    "Sold 186 tickets at £8.50 and paid £620 for the film licence. What's left over?",
    186 * dec("8.50") - 620,
)
calc(
    TREES,
    "Three climbers at £210 a day and one groundie at £140 a day, four days on the job: "
    "labour cost?",
    (3 * 210 + 140) * 4,
)
calc(
    UPHOLSTER,
    "Wing chair needs 6.5 m of fabric at £27.80 a metre plus £95 of foam. Total for materials?",
    dec("6.5") * dec("27.80") + 95,
)
calc(
    WEATHER,
    "Rain gauge for the week (mm): 4.2, 0, 11.6, 7.8, 0.4, 2.5, 9.3 - weekly total?",
    dec("4.2") + dec("11.6") + dec("7.8") + dec("0.4") + dec("2.5") + dec("9.3"),
)
calc(
    CAKES,
    "Three-tier cake at £6.50 a portion for 120 portions, 10% off the portions for a "
    "midweek wedding, then £45 delivery on top. What's the quote?",
    dec("6.50") * 120 * (1 - pct(10)) + 45,
)
calc(
    WIGS,
    "Each lace-front wig is 36 hours of knotting at £22.50 an hour and the show needs eight "
    "of them. What's the labour bill?",
    36 * dec("22.50") * 8,
)

# second calculator word problems
calc(
    BOULDER,
    "Nine setters put up 243 new problems over the reset - average per setter?",
    F(243, 9),
)
calc(
    DINNERS,
    "Cottage pie recipe feeds 40 and uses 3.2 kg of mince - how many kg for 340 children?",
    dec("3.2") * 340 / 40,
)
calc(
    WEATHER,
    "mean of the max temps 12.4, 13.1, 9.8, 15.0 and 14.2 deg C?",
    (dec("12.4") + dec("13.1") + dec("9.8") + dec("15.0") + dec("14.2")) / 5,
)
calc(
    CAKES,
    "We ordered 18 boxes of 24 sugar roses and used 397. How many roses are left over?",
    18 * 24 - 397,
)
calc(
    CINEMA,
    "The venue takes 60% of our £740 bar money. How much do we keep?",
    740 * (1 - pct(60)),
)
calc(
    CURLING,
    "forty-eight members each pay sixty-five pounds fifty in subs. what do the subs come to",
    48 * dec("65.50"),
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
assert KMH * HOUR == KM and MPH * HOUR == MI and FT / CM == dec("30.48")

# plain one-liners
unit(P, "convert 5 ft 11 in into centimetres pls", 71 * IN / CM, EXACT)
unit_r(P, "68 kg in pounds?", 68 / LB)
unit(P, "minus 17 degrees Celsius is what in Fahrenheit?", c_to_f(-17), EXACT)
unit(P, "how many metres are there in 3.5 miles", dec("3.5") * MI, EXACT)
unit_r(P, "250 psi to bar", 250 * PSI / BAR)
unit_r(P, "11 stone 9 lb in kilos", (11 * 14 + 9) * LB)
unit_r(P, "3 hectares = how many acres", 3 * HECTARE / ACRE)
unit_r(P, "Convert 75 km/h to mph.", 75 * KMH / MPH)
unit(P, "12 GiB in MiB", 12 * GIB / MIB, EXACT)
unit(P, "how many seconds in 3.75 hours?", dec("3.75") * HOUR, EXACT)
unit_r(P, "400 square feet in square metres", 400 * SQFT)
unit(P, "Fahrenheit 102.2 -> Celsius?", f_to_c(dec("102.2")), EXACT)
unit_r(P, "1500 g in ounces", 1500 * G / OZ)
unit_r(P, "42.195 km in miles", dec("42.195") * KM / MI)

# word problems, one per register
unit_r(
    ALPACA,
    "Best fleece weighed 4 lb 6 oz on the old spring balance. What's that in grams?",
    (4 * 16 + 6) * OZ / G,
)
unit_r(CORAL, "My display tank holds 450 litres - how many cubic feet is that?", 450 * LITRE / CUFT)
unit_r(BOULDER, "The top-out wall is 4.5 m tall. How many feet is that?", dec("4.5") / FT)
unit(CAVING, "How many metres is a 200 ft rope?", 200 * FT, EXACT)
unit(CURLING, "The ice plant is set to 23 °F. What is that in Celsius?", f_to_c(23), EXACT)
unit(GROOM, "dryer blows at 140 degrees F, what is that in C", f_to_c(140), EXACT)
unit_r(DRIVING, "A pupil from Lyon asked: 30 mph is how many km/h?", 30 * MPH / KMH)
unit(WALLER, "The boundary wall runs 220 yards. How many metres is that?", 220 * YD, EXACT)
unit_r(FALCON, "Our Harris hawk weighs 1 lb 11 oz. In grams, please?", (16 + 11) * OZ / G)
unit_r(FOSTER, "Baby weighed 7 lb 3 oz at birth - in kg?", (7 * 16 + 3) * OZ)
unit_r(
    BALLOON,
    "The envelope holds 105,000 cubic feet of air. How many cubic metres is that?",
    105000 * CUFT,
)
unit_r(KITE, "Hut floor is 12 ft by 9 ft; whats the area in square metres", 12 * 9 * SQFT)
unit(PESTS, "The bait box is 2.25 inches high - what is that in mm?", dec("2.25") * IN / MM, EXACT)
unit_r(WATER, "Our table is at mile 18. How many kilometers into the race is that?", 18 * MI / KM)
unit_r(RAILWAY, "baseboard is 8 ft long, in metres?", 8 * FT)
unit(RAKU, "The kiln reached 1850 °F. What's that in degrees Celsius?", f_to_c(1850), EXACT)
unit_r(SAILS, "The main is 32 square metres. Customer wants it in square feet.", 32 / SQFT)
unit(DINNERS, "Oven's at 180 C, what's that in fahrenheit", c_to_f(180), EXACT)
unit_r(SIGNING, "The booking is a 37 mile drive. How far is that in km?", 37 * MI / KM)
unit_r(CINEMA, "our inflatable screen is 16 ft wide, how many metres", 16 * FT)
unit(TREES, "Trunk girth measured 9 ft 4 in. In centimetres?", (9 * 12 + 4) * IN / CM, EXACT)
unit(UPHOLSTER, "Couch is 84 inches wide - what's that in centimeters?", 84 * IN / CM, EXACT)
unit_r(WEATHER, "A gust of 61 mph was logged at 3pm - what is that in km/h?", 61 * MPH / KMH)
unit(CAKES, "Bottom tier is twelve inches across. How many centimetres?", 12 * IN / CM, EXACT)
unit(WIGS, "The hair is 18 in long. In centimetres that's?", 18 * IN / CM, EXACT)

# second unit word problems
unit(CAVING, "The pothole is 1,150 ft deep - how deep in metres?", 1150 * FT, EXACT)
unit_r(KITE, "my board is 138 cm long, how many inches is that", 138 * CM / IN)
unit_r(WATER, "A half marathon is 13.1 miles. How many metres is that?", dec("13.1") * MI)
unit(WEATHER, "Overnight low was 41 °F. What's that in Celsius?", f_to_c(41), EXACT)
unit_r(FALCON, "A peregrine can stoop at 200 mph. In km/h?", 200 * MPH / KMH)
unit(BALLOON, "We levelled off at 3,500 ft. How many metres is that?", 3500 * FT, EXACT)

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
date_item(P, "What day of the week was 3 September 1967?", weekday(D(1967, 9, 3)))
date_item(
    P, "how many days from 1 March 2027 to 19 August 2027", days(D(2027, 3, 1), D(2027, 8, 19))
)
date_item(P, "What date is 250 days after 12 January 2029?", D(2029, 1, 12) + TD(days=250))
date_item(P, "what's the date 9 weeks before 4 June 2031", D(2031, 6, 4) - TD(weeks=9))
date_item(P, "Days between 25 Dec 2026 and 14 Feb 2027?", days(D(2026, 12, 25), D(2027, 2, 14)))
date_item(P, "which weekday is 29 February 2032", weekday(D(2032, 2, 29)))
date_item(P, "How many days has February 2100 got?", calendar.monthrange(2100, 2)[1])
date_item(P, "How many hours from 07:40 to 16:10?", clock_span("07:40", "16:10", 3600))
date_item(
    P,
    "minutes between 22:15 and 06:45 the next morning?",
    clock_span("22:15", "06:45", 60),
)
date_item(P, "Add 1000 days to 1 January 2030.", D(2030, 1, 1) + TD(days=1000))
date_item(
    P, "How old is someone born 17 May 1988 on 3 May 2030?", age(D(1988, 5, 17), D(2030, 5, 3))
)
date_item(P, "Date of the third Thursday in November 2028?", nth_weekday(2028, 11, THU, 3))
date_item(P, "last Monday in May 2029 - what date", nth_weekday(2029, 5, MON, -1))
date_item(P, "Which day of the week is 6 Oct 2033?", weekday(D(2033, 10, 6)))

# word problems, one per register
_MATED = D(2027, 6, 18)
date_item(
    ALPACA,
    f"Crias come about 335 days after mating. Our female was mated on {say(_MATED)}, "
    "so what's the due date?",
    _MATED + TD(days=335),
)
date_item(
    CORAL,
    "I'm cycling the new tank from 4 July 2027 for 42 days. What date can the first fish go in?",
    D(2027, 7, 4) + TD(days=42),
)
_CONTRACT = D(2027, 4, 5)
date_item(
    BOULDER,
    f"The setting contract starts {sayw(_CONTRACT)} and runs for 26 weeks. What date does it end?",
    _CONTRACT + TD(weeks=26),
)
date_item(
    CAVING,
    "Expedition leaves 28 July 2027 and gets back 16 August 2027. How many days apart is that?",
    days(D(2027, 7, 28), D(2027, 8, 16)),
)
date_item(
    CURLING,
    "Bonspiel is on 12 February 2028 and entries close 45 days before. What's the closing date?",
    D(2028, 2, 12) - TD(days=45),
)
date_item(
    GROOM,
    "puppy born 12 Nov 2027, first full groom at 16 weeks old. what date is that",
    D(2027, 11, 12) + TD(weeks=16),
)
date_item(
    DRIVING,
    "The theory pass was on 14 March 2027; the certificate lapses 730 days later. On what date?",
    D(2027, 3, 14) + TD(days=730),
)
date_item(
    WALLER,
    "Job started 3 September 2029 and was signed off 22 November 2029 - how many days between?",
    days(D(2029, 9, 3), D(2029, 11, 22)),
)
date_item(
    FALCON,
    "The falcon went into moult on 1 April 2028. What's the date 120 days after that?",
    D(2028, 4, 1) + TD(days=120),
)
_PLACED, _REVIEW = D(2030, 1, 19), D(2030, 5, 4)
date_item(
    FOSTER,
    f"Placement began on {say(_PLACED)}. How many weeks is it until the review on {say(_REVIEW)}?",
    weeks(_PLACED, _REVIEW),
)
date_item(
    BALLOON,
    "Voucher bought 21 August 2026 expires 540 days after purchase. What date does it expire?",
    D(2026, 8, 21) + TD(days=540),
)
date_item(
    KITE,
    "Our season opens on the first Saturday of May 2028. Which date is that?",
    nth_weekday(2028, 5, SAT, 1),
)
date_item(
    PESTS,
    "Weekend rates apply on Sat and Sun. What day of the week is 31 December 2027?",
    weekday(D(2027, 12, 31)),
)
_RACE = D(2027, 4, 25)
date_item(
    WATER,
    f"Race day is {say(_RACE)} and the training plan is 18 weeks long. When do I start it?",
    _RACE - TD(weeks=18),
)
date_item(
    RAILWAY,
    "How many days is it from 1 December 2027 to the exhibition on 11 March 2028?",
    days(D(2027, 12, 1), D(2028, 3, 11)),
)
date_item(
    RAKU,
    "Firing started at 09:30 and we opened the kiln at 17:15. How many minutes was that?",
    clock_span("09:30", "17:15", 60),
)
date_item(
    SAILS,
    "Order came in 6 January 2028 and we promised it 75 days later. Delivery date?",
    D(2028, 1, 6) + TD(days=75),
)
_CYCLE = D(2027, 9, 6)
date_item(
    DINNERS,
    f"The 21-day menu cycle starts on {sayw(_CYCLE)}. On what date does the third run of the "
    "cycle begin?",
    _CYCLE + TD(days=42),
)
date_item(
    SIGNING,
    "Booking runs 13:50 until 17:05. How many hours is that, as a decimal?",
    clock_span("13:50", "17:05", 3600),
)
date_item(
    CINEMA,
    "Screening is 22 October 2027 and the licence must be booked 6 weeks before. Which date?",
    D(2027, 10, 22) - TD(weeks=6),
)
date_item(
    TREES,
    "Nesting season checks start 1 March 2029. What day of the week does that fall on?",
    weekday(D(2029, 3, 1)),
)
date_item(
    UPHOLSTER,
    "Chairs dropped off 17 November 2027, we quoted 36 days. What date will they be ready?",
    D(2027, 11, 17) + TD(days=36),
)
date_item(
    WEATHER,
    "how many days from the 21 June 2027 solstice to 21 December 2027",
    days(D(2027, 6, 21), D(2027, 12, 21)),
)
_WEDDING = D(2028, 9, 16)
date_item(
    CAKES,
    f"The wedding is {sayw(_WEDDING)}. Tasting has to be 10 weeks before - what date is that?",
    _WEDDING - TD(weeks=10),
)
date_item(
    WIGS,
    "Dress rehearsal is 30 January 2029; wig fittings are 19 days before that. Date?",
    D(2029, 1, 30) - TD(days=19),
)

# second date word problems
date_item(ALPACA, "Shearing day is 7 May 2028, what weekday is that?", weekday(D(2028, 5, 7)))
date_item(
    BOULDER,
    "Night reset runs from 18:40 until 02:10 next morning. How many hours is the shift?",
    clock_span("18:40", "02:10", 3600),
)
date_item(
    CAVING,
    "Member born 30 August 1999 - how old will she be on 15 August 2029 for the insurance form?",
    age(D(1999, 8, 30), D(2029, 8, 15)),
)
date_item(
    KITE,
    "Last lesson of the season is the last Sunday of September 2027. What's the date?",
    nth_weekday(2027, 9, SUN, -1),
)
_OFF = D(2028, 3, 3)
date_item(
    RAKU,
    f"Kiln switched off at 20:00 on {sayw(_OFF)} and needs 56 hours to cool. On what date "
    "can we open it?",
    (DT.combine(_OFF, dt.time(20, 0)) + TD(hours=56)).date(),
)
_LOG0 = D(2029, 1, 1)
_LOG1 = _LOG0 + TD(weeks=38)
date_item(
    WEATHER,
    f"Our log runs from {say(_LOG0)} to {say(_LOG1)}. How many weeks is that?",
    weeks(_LOG0, _LOG1),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    ALPACA: (
        "Is it better to shear alpacas before or after the spring rains?",
        "Write a friendly reminder to the shearing team about bringing their own combs.",
        "Why do alpacas spit at each other on shearing day?",
        "Suggest a name for a brown female cria born during shearing.",
    ),
    CORAL: (
        "Is it ethical to sell wild-collected coral frags at a swap?",
        "Why is my torch coral closing up since I moved it lower in the tank?",
        "Write some rules for our frag swap about pests and dipping.",
        "Which is easier for a beginner reefer, zoas or acros?",
    ),
    BOULDER: (
        "How do I set a problem that suits both short and tall climbers?",
        "Write a notice asking members to brush the holds after using them.",
        "Why do brand new holds feel so slippery?",
        "V grades or Font grades for a small bouldering gym, which is better?",
    ),
    CAVING: (
        "How should wet oversuits be dried so they don't go mouldy in the kit store?",
        "What's the difference between static and dynamic rope, and which do cavers use?",
        "Write a sign-out policy for the club kit store in plain English.",
        "Should we retire a helmet that's been dropped once down a shaft?",
    ),
    CURLING: (
        "Explain the hammer in curling to a total beginner.",
        "Should a new member buy their own broom or borrow one for a while?",
        "Suggest a fun name for our Tuesday night novice league.",
        "Why does pebbling the ice make the stones curl?",
    ),
    GROOM: (
        "How do I calm a nervous spaniel before a nail trim?",
        "What's the best way to advertise a mobile grooming van in a small village?",
        "Is it cruel to shave a double-coated dog in the summer?",
        "Write a polite text to a client who keeps missing appointments.",
    ),
    DRIVING: (
        "How do I explain mirror, signal, manoeuvre to a really anxious pupil?",
        "My pupil wants to switch to an automatic halfway through - should I talk her out of it?",
        "Write a short encouraging message for a pupil who has just failed her test.",
        "What do I say when a parent wants to sit in the back during lessons?",
    ),
    WALLER: (
        "Why do drystone walls last for centuries without any mortar?",
        "What are throughstones and why do they matter in a wall?",
        "Is Yorkshire or Cotswold style walling harder to learn?",
        "Write a short job advert for a trainee drystone waller.",
    ),
    FALCON: (
        "Why are hawks hooded when they travel?",
        "How does a falcon hunt differently from a hawk?",
        "Write a two-minute welcome script for our flying display aimed at families.",
        "Is it sensible to fly a Harris hawk near a busy car park?",
    ),
    FOSTER: (
        "How can I help a new foster child settle in on their first night?",
        "What should I write in the daily log when nothing much happened?",
        "Is it okay to post photos of our foster child's birthday party online?",
        "Suggest a calm bedtime routine for a child who struggles to get to sleep.",
    ),
    BALLOON: (
        "Why do balloon flights mostly happen at dawn or dusk?",
        "Write a safety talk for passengers before they climb into the basket.",
        "What should the chase crew carry in the retrieve vehicle?",
        "How does a pilot steer a hot air balloon when there's no rudder?",
    ),
    KITE: (
        "Which kite size should a beginner start on in light winds?",
        "Explain the wind window in simple words.",
        "Write a beach hut notice asking people not to leave kites inflated on the sand.",
        "Is kitesurfing or windsurfing easier to pick up?",
    ),
    PESTS: (
        "What's the most humane way to deal with a wasp nest in a loft?",
        "Write a leaflet explaining why customers shouldn't touch bait boxes.",
        "How can I tell rats from mice by their droppings?",
        "Is it worth offering monthly contracts to restaurants?",
    ),
    WATER: (
        "How should volunteers hold out cups so runners can grab them without stopping?",
        "Write a thank-you message to our water station volunteers.",
        "Late in a marathon, is water or sports drink better for runners?",
        "What should we do if a runner collapses near our table?",
    ),
    RAILWAY: (
        "Our tank engine keeps stalling on the insulfrog points at the far end - what can we try?",
        "Is DCC worth it for a small club layout?",
        "Write a sign for the exhibition asking visitors not to touch the layout.",
        "Which era should our new branch line layout model?",
    ),
    RAKU: (
        "Why does raku glaze crackle after reduction?",
        "Is raku-fired ware safe to eat off?",
        "Write a short blurb about our raku taster day for the village newsletter.",
        "How should I store glazes over winter in an unheated shed?",
    ),
    SAILS: (
        "Dacron or laminate for a cruising genoa?",
        "Why do sails lose their shape after a few seasons?",
        "Write a care guide for customers on folding their mainsail.",
        "How do I explain to a customer why the repair cost more than they expected?",
    ),
    DINNERS: (
        "How can I get more children to try the vegetable curry?",
        "Write a menu description for fish fingers that sounds exciting to seven-year-olds.",
        "Which allergens must be labelled on a school menu?",
        "Is it fair that only the oldest year gets second helpings?",
    ),
    SIGNING: (
        "How do interpreters handle jokes that don't work in BSL?",
        "Write an email asking clients to send their slides before a booking.",
        "Should a long conference always have two interpreters?",
        "What's the etiquette for talking to a deaf person who's using an interpreter?",
    ),
    CINEMA: (
        "Which classic film would suit an outdoor screening in a castle courtyard?",
        "Write a short safety announcement to play before the film starts.",
        "Why does the picture look washed out when the projector is set too far back?",
        "Should we allow dogs at our summer screenings in the park?",
    ),
    TREES: (
        "Is it safe to climb a tree that has honey fungus?",
        "Write a toolbox talk about chainsaw kickback.",
        "What's the difference between crown reduction and crown lifting?",
        "Should we take on hedge jobs during nesting season?",
    ),
    UPHOLSTER: (
        "Is horsehair or foam better for restoring a Victorian chair?",
        "Write a covering letter for a quote to reupholster a chaise longue.",
        "How do I tell if a fabric is hard-wearing enough for a dining chair seat?",
        "Why is my staple gun leaving staples sticking up out of the frame?",
    ),
    WEATHER: (
        "Why does dew form on clear still nights?",
        "Write a short report of last night's thunderstorm for the club blog.",
        "Will it rain in Carlisle on Saturday afternoon?",
        "What's the difference between mist and fog for our log?",
    ),
    CAKES: (
        "Is buttercream or fondant better for an outdoor summer wedding?",
        "Write a polite reply to a bride who wants to change the flavour two days before.",
        "What are some stylish cake topper ideas for a woodland-themed wedding?",
        "How do I stop a tiered cake from sinking on the drive to the venue?",
    ),
    WIGS: (
        "Human hair or synthetic for a wig in a long-running musical?",
        "Write instructions for actors on taking off a lace-front wig safely.",
        "Why do some wigs look shiny under stage lights?",
        "How do I fix a wig that keeps lifting at the temples?",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

NEAR = [
    ("near-rate", "What's 250 US dollars in pounds?", "exchange rate"),
    ("near-rate", "how many swiss francs do I get for €1,200", "exchange rate"),
    ("near-price", "What's the price of an ounce of gold right now?", "live price"),
    ("near-price", "How much does a flat white cost in Oslo?", "price not known to a tool"),
    ("near-density", "Convert 3 cups of sugar to grams.", "density and contested cup"),
    ("near-density", "How much does a litre of olive oil weigh?", "density"),
    ("near-contested", "convert 2 pints of milk to litres", "US or imperial pint"),
    ("near-contested", "How many gallons does a 60 litre fish tank hold?", "US or UK gallon"),
    ("near-contested", "What's 90 mpg in litres per 100 km?", "US or UK mpg"),
    ("near-contested", "How many tons does a blue whale weigh?", "fact and contested ton"),
    ("near-now", "How many days until my birthday on 9 March?", "needs today's date"),
    ("near-now", "How old is someone born on 2 June 1990?", "needs today's date"),
    ("near-now", "what day is it", "needs today's date"),
    ("near-now", "How many weeks pregnant am I if my last period began on 2 August?", "now"),
    ("near-easter", "When is Easter Sunday in 2031?", "Easter"),
    ("near-working", "How many working days does May 2028 have in Scotland?", "working days"),
    ("near-holiday", "Is 6 May 2030 a bank holiday in England?", "bank holidays"),
    ("near-zone", "If it's 8.30pm in Vancouver, what time is it in Nairobi?", "time zones"),
    ("near-zone", "Time difference between Sydney and Auckland in March?", "time zones"),
    ("near-lunar", "When is Chinese New Year in 2030?", "lunar calendar"),
    ("near-lunar", "Which day does Eid al-Adha fall on in 2029?", "lunar calendar"),
    ("near-term", "When does autumn half-term start in Leeds?", "school term dates"),
    (
        "near-month",
        "If the rent is due monthly from 31 January 2029, when is the next payment due?",
        "month from the 31st",
    ),
    ("near-numeric-date", "What weekday was 03/04/2029?", "date order unstated"),
    ("near-numeric-date", "Is 1/2/2029 a Friday?", "date order unstated"),
    ("near-id", "Order number 2027-0412 - where's my parcel?", "identifier"),
    ("near-id", "ISBN 978-0-14-103614-4, who wrote it?", "identifier"),
    ("near-id", "boiler showing fault code F28 what does it mean", "fault code"),
    ("near-id", "Is flight BA 2490 on time?", "flight number"),
    ("near-id", "What does a 404 error mean on a website?", "status code"),
    ("near-id", "Which route does the number 73 bus take in London?", "bus number"),
    ("near-id", "Who lives at 221B Baker Street?", "address"),
    ("near-code", "What does '3' * 3 evaluate to in Python?", "code semantics"),
    ("near-code", "In JavaScript, what is '5' - 2 and why?", "code semantics"),
    ("near-code", "Does 1.1 * 3 == 3.3 come out True in Python?", "code semantics"),
    (
        "near-code",
        "Write a bash one-liner that totals the third column of invoices.csv.",
        "code request",
    ),
    ("near-explain", "Why can't you divide 12 by zero, when 0 times anything is 0?", "explanation"),
    ("near-explain", "Explain why 0.999 recurring equals 1.", "explanation"),
    ("near-explain", "Why is one third a rational number?", "explanation"),
    ("near-history", "Why do some clocks show four as IIII instead of IV?", "numeral history"),
    ("near-proof", "Prove that the square root of 3 is irrational.", "written proof"),
    ("near-fact", "How far is the Moon from the Earth?", "world fact"),
    ("near-fact", "What's the population of Leicester divided by ten?", "needs a fact"),
    ("near-fact", "Who won the 1966 World Cup final and what was the score?", "fact"),
    ("near-fact", "What's the floor area of an average UK semi in square feet?", "fact"),
    ("near-fact", "How many hours of sunlight does Edinburgh get on 21 June?", "astronomy fact"),
    ("near-nutrition", "How many calories are in a banana?", "nutrition fact"),
    ("near-tax", "What's the VAT rate on children's car seats in the UK?", "tax rule"),
    ("near-rule", "Speed limit for a van towing a trailer on a single carriageway?", "rule"),
    ("near-dose", "How much paracetamol can a 30 kg child take?", "dosing"),
    ("near-size", "I'm a 34B in UK sizes - what's that in US bra sizes?", "size chart"),
    ("near-forecast", "What will UK inflation be in 2029?", "forecast"),
    ("near-forecast", "What's the weather going to be on 14 July 2027?", "forecast"),
    ("near-forecast", "What will £10,000 in savings be worth in 20 years?", "forecast"),
    ("near-estimate", "Estimate how many dog groomers work in Scotland.", "estimate"),
    ("near-estimate", "How many steps does it take to walk 7.5 km?", "depends on stride"),
    ("near-estimate", "How long does it take to walk 12 miles?", "depends on pace"),
    (
        "near-odds",
        "What are my odds of winning the Thunderball top prize with one line?",
        "lottery rules",
    ),
    ("near-missing", "What's 15% of my partner's pension pot?", "missing figure"),
    ("near-missing", "A train leaves at 3 and arrives later - how long is the trip?", "missing"),
    ("near-translate", "How do you say forty-seven in Welsh?", "translation"),
    ("near-writing", "Write a limerick about the nine times table.", "writing task"),
    ("near-title", "Is Catch-22 worth reading?", "number in a title"),
    ("near-title", "Who directed The 39 Steps?", "number in a title"),
    ("near-opinion", "Is 2028 a good year to buy a house?", "opinion"),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES, len(NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


def money(x):
    """A sum of money as written in an assistant turn (computed, never typed)."""
    x = F(x)
    assert terminates(x) and decimals(x) <= 2, x
    return f"£{float(x):,.2f}"


assert money(dec("12.40") + dec("31.20")) == "£43.60"

_BUS, _LUNCH = dec("12.40"), dec("31.20")
_JOB = D(2028, 1, 3)
_JUNE = D(2029, 6, 1)
_HUNDRED = D(2028, 3, 3) + TD(days=100)
CONVS = [
    (
        "conv-operator",
        [
            (U, "For this chat, a # b means a times b plus 1."),
            (A, "Got it."),
            (U, "So what is 6 # 7?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I write decimals with a comma, like 3,5."),
            (A, "Understood."),
            (U, "What's 2,5 plus 1,25?"),
        ],
        "decimal comma",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our school calls the first week of September week 1."),
            (A, "OK."),
            (U, "Which week number is 20 October in our system?"),
        ],
        "week numbering",
    ),
    (
        "conv-unit-defined",
        [
            (U, "On our farm a bale means 22 kg of hay."),
            (A, "Noted."),
            (U, "How many kilos in 14 bales?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-unit-redefined",
        [
            (U, "In my recipes a spoon is 12 g, not the usual amount."),
            (A, "Got it."),
            (U, "Then 9 spoons is how many grams?"),
        ],
        "unit redefined earlier",
    ),
    (
        "conv-language",
        [
            (U, "Answer only in French from now on, please."),
            (A, "D'accord."),
            (U, "What's 45 times 3?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are a pirate and always talk like one."),
            (U, "Ahoy!"),
            (A, "Arr, ahoy!"),
            (U, "How many metres in 30 feet?"),
        ],
        "persona",
    ),
    (
        "conv-roman",
        [
            (U, "Every number you give me must be in Roman numerals."),
            (A, "Very well."),
            (U, "198 divided by 11?"),
        ],
        "numeral system",
    ),
    (
        "conv-base",
        [
            (U, "From here on all my numbers are octal."),
            (A, "Okay, octal it is."),
            (U, "so 26 + 7 is?"),
        ],
        "number base",
    ),
    (
        "conv-rounding",
        [
            (U, "Always round your answers to the nearest ten."),
            (A, "Will do."),
            (U, "What's 347 plus 28?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer everything in a haiku."),
            (A, "Words in three short lines / ..."),
            (U, "How many days from 1 May to 9 May 2029?"),
        ],
        "verse form",
    ),
    (
        "conv-format",
        [
            (U, "Reply as a JSON object with a single key called answer."),
            (A, '{"answer": "ok"}'),
            (U, "What's 19 squared?"),
        ],
        "output format",
    ),
    (
        "conv-target-unit",
        [
            (U, "Give me every distance in furlongs from now on, I'm a racing man."),
            (A, "Sure."),
            (U, "So what's 4.2 km then?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "I always write dates month/day/year."),
            (A, "Noted."),
            (U, "What weekday is 7/4/2029?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-calendar",
        [
            (U, "In our game world a year has 10 months of 36 days each."),
            (A, "Cool."),
            (U, "How many days are there in 3 years there?"),
        ],
        "invented calendar",
    ),
    (
        "conv-correction",
        [(U, "What's 48 times 12?"), (A, f"{48 * 12}."), (U, "Sorry, I meant 84, not 48.")],
        "correction of an earlier question",
    ),
    (
        "conv-summary",
        [
            (U, "Bus fares came to £12.40."),
            (A, "Noted."),
            (U, "Lunches were £31.20."),
            (A, f"So far {money(_BUS + _LUNCH)}."),
            (U, "Summarise what we've got so far."),
        ],
        "summary",
    ),
    (
        "conv-rewrite",
        [
            (U, "How many seconds does a single day hold, exactly?"),
            (A, f"{24 * 3600} seconds."),
            (U, "Say that again so my six-year-old nephew would follow it."),
        ],
        "rewrite",
    ),
    (
        "conv-follow-up",
        [
            (U, "Turn 7 miles into km for me."),
            (A, f"About {float(7 * MI / KM):.2f} km."),
            (U, "now treble that figure"),
        ],
        "follow-up",
    ),
    (
        "conv-recall",
        [
            (U, "Remember 73 for me."),
            (A, "Remembered."),
            (U, "And 418."),
            (A, "Got it."),
            (U, "What was the first number I gave you?"),
        ],
        "recall",
    ),
    (
        "conv-spread",
        [
            (U, "I spent £12.40 on bus fares."),
            (A, "Noted."),
            (U, "and £31.20 on lunches"),
            (A, "Noted."),
            (U, "what's my total"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-judgement",
        [
            (U, "Lunches this week were £31.20."),
            (A, "Okay."),
            (U, "Is that a reasonable amount to spend?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-explain",
        [
            (U, "How many weeks is 364 days?"),
            (A, f"{364 // 7} weeks: I divided by 7."),
            (U, "Why did you divide by 7 there?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-date-wording",
        [
            (U, "What's 100 days after 3 March 2028?"),
            (A, f"{say(_HUNDRED)}."),
            (U, "Can you write that the American way?"),
        ],
        "date wording",
    ),
    (
        "conv-operator",
        [
            (U, "Let's say x @ y is the larger of x and y, doubled."),
            (A, "Okay."),
            (U, "What's 9 @ 14?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-value-defined",
        [(U, "In this chat k means 1,024."), (A, "Understood."), (U, "How much is 3k?")],
        "value defined earlier",
    ),
    (
        "conv-unit-defined",
        [(U, "Our club lap is 380 metres."), (A, "Okay."), (U, "How many laps is 5 km?")],
        "unit defined earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Give money answers to the nearest pound please."),
            (A, "Sure."),
            (U, "What's £7.49 times 3?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-words",
        [
            (U, "Write numbers as words, never digits."),
            (A, "Understood."),
            (U, "What's 250 divided by 4?"),
        ],
        "output format",
    ),
    (
        "conv-language",
        [
            (U, "Responde siempre en español."),
            (A, "De acuerdo."),
            (U, "How many hours between 09:00 and 17:30?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-spread",
        [
            (U, f"The job started on {sayw(_JOB)}."),
            (A, "OK."),
            (U, "It took 40 days. When did it finish?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-currency",
        [
            (U, "Show every amount in euros."),
            (A, "Will do."),
            (U, "What's 40 pounds plus 15 pounds?"),
        ],
        "target currency fixed earlier",
    ),
    (
        "conv-follow-up",
        [
            (U, f"What day of the week does {say(_JUNE)} land on?"),
            (A, f"It's {sayw(_JUNE)}."),
            (U, "ok and that date a year on from then?"),
        ],
        "follow-up",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're my grandad explaining sums by the fire."),
            (A, "Right you are."),
            (U, "go on then grandad, what's 35% of 260?"),
        ],
        "persona",
    ),
    (
        "conv-letters",
        [
            (U, "In this puzzle letters stand for digits: A is 3 and B is 7."),
            (A, "Okay."),
            (U, "What's AB times B?"),
        ],
        "notation defined earlier",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES, len(CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structure
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _words = sum(1 for i in _pos if i["label"] == _label and i["family"] != P)
    assert _words == 31, (_label, _words)
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
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
    # no register (family name) of this set is a family name of sets 19 to 47
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 47: {reused}"
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
