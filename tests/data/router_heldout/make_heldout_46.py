r"""Generate heldout-2027-01-18.jsonl: a forty-sixth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_45.py, by `sed -n`: lines 1-366
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 626-686 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 774-850 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1065-1072 (its negatives section
header, neg() and conv()) and 1959-2183 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (2183 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges),
not README.md and not pyproject.toml (ruff's line length of 100 was taken from the brief). The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-45) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l` and `grep -n` above; the views of the allowed ranges (lines 1-366
alone, 626-686, 774-850 and 1065-1072 together with `echo` separators, 1959-2183 alone); then, in
one command, `mkdir -p` of /tmp/h46/blocks and /work/sealed46, `sed -n` copies of the same five
allowed ranges into block files under /tmp/h46/blocks/, a `grep -n` for the `from __future__` line
in the first copy (it printed only that line, 220) and a stdin `python` script that printed, for
three pairs of dates used below, their day difference modulo 7 and their weekdays (to choose
whole-week spans); a small Python script (/tmp/h46/subst.py, written by a `cat` heredoc) that cut
the first copy from its `from __future__` line to P = "plain" and substituted this set's OUT,
PREFIX, EARLIER_DIR test (make_heldout_45.py), EARLIER (sets 1-45, `range(2, 46)`) and
REGISTER_CHECK (sets 19-45, adding make_heldout_45.py), and "sets 19 to 44" -> "sets 19 to 45" in
one comment and one message string of main() (it asserted that each substitution applied once, the
last twice, and printed "ok" for each), after which it deleted the first raw copy (the one with set
45's docstring); a `grep -n` of the substituted blocks for "44", "45", "43" and "19 to"; `cat`
heredocs that wrote this set's own blocks under /tmp/h46/own/ (registers and calculator items, unit
items, date items, ordinary negatives, near-positive negatives, and the conversations with money(),
approx(), their values and this set's own structural asserts), plus a one-line docstring
placeholder; an assembly script /tmp/h46/assemble.py that builds this file by concatenating the
docstring block and the blocks and prints its line count; a helper /tmp/h46/run.sh that runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`
and `.venv/bin/ruff check --no-cache` on this file (stopping if one fails), then this generator
from /tmp (passing on any arguments), writing its output to /tmp/h46/out.txt, of which it prints
the `tail -5` (family counts only) and the exit code; edits of own blocks by `sed -i` (each
followed by a `grep -n` or `grep -c`), by stdin `python` scripts and by the scripts
/tmp/h46/replace7.py, /tmp/h46/reword1.py and /tmp/h46/reword2.py (the changes are listed below);
`grep -E` of out.txt for the summary lines; this generator once with --show, filtered by `grep` for
the ids and laid out by `column -t`; `/work/main/.venv/bin/python -c` checks of line lengths in
this file and `wc -l` of it. This docstring was written last over the placeholder (its source text,
/tmp/h46/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h46/doc/make_doc.py, which uses textwrap and asserts that the words are unchanged), followed
by run.sh, the line-length check, two runs of this file with --digest (one with PYTHONHASHSEED=7)
and `sha256sum` of the JSONL; finally `ls -la /work/sealed46` and `rm -rf /tmp/h46`. Writes:
/work/sealed46/ was created for this file and its JSONL; temporary blocks, scripts and output under
/tmp/h46/ were deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 45's main() and checks: only the substitutions listed above (file names, sets 1-45
for the duplicate check, sets 19-45 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 45's as printed; ruff format may have changed layout only. All
of set 45's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(not used by this set's items), say() and sayw() (a date written out with its computed weekday, so
every weekday stated next to a date in a query or turn is computed, not typed) and SQFT/SQYD/CUFT.
Added, newly written: MM, CM, KM, G, LITRE, HECTARE, CUIN and HOUR (with an assert), the register
constants and the REGISTERS tuple (sorted, asserted distinct), the ORDINARY, NEAR and CONVS tables,
money() and approx() (figures stated in assistant turns are computed, with an assert), the
_SHOPFRONT text whose letters are counted for a sign_writer_studio price, the _KMS, _BRAID,
_KILN_SHARE, _PAY, _STONE_KG, _TURKEY, _DAYS_TO_SHOW, _FIRE_F, _MIB and _TILL values used in
assistant turns, and this set's own asserts: the ORDINARY negatives are keyed by exactly the
REGISTERS, four each; NEAR has 65 entries and CONVS 35; the positive registers are exactly the
REGISTERS; 193 items lie in the registers (25 x 3 positives, 18 second positives, 100 negatives),
31 word problems per tool; every negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 45's docstring and the brief on purpose
(plain one-liners of common operations; near-positive and conversation categories as the brief and
set 45's docstring list them), and the helpers, unit factors and checks are set 45's, copied (P =
"plain" is copied too, as the last line of the first block). Set 45's docstring (within lines
1-366) names its 25 registers, eight renamed registers of set 44, its provenance and the generic
kinds of its reworded items, which were therefore seen; none of those names or topics is used here
as a register, and some plain one-liners, near-positives and conversations here are of those same
generic kinds, newly worded. Like set 45, this set has no algebra or calculus question (symbolic
math with one right answer is a tool question, so none is labelled negative; the only proof asked
for is a written proof). Unlike set 45, a few near-positives depend on the current date (today's
date, the weekday today, days until an event, an age today) and two concern Easter; they are
negatives, with no "now" field. The `grep -n` printed no docstring, query or constant line: only
def lines and section headers with their line numbers (it showed that set 45 has money() and
approx() at lines 1578 and 1585, which were not opened; this set's money() and approx() are newly
written). At the edges of the allowed ranges: line 366 is P = "plain", 626, 774 and 1065 are
section headers, 686 is a blank line after unit_r(), 850 is the assert after sayw(), 1072 is the
last line of conv(), 1959 is the comment above the stated-weekday pattern and 2183 is the call of
main(). No query text of any earlier set was seen. Every query here was newly written from
imagination of each trade or situation. Registers of sets 1 to 18 are not known here, so an overlap
in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled
out by main(), and main() asserts that no register is a family name of sets 19 to 45 (the
near-.../conv-... families are not registers and may coincide with earlier family names).

Register check: main()'s register assertion failed once, on the first run that reached it (ruff had
passed): seven first-chosen registers were already family names of sets 19 to 45:
bell_ringing_tower_captain, cricket_club_tea_rota, longcase_clock_restorer,
model_railway_exhibition, pottery_kiln_coop, tree_surgery_crew and wedding_cake_studio. Because
those topics had evidently been used before, they were not renamed but dropped:
/tmp/h46/replace7.py removed their 25 positives (three each, plus second positives of three of
them) and their seven ORDINARY entries and replaced their seven constants by new registers with new
topics (hedgelaying_contractor_diary, crazy_golf_seafront_kiosk, saddlery_repair_bench,
sea_kayak_guide_base, dry_stone_waller_gang, christmas_tree_plantation_yard,
ice_cream_van_summer_round); a `sed -i` deleted six date constants left unused; a `cat` heredoc
wrote the 25 new positives of the new registers (added as one block after the date items) and a
second one their ORDINARY entries, which a stdin `python` script merged into the ordinary-negatives
block (as ORDINARY.update) and added to the assembly. Some conversations (a wardrobe braid bill, a
kiln shelf share) keep settings of dropped registers; conversations are not registers. The next run
passed the register check.

Other failed checks and edits: before the first run, a `sed -i` changed one near-positive from a
month after the 30th to a month after the 31st of a month (the first version had one right answer),
and a stdin `python` script replaced an awkward first version of money()'s return line. After the
register change, the next run failed the contested-unit check on a crazy_golf_seafront_kiosk unit
word problem (the word "cup" in a golf phrase), reworded by a `sed -i`. The next run failed
main()'s duplicate check, which reported 28 items by id; they were reworded by reword1.py without
the earlier queries being looked at: one plain calculator one-liner (a power; new figures), four
plain unit one-liners (feet and inches to centimetres, Fahrenheit to Celsius, psi to bar, stones
and pounds to kilograms; new figures), one plain date one-liner (a weekday; new year), one unit
word problem of allotment_society_trading_hut (a plot area; new wording and figure), sixteen
near-positives (an all-numeric date range, a code request, two contested kitchen units, two Easter
questions, two explanations, two world facts, a proof, a time zone, three questions needing today's
date and a working-days question; new wording, subjects or figures) and five conversations
(explaining MiB, a weekday follow-up, a number-words notation, a table format and a county-show day
count; new wording or figures of their user turns). The next run failed the duplicate check on 4
items, reworded by reword2.py (a plain feet-and-inches conversion, a cup conversion, a mountain
height and a days-until question; new figures or subjects). The next run passed every check.

Registers (families), 25, new: allotment_society_trading_hut, amateur_dramatics_wardrobe_dept,
bike_courier_dispatch_desk, bonsai_nursery_glasshouse, christmas_tree_plantation_yard,
community_radio_station_rota, crazy_golf_seafront_kiosk, dive_centre_air_station,
dog_grooming_van_round, dry_stone_waller_gang, falconry_display_team, farm_shop_butcher_counter,
glamping_pod_site_office, hedgelaying_contractor_diary, hot_air_balloon_crew,
ice_cream_van_summer_round, lifeguard_pool_rota, saddlery_repair_bench, school_minibus_office,
sea_kayak_guide_base, sign_writer_studio, tattoo_studio_front_desk, tidal_causeway_cafe,
upholstery_workshop_bench, vet_large_animal_rounds. Every register is used by all three tools
(asserted); eighteen registers have a further positive (a second calculator word problem:
allotment_society_trading_hut, dive_centre_air_station, glamping_pod_site_office,
ice_cream_van_summer_round, sea_kayak_guide_base, tattoo_studio_front_desk; a second unit word
problem: bike_courier_dispatch_desk, christmas_tree_plantation_yard, dive_centre_air_station,
farm_shop_butcher_counter, hot_air_balloon_crew, upholstery_workshop_bench; a second date word
problem: glamping_pod_site_office, hot_air_balloon_crew, ice_cream_van_summer_round,
school_minibus_office, tattoo_studio_front_desk, vet_large_animal_rounds). Positives are one-liners
(family "plain") or word problems of one to three sentences, mostly in UK usage with £ and pence,
some chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a density,
a contested unit (pint, cup, ton, gallon, mpg, tablespoon, horsepower), today's date or an age
today without a stated today, Easter, time zones, working days, bank holidays, tax or VAT rules,
world, animal, nutrition or science facts, judgements and opinions, a forecast, size charts,
dosing, lottery odds, estimates, missing numbers or a missing recipe, a number with no unit, month
arithmetic from the 31st, all-numeric dates of unstated order, code or spreadsheet formulas,
explanations, another language, the history of a numeral form, a written proof, writing tasks,
school term dates; or, in conversations, a persona / language / rounding / notation / number base /
numeral system / date wording / verse form / output format / target unit fixed in an earlier turn,
a made-up calendar, a unit or value defined earlier, a follow-up, correction, summary or rewrite of
earlier turns, figures spread over earlier turns, a judgement about earlier figures, or an
explanation of an earlier answer. The ordinary negatives ask for advice, explanations, judgements,
rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 45: US vs imperial pints /
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
conversion factors (sources as in set 45):
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

Run: python3 make_heldout_46.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-18.jsonl"
PREFIX = "ho46-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_45.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 46))
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


# =========================================================================== registers (set 46)
R_AMDRAM = "amateur_dramatics_wardrobe_dept"
R_HEDGE = "hedgelaying_contractor_diary"
R_BONSAI = "bonsai_nursery_glasshouse"
R_GOLF = "crazy_golf_seafront_kiosk"
R_DIVE = "dive_centre_air_station"
R_GROOM = "dog_grooming_van_round"
R_FALCON = "falconry_display_team"
R_BUTCHER = "farm_shop_butcher_counter"
R_GLAMP = "glamping_pod_site_office"
R_BALLOON = "hot_air_balloon_crew"
R_POOL = "lifeguard_pool_rota"
R_SADDLE = "saddlery_repair_bench"
R_KAYAK = "sea_kayak_guide_base"
R_WALLER = "dry_stone_waller_gang"
R_RADIO = "community_radio_station_rota"
R_MINIBUS = "school_minibus_office"
R_SIGNS = "sign_writer_studio"
R_TATTOO = "tattoo_studio_front_desk"
R_XMAS = "christmas_tree_plantation_yard"
R_UPHOL = "upholstery_workshop_bench"
R_VET = "vet_large_animal_rounds"
R_ICE = "ice_cream_van_summer_round"
R_ALLOT = "allotment_society_trading_hut"
R_CAUSEWAY = "tidal_causeway_cafe"
R_COURIER = "bike_courier_dispatch_desk"
REGISTERS = tuple(
    sorted(
        (
            R_AMDRAM,
            R_HEDGE,
            R_BONSAI,
            R_GOLF,
            R_DIVE,
            R_GROOM,
            R_FALCON,
            R_BUTCHER,
            R_GLAMP,
            R_BALLOON,
            R_POOL,
            R_SADDLE,
            R_KAYAK,
            R_WALLER,
            R_RADIO,
            R_MINIBUS,
            R_SIGNS,
            R_TATTOO,
            R_XMAS,
            R_UPHOL,
            R_VET,
            R_ICE,
            R_ALLOT,
            R_CAUSEWAY,
            R_COURIER,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# plain calculator one-liners
calc(P, "What's 17.5% of 2,480?", pct("17.5") * 2480)
calc(P, "847 x 36", 847 * 36)
calc(P, "divide 9,315 by 27", F(9315, 27))
calc(P, "what is 3 to the power of 9", 3**9)
calc(P, "What is the square root of 5,776?", math.isqrt(5776))
calc(P, "1,204.56 + 389.9 - 77.06 = ?", dec("1204.56") + dec("389.9") - dec("77.06"))
calc(P, "how much is £68 with 15% off", 68 * (1 - pct(15)))
calc(P, "Increase 240 by 35%.", 240 * (1 + pct(35)))
calc(P, "what's seven eighths of 920", F(7, 8) * 920)
calc(P, "(46 + 19) × 12 − 155", (46 + 19) * 12 - 155)
calc(P, "Mean of 14, 22, 37 and 41?", F(14 + 22 + 37 + 41, 4))
calc(P, "0.6 times 0.45", dec("0.6") * dec("0.45"))
calc(P, "one million divided by 64", F(10**6, 64))
calc(
    P,
    "£90 includes VAT at 20%. What was the price before the VAT was added?",
    90 / (1 + pct(20)),
)
assert math.isqrt(5776) ** 2 == 5776

# register word problems, calculator
calc(
    R_AMDRAM,
    "Our wardrobe team is trimming 14 panto costumes, each needing 2.5 metres of gold braid, "
    "and the braid costs £1.60 a metre. What's the braid bill?",
    14 * dec("2.5") * dec("1.60"),
)
calc(
    R_BONSAI,
    "bought 30 juniper pre-bonsai at £4.20 each and sold every one at £9.75. gross profit?",
    30 * (dec("9.75") - dec("4.20")),
)
calc(
    R_DIVE,
    "Air fills are £6 each, or £48 for a card of 10. I did 23 fills over the season using two "
    "cards and paid singly for the rest. What did I spend on air?",
    2 * 48 + (23 - 20) * 6,
)
calc(
    R_GROOM,
    "Thursday's round on the grooming van: 9 dogs at £38 each, then £27 of diesel and £14 of "
    "shampoo came out of it. What did I clear?",
    9 * 38 - 27 - 14,
)
calc(
    R_FALCON,
    "The county show booked our falconry display at £650 plus 20% VAT, and also pays travel "
    "of 84 miles at 45p a mile with no VAT on the travel. What's the whole invoice?",
    650 * (1 + pct(20)) + 84 * dec("0.45"),
)
calc(
    R_BUTCHER,
    "Customer at the counter takes 3.2 kg of braising steak at £14.50 a kilo and a £6.75 pack "
    "of sausages. What's her total?",
    dec("3.2") * dec("14.50") + dec("6.75"),
)
calc(
    R_GLAMP,
    "A pod is £85 a night. A guest booked 4 nights and gets 15% off the whole stay for "
    "midweek. What do they pay?",
    4 * 85 * (1 - pct(15)),
)
calc(
    R_BALLOON,
    "We sold 16 balloon flight tickets at £189 each, and 3 of those passengers were refunded "
    "in full after a weather cancellation. How much ticket money do we keep?",
    (16 - 3) * 189,
)
calc(
    R_POOL,
    "Lifeguarding pays £12.80 an hour and I worked 7 shifts of 4.5 hours. What's my gross pay?",
    7 * dec("4.5") * dec("12.80"),
)
calc(
    R_RADIO,
    "our radiothon raised £2,340 against a target of £3,600. what percentage of the target "
    "is that?",
    F(2340, 3600) * 100,
)
calc(
    R_MINIBUS,
    "The school minibus covers 28 miles a day and fuel works out at 19p per mile. What's the "
    "fuel cost over 190 school days?",
    28 * dec("0.19") * 190,
)
_SHOPFRONT = "HARGREAVES & SONS BUTCHERS"
calc(
    R_SIGNS,
    f"Gilded lettering is £3.75 a letter. The fascia reads '{_SHOPFRONT}' and I charge for "
    "letters only, not the ampersand or the spaces. What's the price?",
    sum(c.isalpha() for c in _SHOPFRONT) * dec("3.75"),
)
calc(
    R_TATTOO,
    "The artist charges £110 an hour and estimates 3 hours 45 minutes for my sleeve panel. "
    "I've already paid a £60 deposit. What's left to pay?",
    110 * (3 + F(45, 60)) - 60,
)
calc(
    R_UPHOL,
    "Re-covering a chesterfield takes 11.5 metres of velvet at £28 a metre plus £260 of "
    "labour. What should the quote be?",
    dec("11.5") * 28 + 260,
)
calc(
    R_VET,
    "A farm visit for TB testing is £68 call-out plus £4.25 per animal, and there are 46 "
    "cows. What's the bill?",
    68 + dec("4.25") * 46,
)
calc(
    R_ALLOT,
    "Seed potatoes in the trading hut are £1.90 a kilo. A member takes 7.5 kg and hands over "
    "a £20 note. How much change?",
    20 - dec("7.5") * dec("1.90"),
)
calc(
    R_CAUSEWAY,
    "The café took £1,284.60 on Saturday and £967.40 on Sunday. What's the weekend's takings?",
    dec("1284.60") + dec("967.40"),
)
calc(
    R_COURIER,
    "Riders are paid £4.10 per drop plus 35p per mile. One rider did 37 drops and 62 miles "
    "on Friday. What did they earn?",
    37 * dec("4.10") + 62 * dec("0.35"),
)
# second calculator word problems
calc(
    R_GLAMP,
    "We have 6 pods and sold 783 pod-nights across the 180-night season. What was the "
    "occupancy as a percentage?",
    F(783, 6 * 180) * 100,
)
calc(
    R_TATTOO,
    "Artists keep 60% of each booking and the studio keeps the rest. On a £275 piece, how "
    "much does the studio keep?",
    275 * (1 - pct(60)),
)
calc(
    R_DIVE,
    "Nitrox fills are £9.50 each and I've a £100 voucher. After 8 nitrox fills, what's left "
    "on the voucher?",
    100 - 8 * dec("9.50"),
)
calc(
    R_ALLOT,
    "The society has 64 plots: 48 full plots rented at £42 each and the rest half plots at "
    "£24 each. What's the total rent?",
    48 * 42 + (64 - 48) * 24,
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
CUIN = IN**3  # m^3
HOUR = 3600  # s
assert CUIN * 10**6 == dec("16.387064") and KMH * HOUR == KM

# plain unit one-liners
unit(P, "how tall is 6 ft 2 in in cm", (6 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "72 kg in pounds?", 72 / LB)
unit(P, "What is -10 °C in Fahrenheit?", c_to_f(-10), EXACT)
unit(P, "convert 104 F to C", f_to_c(104), EXACT)
unit_r(P, "15 miles in kilometres", 15 * MI / KM)
unit_r(P, "How many ounces is 500 g?", 500 * G / OZ)
unit(P, "3.5 GiB to MiB", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "2 acres in square metres?", 2 * ACRE)
unit_r(P, "what's 100 km/h in mph", 100 * KMH / MPH)
unit_r(P, "What's 36 psi in bar?", 36 * PSI / BAR)
unit_r(P, "13 st 9 lb in kilos", (13 * STONE + 9 * LB))
unit_r(P, "how many cubic inches in 5 litres", 5 * LITRE / CUIN)
unit_r(P, "1,000 sq ft in square metres", 1000 * SQFT)
unit(P, "How many seconds are there in 3.25 hours?", dec("3.25") * HOUR, EXACT)

# register word problems, units
unit(
    R_AMDRAM,
    "The costume pattern gives the actor's inside leg as 31 inches. What's that in centimetres?",
    31 * IN / CM,
    EXACT,
)
unit(
    R_BONSAI,
    "The glasshouse heater keeps the junipers at 7 °C overnight. What is that in Fahrenheit?",
    c_to_f(7),
    EXACT,
)
unit_r(R_DIVE, "My cylinder is filled to 200 bar. What's that in psi?", 200 * BAR / PSI)
unit_r(
    R_GROOM,
    "The Newfoundland I groom weighed 68 kg on the vet's scales. How many stone is that?",
    68 / STONE,
)
unit_r(
    R_FALCON,
    "For the commentary: a peregrine's stoop has been clocked at 240 mph. What's that in km/h?",
    240 * MPH / KMH,
)
unit_r(R_BUTCHER, "Someone wants a 3 lb pork joint. How many kilograms is that?", 3 * LB)
unit_r(
    R_GLAMP, "Our pod field is 2.4 hectares. How many acres is that?", dec("2.4") * HECTARE / ACRE
)
unit(
    R_BALLOON,
    "Air traffic cleared us to 3,000 feet. How many metres is that?",
    3000 * FT,
    EXACT,
)
unit(
    R_POOL,
    "The pool is 25 metres long and a swimmer did 64 lengths. How many kilometres is that?",
    25 * 64 / KM,
    EXACT,
)
unit_r(
    R_RADIO,
    "The archive of Sunday's show is 850 MiB. How many GiB is that?",
    850 * MIB / GIB,
)
unit_r(R_MINIBUS, "The minibus route is 46 km each way. How many miles each way?", 46 * KM / MI)
unit_r(
    R_SIGNS,
    "The fascia board is 18 ft 6 in wide. What's that in metres?",
    18 * FT + 6 * IN,
)
unit(
    R_TATTOO,
    "The client wants the design 7 inches tall. How many centimetres is that?",
    7 * IN / CM,
    EXACT,
)
unit(
    R_UPHOL,
    "The armchair seat is 22 inches deep. How many millimetres is that?",
    22 * IN / MM,
    EXACT,
)
unit_r(R_VET, "A newborn calf weighed 40 kg. How many pounds is that?", 40 / LB)
unit_r(
    R_ALLOT,
    "Our half plots are 125 square metres each. What is one in square feet?",
    125 / SQFT,
)
unit_r(
    R_CAUSEWAY,
    "The causeway is 1.2 miles long. How many kilometres is that?",
    dec("1.2") * MI / KM,
)
unit_r(R_COURIER, "my average on the flat is 38 km/h. what's that in mph?", 38 * KMH / MPH)
# second unit word problems
unit_r(
    R_BALLOON,
    "Our envelope holds 77,000 cubic feet of air. How many cubic metres is that?",
    77000 * CUFT,
)
unit(R_DIVE, "The lake was 59 °F at depth. What's that in Celsius?", f_to_c(59), EXACT)
unit_r(R_BUTCHER, "A customer's ordered a 22 lb turkey. How many kg is that?", 22 * LB)
unit(
    R_UPHOL,
    "The seat foam is 2 inches thick. What's that in millimetres?",
    2 * IN / MM,
    EXACT,
)
unit_r(
    R_COURIER,
    "The charity ride route is 26.2 miles. How far is that in kilometres?",
    dec("26.2") * MI / KM,
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


# plain date one-liners
date_item(P, f"Which day of the week is {say(D(2031, 1, 1))}?", weekday(D(2031, 1, 1)))
date_item(P, f"what date is 100 days after {say(D(2027, 3, 3))}", D(2027, 3, 3) + TD(100))
date_item(
    P,
    f"How many days are there from {say(D(2027, 6, 1))} to {say(D(2027, 12, 25))}?",
    days(D(2027, 6, 1), D(2027, 12, 25)),
)
date_item(P, f"9 weeks before {say(D(2027, 11, 20))} is what date?", D(2027, 11, 20) - TD(63))
date_item(P, f"Which weekday is {say(D(2028, 2, 29))}?", weekday(D(2028, 2, 29)))
date_item(
    P, "What's the date of the third Thursday in November 2027?", nth_weekday(2027, 11, THU, 3)
)
date_item(
    P,
    f"How many weeks from {say(D(2027, 1, 4))} to {say(D(2027, 12, 27))}?",
    weeks(D(2027, 1, 4), D(2027, 12, 27)),
)
date_item(
    P,
    f"How old, in whole years, is someone born on {say(D(1990, 8, 12))} on {say(D(2027, 8, 1))}?",
    age(D(1990, 8, 12), D(2027, 8, 1)),
)
date_item(P, f"500 days after {say(D(2027, 5, 15))}?", D(2027, 5, 15) + TD(500))
date_item(P, "How many hours from 08:45 to 17:15?", clock_span("08:45", "17:15", 3600))
date_item(P, f"What's the date 45 days before {say(D(2027, 4, 10))}?", D(2027, 4, 10) - TD(45))
date_item(P, f"day of the week for {say(D(2029, 12, 25))}", weekday(D(2029, 12, 25)))
date_item(
    P,
    f"How many days from {say(D(2027, 1, 1))} to {say(D(2028, 1, 1))}?",
    days(D(2027, 1, 1), D(2028, 1, 1)),
)
date_item(
    P,
    "How many minutes is it from 23:10 to 01:25 the next morning?",
    clock_span("23:10", "01:25", 60),
)

# register word problems, dates
_DRESS = D(2027, 3, 17)
date_item(
    R_AMDRAM,
    f"The dress rehearsal is on {say(_DRESS)}. What day of the week is that?",
    weekday(_DRESS),
)
_REPOT = D(2027, 3, 12)
date_item(
    R_BONSAI,
    f"I repotted the trident maple on {say(_REPOT)} and won't feed it for 10 weeks. What date "
    "can I start feeding?",
    _REPOT + TD(weeks=10),
)
date_item(
    R_DIVE,
    "The night dive briefing starts at 19:45 and we're back on the boat at 22:10. How many "
    "minutes is that?",
    clock_span("19:45", "22:10", 60),
)
_POODLE = D(2027, 1, 28)
date_item(
    R_GROOM,
    f"The poodle was groomed on {sayw(_POODLE)} and is booked every 6 weeks. What date is the "
    "next groom?",
    _POODLE + TD(weeks=6),
)
_HATCH, _SHOW = D(2025, 5, 9), D(2027, 5, 8)
date_item(
    R_FALCON,
    f"Our Harris hawk hatched on {say(_HATCH)}. How old is she in whole years on {say(_SHOW)}?",
    age(_HATCH, _SHOW),
)
_HUNG = D(2027, 1, 11)
date_item(
    R_BUTCHER,
    f"The beef went in the hanging room on {say(_HUNG)} for 28 days. What date does it come out?",
    _HUNG + TD(28),
)
_IN, _OUT = D(2027, 7, 23), D(2027, 8, 2)
date_item(
    R_GLAMP,
    f"A guest checks in on {sayw(_IN)} and checks out on {sayw(_OUT)}. How many nights is that?",
    days(_IN, _OUT),
)
date_item(
    R_BALLOON,
    "Our balloon fiesta is always the second Saturday of June. What date is that in 2027?",
    nth_weekday(2027, 6, SAT, 2),
)
_AWARD = D(2025, 4, 14)
date_item(
    R_POOL,
    f"My pool lifeguard award was issued on {say(_AWARD)} and lapses 104 weeks after that. "
    "What date does it lapse?",
    _AWARD + TD(weeks=104),
)
_FIRST_SHOW, _ANNIV = D(2019, 9, 2), D(2027, 9, 6)
date_item(
    R_RADIO,
    f"Our breakfast show first went out on {sayw(_FIRST_SHOW)}. How many weeks after that is "
    f"{sayw(_ANNIV)}?",
    weeks(_FIRST_SHOW, _ANNIV),
)
_MOT = D(2027, 5, 19)
date_item(
    R_MINIBUS,
    f"The minibus MOT is booked for {say(_MOT)}. What day of the week is that?",
    weekday(_MOT),
)
_SIGN = D(2027, 3, 1)
date_item(
    R_SIGNS,
    f"I started the pub sign on {sayw(_SIGN)} and promised it 19 days after that. What date "
    "did I promise?",
    _SIGN + TD(19),
)
_CLIENT_BORN, _APPT = D(2009, 2, 20), D(2027, 2, 19)
date_item(
    R_TATTOO,
    f"A client was born on {say(_CLIENT_BORN)} and booked for {say(_APPT)}. How old are they in "
    "whole years on the appointment date?",
    age(_CLIENT_BORN, _APPT),
)
_FABRIC = D(2027, 2, 8)
date_item(
    R_UPHOL,
    f"Fabric ordered on {sayw(_FABRIC)} has a 23-day lead time. On what date should it arrive?",
    _FABRIC + TD(23),
)
_TUPPED = D(2026, 10, 14)
date_item(
    R_VET,
    f"A ewe was tupped on {say(_TUPPED)}. What date is 147 days after that?",
    _TUPPED + TD(147),
)
date_item(
    R_ALLOT,
    "The society AGM is the first Sunday in March. What's the date of it in 2027?",
    nth_weekday(2027, 3, SUN, 1),
)
date_item(
    R_CAUSEWAY,
    "The safe crossing window opens at 10:40 and closes at 15:05. How many minutes is it?",
    clock_span("10:40", "15:05", 60),
)
_C1, _C2 = D(2027, 1, 18), D(2027, 4, 30)
date_item(
    R_COURIER,
    f"Our contract runs from {say(_C1)} to {say(_C2)}. How many days is it from the first date "
    "to the second?",
    days(_C1, _C2),
)
# second date word problems
date_item(
    R_GLAMP,
    "Site closes for the season on the last Friday of August. Which date is that in 2027?",
    nth_weekday(2027, 8, FRI, -1),
)
_TB1, _TB2 = D(2027, 1, 5), D(2027, 3, 16)
date_item(
    R_VET,
    f"First TB test was {sayw(_TB1)}, the retest is {sayw(_TB2)}. How many weeks apart are they?",
    weeks(_TB1, _TB2),
)
date_item(
    R_BALLOON,
    "Dawn flight: we inflate at 05:50 and the basket lands at 08:20. How many hours is that?",
    clock_span("05:50", "08:20", 3600),
)
_INKED = D(2027, 8, 30)
date_item(
    R_TATTOO,
    f"Tattooed on {sayw(_INKED)}, and no swimming for 21 days after. What date is 21 days after?",
    _INKED + TD(21),
)
_DRIVER_BORN, _RENEW = D(1957, 3, 3), D(2027, 3, 3)
date_item(
    R_MINIBUS,
    f"One of our drivers was born on {say(_DRIVER_BORN)}. How old is he on {say(_RENEW)}, in "
    "whole years?",
    age(_DRIVER_BORN, _RENEW),
)


# the seven registers written after the register check (see the docstring)
calc(
    R_HEDGE,
    "Laying 180 metres of overgrown hawthorn at £14.50 a metre, plus £85 for stakes and "
    "binders. What's the quote?",
    180 * dec("14.50") + 85,
)
unit(
    R_HEDGE,
    "The boundary hedge runs 240 yards. How many metres is that?",
    240 * YD,
    EXACT,
)
_HEDGE_START, _HEDGE_END = D(2027, 1, 25), D(2027, 3, 31)
date_item(
    R_HEDGE,
    f"I start the Ashcombe hedge on {sayw(_HEDGE_START)} and the season ends on "
    f"{say(_HEDGE_END)}. How many days after the start is the season's end?",
    days(_HEDGE_START, _HEDGE_END),
)
calc(
    R_GOLF,
    "Crazy golf is £6.50 for adults and £4.75 for kids. Two adults and three kids play and "
    "hand over a £5-off voucher. What do they pay?",
    2 * dec("6.50") + 3 * dec("4.75") - 5,
)
unit_r(R_GOLF, "Our longest hole is 42 feet from tee to hole. How many metres is that?", 42 * FT)
date_item(
    R_GOLF,
    "The kiosk reopens on the first Saturday of April. Which date is that in 2027?",
    nth_weekday(2027, 4, SAT, 1),
)
calc(
    R_SADDLE,
    "Restitching a girth is £18, new billets are £12 a pair and it needs 2 pairs, and a full "
    "saddle clean is £35. What's the bill?",
    18 + 2 * 12 + 35,
)
unit(
    R_SADDLE,
    "The saddle's seat size is 17.5 inches. What is that in centimetres?",
    dec("17.5") * IN / CM,
    EXACT,
)
_BRIDLE = D(2027, 4, 9)
date_item(
    R_SADDLE,
    f"A bridle came in on {sayw(_BRIDLE)} and I promised it back 12 days after that. What date "
    "is that?",
    _BRIDLE + TD(12),
)
calc(
    R_KAYAK,
    "Guided sea kayak trips are £55 a head. We took out 3 groups of 8 and one group of 5, and "
    "4 of those paddlers got £10 off for loyalty. What were the takings?",
    (3 * 8 + 5) * 55 - 4 * 10,
)
calc(
    R_KAYAK,
    "We have 24 kayaks and 18 were out at high tide. What percentage of the fleet was out?",
    F(18, 24) * 100,
)
unit_r(
    R_KAYAK, "The crossing to the island is 5.6 km. How many miles is that?", dec("5.6") * KM / MI
)
date_item(
    R_KAYAK,
    "The sunset paddle launches at 18:35 and lands at 21:05. How many hours on the water?",
    clock_span("18:35", "21:05", 3600),
)
calc(
    R_WALLER,
    "We price walling at £95 per square metre of face. The gap is 14 metres long and 1.2 "
    "metres high. What's the quote?",
    14 * dec("1.2") * 95,
)
unit(
    R_WALLER,
    "The old field wall is 1,100 yards long. What's that in metres?",
    1100 * YD,
    EXACT,
)
_WALL_A, _WALL_B = D(2027, 5, 10), D(2027, 6, 21)
date_item(
    R_WALLER,
    f"We walled on the Heald Moor job from {sayw(_WALL_A)} to {sayw(_WALL_B)}. How many weeks "
    "is that?",
    weeks(_WALL_A, _WALL_B),
)
calc(
    R_XMAS,
    "Nordmann firs are priced at £9.50 per foot of height. A customer picks a 7 foot tree and "
    "a £12 stand. What's the total?",
    7 * dec("9.50") + 12,
)
unit_r(R_XMAS, "The tallest tree in the yard is 3.6 metres. What's that in feet?", dec("3.6") / FT)
unit_r(
    R_XMAS,
    "The plantation covers 18 acres. How many hectares is that?",
    18 * ACRE / HECTARE,
)
_YARD_OPEN, _EVE = D(2027, 11, 27), D(2027, 12, 24)
date_item(
    R_XMAS,
    f"The tree yard opens on {sayw(_YARD_OPEN)}. How many days after that is {say(_EVE)}?",
    days(_YARD_OPEN, _EVE),
)
calc(
    R_ICE,
    "Sold 146 cones at £2.80 and 58 lollies at £1.90 at the seafront on Sunday. What did I take?",
    146 * dec("2.80") + 58 * dec("1.90"),
)
calc(
    R_ICE,
    "A £7.20 bag of soft-serve mix makes 48 cones. What does the mix cost per cone, in pence?",
    F(720, 48),
)
unit(R_ICE, "The van's freezer is set to -18 °C. What's that in Fahrenheit?", c_to_f(-18), EXACT)
_PITCH = D(2027, 5, 1)
date_item(
    R_ICE,
    f"My pitch licence starts on {say(_PITCH)}. What day of the week is that?",
    weekday(_PITCH),
)
date_item(
    R_ICE,
    f"The renewal form has to go in 6 weeks before {sayw(_PITCH)}. What date is 6 weeks before it?",
    _PITCH - TD(weeks=6),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: advice, explanations, judgements, facts or writing in each register
ORDINARY = {
    R_AMDRAM: (
        "How do I get sweat stains out of a hired Victorian frock coat without ruining it?",
        "What sort of costume would suit the Dame in Mother Goose this year?",
        "Write a polite note asking cast members to return their costumes washed.",
        "Is it worth buying a second-hand industrial sewing machine for a small theatre group?",
    ),
    R_BONSAI: (
        "My juniper has brown tips after winter. Is it dying?",
        "What's the best soil mix for a Japanese maple bonsai in a cold glasshouse?",
        "Suggest a name for a small bonsai nursery that sounds calm but not cheesy.",
        "How do you air layer a ficus, step by step?",
    ),
    R_DIVE: (
        "How often should a dive centre compressor have its filters changed?",
        "What's the difference between nitrox and trimix, in plain English?",
        "Draft a safety briefing for customers filling their own cylinders.",
        "Is it worth getting a second compressor for a small inland dive site?",
    ),
    R_GROOM: (
        "How do I calm a nervous rescue greyhound on the grooming table?",
        "What should I charge for a hand strip compared with a clip in rural Devon?",
        "Write a Facebook post announcing that the grooming van is covering a new village.",
        "Why do doodles mat so badly behind the ears?",
    ),
    R_FALCON: (
        "What should the commentator say if a bird flies off during a display?",
        "Is a Harris hawk or a barn owl better for a first display bird?",
        "Write a two-minute script introducing a peregrine to a school audience.",
        "How do falconers weigh-manage birds before a display, and why does it matter?",
    ),
    R_BUTCHER: (
        "What's the difference between dry-aged and wet-aged beef, and is dry-aged worth it?",
        "Which cut should I suggest for someone who wants a cheap slow-cook stew?",
        "Write a chalkboard description for our home-made pork and leek sausages.",
        "How long will a vacuum-packed ham keep in the fridge?",
    ),
    R_GLAMP: (
        "How do I respond to a guest review complaining the pod was too cold?",
        "What should a glamping site include in its cancellation policy?",
        "Write a welcome message for guests arriving after dark.",
        "Are wood-burners in pods a fire risk I should worry about?",
    ),
    R_BALLOON: (
        "What weather conditions make a hot air balloon flight unsafe?",
        "How do I explain to passengers why their flight was cancelled for the fourth time?",
        "Write a safety talk for first-time balloon passengers.",
        "Why do balloons usually fly at dawn or just before dusk?",
    ),
    R_POOL: (
        "What should I do if a swimmer ignores my whistle in the deep end?",
        "Write a rota message asking someone to swap my Saturday early shift.",
        "Is it better to scan the pool in zones or sweep the whole area?",
        "How do I stay alert during a long shift on a quiet pool?",
    ),
    R_RADIO: (
        "How do I make my voice sound less nervous on air?",
        "Write a jingle script for a Sunday morning folk show.",
        "Do we need a PRS licence to play music on community radio in the UK?",
        "Suggest a phone-in topic that would get local listeners talking.",
    ),
    R_MINIBUS: (
        "What checks should a driver do before taking the school minibus out?",
        "Do teachers need a D1 entitlement to drive a school minibus?",
        "Write a letter to parents about the change to the minibus pick-up point.",
        "How should we handle a pupil who refuses to wear a seatbelt on the bus?",
    ),
    R_SIGNS: (
        "Which typeface would suit a Victorian-style pub sign?",
        "How do I stop gold leaf from looking patchy on a painted board?",
        "Write an Instagram caption for a freshly lettered fishmonger's van.",
        "Is hand lettering worth the extra cost compared with vinyl graphics?",
    ),
    R_TATTOO: (
        "What should I tell a client who wants a name tattoo of a new partner?",
        "Write our aftercare instructions in a friendly tone.",
        "Is it normal for a new tattoo to peel after a week?",
        "How do we handle a no-show who paid a deposit?",
    ),
    R_UPHOL: (
        "Should I use traditional horsehair stuffing or foam for a Victorian nursing chair?",
        "How do I explain to a customer why re-covering costs more than a new sofa?",
        "Write a product description for a reupholstered mid-century armchair.",
        "What's the best way to pattern-match a stripe across sofa cushions?",
    ),
    R_VET: (
        "What are the signs of milk fever in a dairy cow?",
        "Write a reminder letter to farmers about booking TB tests.",
        "How should I approach a farmer who's reluctant to cull a lame cow?",
        "Why do some lambs get joint ill, and how is it prevented?",
    ),
    R_ALLOT: (
        "Which potato variety is best for a first-time allotment holder?",
        "Write a notice reminding members that the trading hut opens Sunday mornings only.",
        "How do we deal politely with a plot holder who never weeds?",
        "Is it worth the society stocking organic fertiliser?",
    ),
    R_CAUSEWAY: (
        "What should the café sign say to warn visitors about the tide times?",
        "Write a menu description for our crab sandwich.",
        "How do I keep staff safe if they get cut off by the tide after closing?",
        "Is it worth opening in winter when the crossing is so short?",
    ),
    R_COURIER: (
        "How do I keep paperwork dry on a bike in heavy rain?",
        "Write a message to riders about the new route into the hospital.",
        "Is a cargo bike or an e-bike better for city centre deliveries?",
        "How should a dispatcher handle a rider who keeps taking the longest jobs?",
    ),
}
ORDINARY.update(
    {
        R_HEDGE: (
            "What's the difference between the Midland and South of England hedge laying styles?",
            "Why can't farmers cut hedges in spring and summer?",
            "Write a quote letter for laying a neglected blackthorn hedge.",
            "Is it worth entering a hedge laying competition as a beginner?",
        ),
        R_GOLF: (
            "How do I stop seagulls stealing chips from the kiosk counter?",
            "Write a cheerful sign asking players to hand back their putters and balls.",
            "What theme would make our crazy golf course stand out on the seafront?",
            "Is it worth opening the course on drizzly days?",
        ),
        R_SADDLE: (
            "How do I clean mould off an old leather saddle without drying it out?",
            "Can a cracked saddle tree be repaired or should the saddle be scrapped?",
            "Write a leaflet explaining why saddles need regular fit checks.",
            "Which thread is best for hand-stitching stirrup leathers?",
        ),
        R_KAYAK: (
            "What should I do if a client capsizes and panics in cold water?",
            "Write a beginners' briefing about tides and wind for a coastal paddle.",
            "Is a sit-on-top or a sit-in kayak better for guided coastal trips?",
            "How do I judge when the sea is too rough to take a group out?",
        ),
        R_WALLER: (
            "What's a through stone and why does a dry stone wall need them?",
            "How should I price rebuilding a collapsed gap in a field wall?",
            "Write a short safety guide for volunteers on a walling weekend.",
            "Is it ever right to use mortar on the top course of a dry stone wall?",
        ),
        R_XMAS: (
            "Which drops fewer needles indoors, a Nordmann fir or a Norway spruce?",
            "Write an advert for our cut-your-own Christmas tree weekends.",
            "What should I tell customers about keeping a cut tree fresh?",
            "Is it worth offering a tree collection service in January?",
        ),
        R_ICE: (
            "What tune should my ice cream van chimes play?",
            "Are there rules about when ice cream vans can sound their chimes in the UK?",
            "Write a Facebook post about the van visiting the new housing estate.",
            "Why does my soft-serve machine freeze up on really hot days?",
        ),
    }
)
assert sorted(ORDINARY) == sorted(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


# near-positive negatives: they look like tool questions but need the language model
NEAR = (
    ("near-exchange-rate", "How many euros will I get for £250 at the airport?", "live rate"),
    ("near-exchange-rate", "Convert 1,800 Swiss francs to pounds.", "live exchange rate"),
    ("near-exchange-rate", "what's $45 in yen", "live exchange rate"),
    ("near-live-price", "How much is a litre of diesel at the moment?", "live price"),
    ("near-live-price", "What's the price of a first class stamp?", "current price"),
    ("near-contested-unit", "How many pints in 3 litres?", "US or imperial pint"),
    (
        "near-contested-unit",
        "Turn three quarters of a cup of rolled oats into grams.",
        "cup size and density",
    ),
    ("near-contested-unit", "A skip holds 8 tons. What's that in kg?", "short, long or tonne"),
    ("near-contested-unit", "How many litres is 12 gallons of fuel?", "US or imperial gallon"),
    ("near-contested-unit", "My car does 52 mpg, what's that in l/100km?", "US or UK mpg"),
    (
        "near-contested-unit",
        "I need 4 tbsp of olive oil, how many millilitres is that?",
        "spoon size differs",
    ),
    ("near-density", "How much does a litre of flour weigh?", "density varies"),
    (
        "near-density",
        "How many kilos is a cubic metre of firewood?",
        "depends on wood and moisture",
    ),
    ("near-today", "what's today's date please", "needs the current date"),
    ("near-today", "How many more sleeps till Bonfire Night?", "needs the current date"),
    ("near-today", "Remind me what day of the week it is.", "needs the current date"),
    ("near-age-today", "I was born on 7 March 1988. How old am I?", "no stated today"),
    ("near-age-today", "How many days old is my son if he was born 2 May 2025?", "no stated today"),
    ("near-easter", "Which Sunday is Easter in 2033?", "Easter computus, excluded"),
    ("near-easter", "How many days after Easter Sunday 2029 is 1 July 2029?", "Easter date"),
    (
        "near-timezone",
        "It's half nine in the morning in Glasgow. What time is it in Los Angeles?",
        "time zones and DST",
    ),
    (
        "near-timezone",
        "My flight leaves Dubai at 02:10 and takes 7 hours. What time do I land in London?",
        "time zones",
    ),
    ("near-working-days", "How many working days are there in May 2027?", "bank holidays"),
    ("near-working-days", "Which date is 15 working days after 18 December 2027?", "holidays"),
    ("near-bank-holiday", "When is the August bank holiday in Scotland in 2027?", "regional rules"),
    ("near-tax", "How much income tax do I pay on £38,000?", "tax rules and year"),
    ("near-tax", "What's the VAT on a £420 invoice?", "VAT rate not stated"),
    ("near-tax", "How much stamp duty on a £315,000 house?", "tax rules"),
    ("near-missing-number", "If I split the bill with everyone, how much do I owe?", "no figures"),
    ("near-missing-number", "How long will it take me to drive to Leeds?", "no start or speed"),
    ("near-estimate", "Roughly how much paint for a bedroom?", "estimate, no sizes"),
    ("near-estimate", "How many people fit in a village hall?", "estimate"),
    ("near-ambiguous-date", "Days from 02/03/2027 until 11/09/2027, please?", "date order"),
    ("near-ambiguous-date", "What weekday is 07/08/2027?", "day/month order unstated"),
    ("near-month-end", "What's one month after 31 January 2027?", "month arithmetic from 31st"),
    ("near-month-end", "Add a month to 31 August 2027.", "no 31 September, contested"),
    ("near-fact", "What's the elevation of Pen y Fan in feet?", "world fact"),
    ("near-fact", "How fast can a greyhound run in mph?", "animal fact"),
    ("near-fact", "How many calories in a banana?", "nutrition fact"),
    ("near-fact", "What's the boiling point of water at the top of Everest?", "science estimate"),
    ("near-fact", "How far is the Moon in miles?", "world fact, varies"),
    ("near-code", "Write a JavaScript function that turns kilometres into miles.", "code"),
    ("near-code", "Give me an Excel formula for the number of days between two dates.", "code"),
    ("near-code", "What does datetime.timedelta(days=90) do in Python?", "explanation"),
    ("near-explain", "Where does the number of yards in a mile come from?", "history explanation"),
    (
        "near-explain",
        "Can you explain compound interest using a savings account example?",
        "explanation",
    ),
    ("near-explain", "Why do leap years exist?", "explanation"),
    ("near-language", "Comment dit-on 'vingt-cinq kilomètres' en miles ?", "another language"),
    (
        "near-language",
        "Wie viel sind 40 Grad Celsius in Fahrenheit? Antworte bitte auf Deutsch mit Erklärung.",
        "another language and explanation",
    ),
    ("near-roman", "Why do clock faces write four as IIII instead of IV?", "history"),
    (
        "near-proof",
        "Write a proof that the sum of two odd numbers is always even.",
        "written proof",
    ),
    ("near-writing", "Write a limerick about converting stones to kilograms.", "writing task"),
    ("near-writing", "Write a birthday card for someone turning 70 on 3 March.", "writing task"),
    ("near-opinion", "Is metric better than imperial?", "opinion"),
    (
        "near-opinion",
        "Is it worth paying an extra £40 a month for a faster broadband deal?",
        "judgement",
    ),
    ("near-forecast", "Will it rain in Manchester on 14 August 2027?", "forecast"),
    ("near-size-chart", "I'm a UK size 9 shoe, what's that in US sizes?", "size chart"),
    ("near-size-chart", "What's a European dress size 40 in UK sizes?", "size chart"),
    ("near-dosing", "How much paracetamol can I give a 4 year old weighing 16 kg?", "dosing"),
    ("near-lottery", "What are my odds of winning the EuroMillions jackpot?", "lottery rules"),
    (
        "near-ambiguous",
        "How long is 5 metres in feet and is that enough for my curtains?",
        "judgement added",
    ),
    ("near-ambiguous", "How big is 300?", "no unit or context"),
    ("near-school-term", "When does the summer term end in Kent schools in 2027?", "local fact"),
    ("near-recipe", "Scale this recipe for 6 people.", "recipe missing"),
    ("near-horsepower", "Convert 150 hp to kW.", "metric or mechanical horsepower"),
)
assert len(NEAR) == 65, len(NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# conversations: the last user turn depends on earlier turns (persona, notation, context)
def money(x):
    """An exact amount of money as £ with two decimals (asserting nothing is lost)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return f"£{Decimal(x.numerator) / Decimal(x.denominator):,.2f}"


