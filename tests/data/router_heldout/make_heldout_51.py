r"""Generate heldout-2027-01-23.jsonl: a fifty-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_50.py, by `sed -n`: lines 1-360
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 594-654 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 735-811 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1024-1031 (its negatives section
header, neg() and conv()) and 1641-1865 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (1865 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` and a `mkdir -p` of /tmp/h51 and
/work/sealed51 in one command. None of its query blocks was opened. Nothing else under /work/main
was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py)
or tests/ (apart from that one generator's allowed ranges), not README.md and not pyproject.toml
(ruff's line length of 100 was taken from the brief). The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor any other
/work/sealed* directory was listed or opened. The earlier generators (sets 1-50) are only imported,
in memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their queries were never printed. No
JSONL file was opened (not even this set's own output: only this generator's summary, its failure
messages and its --show listing of ids, expected values and tolerances were read), no git command
was run, no network and no search tool was used, and neither the router nor the bench nor the tests
were run.

What was run: the `mkdir`, `cat`, `wc -l` and `grep -n` above in one command; the view of lines
1-360 alone; the views of 594-654, 735-811, 1024-1031 and 1641-1865 together, with `echo`
separators. Then, in one command, `mkdir -p` of /tmp/h51/blocks and /tmp/h51/own, `sed -n` copies
of the same five allowed ranges into block files under /tmp/h51/blocks/ and one run of a small
Python script (/tmp/h51/subst.py, written by a `cat` heredoc in the same command) that cuts the
first copy at the line that is exactly `from __future__ import annotations` (asserted to be the
only such line, so not the words inside set 50's docstring) and keeps it to P = "plain",
substitutes this set's OUT, PREFIX, EARLIER_DIR test (make_heldout_50.py), EARLIER (sets 1-50,
`range(2, 51)`) and REGISTER_CHECK (sets 19-50, adding make_heldout_50.py), and "sets 19 to 49" ->
"sets 19 to 50" in one comment and one message string of main() (each substitution asserted to
apply once, the last twice; it printed "ok" for each and deleted the raw copies), followed by `ls`,
`head -3` and a `grep -n` of the blocks for "49", "50", "51" and "19 to" (it printed only
configuration lines, three unit-factor assert lines of the units block and the two substituted
lines of main()). Then `cat` heredocs wrote this set's own blocks under /tmp/h51/own/ (a_calc.py:
registers and calculator items; b_units.py: unit constants and unit items; c_dates.py: sayus() and
date items; d_negs.py: ordinary negatives, near-positive negatives, conversations and this set's
own structural asserts), an assembly script /tmp/h51/assemble.py (it builds this file from a
docstring file, or a one-line placeholder, and the blocks in order, and prints its line count) and
a helper /tmp/h51/run.sh (it runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, then this
generator from /tmp, passing on any arguments, writing its output to /tmp/h51/out.txt, of which it
prints the exit code and the `tail -6`), and run.sh was run. Edits of own blocks were made by the
scripts /tmp/h51/fix1.py and reword1.py to reword3.py (exact, asserted-once replacements, written
by `cat` heredocs; the changes are listed below), each followed by run.sh in the same command
(reword1.py's command also ran a `grep -n` of the own blocks for the five replaced constant names,
which printed nothing). Then `head -3` (cut to 250 columns) of out.txt, run.sh with --show once,
its listing of ids, expected values and tolerances filtered by `grep` and laid out by `column -t`,
a `/work/main/.venv/bin/python -c` line-length check of this file (no line over 100 characters) and
a `grep -c` of out.txt. This docstring was written last over the placeholder (its source text,
/tmp/h51/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h51/doc/make_doc.py, which uses textwrap, keeps the lines marked as preformatted and asserts
that the words are unchanged), followed by run.sh, the line-length check, a `head -3` of this file
(cut to 120 columns), a `head -2` of out.txt, two runs of this file with --digest (one with
PYTHONHASHSEED=7) and `sha256sum` of the JSONL, with a `sed -n` of out.txt from its summary line on
(the generator's summary of counts per label and family), run once more after a last docstring edit
adding this; finally `ls -la /work/sealed51` and `rm -rf /tmp/h51`. Writes: /work/sealed51/ was
created for this file and its JSONL; temporary blocks, scripts and output under /tmp/h51/ were
deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 50's main() and checks: only the substitutions listed above (file names, sets 1-50
for the duplicate check, sets 19-50 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 50's as printed; ruff format may have changed layout only. All
of set 50's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp(), whole_up() (not used by this set's items), say() and sayw() (every weekday
stated next to a date in a query or turn is computed, not typed) and SQFT/SQYD/CUFT. Added, newly
written: MM, CM, KM, G, LITRE, HA and SQM (with an assert), the register constants and the
REGISTERS tuple (sorted, asserted distinct), _root() (an integer square root, asserted), sayus() (a
US-style date with its computed weekday, asserted; the stated-weekday pattern does not read that
order, so every such weekday is computed too), the ORDINARY, NEAR and CONVS tables, the _LEASE date
(stated in a user turn with its computed weekday, asserted a Saturday) and the _BATCHES sum (stated
in an assistant turn, computed and asserted), and this set's own asserts: the ORDINARY negatives
are keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS 35; the positive
registers are exactly the REGISTERS; 193 items lie in the registers (25 x 3 positives, 18 second
positives, 100 negatives), 31 word problems per tool; every negative outside the registers is a
near-... or conv-... family. No money() helper is used in this set.

Disclosures: the kinds of item and the counts follow set 50's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 50's, copied (P = "plain" is copied too, as the
last line of the first block). Set 50's docstring (within lines 1-360) names its 25 registers, the
two register names its own check rejected, its provenance, its reworded kinds of items and the
generic kinds of its items, which were therefore seen; none of those names or topics is used here
as a register, and some plain one-liners, near-positives and conversations here are of those same
generic kinds, newly worded. The `grep -n` printed no docstring, query or constant line: only def
lines and section headers with their line numbers (it showed, for instance, a "registers (set 50)"
header at line 363 and a `_root` def at line 412, which were not opened). At the edges of the
allowed ranges: line 360 is P = "plain", 594, 735 and 1024 are section headers, 654 is a blank line
after unit_r(), 811 is the assert after sayw(), 1031 is the last line of conv(), 1641 is the
comment above the stated-weekday pattern and 1865 is the call of main(). No query text of any
earlier set was seen. Every query here was newly written from imagination of each trade or
situation. Registers of sets 1 to 18 are not known here, so an overlap in TOPIC with those cannot
be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 50 (the near-.../conv-... families are not
registers and may coincide with earlier family names). Like set 50, this set has no algebra or
calculus question (symbolic math with one right answer is a tool question, so none is labelled
negative; the only proof asked for is a written proof). Some near-positives depend on the current
date (days to a birthday, a date 40 days on, an age from a birth year, a due date from weeks of
pregnancy) and one concerns Easter; they are negatives, with no "now" field. A few negatives ask
what a short piece of code returns or why (code semantics, as the brief lists them). Two
conversations define a one-off operator, one defines a function h(n) with a single value asked for,
and one defines letters; they are negatives because the notation is set up in an earlier turn.

Register check: the first run failed ruff's ISC004 rule on one two-part string of a conversation's
system turn, and a wrong-way-round comparison in this set's own unit-constant assert (a litre over
a cubic foot); fix1.py made the string a single, shorter line and turned the comparison round. The
next run passed ruff; main()'s register assertion then failed, naming five of the first choice of
registers as family names of sets 19 to 50: archery_club_range_officer, canal_narrowboat_hire_desk,
cheese_cave_affineur, escape_room_game_master and model_railway_club_layout (so those five names,
and that such topics were used before, became known; nothing else about earlier sets). reword1.py
replaced them with five new topics, fencing_salle_armourer, funicular_railway_ticket_office,
tea_estate_withering_shed, magic_lantern_slide_archivist and bagpipe_reed_maker_bench, rewriting
all their items (one calculator, one unit and one date item each, the second positives they
carried, and four ordinary negatives each) rather than renaming them. The next run passed the
register check.

Other failed checks and edits: main()'s duplicate check then reported 19 items by id; they were
reworded by reword2.py without the earlier queries being looked at: two plain calculator one-liners
(a square root, a percentage of a whole; new figures), one plain date one-liner (the weekday of a
US-style date; new year), five plain unit one-liners (feet and inches to centimetres, miles to
kilometres, Celsius to Fahrenheit, psi to bar, hours to seconds; new figures and wording), seven
near-positives (a contested pint, an estimate, a height fact, a calorie fact, a month from the
31st, an all-numeric date, lottery odds) and four conversations (number base, two answer languages,
letters; every user turn of each newly worded). The next run reported two items, the Celsius
one-liner and the height fact, which reword3.py reworded; the next run passed every check, and
every later run passed every check.

Registers (families), 25, new: bagpipe_reed_maker_bench, ballroom_dance_competition_coach,
bell_foundry_casting_floor, bespoke_saddlery_fitting, bridge_club_tournament_director,
chimney_sweep_round_bookings, dry_stone_waller_quotes, fairground_ride_inspector,
fencing_salle_armourer, ferry_vehicle_deck_loader, funicular_railway_ticket_office,
harp_string_maker_workshop, heritage_windmill_miller, hydroponic_container_farm,
ice_rink_resurfacing_crew, letterpress_wedding_stationer, magic_lantern_slide_archivist,
oyster_farm_tidal_lease, parish_register_genealogist, piano_tuner_country_rounds,
pipe_organ_voicer_notes, stained_glass_restoration_studio, tea_estate_withering_shed,
thatched_roof_crew, village_post_office_counter. Every register is used by all three tools
(asserted); eighteen registers have a further positive (a second calculator word problem:
bridge_club_tournament_director, magic_lantern_slide_archivist, thatched_roof_crew,
funicular_railway_ticket_office, tea_estate_withering_shed, village_post_office_counter; a second
unit word problem: ferry_vehicle_deck_loader, piano_tuner_country_rounds, oyster_farm_tidal_lease,
hydroponic_container_farm, bell_foundry_casting_floor, fencing_salle_armourer; a second date word
problem: parish_register_genealogist, fencing_salle_armourer, bespoke_saddlery_fitting,
magic_lantern_slide_archivist, heritage_windmill_miller, fairground_ride_inspector). Positives are
one-liners (family "plain") or word problems of one to three sentences, mostly in UK usage with £
(two in dollars, one date written US-style with a computed weekday), some chatty, terse, lower-case
or unpunctuated, a few with numbers in words or abbreviations, questions at the start or the end.
No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a current
interest rate, a contested unit (pint, gallon, mpg, cup, ton), today's date or an age without a
stated date, Easter, working days, time zones, lunisolar festivals, month arithmetic from the 31st,
all-numeric dates of unstated order, identifiers that look like numbers (a fault code, a flight, a
tracking number, an ISBN, road numbers, software versions, a phone number, a postcode), code
semantics, explanations, the history of numerals, a written proof, world, science or nutrition
facts, tax rules, a traffic rule, dosing, a size chart, a forecast, estimates, lottery odds,
missing figures, a translation, a writing task, numbers in titles, opinions, ambiguous questions, a
random choice, trade knowledge; or, in conversations, an operator, function or letters defined
earlier, a decimal comma, a unit or value defined earlier, a number base, Roman numerals, a
persona, answer language, verse form, output format, rounding, target unit, target currency or date
order fixed earlier, an invented calendar, a week numbering, a correction, summary, rewrite,
follow-up or recall of earlier turns, figures or a date spread over turns, a judgement about
earlier figures, an explanation of an earlier answer, or date wording. The ordinary negatives ask
for advice, explanations, judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 50: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as "N days after", "N days later", "N weeks after", "N days before",
"how many days between", "how many days apart", or as the Nth weekly, four-weekly, fortnightly or
three-weekly occurrence counted from a stated first date), ages are in whole years from a stated
birth date to a stated date, and clock spans run from one stated time to the next occurrence of the
other (one crosses midnight, saying "the next morning"). Every rounded unit result stays within its
1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 50):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 L = 1 dm^3;
    t(degF) = t(degC) * 9/5 + 32; 1 h = 3600 s; 1 ha = 10^4 m^2; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_51.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-23.jsonl"
PREFIX = "ho51-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_50.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 51))
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


# =========================================================================== registers (set 51)
BAGPIPE = "bagpipe_reed_maker_bench"
BELL = "bell_foundry_casting_floor"
BRIDGE = "bridge_club_tournament_director"
DANCE = "ballroom_dance_competition_coach"
FAIR = "fairground_ride_inspector"
FENCING = "fencing_salle_armourer"
FERRY = "ferry_vehicle_deck_loader"
FUNICULAR = "funicular_railway_ticket_office"
GLASS = "stained_glass_restoration_studio"
HARP = "harp_string_maker_workshop"
HYDRO = "hydroponic_container_farm"
MAGIC = "magic_lantern_slide_archivist"
MILL = "heritage_windmill_miller"
ORGAN = "pipe_organ_voicer_notes"
OYSTER = "oyster_farm_tidal_lease"
PARISH = "parish_register_genealogist"
PIANO = "piano_tuner_country_rounds"
POST = "village_post_office_counter"
PRESS = "letterpress_wedding_stationer"
RINK = "ice_rink_resurfacing_crew"
SADDLE = "bespoke_saddlery_fitting"
SWEEP = "chimney_sweep_round_bookings"
TEA = "tea_estate_withering_shed"
THATCH = "thatched_roof_crew"
WALL = "dry_stone_waller_quotes"
REGISTERS = tuple(
    sorted(
        (BAGPIPE, BELL, BRIDGE, FUNICULAR, TEA, DANCE, MAGIC, FAIR, FERRY, GLASS, HARP, HYDRO, MILL)
        + (ORGAN, OYSTER, PARISH, PIANO, POST, PRESS, FENCING, RINK, SADDLE, SWEEP, THATCH, WALL)
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25


def _root(n):
    r = math.isqrt(n)
    assert r * r == n, n
    return r


# plain calculator one-liners
calc(P, "whats 18% of 2,350", pct(18) * 2350)
calc(P, "7.25 x 48 =", dec("7.25") * 48)
calc(P, "Divide 9,801 by 27, please.", F(9801, 27))
calc(P, "(14.6 - 3.85) * 4", (dec("14.6") - dec("3.85")) * 4)
calc(P, "fifteen percent off £84 — what do I actually pay?", 84 * (1 - pct(15)))
calc(P, "sq root of 5329 pls", _root(5329))
calc(P, "2 raised to the 13th power", 2**13)
calc(P, "Increase 640 by 12.5 per cent.", 640 * (1 + pct("12.5")))
calc(P, "three hundred and twelve divided by eight", F(312, 8))
calc(P, "£1,250 + VAT at 17.5%, total please", 1250 * (1 + pct("17.5")))
calc(P, "mean of 12, 19, 23 and 30?", F(12 + 19 + 23 + 30, 4))
calc(P, "what percentage of 440 is 33?", F(33, 440) * 100)
calc(P, "add up 4.35, 12.8 and 0.95", dec("4.35") + dec("12.8") + dec("0.95"))
calc(P, "1234 * 56 - 789", 1234 * 56 - 789)

# register word problems, one per register
calc(
    BELL,
    "Bell metal here is 78% copper and 22% tin. For a 340 kg pour, how many kg of tin go in the"
    " crucible?",
    340 * pct(22),
)
calc(
    HARP,
    "pedal harp takes 47 strings; gut ones are £11.40 each and I'm restringing two whole harps"
    " this week-end. total cost for strings?",
    47 * 2 * dec("11.40"),
)
calc(
    FUNICULAR,
    "Two adult returns at £9.50, three child returns at £5.25 and a £2 booking fee. What's the"
    " total for the family?",
    2 * dec("9.50") + 3 * dec("5.25") + 2,
)
calc(
    GLASS,
    "Lead came costs £6.80 per metre and the east window needs 42.5 metres of it. What will the"
    " came cost us?",
    dec("6.80") * dec("42.5"),
)
calc(
    TEA,
    "1,450 kg of green leaf went into the withering troughs and made tea comes out at 22.5% of"
    " leaf weight. How many kg of made tea should we get?",
    1450 * pct("22.5"),
)
calc(
    FAIR,
    "Waltzer: 12 cars, 4 riders a car, 6 rides an hour. Riders per hour at full capacity?",
    12 * 4 * 6,
)
calc(
    SWEEP,
    "Invoice for the farm: three chimneys swept at £65 each, and two of them also had a bird guard"
    " fitted at £40 apiece. Grand total?",
    3 * 65 + 2 * 40,
)
calc(
    ORGAN,
    "Specification check — Swell has 11 stops of 61 pipes, Great 9 stops of 61, Pedal 4 stops of"
    " 32. How many pipes altogether?",
    11 * 61 + 9 * 61 + 4 * 32,
)
calc(
    PRESS,
    "Quote for a couple: 120 invitations at £3.85 each plus a one-off plate charge of £95. What's"
    " the total?",
    120 * dec("3.85") + 95,
)
calc(
    DANCE,
    "Five judges marked our rumba 7.5, 8, 8.5, 9 and 8. What's the average mark?",
    (dec("7.5") + 8 + dec("8.5") + 9 + 8) / 5,
)
calc(
    POST,
    "Till check: sold 37 first class stamps at £1.65 and 24 second class at 85p. What should the"
    " stamp takings be?",
    37 * dec("1.65") + 24 * dec("0.85"),
)
calc(
    HYDRO,
    "Each grow rack has 6 tiers with 48 plugs per tier, and the container holds 14 racks. How many"
    " lettuces do we get per cycle?",
    6 * 48 * 14,
)
calc(
    BRIDGE,
    "The pair scored 1,120 matchpoints out of a possible 1,600. What percentage is that?",
    F(1120, 1600) * 100,
)
calc(
    FERRY,
    "Lane 4 is 96 m long and we allow 4.8 m per car including the gap. How many cars fit in the"
    " lane?",
    96 / dec("4.8"),
)
calc(
    OYSTER,
    "86 bags of 250 spat each went out on the trestles. If we lose 35% of them, how many oysters"
    " are left to sell?",
    86 * 250 * (1 - pct(35)),
)
calc(
    SADDLE,
    "Saddle £2,450, girth £95, fitting visit £60 — and we knock 10% off the whole order. What does"
    " the client pay?",
    (2450 + 95 + 60) * (1 - pct(10)),
)
calc(
    PARISH,
    "I've transcribed 1,836 of the 2,550 entries in the burial register. What percentage is done?",
    F(1836, 2550) * 100,
)
calc(
    MAGIC,
    "We've digitised 2,067 of the 3,180 glass slides in the collection. What percentage is done?",
    F(2067, 3180) * 100,
)
calc(
    BAGPIPE,
    "chanter reeds: cut 240 blanks, about 15% fail on the test bench. how many good reeds is that",
    240 * (1 - pct(15)),
)
calc(
    MILL,
    "We milled 1,350 kg of wheat at 78% extraction — how many kilos of flour is that?",
    1350 * pct(78),
)
calc(
    RINK,
    "The resurfacer lays down 380 litres of water per flood and we do 11 floods a day. Litres per"
    " day?",
    380 * 11,
)
calc(
    PIANO,
    "January: 23 tunings at £85 each, diesel came to £312. What did I clear after fuel?",
    23 * 85 - 312,
)
calc(
    THATCH,
    "the roof needs 4,200 bundles of water reed at £2.35 a bundle. how much for the reed",
    4200 * dec("2.35"),
)
calc(
    FENCING,
    "Épée blades are £38 each and we keep 3 spares per fencer for a squad of 14. What do the spare"
    " blades cost?",
    38 * 3 * 14,
)
calc(
    WALL,
    "Thirty-eight metres of wall at £145 a metre, plus VAT at 20%. What's the total on the quote?",
    38 * 145 * (1 + pct(20)),
)
# second calculator word problems
calc(
    BRIDGE,
    "Table money is £4.50 a head and we had 13 full tables of four this evening. How much should be"
    " in the tin?",
    dec("4.50") * 13 * 4,
)
calc(
    MAGIC,
    "Scanning is quoted at £1.85 a slide and there are 460 slides left in the last box. Cost to"
    " finish?",
    460 * dec("1.85"),
)
calc(
    THATCH,
    "Labour on the cottage: three thatchers for 18 days at £210 per man per day. Total labour?",
    3 * 18 * 210,
)
calc(
    FUNICULAR,
    "We sold 35 family tickets at $27.60 apiece on Sunday. What's the revenue from those?",
    35 * dec("27.60"),
)
calc(
    TEA,
    "Sold 16 chests of second flush to a blender at £312.50 per chest. Invoice total?",
    16 * dec("312.50"),
)
calc(
    POST,
    "A £40 postal order has a 12.5% fee on top. How much does the customer pay in total?",
    40 * (1 + pct("12.5")),
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
LITRE = F(1, 1000)  # m^3
HA = 10**4  # m^2
SQM = 1  # m^2
assert CUFT / LITRE > 28 and 1 / (IN * IN * IN) * LITRE > 61 and HA / ACRE > 2

# plain unit one-liners
unit(P, "what's 5 foot 11 in centimetres", (5 * FT + 11 * IN) / CM, EXACT)
unit_r(P, "72 kg in stone?", 72 / STONE)
unit_r(P, "how many kilometres is 31.5 miles", dec("31.5") * MI / KM)
unit_r(P, "350 °F in °C", f_to_c(350))
unit(P, "minus 23 celsius is what in fahrenheit", c_to_f(-23), EXACT)
unit(P, "3.5 GiB -> MiB", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "tyre's at 28 psi, what is that in bar", 28 * PSI / BAR)
unit_r(P, "How many square feet is 45 m²?", 45 * SQM / SQFT)
unit_r(P, "4 hectares to acres", 4 * HA / ACRE)
unit_r(P, "60 km/h expressed in mph", 60 * KMH / MPH)
unit_r(P, "8 oz = how many grams", 8 * OZ / G)
unit_r(P, "Convert 1.85 m to feet.", dec("1.85") / FT)
unit_r(P, "2.4 litres in cubic inches", dec("2.4") * LITRE / (IN * IN * IN))
unit(P, "seconds in 2.75 hours?", dec("2.75") * 3600, EXACT)

# register word problems
unit_r(
    BELL, "the tenor bell came out at 1,420 kg — what's that in pounds for the plaque?", 1420 / LB
)
unit_r(HARP, "String length 1530 mm, convert to inches pls", 1530 * MM / IN)
unit(
    FUNICULAR,
    "The line climbs 310 feet from bottom station to top. How many metres is that?",
    310 * FT,
    EXACT,
)
unit(GLASS, "The lancet panel is 36 inches wide; what is that in centimetres?", 36 * IN / CM, EXACT)
unit_r(TEA, "Air through the withering trough is at 82 °F. In Celsius?", f_to_c(82))
unit_r(
    FAIR,
    "The manufacturer's wind limit for the big wheel is 38 mph. What is that in km/h?",
    38 * MPH / KMH,
)
unit(SWEEP, "Flue liner is 6 inch diameter, how many mm is that?", 6 * IN / MM, EXACT)
unit_r(ORGAN, "How many metres long is an 8-foot organ pipe?", 8 * FT)
unit_r(PRESS, "A5 card is 148 mm across — in inches, for an American client?", 148 * MM / IN)
unit_r(DANCE, "The competition floor is 20 m by 15 m. What's its area in square feet?", 300 / SQFT)
unit_r(POST, "what's a 3 kg 400 g parcel in pounds", dec("3.4") / LB)
unit_r(
    HYDRO, "Our nutrient tank holds 750 litres. How many cubic feet is that?", 750 * LITRE / CUFT
)
unit(
    BRIDGE,
    "The club's card tables are 32 inches square. What is the side length in centimetres?",
    32 * IN / CM,
    EXACT,
)
unit_r(FERRY, "An artic trailer is 13.6 metres long; how many feet is that?", dec("13.6") / FT)
unit_r(
    OYSTER, "The tidal lease covers 2.5 hectares. How many acres is that?", dec("2.5") * HA / ACRE
)
unit(SADDLE, "seat size 17.5 inches — what's that in centimetres?", dec("17.5") * IN / CM, EXACT)
unit_r(PARISH, "The old survey gives the nave as 84 feet long. In metres?", 84 * FT)
unit(
    MAGIC,
    "A standard British lantern slide is 3.25 inches square. How many millimetres is a side?",
    dec("3.25") * IN / MM,
    EXACT,
)
unit(BAGPIPE, "bass drone stands 38 inches tall — in cm?", 38 * IN / CM, EXACT)
unit_r(MILL, "The sails span 22 metres tip to tip; in feet, please?", 22 / FT)
unit_r(RINK, "Ice surface temperature is 24 degrees Fahrenheit — convert to Celsius", f_to_c(24))
unit_r(PIANO, "Drove 148 miles on the Tuesday round. How many kilometres is that?", 148 * MI / KM)
unit_r(THATCH, "ridge length is 46 ft, metres?", 46 * FT)
unit_r(FENCING, "A piste is 14 metres long. How many feet is that?", 14 / FT)
unit(
    WALL,
    "Farmer wants 120 yards of boundary wall rebuilt. How many metres is that?",
    120 * YD,
    EXACT,
)
# second unit word problems
unit_r(FERRY, "Headroom on the upper vehicle deck is 4.2 m. What's that in feet?", dec("4.2") / FT)
unit_r(PIANO, "A concert grand is 2.74 m long. Convert that to feet.", dec("2.74") / FT)
unit_r(OYSTER, "Water temp on the beds was 61 °F at low tide. Celsius?", f_to_c(61))
unit_r(HYDRO, "LED bars hang 45 cm above the plugs. How many inches is that?", 45 * CM / IN)
unit(BELL, "The bronze is poured at 1,150 °C. What is that in Fahrenheit?", c_to_f(1150), EXACT)
unit_r(FENCING, "My sabre weighs 17 oz. What is that in grams?", 17 * OZ / G)


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
date_item(P, "What weekday is 23 May 2031?", weekday(D(2031, 5, 23)))
date_item(P, "days between 3 Jan 2028 and 17 Oct 2028", days(D(2028, 1, 3), D(2028, 10, 17)))
date_item(P, "add 100 days to 14 February 2027", D(2027, 2, 14) + TD(days=100))
date_item(P, "What date is 6 weeks before 1 December 2027?", D(2027, 12, 1) - TD(weeks=6))
_W1 = D(2029, 3, 4)
date_item(
    P,
    f"how many weeks from {say(_W1)} to {say(_W1 + TD(weeks=12))}",
    weeks(_W1, _W1 + TD(weeks=12)),
)
date_item(
    P,
    "Someone born on 30 June 1994 — how old are they on 1 May 2031?",
    age(D(1994, 6, 30), D(2031, 5, 1)),
)
date_item(P, "minutes from 06:40 to 13:05", clock_span("06:40", "13:05", 60))
date_item(P, "What's the date 250 days after 1 April 2027?", D(2027, 4, 1) + TD(days=250))
date_item(P, "Which day of the week is Christmas Day 2033?", weekday(D(2033, 12, 25)))
date_item(P, "hours between 21:30 and 05:45 the next morning", clock_span("21:30", "05:45", 3600))
date_item(P, "date 1000 days after 12 August 2025?", D(2025, 8, 12) + TD(days=1000))
date_item(P, "third Thursday of November 2028 — what date?", nth_weekday(2028, 11, THU, 3))
date_item(P, "What's the last Friday in March 2030?", nth_weekday(2030, 3, FRI, -1))
date_item(P, "July 4th 2031 falls on which weekday?", weekday(D(2031, 7, 4)))

# register word problems
_B = D(2027, 3, 9)
date_item(
    BELL,
    f"We poured the treble on {sayw(_B)} and it must cool for 18 days before we break the mould."
    " What date can we break it?",
    _B + TD(days=18),
)
_H = D(2027, 2, 4)
date_item(
    HARP,
    f"restring order came in {sayw(_H)}, our lead time is 23 days — ship date?",
    _H + TD(days=23),
)
_C = D(2027, 11, 8)
date_item(
    FUNICULAR,
    f"The annual haul-rope inspection shuts the line from {sayw(_C)} for 17 days. On what date do"
    " we reopen?",
    _C + TD(days=17),
)
date_item(
    GLASS,
    "The window left the church on 3 October 2026 and went back in on 14 March 2027. How many days"
    " was it away?",
    days(D(2026, 10, 3), D(2027, 3, 14)),
)
date_item(
    TEA,
    "Pruning finished on 4 December 2026 and plucking resumes 96 days later. What date is that?",
    D(2026, 12, 4) + TD(days=96),
)
_FR = D(2027, 3, 8)
date_item(
    FAIR,
    f"Thorough examination done {sayw(_FR)}; the certificate is good for 364 days after that. On"
    " what date does it run out?",
    _FR + TD(days=364),
)
date_item(
    SWEEP,
    "Swept the vicarage chimney on 21 November 2026 and they want it done again 26 weeks later."
    " What date should I book?",
    D(2026, 11, 21) + TD(weeks=26),
)
date_item(
    ORGAN,
    "The rebuild begins on 5 July 2027 and is scheduled for 19 weeks. When should it be finished?",
    D(2027, 7, 5) + TD(weeks=19),
)
_PW = D(2027, 9, 18)
date_item(
    PRESS,
    f"wedding is on {sayw(_PW)} and invites should go out 10 weeks before — which date is that?",
    _PW - TD(weeks=10),
)
_DC = D(2027, 5, 28)
date_item(
    DANCE,
    f"The championships are on {sayw(_DC)}. If we start the prep block 45 days before, what's the"
    " start date?",
    _DC - TD(days=45),
)
_PO = D(2027, 1, 7)
date_item(
    POST,
    f"A customer's payment arrives every 4 weeks, the first one on {sayw(_PO)}. What date is the"
    " 6th payment?",
    _PO + TD(weeks=4 * 5),
)
date_item(
    HYDRO,
    "Seeded the butterhead on 2 March 2027; it's ready 38 days after seeding. Harvest date?",
    D(2027, 3, 2) + TD(days=38),
)
_BR = D(2027, 1, 5)
date_item(
    BRIDGE,
    f"Our fortnightly simultaneous pairs started on {sayw(_BR)}. What's the date of the 9th"
    " session?",
    _BR + TD(weeks=2 * 8),
)
date_item(
    FERRY,
    "The winter refit shuts the route from 10 January 2027 to 21 February 2027. How many days"
    " apart are those dates?",
    days(D(2027, 1, 10), D(2027, 2, 21)),
)
_OY = D(2026, 7, 19)
date_item(
    OYSTER,
    f"Spat went out on the beds on {sayw(_OY)} and should hit market size 840 days later. When's"
    " that?",
    _OY + TD(days=840),
)
date_item(
    SADDLE,
    "Fitted the mare's saddle on 11 February 2027 — recheck is due 16 weeks after. What date?",
    D(2027, 2, 11) + TD(weeks=16),
)
date_item(
    PARISH,
    "Born 3 March 1802, buried 19 January 1871 per the register. How old was he in whole years at"
    " burial?",
    age(D(1802, 3, 3), D(1871, 1, 19)),
)
date_item(
    MAGIC,
    "Our lantern show runs from 19:50 to 21:40, interval included. How many minutes is that?",
    clock_span("19:50", "21:40", 60),
)
_RA, _RB = D(2027, 9, 1), D(2027, 11, 6)
date_item(
    BAGPIPE,
    f"Started the winter batch of reeds on {sayw(_RA)}; the solo piping contest is {sayw(_RB)}."
    " How many days was that?",
    days(_RA, _RB),
)
_MI = D(2027, 5, 2)
date_item(
    MILL,
    f"Open days are every 3 weeks starting {sayw(_MI)}. What's the date of the fifth open day?",
    _MI + TD(weeks=3 * 4),
)
date_item(
    RINK,
    "Public skate runs from 14:20 to 16:05. How many minutes of skating is that?",
    clock_span("14:20", "16:05", 60),
)
date_item(
    PIANO,
    "Mrs Aldous's upright was last tuned on 26 March 2026 and I do it every 26 weeks. When's the"
    " next one due?",
    D(2026, 3, 26) + TD(weeks=26),
)
_TH = D(2027, 4, 12)
date_item(
    THATCH,
    f"We start stripping the old coat on {sayw(_TH)} and the job is 47 days. Finish date?",
    _TH + TD(days=47),
)
date_item(
    FENCING,
    "The regional épée open is on 14 August 2027 — which day of the week?",
    weekday(D(2027, 8, 14)),
)
date_item(
    WALL,
    "start the field wall on 6 September 2027, nine weeks for the job. What date do I finish?",
    D(2027, 9, 6) + TD(weeks=9),
)
# second date word problems
_BN = D(2027, 4, 4)
date_item(
    PARISH,
    f"The banns were first read on {sayw(_BN)} and the marriage took place 23 days later. What"
    " was the wedding date?",
    _BN + TD(days=23),
)
date_item(
    FENCING,
    "The salle's insurance runs from 1 October 2026 to 30 September 2027. How many days apart are"
    " those two dates?",
    days(D(2026, 10, 1), D(2027, 9, 30)),
)
_SD = D(2027, 3, 15)
date_item(
    SADDLE,
    f"Client ordered a made-to-measure saddle on {sayus(_SD)}; build time is 11 weeks. What date"
    " will it be ready?",
    _SD + TD(weeks=11),
)
date_item(
    MAGIC,
    "The slide set was donated to the museum on 2 December 1927. What day of the week was that?",
    weekday(D(1927, 12, 2)),
)
date_item(
    MILL,
    "Our miller was born on 17 October 1958. How old was he on National Mills Weekend, 8 May 2027?",
    age(D(1958, 10, 17), D(2027, 5, 8)),
)
_FA, _FB = D(2027, 4, 3), D(2027, 10, 16)
date_item(
    FAIR,
    f"The season opens {sayw(_FA)} and the last fair is {sayw(_FB)}. How many weeks apart is that?",
    weeks(_FA, _FB),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    BAGPIPE: (
        "Cane or synthetic drone reeds for a beginner piper in a damp climate?",
        "Why does my chanter reed go sharp the longer I play?",
        "How can I tell a reed is too hard without a manometer?",
        "Write a product description for our hand-made practice chanter reeds.",
    ),
    FENCING: (
        "Why does an épée tip have to pass a weight test before each bout?",
        "French grip or pistol grip for a beginner foilist?",
        "How do I explain right of way in foil to parents at their child's first competition?",
        "Write a notice reminding fencers to test their body wires before bouting.",
    ),
    FUNICULAR: (
        "Why do the two cars on a funicular always pass each other exactly halfway?",
        "Should we let a dog ride without a muzzle if the owner insists it's friendly?",
        "What's the oldest working funicular in Britain?",
        "Write a sign explaining the line is closed because of high winds.",
    ),
    MAGIC: (
        "Why did Victorian lantern slides crack along the binding tape?",
        "How should glass slides be stored to stop fungus growing on the emulsion?",
        "What exactly was a 'dissolving view' in a magic lantern show?",
        "Write a catalogue blurb for a set of temperance lantern slides.",
    ),
    TEA: (
        "What gives second flush Darjeeling its muscatel flavour?",
        "Is a longer wither always better for black tea?",
        "Which milk goes best with a strong Assam breakfast blend?",
        "Write a tasting note for the smoky lapsang from our estate.",
    ),
    BELL: (
        "Why does adding more tin make bell bronze more brittle?",
        "What gives a church bell its hum note as opposed to its strike note?",
        "Write a short blessing to be read when a new bell is hung in the tower.",
        "Is it better to tune a bell on the lathe or aim to cast it true first time?",
    ),
    BRIDGE: (
        "What's the correct ruling when someone leads out of turn and declarer accepts the lead?",
        "Explain the difference between a Mitchell movement and a Howell movement.",
        "Is Stayman still worth learning for a brand-new partnership?",
        "Draft a tactful email to a member whose long hesitations before passing upset people.",
    ),
    DANCE: (
        "What's the difference between a natural turn and a reverse turn in the waltz?",
        "my partner keeps leading late in the quickstep, how do I raise it without a row",
        "Is Latin or Standard harder for judges to mark fairly?",
        "Write a short programme bio for a pro-am couple dancing their first open championship.",
    ),
    FAIR: (
        "What are the usual signs of fatigue cracking on a ride's arm pins?",
        "Should a ride be shut if the operator hasn't filled in the daily check sheet?",
        "Explain what a thorough examination covers for a travelling fairground ride.",
        "Write a queue-line safety notice for a dodgem track, friendly but firm.",
    ),
    FERRY: (
        "Why are the heavy lorries loaded on the centre lanes first?",
        "What's the rule for a campervan's gas bottles on a ferry crossing?",
        "Is it safe for passengers to stay in their cars on the vehicle deck during the crossing?",
        "Write a tannoy announcement asking drivers to return to their vehicles.",
    ),
    GLASS: (
        "How can you tell Victorian glass from a modern replacement just by looking at it?",
        "Where's the ethical line between restoring and conserving a medieval window?",
        "Is it true that old glass is thicker at the bottom because it flows over time?",
        "Write a plaque caption for a restored First World War memorial window.",
    ),
    HARP: (
        "Nylon or gut for a lever harp that lives in a humid seaside flat — which would you pick?",
        "Why are the C strings on a harp coloured red and the Fs black or blue?",
        "Explain inharmonicity for a wire-wound bass string in simple terms.",
        "Draft an apology email to a harpist whose order of strings arrived late.",
    ),
    HYDRO: (
        "Why is my basil wilting even though the EC reading looks fine?",
        "Is red/blue LED light better than full-spectrum for lettuce?",
        "What pH range does lettuce prefer in an NFT system?",
        "Write an Instagram caption for the first harvest from our shipping-container farm.",
    ),
    MILL: (
        "Why do people say stoneground flour tastes better?",
        "What's the difference between a post mill and a tower mill?",
        "How does a miller dress a millstone, and why?",
        "Write a sign explaining to visitors why our sails are stopped in a cross position.",
    ),
    ORGAN: (
        "Why do reed stops drift out of tune with the flues when the church warms up?",
        "What does 'cut-up' mean in flue pipe voicing?",
        "Which Bach trio sonata best shows off a newly restored organ?",
        "Is it worth restoring a Victorian tracker action rather than electrifying it?",
    ),
    OYSTER: (
        "Is the old rule about only eating oysters in months with an R still true?",
        "What causes oyster herpesvirus outbreaks in warm summers?",
        "How do I shuck an oyster without stabbing my palm?",
        "Write a one-line menu description for our Pacific rock oysters.",
    ),
    PARISH: (
        "Why would a baptism be recorded in a different parish from where the family lived?",
        "What does 'base born' mean in an 1820s baptism register?",
        "How do I read the long s in eighteenth-century handwriting?",
        "Is there any way to find someone's parents when the register page is water-damaged?",
    ),
    PIANO: (
        "Why does a piano go flat in winter and sharp in summer?",
        "Is it worth restoring an 1890s overstrung upright with ivory keys?",
        "What's a pin block, and how can I tell if it's cracked?",
        "Write a polite reminder postcard for customers who are overdue a tuning.",
    ),
    POST: (
        "What does a first class stamp cost at the moment?",
        "How do I politely refuse a customer who wants to pay a utility bill by cheque?",
        "Can a lithium battery be posted abroad?",
        "Write a notice for the door announcing the counter's reduced winter hours.",
    ),
    PRESS: (
        "Should the bride's parents both be named on the invitation if they're divorced?",
        "What's the difference between a blind deboss and foil pressing?",
        "Write the wording for an evening-reception-only invitation.",
        "Is cotton paper or bamboo paper better for a deep letterpress impression?",
    ),
    RINK: (
        "Why is hot water used to flood the ice rather than cold?",
        "What's the difference between hockey ice and figure skating ice?",
        "Any tips for not getting dizzy driving the resurfacer round and round?",
        "Write a rink rules poster in a friendly tone for a family session.",
    ),
    SADDLE: (
        "How can I tell whether a saddle is bridging on my horse's back?",
        "Is a treeless saddle a good idea for a horse with high withers?",
        "What's the difference between wool-flocked panels and foam panels?",
        "Write a short message asking a happy client for a testimonial.",
    ),
    SWEEP: (
        "Is creosote buildup worse from softwood or hardwood logs?",
        "What's the difference between a smoke test and a CCTV flue survey?",
        "Are wood burners being banned in towns?",
        "Give me a catchy slogan for the side of a chimney sweep's van.",
    ),
    THATCH: (
        "Why does long straw thatch wear out faster than water reed?",
        "Is it true that thatched cottages are hard to insure?",
        "What's the difference between a block-cut ridge and a flush ridge?",
        "Write a covering letter to go with a quote for a listed cottage's owner.",
    ),
    WALL: (
        "What's the point of throughstones in a dry stone wall?",
        "Can I use local sandstone to rebuild a wall in limestone country?",
        "How tall can a dry stone wall safely go without any mortar?",
        "Write a friendly reply to a farmer who is haggling on my price per metre.",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

LIVE = "needs live data the tools do not have"
NEAR = (
    ("near-exchange-rate", "How many euros will £350 get me at the airport bureau?", LIVE),
    ("near-exchange-rate", "convert 12,000 yen to US dollars for my expenses sheet", LIVE),
    ("near-live-price", "What's silver trading at per troy ounce right now?", LIVE),
    ("near-live-price", "How much is a litre of diesel in mid Wales at the moment?", LIVE),
    ("near-interest-rate", "what's the Bank of England base rate currently?", LIVE),
    ("near-contested-unit", "how many pints of milk is a 2.5 litre jug", "US or imperial pint"),
    ("near-contested-unit", "Convert 12 gallons of heating oil to litres", "US or UK gallon"),
    ("near-contested-unit", "2 cups of plain flour is how many grams?", "cup size and density"),
    ("near-contested-unit", "my van does 38 mpg — what's that in L/100km?", "US or UK mpg"),
    ("near-contested-unit", "How many kilos is 3 tons of gravel?", "short, long or metric ton"),
    ("near-today", "How many days until my birthday on 3 August?", "needs the current date"),
    ("near-today", "what's the date 40 days from today?", "needs the current date"),
    ("near-age", "I was born in 1987, so how old am I?", "needs today and the birthday"),
    ("near-easter", "What date is Easter Sunday in 2034?", "Easter: left to the model"),
    (
        "near-working-days",
        "How many working days are there between 3 March and 28 April 2027?",
        "bank holidays depend on the country",
    ),
    ("near-time-zone", "If it's 9am in Auckland, what time is it in Lisbon?", "time zones"),
    (
        "near-time-zone",
        "Flight leaves Dubai at 02:15 local and lands in Toronto at 08:40 local — how long is it?",
        "time zones",
    ),
    ("near-lunisolar", "When is Diwali in 2029?", "lunisolar calendar"),
    ("near-lunisolar", "What's the date of Chinese New Year 2032?", "lunisolar calendar"),
    (
        "near-month-end",
        "My subscription renews on 31 August; what date is it a month after that?",
        "month from the 31st",
    ),
    (
        "near-numeric-date",
        "days between 02/07/2028 and 09/11/2028?",
        "all-numeric dates of unstated order",
    ),
    ("near-identifier", "What does error E-2714 mean on my dishwasher?", "a fault code"),
    ("near-identifier", "Where is flight BA 2490 landing this evening?", "a flight number"),
    ("near-identifier", "Which book has ISBN 978-0-14-044913-6?", "an ISBN"),
    ("near-identifier", "Is the A470 or the M4 quicker to Cardiff from Brecon?", "road numbers"),
    ("near-identifier", "Upgrading from Python 3.11 to 3.12 — what might break?", "versions"),
    ("near-identifier", "Whose phone number is 0161 496 0372?", "a phone number"),
    (
        "near-identifier",
        "Parcel 3S4PL0112345 says 'held at depot 22-4' — what do I do next?",
        "a tracking number",
    ),
    ("near-identifier", "Which street is postcode SW1A 2AA?", "a postcode"),
    ("near-code", "What does print(0.1 + 0.2 == 0.3) output in Python, and why?", "code semantics"),
    ("near-code", "In JavaScript, what is [] + {} and why?", "code semantics"),
    ("near-code", "Why does 7 // -2 give -4 in Python but -3 in C?", "code semantics"),
    ("near-code", "why is 08 a syntax error in Python 3 but int('08') fine?", "code semantics"),
    (
        "near-explain",
        "Why is dividing by a fraction the same as multiplying by its reciprocal?",
        "an explanation",
    ),
    ("near-explain", "Explain why 1900 wasn't a leap year but 2000 was.", "an explanation"),
    ("near-history", "Who brought the decimal point into use in Europe?", "history of numerals"),
    ("near-proof", "Write a proof that there are infinitely many primes.", "a written proof"),
    ("near-fact", "How many feet high is the Angel of the North?", "a fact the tools lack"),
    ("near-fact", "How far is the Moon from the Earth in miles, on average?", "a world fact"),
    ("near-fact", "What's the boiling point of water on top of Ben Nevis?", "a science fact"),
    ("near-fact", "How many calories in a large avocado?", "a nutrition fact"),
    ("near-fact", "How much protein is there in 100 g of cooked lentils?", "a nutrition fact"),
    ("near-tax", "How much stamp duty is due on a £415,000 house in England?", "a tax rule"),
    ("near-tax", "What VAT rate applies to children's car seats?", "a tax rule"),
    (
        "near-rule",
        "Speed limit for a car towing a caravan on a UK dual carriageway?",
        "a traffic rule",
    ),
    ("near-dosing", "How much paracetamol can I give my 14 kg toddler?", "dosing"),
    ("near-size", "I'm a UK size 8 shoe — what's that in US women's?", "a size chart"),
    ("near-forecast", "Will it be warmer than 20 degrees in Leeds on Saturday?", "a forecast"),
    ("near-estimate", "Roughly how many ping-pong balls would fill a transit van?", "estimate"),
    (
        "near-odds",
        "What are my chances of winning the Thunderball top prize with one line?",
        "lottery odds",
    ),
    (
        "near-missing",
        "The recipe serves 4, so how much rice do I need for 9 people?",
        "a missing figure",
    ),
    ("near-missing", "What's 15% off the sale price of that coat?", "a missing figure"),
    ("near-translation", "How do you say 'forty-seven' in Welsh?", "a translation"),
    ("near-writing", "Write a limerick that works in the number 365.", "a writing task"),
    ("near-title", "What is Orwell's '1984' actually about?", "a number in a title"),
    ("near-title", "Who sang '99 Red Balloons' in English?", "a number in a title"),
    ("near-opinion", "Is 35 too old to start learning the cello?", "an opinion"),
    ("near-opinion", "Is £3.40 too much to pay for a flat white?", "an opinion"),
    ("near-ambiguous", "How long is 3 to 5?", "ambiguous"),
    ("near-ambiguous", "what's half of 2 plus 2", "ambiguous grouping"),
    ("near-random", "Pick me six lucky numbers between 1 and 59.", "a random choice"),
    ("near-estimate", "What's the population density of Norway per square km?", "facts needed"),
    ("near-trade", "What ratio of sand to cement for a patio bedding mix?", "trade knowledge"),
    ("near-today", "I'm 22 weeks pregnant, so when's my due date?", "needs the current date"),
    ("near-time-zone", "Kick-off is 8pm in London — what time is that in Sydney?", "time zones"),
)
assert len(NEAR) == 65
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

_LEASE = D(2026, 3, 14)
_BATCHES = (38, 45)
CONVS = (
    (
        "conv-operator",
        [
            (U, "For this chat, a ⊕ b means a times b, plus a."),
            (A, "Got it: a ⊕ b = ab + a."),
            (U, "So what's 6 ⊕ 7?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-operator",
        [
            (U, "Let x ~ y be the larger of x and y minus the smaller one."),
            (A, "Understood."),
            (U, "then what is 19 ~ 44"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [
            (U, "Define h(n) = 3n − 4 for the rest of this conversation."),
            (A, "OK, h(n) = 3n − 4."),
            (U, "Give me h(h(5)), please."),
        ],
        "function defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm in Spain, so I write decimals with a comma — just so you know."),
            (A, "Noted."),
            (U, "What's 3,75 plus 1,5?"),
        ],
        "decimal comma",
    ),
    (
        "conv-unit-defined",
        [
            (U, "In our kitchen a 'scoop' of rice is 85 grams."),
            (A, "Okay, one scoop = 85 g."),
            (U, "How many grams is seven scoops then?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-base",
        [
            (U, "Heads up: I'm working in base 8 for this whole chat."),
            (A, "Understood, octal it is."),
            (U, "so what do 36 and 41 add up to?"),
        ],
        "number base",
    ),
    (
        "conv-base",
        [
            (U, "Everything I write from here is hexadecimal."),
            (A, "Got it."),
            (U, "What's 1F times 3?"),
        ],
        "number base",
    ),
    (
        "conv-roman",
        [
            (U, "Please answer only in Roman numerals from now on."),
            (A, "Certainly."),
            (U, "What's 48 times 3?"),
        ],
        "Roman numerals",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Fathom, a pirate who only ever speaks in pirate slang."),
            (U, "How many days between 1 March 2027 and 1 April 2027, matey?"),
        ],
        "persona",
    ),
    (
        "conv-persona",
        [
            (S, "You are a patient maths tutor for a child; never give the answer, only hints."),
            (U, "What's 56 divided by 8?"),
        ],
        "tutor persona: no direct answer",
    ),
    (
        "conv-language",
        [
            (U, "Merci de répondre uniquement en français à partir de maintenant."),
            (A, "D'accord !"),
            (U, "how many centimetres make up 23 inches"),
        ],
        "answer language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Ab jetzt bitte alle Antworten auf Deutsch, ja?"),
            (A, "Gern."),
            (U, "convert 65 miles to km for me"),
        ],
        "answer language fixed earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer everything as a haiku from now on."),
            (A, "Understood — in verse."),
            (U, "What is 125 divided by 5?"),
        ],
        "verse form",
    ),
    (
        "conv-format",
        [
            (U, "Give every answer as a JSON object with keys 'value' and 'unit'."),
            (A, "Will do."),
            (U, "Convert 10 kilometres into miles."),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [
            (U, "Round all your answers to the nearest hundred, please."),
            (A, "Sure."),
            (U, "What's 47 × 38?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Give answers to two significant figures only."),
            (A, "OK."),
            (U, "What's 1,847 divided by 3?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "I only understand metric, so always answer in metric units."),
            (A, "Okay."),
            (U, "How long is the 9-mile coastal walk?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-target-currency",
        [
            (U, "We're budgeting the whole trip in Swiss francs."),
            (A, "Got it."),
            (U, "How much is 3 nights at 180 euros a night?"),
        ],
        "target currency fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "I'm American, so any date I write is month/day."),
            (A, "Understood."),
            (U, "How many days from 4/9/2027 to 11/2/2027?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my novel a year has 10 months of 36 days each."),
            (A, "Interesting world!"),
            (U, "How many days is three and a half years there?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our company numbers its weeks from the first Monday of April."),
            (A, "Understood."),
            (U, "What date does week 14 start in 2027?"),
        ],
        "week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "Ordered 4 oak tiles at £35 each plus £12 postage."),
            (A, "That comes to £152."),
            (U, "oh wait, it was 6 tiles not 4 — redo that"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Venue £2,400, catering £3,150, band £900."),
            (A, "Noted, that's £6,450 so far."),
            (U, "Summarise what we've agreed so far in two sentences for my sister."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-rewrite",
        [
            (U, "My rent is £875 and it's going up 4%."),
            (A, "The new rent would be £910."),
            (U, "Turn that into a polite text to my landlord asking to stay at the old rate."),
        ],
        "rewrite of an earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "How many days between 1 March and 9 June 2027?"),
            (A, "100 days."),
            (U, "Why didn't you count both the first and the last day?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-recall",
        [
            (U, "My gym locker code is 4471, remember it for me."),
            (A, "Noted."),
            (U, "What was the locker code I gave you, plus ten?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread",
        [
            (U, f"First batch of chutney was {_BATCHES[0]} jars."),
            (A, "Okay."),
            (U, f"Second batch came to {_BATCHES[1]} jars."),
            (A, f"So {sum(_BATCHES)} jars in total so far."),
            (U, "Add the third batch, 29 jars, to the two I mentioned."),
        ],
        "figures spread over turns",
    ),
    (
        "conv-spread",
        [
            (U, f"Our workshop lease started on {sayw(_LEASE)}."),
            (A, "Noted."),
            (U, "It runs for 400 days. When does it end?"),
        ],
        "a date given in an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "Quote A is £1,200; quote B is £1,450 but includes a five-year warranty."),
            (A, "B costs £250 more."),
            (U, "Which one is better value, in your view?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-explain",
        [
            (U, "How many metres is 40 feet?"),
            (A, "40 × 0.3048 = 12.192 metres."),
            (U, "Why 0.3048 and not 0.3 — where does that number come from?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-letters-defined",
        [(U, "Say P is 14, Q is 9 and R is 5."), (A, "Okay."), (U, "Work out P×Q − R for me.")],
        "letters defined earlier",
    ),
    (
        "conv-value-defined",
        [
            (U, "Our standard call-out rate is £42 an hour."),
            (A, "Noted."),
            (U, "So what do I charge for six and a half hours at that rate?"),
        ],
        "value defined earlier",
    ),
    (
        "conv-unit-defined",
        [
            (U, "One 'bolt' of our linen is 32 metres."),
            (A, "Got it."),
            (U, "How many bolts do I need for 400 metres of curtains?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "The evening course starts on 3 May 2027."),
            (A, "Noted."),
            (U, "When is a fortnight on Tuesday from then?"),
        ],
        "ambiguous date wording with a date from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "A day rate of £380 for 14 days of work."),
            (A, "That's £5,320."),
            (U, "Is that reasonable for a freelance sound engineer in Manchester?"),
        ],
        "judgement about earlier figures",
    ),
)
assert len(CONVS) == 35
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural asserts
assert weekday(_LEASE) == "Saturday" and sum(_BATCHES) == 83
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    assert sum(1 for i in items if i["label"] == _lab and i["family"] in REGISTERS) == 31, _lab
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
    # no register (family name) of this set is a family name of sets 19 to 50
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 50: {reused}"
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
