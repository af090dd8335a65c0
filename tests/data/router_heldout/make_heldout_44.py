r"""Generate heldout-2027-01-16.jsonl: a forty-fourth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_43.py, by `sed -n`: lines 1-345
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 613-673 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 839-915 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1136-1143 (its negatives section
header, neg() and conv()) and 1856-2080 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (2080 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. One thing outside the brief's list was read, by mistake: a `grep -n
"line-length\|select\|extend" /work/main/pyproject.toml` (run in one command with a line-length
check of this file, to learn ruff's line length); it printed one line, line 75, `line-length =
100`, and nothing else. Apart from that, nothing else under /work/main was opened or listed:
nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from
that one generator's allowed ranges), and not README.md. The only other use of /work/main was
running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the
working directory, on this file only, always with --no-cache). Neither /work itself nor any other
/work/sealed* directory was listed or opened. The earlier generators (sets 1-43) are only imported,
in memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their queries were never printed. No
JSONL file was opened (not even this set's own output: only this generator's summary, its failure
messages and its --show listing of ids, expected values and tolerances were read), no git command
was run, no network and no search tool was used, and neither the router nor the bench nor the tests
were run.

What was run: the `cat`, `wc -l`, `grep -n` and `sed -n` above (the views printed the allowed
ranges to the terminal: lines 1-345 alone, 613-673, 839-915 and 1136-1143 together with `echo`
separators, 1856-2080 alone); then, in one command, `mkdir -p` of /tmp/h44/blocks, /tmp/h44/own and
/work/sealed44, `sed -n` copies of the same five allowed ranges into block files under
/tmp/h44/blocks/, `wc -l` of the blocks, a `grep -n` for the `from __future__` line in the first
copy (it printed only that line, 201) and `/work/main/.venv/bin/python --version` (3.11.7); a small
Python script (/tmp/h44/subst.py, written by a `cat` heredoc) that cut the first copy from its
`from __future__` line to P = "plain" (its line 345) and substituted this set's OUT, PREFIX,
EARLIER_DIR test (make_heldout_43.py), EARLIER (sets 1-43, `range(2, 44)`) and REGISTER_CHECK (sets
19-43, adding make_heldout_43.py), and "sets 19 to 42" -> "sets 19 to 43" in one comment and one
message string of main() (it asserted and printed that each substitution applied once, the last
twice), after which it deleted the first and last raw copies (the first with set 43's docstring); a
`grep -n` of the substituted blocks for "44", "43" and "19 to"; `cat` heredocs that wrote this
set's own blocks under /tmp/h44/own/ (registers and calculator items, unit items, date items,
ordinary negatives, near-positive negatives, and the conversations with money(), approx() and this
set's own structural asserts), each followed by an `echo`; an assembly script /tmp/h44/assemble.py
that builds this file by concatenating a docstring block and the blocks and prints its line count;
a helper /tmp/h44/run.sh that runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q`, `.venv/bin/ruff check --no-cache` and `.venv/bin/ruff format
--check --no-cache` on this file (stopping if one fails), then this generator from /tmp (passing on
any arguments), writing its output to /tmp/h44/out.txt, of which it prints the `tail -5` (family
counts only); edits of own blocks by `sed -i` (each followed by a `grep -n` of the changed line),
by stdin `python` scripts and by the script /tmp/h44/reword1.py (the changes are listed below); a
scratch script /tmp/h44/scratch.py (a `cat` heredoc, restating the unit factors) that printed
candidate rounded unit values and whether close_enough_at_2dp() holds for them; a `grep -E` of
out.txt for the summary lines; this generator with --show, filtered by `grep` for the ids and laid
out by `column -t`; `/work/main/.venv/bin/python -c` checks of line lengths in this file (with the
pyproject.toml `grep` above, once) and a `sed -n` view of seven over-long lines of this file. This
docstring was written last over a one-line placeholder supplied by assemble.py (its source text,
/tmp/h44/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h44/doc/make_doc.py, which uses textwrap and asserts that the words are unchanged; that assert
failed on its first run and two `sed -i` edits of make_doc.py fixed its paragraph splitting; `head
-3` and `tail -4` of the result were viewed), followed by run.sh, the line-length check, two runs
of this file with --digest (one with PYTHONHASHSEED=7) and `sha256sum` of the JSONL; finally `ls
-la /work/sealed44`, `rm -rf /tmp/h44`, and `ruff check` and `ruff format --check` once more.
Writes: /work/sealed44/ was created for this file and its JSONL; temporary blocks, scripts and
output under /tmp/h44/ were deleted afterwards. Nothing was written into /work/main. Every python
run above used /work/main/.venv/bin/python.

Changes to set 43's main() and checks: only the substitutions listed above (file names, sets 1-43
for the duplicate check, sets 19-43 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 43's as printed; ruff format may have changed layout only. All
of set 43's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(asserts rounding up is really tested; not used by this set's items), say() and sayw() (a date
written out, and with its computed weekday, so every weekday stated next to a date in a query or
turn is computed, not typed) and SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, LITRE,
HECTARE and CUIN (with an assert), the register constants and the REGISTERS tuple (sorted, asserted
distinct), the ORDINARY, NEAR and CONVS tables, money() and approx() (figures stated in assistant
turns are computed, with an assert), the _VEG_134, _SOW, _KM23, _DEP12, _CANDLE_NET, _WALL_A,
_FORGE_DAY, _ADULT, _SWEEP_DUE and _BAR_PSI values used in assistant turns, and this set's own
asserts: the ORDINARY negatives are keyed by exactly the REGISTERS, four each; NEAR has 65 entries
and CONVS 35; the positive registers are exactly the REGISTERS; every register is used by all three
tools; 193 items lie in the registers (25 x 3 positives, 18 second positives, 100 negatives), 31
word problems per tool; every negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 43's docstring and the brief on purpose
(plain one-liners of common operations; near-positive and conversation categories as the brief and
set 43's docstring list them), and the helpers, unit factors and checks are set 43's, copied (P =
"plain" is copied too, as the last line of the first block). Set 43's docstring (within lines
1-345) names its 25 registers, its provenance and the generic kinds of its reworded items, which
were therefore seen; none of those names is used here as a register, and some plain one-liners,
near-positives and conversations here are of those same generic kinds, newly worded. The `grep -n`
printed no docstring, query or constant line: only def lines and section headers with their line
numbers (it showed that set 43 has money() and approx() at lines 1469 and 1476, which were not
opened; this set's money() and approx() are newly written). At the edges of the allowed ranges:
line 345 is P = "plain", 613, 839 and 1136 are section headers, 673 is a blank line after unit_r(),
915 is the assert after sayw(), 1143 is the last line of conv(), 1856 is the comment above the
stated-weekday pattern and 2080 is the call of main(). No query text of any earlier set was seen.
Every query here was newly written from imagination of each trade or situation. Registers of sets 1
to 18 are not known here, so an overlap in TOPIC cannot be ruled out; an exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of sets 19 to 43 (the near-.../conv-... families are not registers and may coincide with
earlier family names).

Register check: main()'s register assertion failed once, on the first run that reached it: three
first-chosen registers were already family names of sets 19 to 43 and were renamed by `sed -i`
(allotment_society_shed became allotment_seed_order_hut, chimney_sweep_rounds became
flue_brush_sweep_business, tattoo_studio_bookings became tattoo_parlour_front_desk). The next run
passed it.

Other failed checks and edits: the first ruff check reported thirteen implicit string
concatenations in a collection (ISC004, in the ORDINARY table), and a stdin `python` script wrapped
every two-line entry of that table (fifteen) in parentheses. The first run then stopped at
close_enough_at_2dp() on a plain acres-to-hectares one-liner (new figure) and the next at it on a
plain psi-to-bar one-liner (new figure, chosen with scratch.py); the next run failed the
contested-units rule on a village_cricket_teas date word problem whose wording contained a cup
competition (reworded to a knockout final); the next failed the register check (above); the next
failed main()'s duplicate check, which reported 17 items by id; they were reworded by reword1.py
without the earlier queries being looked at: one plain calculator one-liner (a square root; new
figure), three plain unit one-liners (feet and inches to centimetres, GiB to MiB, square metres to
square feet; new figures), one ordinary negative of tree_surgeon_crew (pruning timing) and twelve
near-positives (a code request, a contested ton, a current-date countdown, a current interest rate,
an Easter date, an exchange rate, a world height fact, an all-numeric date pair, Roman numerals, a
race distance, a spreadsheet formula and a time zone; new wording, subjects or figures). The next
run failed the duplicate check once more on the reworded current-date countdown, which a stdin
`python` script reworded again; the next run passed every check. Afterwards, to keep lines within
ruff's 100 columns, a stdin `python` script moved the line breaks of six two-line ORDINARY entries
and split one user turn of a conversation (no text changed); the next ruff check reported that turn
as ISC004 and a stdin `python` script wrapped it in parentheses; the next run passed every check
with the same sha256 as before.

Registers (families), 25, new: allotment_seed_order_hut, amateur_dramatics_wardrobe,
bike_courier_cooperative, blacksmith_forge_taster_days, community_radio_studio,
darts_league_secretary, dog_grooming_van, dry_stone_walling_crew, evening_language_classes,
flue_brush_sweep_business, handmade_candle_webshop, hearing_aid_clinic_admin, hospice_charity_shop,
marquee_hire_yard, model_railway_exhibition, sailmaker_loft, tattoo_parlour_front_desk,
tiered_cake_decorator, tree_surgeon_crew, tropical_fish_aquarium_shop, upholstery_workroom,
veg_box_delivery_scheme, village_cricket_teas, vineyard_harvest_crew, window_cleaning_round. Every
register is used by all three tools (asserted); eighteen registers have a fourth positive (a second
calculator word problem: allotment_seed_order_hut, model_railway_exhibition,
tattoo_parlour_front_desk, veg_box_delivery_scheme, village_cricket_teas, window_cleaning_round; a
second unit word problem: bike_courier_cooperative, dry_stone_walling_crew, marquee_hire_yard,
tropical_fish_aquarium_shop, upholstery_workroom, vineyard_harvest_crew; a second date word
problem: community_radio_studio, darts_league_secretary, hearing_aid_clinic_admin,
marquee_hire_yard, sailmaker_loft, tiered_cake_decorator). Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly in UK usage with £ and pence, some
chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate or density, missing
numbers, world facts, estimates, judgements, advice, prices, rates, forecasts or opinions, words /
Roman numerals / another language, code or spreadsheet formulas, algebra or calculus, dosing, size
charts, time zones, daylight saving, Easter, working or school days, contested units, all-numeric
dates of unstated order, the current date, the length of a month or year, facts about animals or
sport, tax rules, an explanation, an ambiguous request, writing tasks, or a persona / format /
language / unit / rounding / notation / number base / date wording / verse form fixed in an earlier
turn, a hypothetical calendar or a unit defined earlier, a follow-up, correction, summary or
rewrite of earlier turns, figures spread over earlier turns, or an explanation of an earlier
answer.

Left out of positives entirely (their grading is contested), as in set 43: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week counts
are asserted to be whole weeks; no day count is inclusive (each is the difference of the two dates,
and queries are worded as "N days after", "N days before", or from one date to a later one), and
clock spans run from one stated time to the next occurrence of the other (three cross midnight and
say "the next morning"). Every rounded unit result stays within its 1e-3 tolerance when given to
two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 43):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet and cubic inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); t(degF) = t(degC) * 9/5 + 32;
    1 h = 60 min; 1 L = 10^-3 m^3; 1 ha = 10^4 m^2; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_44.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-16.jsonl"
PREFIX = "ho44-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_43.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 44))
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


# =========================================================================== registers (set 44)
ALLOT = "allotment_seed_order_hut"
DRAMA = "amateur_dramatics_wardrobe"
COURIER = "bike_courier_cooperative"
FORGE = "blacksmith_forge_taster_days"
SWEEP = "flue_brush_sweep_business"
RADIO = "community_radio_studio"
DARTS = "darts_league_secretary"
GROOM = "dog_grooming_van"
WALL = "dry_stone_walling_crew"
LANG = "evening_language_classes"
HEAR = "hearing_aid_clinic_admin"
CANDLE = "handmade_candle_webshop"
MARQ = "marquee_hire_yard"
RAIL = "model_railway_exhibition"
HOSPICE = "hospice_charity_shop"
SAIL = "sailmaker_loft"
TATTOO = "tattoo_parlour_front_desk"
CAKE = "tiered_cake_decorator"
TREE = "tree_surgeon_crew"
FISH = "tropical_fish_aquarium_shop"
UPHOL = "upholstery_workroom"
VEG = "veg_box_delivery_scheme"
CRICKET = "village_cricket_teas"
VINE = "vineyard_harvest_crew"
WINDOW = "window_cleaning_round"
REGISTERS = tuple(
    sorted(
        (
            ALLOT,
            DRAMA,
            COURIER,
            FORGE,
            SWEEP,
            RADIO,
            DARTS,
            GROOM,
            WALL,
            LANG,
            HEAR,
            CANDLE,
            MARQ,
            RAIL,
            HOSPICE,
            SAIL,
            TATTOO,
            CAKE,
            TREE,
            FISH,
            UPHOL,
            VEG,
            CRICKET,
            VINE,
            WINDOW,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# --- calculator: plain one-liners
calc(P, "What's 37.5% of 2,864?", pct("37.5") * 2864)
calc(P, "work out 4,385 x 27", 4385 * 27)
calc(P, "91,476 divided by 36 = ?", F(91476, 36))
calc(P, "sqrt of 5,329, please", 73)
calc(P, "17 to the power of 4", 17**4)
calc(P, "Calculate (612 - 187) x 1.8", (612 - 187) * dec("1.8"))
calc(P, "If 245 goes up by 16%, what does it become?", 245 * (1 + pct(16)))
calc(P, "287 is what percentage of 1,640?", F(287, 1640) * 100)
calc(P, "6.5 cubed, please", dec("6.5") ** 3)
calc(P, "Take 12.5% off 3,368.", 3368 * (1 - pct("12.5")))
calc(P, "mean of 48, 73, 91, 56 and 67?", F(48 + 73 + 91 + 56 + 67, 5))
calc(P, "What's one eighth of 9,500 plus three fifths of 1,415?", F(9500, 8) + F(3, 5) * 1415)
calc(P, "8,250 minus 3,947 plus 1,128", 8250 - 3947 + 1128)
calc(
    P,
    "A price is 351 after a 35% increase. What was it before the increase?",
    F(351) / (1 + pct(35)),
)

# --- calculator: word problems in the registers
calc(
    ALLOT,
    "Our allotment society sells seed potatoes at £2.35 a kilo. I'm ordering 14 kg for myself "
    "and 9 kg for my neighbour - how much do we owe between us?",
    (14 + 9) * dec("2.35"),
)
calc(
    ALLOT,
    "Plot rent is 38p per square metre per season. What's the season's rent for a 250 square "
    "metre plot plus a 125 square metre half plot?",
    (250 + 125) * dec("0.38"),
)
calc(
    DRAMA,
    "For the panto we're hiring 11 costumes at £18.50 each, plus a flat £27 cleaning charge on "
    "the whole lot. What's the total bill?",
    11 * dec("18.50") + 27,
)
calc(
    COURIER,
    "Riders in our courier co-op get £4.20 per drop plus 65p per mile. One rider did 38 drops "
    "and 61 miles on Friday. What did she earn that day?",
    38 * dec("4.20") + 61 * dec("0.65"),
)
calc(
    FORGE,
    "Forge taster days are £145 a person, and groups of four or more get 15% off the total. "
    "What does a group of 6 pay altogether?",
    6 * 145 * (1 - pct(15)),
)
calc(
    SWEEP,
    "i swept 23 chimneys at £65 each and spent £112.40 on brushes and van fuel. whats my profit",
    23 * 65 - dec("112.40"),
)
calc(
    RADIO,
    "Our community station sells 30-second ad spots at £12.75 each. The garage on the high street "
    "has booked 44 spots - what goes on their invoice?",
    44 * dec("12.75"),
)
calc(
    DARTS,
    "Twelve teams each paid the £35 league fee and the trophies cost £186. How much is left in "
    "the league kitty after paying for trophies?",
    12 * 35 - 186,
)
calc(
    GROOM,
    "My grooming van charges £42 for a full groom and £18 for a nail trim with ear clean. "
    "Saturday was 7 full grooms and 5 trims - what did I take?",
    7 * 42 + 5 * 18,
)
calc(
    WALL,
    "We quote £88 per metre for rebuilding dry stone wall. The farmer wants 37.5 metres "
    "rebuilt. What's the quote?",
    88 * dec("37.5"),
)
calc(
    LANG,
    "The Spanish evening class costs £240 for the term and concessions get a third off. What "
    "does a concession place cost?",
    240 * (1 - F(1, 3)),
)
calc(
    HEAR,
    "The clinic buys hearing aid batteries in packs of 60 for £9.60 a pack. What does that work "
    "out at per battery, in pounds?",
    dec("9.60") / 60,
)
calc(
    CANDLE,
    "I sell my soy candles online at £14.50. The platform keeps 8% of the price plus a 30p "
    "listing fee per sale. How much do I get per candle?",
    dec("14.50") * (1 - pct(8)) - dec("0.30"),
)
calc(
    MARQ,
    "A 6 m by 12 m marquee hires at £4.25 per square metre for a weekend. What's the hire "
    "charge for the weekend?",
    6 * 12 * dec("4.25"),
)
calc(
    RAIL,
    "Adult tickets for our model railway exhibition were £8 and child tickets £3.50. We sold "
    "412 adult and 187 child tickets. Total gate takings?",
    412 * 8 + 187 * dec("3.50"),
)
calc(
    RAIL,
    "The exhibition made £3,150 profit. The club keeps 60% and the rest is split equally between "
    "two charities. How much does each charity get?",
    3150 * (1 - pct(60)) / 2,
)
calc(
    HOSPICE,
    "At the hospice shop we sold 326 paperbacks at 75p each and 58 hardbacks at £2.25 each this "
    "week. How much did books bring in?",
    326 * dec("0.75") + 58 * dec("2.25"),
)
calc(
    SAIL,
    "Sailcloth is £23.80 a metre and a dinghy mainsail takes 14.5 metres of it. What does the "
    "cloth for one mainsail cost?",
    dec("23.80") * dec("14.5"),
)
calc(
    TATTOO,
    "We take a 25% deposit when a tattoo is booked. A full sleeve is quoted at £1,160 - how much "
    "is the deposit?",
    1160 * pct(25),
)
calc(
    TATTOO,
    "The artist charges £130 an hour and the back piece took 5 hours 15 minutes in the chair. "
    "What's the charge?",
    130 * (5 + F(15, 60)),
)
calc(
    CAKE,
    "A three-tier wedding cake needs 2.8 kg of fondant, and fondant is £6.40 per kilo. How much "
    "does the fondant cost?",
    dec("2.8") * dec("6.40"),
)
calc(
    TREE,
    "Our tree surgery crew charges a £680 day rate. The felling job took 4.5 days. What do we "
    "invoice?",
    680 * dec("4.5"),
)
calc(
    FISH,
    "Neon tetras are £1.95 each, or 10 for £17. How much does a customer save buying 30 of them "
    "in tens rather than one at a time?",
    30 * dec("1.95") - 3 * 17,
)
calc(
    UPHOL,
    "Reupholstering a three-seater takes 9 metres of fabric at £32.50 a metre, plus £385 "
    "labour. What's the total price?",
    9 * dec("32.50") + 385,
)
calc(
    VEG,
    "Veg boxes are £17.25 each and 134 households took a box this week. What's the week's box "
    "income?",
    134 * dec("17.25"),
)
calc(
    VEG,
    "The delivery van does 412 miles a week and fuel works out at 18p a mile. What's the fuel "
    "cost over 13 weeks?",
    412 * dec("0.18") * 13,
)
calc(
    CRICKET,
    "Cricket teas are £6 a head for players and umpires. There were 22 players and 2 umpires, "
    "and the food cost £61.80. What's the profit on teas?",
    (22 + 2) * 6 - dec("61.80"),
)
calc(
    CRICKET,
    "At the cricket club raffle we sold 45 single tickets at £1 and 28 strips of five tickets at "
    "£4 a strip. How much did the raffle take?",
    45 * 1 + 28 * 4,
)
calc(
    VINE,
    "Grape pickers are paid 45p per kilo. Marta picked 286 kg across the harvest. What's she owed?",
    286 * dec("0.45"),
)
calc(
    WINDOW,
    "My window round is 74 houses at £12 and 19 bigger houses at £18. What does one full round "
    "bring in?",
    74 * 12 + 19 * 18,
)
calc(
    WINDOW,
    "My water-fed pole cost £549 and I'm putting aside £3 from every house I clean to cover it. "
    "How many houses until it's paid off?",
    F(549, 3),
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


# --- units: set 44's own factors (SI prefixes; SI Brochure, 9th edition)
MM = F(1, 1000)  # m
CM = F(1, 100)  # m
KM = F(1000)  # m
G = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
HECTARE = F(10**4)  # m^2
CUIN = IN * IN * IN  # m^3
assert CUIN * 10**6 == dec("16.387064") and ACRE / HECTARE == dec("0.40468564224")

# --- units: plain one-liners
unit_r(P, "Convert 73 kilograms to pounds.", 73 / LB)
unit(P, "5 ft 11 in converted to centimetres", (5 * FT + 11 * IN) / CM, EXACT)
unit(P, "68 degrees Fahrenheit in Celsius?", f_to_c(68), EXACT)
unit_r(P, "What is 42 km in miles?", 42 * KM / MI)
unit_r(P, "Convert 13.5 acres into hectares", dec("13.5") * ACRE / HECTARE)
unit(P, "6.25 GiB is how many MiB?", dec("6.25") * GIB / MIB, EXACT)
unit_r(P, "40 psi to bar", 40 * PSI / BAR)
unit_r(P, "Convert 11 stone 4 pounds into kilograms.", (11 * STONE + 4 * LB))
unit_r(P, "260 km/h in miles per hour?", 260 * KMH / MPH)
unit_r(P, "Convert 62 square metres to square feet", 62 / SQFT)
unit(P, "What's -12 °C in Fahrenheit?", c_to_f(-12), EXACT)
unit_r(P, "190 millimetres in inches", 190 * MM / IN)
unit(P, "1,750 yards is how many metres?", 1750 * YD, EXACT)
unit(P, "2.25 hours expressed in minutes", dec("2.25") * 60, EXACT)

# --- units: word problems in the registers
unit_r(
    ALLOT,
    "My allotment plot measures 90 feet by 30 feet. What's that in square metres?",
    90 * 30 * SQFT,
)
unit(
    DRAMA,
    "The actor playing the Dame has a 34 inch waist but our costume patterns are metric. What's "
    "34 inches in centimetres?",
    34 * IN / CM,
    EXACT,
)
unit_r(
    COURIER,
    "Our longest regular courier route is 23 km. How many miles is that?",
    23 * KM / MI,
)
unit_r(
    COURIER,
    "The electric cargo bikes are limited to 25 km/h. What's that in mph?",
    25 * KMH / MPH,
)
unit(
    FORGE,
    "The welding heat on our forge chart says 1,250 °C. What is that in Fahrenheit?",
    c_to_f(1250),
    EXACT,
)
unit(
    SWEEP,
    "The flue liner is 6 inches in diameter. What's that in millimetres?",
    6 * IN / MM,
    EXACT,
)
unit_r(
    RADIO,
    "Each of our hour-long shows is an 850 MiB file. How many GiB do 12 shows take up?",
    12 * 850 * MIB / GIB,
)
unit(
    DARTS,
    "The oche has to be 7 ft 9.25 in from the face of the board. What's that distance in cm?",
    (7 * FT + dec("9.25") * IN) / CM,
    EXACT,
)
unit_r(
    GROOM,
    "The springer spaniel on the table weighs 14.5 kg - what's that in pounds?",
    dec("14.5") / LB,
)
unit(
    WALL,
    "The boundary wall we're rebuilding is 220 yards long. How many metres is that?",
    220 * YD,
    EXACT,
)
unit_r(
    WALL,
    "The estate's top field is 12 acres. What's that in hectares?",
    12 * ACRE / HECTARE,
)
unit(
    LANG,
    "A student in my English class asked how tall 5 ft 4 in is in centimetres. What do I tell her?",
    (5 * FT + 4 * IN) / CM,
    EXACT,
)
unit(
    HEAR,
    "The audiology booth thermostat reads 71.6 °F. What's that in °C?",
    f_to_c(dec("71.6")),
    EXACT,
)
unit_r(
    CANDLE,
    "One of my jar candles weighs 340 g and a buyer in the States wants the weight in ounces. "
    "How many ounces is it?",
    340 * G / OZ,
)
unit_r(
    MARQ,
    "Our largest marquee is 40 ft by 80 ft. What's its floor area in square metres?",
    40 * 80 * SQFT,
)
unit_r(
    MARQ,
    "The marquee has to come down if gusts pass 45 mph. What's 45 mph in km/h?",
    45 * MPH / KMH,
)
unit_r(
    RAIL,
    "Our club's exhibition layout runs 26 feet end to end. How many metres is that?",
    26 * FT,
)
unit_r(
    HOSPICE,
    "A donated parcel for the hospice shop weighs 2.3 kg and the courier form asks for pounds. "
    "What do I write?",
    dec("2.3") / LB,
)
unit_r(
    SAIL,
    "The mainsail luff is 31 feet 6 inches. What is that in metres?",
    31 * FT + 6 * IN,
)
unit_r(
    TATTOO,
    "The studio autoclave runs at 2.1 bar but the service manual talks in psi. How many psi is "
    "2.1 bar?",
    dec("2.1") * BAR / PSI,
)
unit(
    CAKE,
    "The sponge recipe asks for a 9 inch round tin. How many centimetres across is that?",
    9 * IN / CM,
    EXACT,
)
unit_r(
    TREE,
    "The old oak's trunk measures 14 feet round. Convert that to metres for the survey.",
    14 * FT,
)
unit_r(
    FISH,
    "A customer's tank is 48 in long, 18 in deep and 20 in high. What's its volume in litres?",
    48 * 18 * 20 * CUIN / LITRE,
)
unit(
    FISH,
    "The display tank is sitting at 78.8 °F. What's that in Celsius?",
    f_to_c(dec("78.8")),
    EXACT,
)
unit(
    UPHOL,
    "The seat foam is 4 inches thick. What's that in centimetres?",
    4 * IN / CM,
    EXACT,
)
unit(
    UPHOL,
    "This velvet comes on a 54 inch wide roll. How wide is that in centimetres?",
    54 * IN / CM,
    EXACT,
)
unit_r(
    VEG,
    "Thursday's veg box delivery round is 87 miles. How many kilometres is that?",
    87 * MI / KM,
)
unit_r(
    CRICKET,
    "A cricket pitch is 22 yards between the stumps. How many metres is that?",
    22 * YD,
)
unit(
    VINE,
    "It hit 95 °F in the vine rows during picking. What's that in Celsius?",
    f_to_c(95),
    EXACT,
)
unit_r(
    VINE,
    "The basket press takes 500 kg of grapes per load. How many pounds is that?",
    500 / LB,
)
unit(
    WINDOW,
    "My water-fed pole extends to 30 feet. How many metres is that?",
    30 * FT,
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


# --- dates: plain one-liners
_d = D(2031, 8, 19)
date_item(P, f"What day of the week is {say(_d)}?", weekday(_d))
_a, _b = D(2028, 3, 14), D(2028, 11, 2)
date_item(P, f"How many days are there from {say(_a)} to {say(_b)}?", days(_a, _b))
_d = D(2029, 10, 17)
date_item(P, f"what date is 90 days after {say(_d)}", _d + TD(days=90))
_d = D(2027, 3, 8)
date_item(P, f"Which date was 45 days before {say(_d)}?", _d - TD(days=45))
_a, _b = D(2030, 2, 5), D(2030, 6, 25)
date_item(P, f"How many weeks are there between {say(_a)} and {say(_b)}?", weeks(_a, _b))
_a, _b = D(1988, 6, 23), D(2034, 2, 10)
date_item(P, f"Someone born on {say(_a)}: how old are they on {say(_b)}?", age(_a, _b))
date_item(
    P, "What's the date of the third Thursday in September 2030?", nth_weekday(2030, 9, THU, 3)
)
date_item(P, "How many minutes is it from 07:45 to 16:20?", clock_span("07:45", "16:20", 60))
_d = D(2035, 1, 1)
date_item(P, f"On which weekday does {say(_d)} fall?", weekday(_d))
_d = D(2028, 5, 12)
date_item(P, f"Date 200 days after {say(_d)}?", _d + TD(days=200))
date_item(
    P,
    "How many hours from 21:30 to 06:15 the next morning?",
    clock_span("21:30", "06:15", 3600),
)
date_item(P, "What date is the last Friday of November 2029?", nth_weekday(2029, 11, FRI, -1))
_a, _b = D(2030, 1, 1), D(2030, 12, 31)
date_item(P, f"number of days from {say(_a)} to {say(_b)}", days(_a, _b))
_d = D(2031, 10, 29)
date_item(P, f"What's the date 6 weeks after {say(_d)}?", _d + TD(weeks=6))

# --- dates: word problems in the registers
_d = D(2027, 3, 21)
date_item(
    ALLOT,
    f"The seed packet says to plant out 42 days after sowing. I sowed the leeks on {say(_d)}. "
    "What date do they go out?",
    _d + TD(days=42),
)
_a, _b = D(2027, 9, 2), D(2027, 11, 18)
date_item(
    DRAMA,
    f"Rehearsals start on {say(_a)} and opening night is {say(_b)}. How many weeks is that from "
    "first rehearsal to opening?",
    weeks(_a, _b),
)
date_item(
    COURIER,
    "A parcel collected at 16:40 has to be delivered by 09:10 the next morning. How many hours "
    "is that?",
    clock_span("16:40", "09:10", 3600),
)
_d = D(2027, 6, 26)
date_item(FORGE, f"What day of the week is our forge taster day on {say(_d)}?", weekday(_d))
_d = D(2027, 10, 4)
date_item(
    SWEEP,
    f"I swept Mrs Hale's chimney on {say(_d)} and she wants a reminder card for 180 days later. "
    "What date goes on the card?",
    _d + TD(days=180),
)
date_item(
    RADIO,
    "The late show runs from 22:00 to 01:30 the next morning. How many minutes of airtime is that?",
    clock_span("22:00", "01:30", 60),
)
_d = D(2025, 4, 12)
date_item(
    RADIO,
    f"Our station launched on {say(_d)}. What date is 1,000 days after the launch?",
    _d + TD(days=1000),
)
_d = D(2027, 9, 7)
date_item(
    DARTS,
    f"League nights are weekly, starting on {sayw(_d)}, with no breaks. What is the date of the "
    "12th league night?",
    _d + TD(weeks=11),
)
date_item(
    DARTS,
    "Presentation night is on the last Friday of May 2028. What's the date?",
    nth_weekday(2028, 5, FRI, -1),
)
_d = D(2026, 12, 5)
date_item(
    GROOM,
    f"A cockapoo puppy born on {say(_d)} can come for a first groom at 16 weeks old. What date "
    "is that?",
    _d + TD(weeks=16),
)
_a, _b = D(2027, 4, 12), D(2027, 7, 9)
date_item(
    WALL,
    f"We started the field wall on {say(_a)} and finished on {say(_b)}. How many days after the "
    "start did we finish?",
    days(_a, _b),
)
_d = D(2027, 9, 14)
date_item(
    LANG,
    f"The Italian beginners course has ten weekly classes, the first on {sayw(_d)}. What's the "
    "date of the tenth class?",
    _d + TD(weeks=9),
)
_a, _b = D(1949, 8, 30), D(2027, 8, 29)
date_item(
    HEAR,
    f"A patient was born on {say(_a)}. How old is she at her hearing test on {say(_b)}?",
    age(_a, _b),
)
_d = D(2027, 10, 28)
date_item(
    HEAR,
    f"Hearing aid trials run 60 days. What date is 60 days after a fitting on {say(_d)}?",
    _d + TD(days=60),
)
_d = D(2027, 11, 25)
date_item(
    CANDLE,
    f"My candles cure for 14 days. I poured a batch on {say(_d)}; what date is 14 days after that?",
    _d + TD(days=14),
)
_d = D(2028, 6, 17)
date_item(
    MARQ, f"The wedding marquee is booked for {say(_d)}. Which day of the week is it?", weekday(_d)
)
_a, _b = D(2028, 7, 3), D(2028, 9, 11)
date_item(
    MARQ,
    f"The festival has our big marquee from {say(_a)} to {say(_b)}. How many weeks is that?",
    weeks(_a, _b),
)
date_item(
    RAIL,
    "Our model railway show is always on the second Saturday of March. What date is that in 2028?",
    nth_weekday(2028, 3, SAT, 2),
)
_a, _b = D(2027, 9, 20), D(2027, 12, 4)
date_item(
    HOSPICE,
    f"Volunteer sign-up opens on {say(_a)} and the hospice Christmas fair is on {say(_b)}. How "
    "many days apart are they?",
    days(_a, _b),
)
_d = D(2028, 1, 19)
date_item(
    SAIL,
    f"A new suit of sails takes 75 days from order. If it's ordered on {say(_d)}, what date will "
    "it be ready?",
    _d + TD(days=75),
)
date_item(
    SAIL,
    "The race team had the loft from 09:15 until 17:45. How many hours was that?",
    clock_span("09:15", "17:45", 3600),
)
_d = D(2027, 7, 30)
date_item(
    TATTOO,
    f"Aftercare says no swimming for 28 days. What date is 28 days after a session on {say(_d)}?",
    _d + TD(days=28),
)
_d = D(2027, 10, 9)
date_item(
    CAKE,
    f"A christening cake is due on {say(_d)} and I start decorating 5 days before. What date do I "
    "start?",
    _d - TD(days=5),
)
_a, _b = D(1977, 12, 31), D(2028, 1, 1)
date_item(
    CAKE,
    f"The customer was born on {say(_a)}. How old is she on {say(_b)}, the party date?",
    age(_a, _b),
)
date_item(
    TREE,
    "The crew got on site at 07:30 and packed up at 16:15. How many minutes was that?",
    clock_span("07:30", "16:15", 60),
)
_d = D(2027, 2, 14)
date_item(
    FISH,
    f"Cycling a new tank takes 6 weeks. A customer set theirs up on {say(_d)}. What date is 6 "
    "weeks after that?",
    _d + TD(weeks=6),
)
_d = D(2027, 5, 27)
date_item(
    UPHOL,
    f"We promise chairs back 21 days after collection. These were collected on {sayw(_d)}. What "
    "date are they due back?",
    _d + TD(days=21),
)
date_item(
    VEG,
    "Veg boxes go out on Wednesdays. What's the date of the first Wednesday in August 2027?",
    nth_weekday(2027, 8, WED, 1),
)
_d = D(2027, 8, 22)
date_item(
    CRICKET, f"The village knockout final is on {say(_d)}. What weekday is that?", weekday(_d)
)
_d = D(2027, 6, 8)
date_item(
    VINE,
    f"The vines flowered on {say(_d)}. What date is 100 days after flowering?",
    _d + TD(days=100),
)
_d = D(2027, 1, 6)
date_item(
    WINDOW,
    f"I clean my round every 4 weeks. The first round was on {sayw(_d)}. What's the date of the "
    "fifth round?",
    _d + TD(weeks=16),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# --- ordinary negatives in the registers, four each
ORDINARY = {
    ALLOT: (
        "Which potato varieties hold up best against blight on an exposed allotment in the north?",
        (
            "Write a friendly notice for the allotment shed door reminding people to lock the gate "
            "and not leave hoses running."
        ),
        "Is a polytunnel worth it on a half plot, or would a couple of cold frames do the job?",
        "How much well-rotted manure should I dig into a 250 square metre plot before winter?",
    ),
    DRAMA: (
        (
            "What would a Victorian washerwoman really have worn? I'm dressing our panto dame and "
            "want a nod to the period."
        ),
        "How do I get greasepaint off a hired velvet cloak without flattening the pile?",
        "Write a short, silly programme blurb for our Jack and the Beanstalk panto.",
        "We need 11 costumes for the panto - would it be cheaper to make them than hire them?",
    ),
    COURIER: (
        (
            "For a courier doing about 60 miles a day in a hilly city, is a cargo bike or an "
            "e-bike the better buy?"
        ),
        (
            "Draft a short apology to a customer whose parcel turned up two hours late because of "
            "a puncture."
        ),
        (
            "How should a cycle courier co-op split profits fairly between full-time and part-time "
            "riders?"
        ),
        "What's the quickest way across Leeds city centre by bike at rush hour?",
    ),
    FORGE: (
        (
            "Why does steel change colour as it heats, and what does straw yellow mean when "
            "tempering?"
        ),
        "What's a good first project for a total beginner at a forge taster day?",
        "Write a short risk assessment summary for an adult blacksmithing taster session.",
        "For a hobby forge in a back garden, is coal or propane the better choice?",
    ),
    SWEEP: (
        (
            "How often should a chimney be swept if the wood burner runs every evening all winter "
            "on seasoned logs?"
        ),
        "What are the warning signs of a chimney fire, and what should the householder do?",
        "Write a short leaflet advertising my chimney sweeping service across three villages.",
        "Is it safe to burn pine offcuts in a multi-fuel stove?",
    ),
    RADIO: (
        "Suggest ten names for a Sunday morning folk show on our community radio station.",
        (
            "What are the rules about mentioning a sponsor's business live on air on community "
            "radio in the UK?"
        ),
        "How do I stop my voice sounding nasal when I'm presenting?",
        (
            "Is 850 MiB a sensible file size for an hour of programme audio, or should we archive "
            "in a different format?"
        ),
    ),
    DARTS: (
        (
            "Write the minutes for our darts league AGM: fees went up, two teams left and the "
            "presentation night is moving pubs."
        ),
        "What's the standard checkout route from 121?",
        (
            "How should the league handle a dispute where one team says a dart bounced out before "
            "the score was chalked?"
        ),
        "Who has won the most world darts championships?",
    ),
    GROOM: (
        "How often should a cockapoo see a professional groomer?",
        "A dog in my grooming van is panting hard and trembling - should I stop the groom?",
        (
            "Write a polite text to a client who has missed three grooming appointments without "
            "notice."
        ),
        "What's the kindest way to de-mat a double-coated dog without shaving it off?",
    ),
    WALL: (
        "Why do dry stone walls have through stones, and how far apart should they go?",
        "What's the difference between Cotswold and Yorkshire dry stone walling styles?",
        "How much stone will I need to rebuild 37 metres of field wall?",
        (
            "Write a quote letter to a farmer for rebuilding the collapsed stretch of his boundary "
            "wall."
        ),
    ),
    LANG: (
        "Explain the difference between ser and estar for adult beginners.",
        "How do I say 'class is cancelled this Thursday' in Italian?",
        "Give me a fun ten-minute warm-up for an evening French class of tired adults.",
        "How do you say one thousand two hundred and fifty in Spanish?",
    ),
    HEAR: (
        "Write a reminder letter for patients whose hearing aids are due their annual service.",
        "What's the difference between behind-the-ear and in-the-canal hearing aids?",
        "Can the clinic charge NHS patients for replacement hearing aid batteries?",
        (
            "A patient says her tinnitus has been worse since her new aids were fitted - what "
            "should reception say to her?"
        ),
    ),
    CANDLE: (
        "Why do my soy candles get white frosting down the sides, and how do I stop it?",
        "Write a product description for a fig and cedarwood soy candle for my online shop.",
        "What fragrance load is safe to use in coconut wax?",
        "Should I charge postage separately or build it into my candle prices?",
    ),
    MARQ: (
        "What size marquee do we need for 120 guests with a sit-down meal and a dance floor?",
        "Is it safe to keep a marquee up in 45 mph winds?",
        "Write a checklist for my crew for putting up a 12 by 6 metre frame marquee.",
        "Do we need planning permission for a marquee in a field for a three-week festival?",
    ),
    RAIL: (
        "What's the difference between OO gauge and HO gauge?",
        "How do I stop my locos stalling on the points?",
        "Write a thank-you email to the exhibitors who came to our model railway show.",
        "Is DCC worth it for a small branch-line layout?",
    ),
    HOSPICE: (
        "How should we price a donated designer handbag in our charity shop?",
        "Write a rota reminder for our Saturday shop volunteers.",
        "What items is a charity shop not allowed to sell, like old electricals or car seats?",
        "How do we explain Gift Aid to donors in plain English?",
    ),
    SAIL: (
        "Dacron or laminate for a club racer's new mainsail?",
        "What does a cunningham do, and when should I pull it on?",
        "How long should a dinghy mainsail last before it's blown out?",
        "Write a care guide for customers collecting new sails from our loft.",
    ),
    TATTOO: (
        "How long should someone wait before getting a new tattoo touched up?",
        "Write a polite deposit and cancellation policy for our booking page.",
        "Is it normal for a new tattoo to be peeling after a week?",
        "What are the legal age rules for getting a tattoo in the UK?",
    ),
    CAKE: (
        "How do I stop fondant sweating when the cake is sitting in a warm marquee?",
        "How many portions will a three-tier wedding cake with 6, 8 and 10 inch tiers give?",
        "Write an order confirmation for a lemon and elderflower wedding cake.",
        "Which fresh flowers are safe to put on a cake?",
    ),
    TREE: (
        "Do I need permission to fell a tree in a conservation area?",
        "When should a walnut tree be pruned so it doesn't bleed sap?",
        "How tall is an oak likely to be if its trunk is 14 feet round?",
        "Write a short method statement for taking down a leaning ash over a garage.",
    ),
    FISH: (
        "Can neon tetras share a tank with a betta?",
        "How many neon tetras can safely go in a 60 litre tank?",
        "Why is my tank water cloudy a week after setting it up?",
        "Write a care sheet for a customer buying their first goldfish.",
    ),
    UPHOL: (
        "What's the difference between sprung and foam seats when reupholstering?",
        "How much fabric will I need to recover a wingback armchair?",
        "Is a 1960s teak-framed chair worth reupholstering, or should my client replace it?",
        "Write a fabric care card for velvet-covered furniture.",
    ),
    VEG: (
        "What's usually in season for UK veg boxes in late February?",
        (
            "Write a short newsletter for veg box customers explaining why there's no salad this "
            "week."
        ),
        "How can we make our veg box delivery round use less fuel?",
        "Is it better to charge veg box customers weekly or monthly?",
    ),
    CRICKET: (
        "Explain the lbw law in simple terms for a new player.",
        "Plan a traditional cricket tea menu for 24 people.",
        "Which cricket bat makers are best for club players on a budget?",
        "Write a match report on our Sunday XI's three-wicket win over the next village.",
    ),
    VINE: (
        "How do we tell when grapes are ripe enough to pick for sparkling wine?",
        "What's a fair piece rate for grape pickers in England?",
        "Write a welcome message for harvest volunteers saying what to bring.",
        "Why do English vineyards mostly grow Chardonnay and Pinot Noir?",
    ),
    WINDOW: (
        "Is pure water cleaning as good as a squeegee on old sash windows?",
        "Write a flyer for my window cleaning round on a new housing estate.",
        "How do I put my prices up without losing customers?",
        "Which water-fed pole is best for a one-man window cleaning business?",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


# --- near-positive negatives: look like tool questions but need the language model
NEAR = (
    (
        "near-exchange-rate",
        "How many euros will £640 get me at the airport?",
        "needs a current exchange rate",
    ),
    (
        "near-exchange-rate",
        "How many US dollars would I get for 12,000 Japanese yen?",
        "needs a current exchange rate",
    ),
    ("near-exchange-rate", "Convert 75 Swiss francs to pounds.", "needs a current exchange rate"),
    (
        "near-density",
        "How many kilograms does 15 litres of honey weigh?",
        "volume to mass needs a density the tool does not know",
    ),
    (
        "near-density",
        "What's 2 litres of olive oil in kilograms?",
        "volume to mass needs a density the tool does not know",
    ),
    ("near-missing", "What's the VAT on this invoice?", "no figures given"),
    (
        "near-missing",
        "How much will the whole order come to with postage?",
        "no prices or quantities given",
    ),
    ("near-missing", "How many days have I got until the deadline?", "no dates given"),
    (
        "near-fact",
        "How many miles is it by road from Bristol to Edinburgh?",
        "a world fact (road distance)",
    ),
    (
        "near-fact",
        "How tall is Blackpool Tower in metres?",
        "needs the tower's height, a world fact",
    ),
    (
        "near-fact",
        "At what temperature does water boil on top of Ben Nevis?",
        "needs air pressure at altitude, a physics estimate",
    ),
    (
        "near-estimate",
        "Roughly how long would it take to walk 10 km with a four-year-old?",
        "an estimate that depends on judgement",
    ),
    (
        "near-estimate",
        "About how many bricks go into a garden wall 10 metres long and waist high?",
        "an estimate needing assumptions about bond and brick size",
    ),
    (
        "near-roman",
        "How would the year 2044 look in Roman numerals on a foundation stone?",
        "Roman numerals are a writing task",
    ),
    ("near-roman", "What number is MCMLXXXIV?", "reading Roman numerals"),
    ("near-words", "Write £4,385 in words for a cheque.", "number in words"),
    ("near-words", "Spell out the number 17,006 in words.", "number in words"),
    (
        "near-code",
        "Write a Rust function that turns stone and pounds into kilograms.",
        "a code request",
    ),
    (
        "near-code",
        "Give me a JavaScript snippet that counts the days between two dates.",
        "a code request",
    ),
    (
        "near-code",
        "Write an SQL query that totals order values by month.",
        "a code request",
    ),
    (
        "near-spreadsheet",
        "What Excel formula adds 20% VAT to the price in column B?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "In Google Sheets, what formula gives the weekday name of the date in cell C4?",
        "a spreadsheet formula",
    ),
    (
        "near-dosing",
        "How much paracetamol can I give my daughter who weighs 16 kg?",
        "medication dosing needs the language model (and care)",
    ),
    (
        "near-dosing",
        "My 14 kg spaniel is on Metacam - how many ml should she have?",
        "veterinary dosing",
    ),
    ("near-sizes", "What's a UK size 9 shoe in EU sizes?", "size charts are not exact conversions"),
    (
        "near-sizes",
        "My ring is 18 mm across the inside - what US ring size is that?",
        "ring size charts",
    ),
    (
        "near-timezone",
        "It's 7.30pm in Glasgow - what time is it in Auckland?",
        "time zones and daylight saving",
    ),
    (
        "near-timezone",
        "When is 9am New York time in Berlin?",
        "time zones and daylight saving",
    ),
    (
        "near-timezone",
        "The supplier call is at 14:00 Tokyo time. What's that for me in Manchester?",
        "time zones and daylight saving",
    ),
    ("near-dst", "When do the clocks go back in the UK in 2028?", "daylight saving rules"),
    ("near-easter", "Which Sunday in 2033 will Easter fall on?", "Easter computus"),
    (
        "near-working-days",
        "How many working days are there between 3 March 2028 and 21 April 2028?",
        "working days depend on bank holidays",
    ),
    (
        "near-working-days",
        "What's 10 business days after 22 December 2027?",
        "business days depend on holidays",
    ),
    (
        "near-school-days",
        "How many school days are left in the autumn term?",
        "school calendars and the current date",
    ),
    ("near-contested-unit", "How many cups is 500 ml?", "cup size is contested"),
    ("near-contested-unit", "Convert 3 gallons to litres.", "US or imperial gallons"),
    ("near-contested-unit", "How many pints are in 2 litres?", "US or imperial pints"),
    ("near-contested-unit", "How heavy is 3.5 tons of gravel in kg?", "short, long or metric tons"),
    (
        "near-numeric-date",
        "How many days from 02/03/2029 to 11/04/2029?",
        "all-numeric dates of unstated order",
    ),
    ("near-numeric-date", "What weekday is 07/08/2029?", "all-numeric date of unstated order"),
    (
        "near-current-date",
        "My lad keeps asking how many sleeps until his birthday on 9 March. What do I tell him?",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "What's the date 100 days from today?",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "How old am I if I was born on 4 May 1990?",
        "depends on the current date",
    ),
    ("near-tax", "How much income tax will I pay on £38,000?", "tax rules, year and region"),
    (
        "near-tax",
        "How much stamp duty is there on a £325,000 house?",
        "tax rules and buyer status",
    ),
    (
        "near-month-length",
        "What date is 3 months after 31 August 2027?",
        "month arithmetic from a 31st is ambiguous",
    ),
    ("near-month-length", "How many seconds are in a month?", "a month has no fixed length"),
    ("near-year-length", "How many hours are there in a year?", "leap years make it ambiguous"),
    (
        "near-current-rate",
        "What rate would a first-time buyer get on a two-year fixed mortgage at the moment?",
        "a current fact",
    ),
    ("near-price", "How much is a litre of diesel in the UK?", "a current price"),
    ("near-price", "What does a loaf of sliced bread cost at Tesco?", "a current price"),
    ("near-prediction", "Will it rain in Cardiff on 12 June 2027?", "a forecast"),
    (
        "near-explain",
        "Explain why dividing by a fraction is the same as multiplying by its reciprocal.",
        "an explanation",
    ),
    (
        "near-explain",
        "Why was 1900 not a leap year when it's divisible by four?",
        "an explanation of calendar rules",
    ),
    ("near-ambiguous", "What is 20% of it?", "the referent is missing"),
    ("near-ambiguous", "Convert 30 to metric.", "no unit given"),
    ("near-ambiguous", "How long between the two dates?", "no dates given"),
    (
        "near-language",
        "¿Cuántos días hay entre el 3 de mayo y el 9 de julio de 2028?",
        "asked in Spanish; the answer should be in Spanish",
    ),
    ("near-algebra", "Solve 3x + 7 = 25 for x and show the steps.", "algebra with working"),
    ("near-algebra", "Differentiate x cubed times sin x.", "symbolic calculus"),
    (
        "near-opinion",
        "Is £4.25 per square metre a fair price to hire a marquee?",
        "a judgement about prices",
    ),
    (
        "near-advice",
        "Is 22 °C too warm for a baby's bedroom?",
        "health advice, not a conversion",
    ),
    (
        "near-advice",
        "Is 35 psi the right pressure for my car's front tyres?",
        "depends on the car; advice",
    ),
    ("near-animal-fact", "How many days does a cat's pregnancy last?", "a biological fact"),
    ("near-sport-fact", "How far is a half marathon in metres?", "a sporting fact"),
)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)
assert len(NEAR) == WANT_NEAR_NEGATIVES, len(NEAR)


# --- conversations: negatives because of an earlier turn
def money(x):
    """A sum of money in pounds, written with exactly two decimals (asserted exact)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return f"£{Decimal(x.numerator) / Decimal(x.denominator):,.2f}"