def approx(x, places=2):
    """A value rounded for an assistant turn."""
    return f"{round(float(F(x)), places):,.{places}f}"


assert money(F(1229, 2)) == "£614.50" and approx(F(1, 3)) == "0.33"

_KMS = 12 * MI / KM
_BRAID = 14 * dec("2.5") * dec("1.60")
_KILN_SHARE = F(54 * 3, 8)
_PAY = 7 * dec("4.5") * dec("12.80")
_STONE_KG = 11 * STONE
_TURKEY = 22 * LB
_DAYS_TO_SHOW = days(D(2027, 5, 3), D(2027, 7, 24))
_FIRE_F = c_to_f(1240)
_MIB = 5 * GIB / MIB
_TILL = dec("312.40") + dec("287.15")

CONVS = (
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate. Answer everything in pirate speak."),
            (U, "How many kilometres is 12 miles?"),
            (A, f"Arr, that be about {approx(_KMS)} kilometres, matey!"),
            (U, "And what about 30 miles?"),
        ],
        "persona and follow-up fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Réponds uniquement en français à partir de maintenant, s'il te plaît."),
            (A, "D'accord, je répondrai en français."),
            (U, "How many grams are in 3 pounds?"),
        ],
        "answer language fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "From now on give every answer to the nearest whole number, no decimals."),
            (A, "Understood, whole numbers only."),
            (U, "Convert 11 stone to kilograms."),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Please give all answers to four decimal places."),
            (A, "Will do."),
            (U, "What's 22 lb in kg?"),
        ],
        "precision fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "Spell out every number in words, never digits, until I say otherwise."),
            (A, "Understood. I'll write numbers out in words."),
            (U, "How much is 36 times 45?"),
        ],
        "number notation fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "Use scientific notation for every answer please."),
            (A, "Sure, scientific notation from here on."),
            (U, "How many seconds in 9 days?"),
        ],
        "notation fixed earlier",
    ),
    (
        "conv-number-base",
        [
            (U, "Let's work in hexadecimal. Give every answer in hex."),
            (A, "Okay, all answers in hexadecimal."),
            (U, "What's 350 plus 417?"),
        ],
        "number base fixed earlier",
    ),
    (
        "conv-number-base",
        [
            (U, "I'm practising binary. Reply with binary numbers only."),
            (A, "Got it: binary only."),
            (U, "What is 19 + 26?"),
        ],
        "number base fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write every date you give me in the style 'the 5th of May, in the year 2027'."),
            (A, "Understood, I'll use that style."),
            (U, "What's 60 days after 12 March 2027?"),
        ],
        "date wording fixed earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer my next questions as rhyming couplets."),
            (A, "I'll answer you in rhyme and verse, / in couplets neat and rather terse."),
            (U, "How many feet are in a mile?"),
        ],
        "verse form fixed earlier",
    ),
    (
        "conv-output-format",
        [
            (U, "Return answers as JSON with keys 'value' and 'unit'. Nothing else."),
            (A, '{"value": "ok", "unit": null}'),
            (U, "Convert 65 mph to km/h."),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-output-format",
        [
            (U, "Format each reply as a markdown table: one column for steps, one for the result."),
            (A, "Sure, I'll use a table with the working shown."),
            (U, "How much is 12.5% of £376?"),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "I only understand metric, so always convert into metric units for me."),
            (A, "Okay, I'll give metric answers."),
            (U, "The shelf is 4 feet long. How long is that?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-made-up-calendar",
        [
            (U, "In my fantasy novel a year has 10 months of 36 days, starting on a Moonday."),
            (A, "Interesting calendar. What would you like to work out?"),
            (U, "What day number of the year is the 4th day of the 7th month?"),
        ],
        "made-up calendar",
    ),
    (
        "conv-defined-unit",
        [
            (U, "In our game a 'flump' is 7 metres."),
            (A, "Noted: one flump is 7 metres."),
            (U, "How many flumps is a kilometre?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-defined-value",
        [
            (U, "Let x be the number of costumes we hire out, which is 38."),
            (A, "Okay, x = 38."),
            (U, "What's x times £17.50?"),
        ],
        "value defined earlier",
    ),
    (
        "conv-follow-up",
        [
            (U, "Our wardrobe braid bill: 14 costumes, 2.5 m each at £1.60 a metre. Total?"),
            (A, f"That comes to {money(_BRAID)}."),
            (U, "And if we did 20 costumes instead?"),
        ],
        "follow-up on earlier figures",
    ),
    (
        "conv-follow-up",
        [
            (U, "A kiln firing is £54 and I use 3 of the 8 shelves. What's my share?"),
            (A, f"Your share is {money(_KILN_SHARE)}."),
            (U, "What if I use two more shelves?"),
        ],
        "follow-up on earlier figures",
    ),
    (
        "conv-correction",
        [
            (U, "I worked 7 shifts of 4.5 hours at £12.80. What's my pay?"),
            (A, f"That's {money(_PAY)} before deductions."),
            (U, "Sorry, I meant 8 shifts. Redo it."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 22 lb to kilograms."),
            (A, f"22 lb is about {approx(_TURKEY)} kg."),
            (U, "Oops, it was 24. Can you fix that?"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Till one took £312.40 and till two took £287.15."),
            (A, f"Together that's {money(_TILL)}."),
            (U, "Summarise our chat in one sentence for my manager."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-rewrite",
        [
            (U, "What's 11 stone in kg?"),
            (A, f"11 stone is about {approx(_STONE_KG)} kg."),
            (U, "Rewrite your last answer so a seven-year-old would understand it."),
        ],
        "rewrite of an earlier answer",
    ),
    (
        "conv-explain-earlier",
        [
            (U, "What's 1,240 °C in Fahrenheit?"),
            (A, f"It's {num(_FIRE_F)} °F."),
            (U, "Why did you multiply by 9/5 there?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explain-earlier",
        [
            (U, "Convert 5 GiB into MiB for me."),
            (A, f"5 GiB is {num(_MIB)} MiB."),
            (U, "Hang on, why not just 5000?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-spread-figures",
        [
            (U, "Our cake order has 120 portions."),
            (A, "Great, noted."),
            (U, "Each portion is £4.50."),
            (A, "Okay."),
            (U, "Plus delivery of £45. So what's the total?"),
        ],
        "figures spread over earlier turns",
    ),
    (
        "conv-spread-figures",
        [
            (U, "The tower has 8 ringers."),
            (A, "Noted."),
            (U, "Each puts in £12.50."),
            (A, "Got it."),
            (U, "How much is that altogether?"),
        ],
        "figures spread over earlier turns",
    ),
    (
        "conv-spread-figures",
        [
            (U, "Our county show falls on 24 July 2027."),
            (A, "Okay, 24 July 2027."),
            (U, "Count the days from 3 May 2027 up to the show for me."),
            (A, f"It's {_DAYS_TO_SHOW} days."),
            (U, "Put that as weeks plus leftover days?"),
        ],
        "follow-up on an earlier date",
    ),
    (
        "conv-follow-up",
        [
            (U, "Which weekday is 23 October 2027?"),
            (A, f"23 October 2027 is a {weekday(D(2027, 10, 23))}."),
            (U, "What about that date one year on?"),
        ],
        "follow-up referring to an earlier date",
    ),
    (
        "conv-persona",
        [
            (S, "You are Mrs Peabody, a strict Victorian schoolmistress. Stay in character."),
            (U, "Ma'am, what is 144 divided by 12?"),
            (A, "Twelve, child. Sit up straight."),
            (U, "And what is 17 squared, ma'am?"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-language",
        [
            (U, "Vamos a hablar en español, por favor."),
            (A, "¡Claro! Hablemos en español."),
            (U, "¿Cuántos kilómetros son 26 millas?"),
        ],
        "conversation language set earlier",
    ),
    (
        "conv-roman",
        [
            (U, "Answer only in Roman numerals from now on."),
            (A, "Understood: Roman numerals only."),
            (U, "What's 48 plus 39?"),
        ],
        "numeral system fixed earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Whatever length I give you, convert it into furlongs."),
            (A, "Okay, furlongs it is."),
            (U, "3 kilometres."),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-follow-up",
        [
            (U, "The pod is £85 a night for 4 nights."),
            (A, f"That's {money(4 * 85)} in total."),
            (U, "Would a 10% discount still make it worth their while to stay midweek?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-output-format",
        [
            (U, "For the rest of this chat, reply with just a number and no units or words."),
            (A, "OK"),
            (U, "Also, could you tell me in words what you think about metric units?"),
        ],
        "an opinion, after a format instruction",
    ),
    (
        "conv-defined-unit",
        [
            (U, "In our club a 'lap' means one circuit of the layout, which is 9.6 metres."),
            (A, "Noted: one lap is 9.6 metres."),
            (U, "How many laps did the loco do if it ran 480 metres?"),
        ],
        "unit defined earlier",
    ),
)
assert len(CONVS) == 35, len(CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural asserts
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 25 * 3 + 18 + 100, len(_in_regs)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _n = sum(1 for i in items if i["label"] == _label and i["family"] in REGISTERS)
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
    # no register (family name) of this set is a family name of sets 19 to 45
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 45: {reused}"
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