def approx(x, places=2):
    """A value rounded half up to `places` decimals, for figures stated in assistant turns."""
    x = F(x)
    q = Decimal(x.numerator) / Decimal(x.denominator)
    return str(q.quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP"))


assert money(F(2311.5)) == "£2,311.50" and approx(F(2, 3)) == "0.67" and approx(1, 1) == "1.0"

_VEG_134 = 134 * dec("17.25")
_SOW = D(2027, 3, 21) + TD(days=42)
_KM23 = 23 * KM / MI
_DEP12 = 1160 * pct(12)
_CANDLE_NET = dec("14.50") * (1 - pct(8)) - dec("0.30")
_WALL_A = 88 * dec("37.5")
_FORGE_DAY = D(2027, 6, 26)
_ADULT = 412 * 8
_SWEEP_DUE = D(2027, 10, 4) + TD(days=180)
_BAR_PSI = dec("2.1") * BAR / PSI
assert _WALL_A > 3100

CONVS = (
    (
        "conv-language",
        [
            (U, "I'm practising my Welsh - can you answer me in Welsh from here on?"),
            (A, "Iawn, dim problem. Gofynnwch!"),
            (U, "How many days is it from 2 March 2028 to 19 April 2028?"),
        ],
        "the reply language was fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Je prépare mes cours de demain, réponds-moi en français s'il te plaît."),
            (A, "Bien sûr, je vous répondrai en français."),
            (U, "What's 15% of 360, for the worksheet?"),
        ],
        "the reply language was fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (S, "Responde siempre en español, con frases completas."),
            (U, "What date is 75 days after 19 January 2028?"),
        ],
        "the system turn fixes the reply language",
    ),
    (
        "conv-roman",
        [
            (S, "Write every number in your replies as Roman numerals."),
            (U, "How many minutes are there in 7.5 hours?"),
        ],
        "Roman numerals fixed by the system turn",
    ),
    (
        "conv-words",
        [
            (U, "I'm writing out cheques for the darts league, so give me amounts in words."),
            (A, "Understood - I'll write the amounts out in words."),
            (U, "Twelve teams paid £35 each. What's the total?"),
        ],
        "amounts in words were asked for earlier",
    ),
    (
        "conv-base",
        [
            (U, "It's for my computing homework, so give the answers in binary please."),
            (A, "OK, I'll give my answers in binary."),
            (U, "What is 45 plus 19?"),
        ],
        "number base fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "I only think in metric, so always give me metres and square metres."),
            (A, "Will do - metric only."),
            (U, "The stage at the church hall is 24 by 16. What's the floor area?"),
        ],
        "units of the figures come from an earlier turn and are not stated",
    ),
    (
        "conv-rounding",
        [
            (U, "This is a rough budget, so round every answer to the nearest hundred."),
            (A, "Sure, I'll round to the nearest hundred."),
            (U, "What's 1,847 times 6?"),
        ],
        "rounding rule fixed in an earlier turn",
    ),
    (
        "conv-notation",
        [
            (S, "Give all numeric answers in scientific notation to three significant figures."),
            (U, "How many seconds are there in 28 days?"),
        ],
        "notation fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate who only ever answers in rhyming couplets."),
            (U, "How many feet is 40 metres?"),
        ],
        "persona and verse form fixed by the system turn",
    ),
    (
        "conv-followup",
        [
            (U, "A standard veg box is £17.25. What do 134 of them come to?"),
            (A, f"134 boxes at £17.25 come to {money(_VEG_134)}."),
            (U, "And what if 40 of those were large boxes instead?"),
        ],
        "follow-up; the large box price is not given",
    ),
    (
        "conv-followup",
        [
            (U, "What date is 42 days after 21 March 2027?"),
            (A, f"42 days after 21 March 2027 is {sayw(_SOW)}."),
            (U, "and another 42 days on from that?"),
        ],
        "follow-up on an earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, "How many miles is 23 km?"),
            (A, f"23 km is about {approx(_KM23)} miles."),
            (U, "Now do it the other way round for 14 of them."),
        ],
        "follow-up that only makes sense with the earlier turns",
    ),
    (
        "conv-followup",
        [
            (U, "We sold 412 adult tickets at £8. What's that?"),
            (A, f"412 adult tickets at £8 make {money(_ADULT)}."),
            (U, "Same again for the kids' tickets please."),
        ],
        "follow-up; the child ticket figures are not given",
    ),
    (
        "conv-correction",
        [
            (U, "What's 12% of 1,160?"),
            (A, f"12% of 1,160 is {num(_DEP12)}."),
            (U, "Sorry, my mistake - the deposit is 25, not 12."),
        ],
        "a correction of an earlier question",
    ),
    (
        "conv-correction",
        [
            (U, f"What weekday is {say(_FORGE_DAY)}?"),
            (A, f"{say(_FORGE_DAY)} is a {weekday(_FORGE_DAY)}."),
            (U, "Oops, wrong year. I meant the year after."),
        ],
        "a correction of an earlier question",
    ),
    (
        "conv-explain",
        [
            (U, "My candle sells for £14.50, the platform keeps 8% and a 30p fee. What's left?"),
            (A, f"You keep {money(_CANDLE_NET)} per candle."),
            (U, "Why did you take off the 8% before the 30p?"),
        ],
        "asks for an explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "What's 2.1 bar in psi?"),
            (A, f"2.1 bar is about {approx(_BAR_PSI)} psi."),
            (U, "Why is a psi so much smaller than a bar?"),
        ],
        "asks for an explanation",
    ),
    (
        "conv-explain",
        [
            (U, "How many weeks from 2 September 2027 to 18 November 2027?"),
            (A, f"That's {weeks(D(2027, 9, 2), D(2027, 11, 18))} weeks."),
            (U, "How did you count them - is the first week included or not?"),
        ],
        "asks how an earlier answer was counted",
    ),
    (
        "conv-table",
        [
            (U, "From now on put your answers in a markdown table."),
            (A, "Sure, tables from here on."),
            (U, "Convert 5 kg, 10 kg and 15 kg to pounds."),
        ],
        "output format fixed in an earlier turn; several answers",
    ),
    (
        "conv-summary",
        [
            (U, "For the cricket club raffle, singles are £1 and strips of five are £4."),
            (A, "Got it: £1 a ticket, or £4 for a strip of five."),
            (U, "Top prize is a signed bat, second is a meal for two at the Plough."),
            (A, "Noted: first prize the signed bat, second the meal for two."),
            (U, "Can you sum up what we've agreed for the raffle?"),
        ],
        "a summary of the conversation",
    ),
    (
        "conv-opinion",
        [
            (U, "Quote A is 37.5 m of walling at £88 a metre. Quote B is £3,100 flat."),
            (A, f"Quote A comes to {money(_WALL_A)}, so B is {money(_WALL_A - 3100)} cheaper."),
            (U, "Which would you pick, given A includes clearing the fallen stone?"),
        ],
        "asks for a judgement",
    ),
    (
        "conv-code",
        [
            (U, "I'm building a little booking app for our tattoo studio."),
            (A, "Happy to help - what do you need?"),
            (U, "Write me a function that works out the 25% deposit from a quote."),
        ],
        "a code request",
    ),
    (
        "conv-spreadsheet",
        [
            (U, "Sailcloth is £23.80 a metre and a mainsail takes 14.5 metres. Cost?"),
            (A, f"The cloth comes to {money(dec('23.80') * dec('14.5'))}."),
            (U, "Can you give me that as a spreadsheet formula I can reuse?"),
        ],
        "a spreadsheet formula for an earlier calculation",
    ),
    (
        "conv-reference",
        [
            (U, "The mainsail luff is 31 ft 6 in and the foot is 11 ft 2 in."),
            (A, "Thanks - what would you like to do with those?"),
            (U, "Convert the second one to metres."),
        ],
        "refers to a figure in an earlier turn",
    ),
    (
        "conv-dateformat",
        [
            (U, "Write dates the old-fashioned way in words, like 'the fourth of July'."),
            (A, "Will do."),
            (U, "What date is 28 days after 30 July 2027?"),
        ],
        "date wording fixed in an earlier turn",
    ),
    (
        "conv-precision",
        [
            (U, "Only give me whole numbers for conversions, no decimals at all."),
            (A, "Understood, whole numbers only."),
            (U, "14.5 kg in pounds?"),
        ],
        "rounding fixed in an earlier turn",
    ),
    (
        "conv-fractions",
        [
            (
                U,
                "I'm a joiner - give inches as fractions to the nearest sixteenth, never decimals.",
            ),
            (A, "Got it, sixteenths of an inch."),
            (U, "What's 190 mm in inches?"),
        ],
        "fractional-inch notation fixed in an earlier turn",
    ),
    (
        "conv-currency",
        [
            (U, "We're starting to sell in France, so everything needs pricing in euros."),
            (A, "Noted - euro prices from now on."),
            (U, "So what's the £14.50 candle in euros?"),
        ],
        "needs an exchange rate; currency fixed earlier",
    ),
    (
        "conv-tone",
        [
            (U, "My son's seven and reading along, so explain things so he can follow."),
            (A, "Okay! I'll keep it simple and friendly."),
            (U, "How many minutes is it from 22:00 to 01:30?"),
        ],
        "an explanation for a child was asked for earlier",
    ),
    (
        "conv-working",
        [
            (U, "I have to copy your working into my notebook, so show every step."),
            (A, "Sure - I'll set out each step."),
            (U, "What's 412 times 18 times 13?"),
        ],
        "step-by-step working was asked for earlier",
    ),
    (
        "conv-hypothetical",
        [
            (U, "Imagine a calendar where every month has exactly 30 days."),
            (A, "OK - a 360-day year of twelve 30-day months."),
            (U, "How many days from 3 February to 3 May?"),
        ],
        "a hypothetical calendar set up earlier",
    ),
    (
        "conv-definition",
        [
            (U, "In our kitchen 'a cup' always means 250 ml."),
            (A, "Noted - a cup is 250 ml for you."),
            (U, "So how many cups are in 1.5 litres?"),
        ],
        "a unit defined in an earlier turn (and cups are contested)",
    ),
    (
        "conv-rewrite",
        [
            (
                U,
                (
                    "Write a reminder for a client whose next sweep is due 180 days after "
                    "4 October 2027."
                ),
            ),
            (A, f"Hello! Your next chimney sweep is due on {sayw(_SWEEP_DUE)}. Give us a ring."),
            (U, "Make it shorter and a bit warmer."),
        ],
        "a rewrite of an earlier reply",
    ),
    (
        "conv-accumulate",
        [
            (U, "I'll give you three numbers one at a time; add them up at the end. First: 1,250."),
            (A, "Got it: 1,250."),
            (U, "Second: 3,875."),
            (A, "Got it: 3,875."),
            (U, "Third is 942 - so what's the total?"),
        ],
        "the figures are spread over earlier turns",
    ),
)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES, len(CONVS)

# set 44's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _reg in REGISTERS:
    _tools = {i["label"] for i in _pos if i["family"] == _reg}
    assert len(_tools) == 3, _reg
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _word = sum(1 for i in _pos if i["label"] == _label and i["family"] != P)
    assert _word == 31, (_label, _word)
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
    # no register (family name) of this set is a family name of sets 19 to 43
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 43: {reused}"
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
